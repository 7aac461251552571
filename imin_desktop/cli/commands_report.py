"""``imin report pdf``: the PDF decision report, or one applicant's evaluation summary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli.commands_export import add_results_options
from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import say
from imin_desktop.domain.text import _

if TYPE_CHECKING:
    from imin_desktop.services import events, report
else:
    events, report = lazy("imin_desktop.services.events", "imin_desktop.services.report")

Sub = argparse._SubParsersAction


def _report_pdf(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        out = report.export_report(db, Path(args.out), method=args.method, lang=args.lang,
                                   final=args.final, only=args.only, force=args.force)  # fmt: skip
    if args.only:
        line = (
            _("wrote the final evaluation summary of {only} to {out} (method {method}, {lang})")
            if args.final
            else _(
                "wrote the draft evaluation summary of {only} to {out} (method {method}, {lang})"
            )
        )
    else:
        line = (
            _("wrote the final decision report to {out} (method {method}, {lang})")
            if args.final
            else _("wrote the draft decision report to {out} (method {method}, {lang})")
        )
    say(line.format(only=args.only, out=out, method=args.method, lang=args.lang))  # fmt: skip
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "report", help=_("the decision report as a PDF to print and sign")
    )
    formats = command.add_subparsers(dest="format", metavar="FORMAT", required=True)
    p = formats.add_parser("pdf", help=_("decision report (A4): summary, ranking, decisions, one "
                           "evaluation summary per submission, method, audit, signatures"))  # fmt: skip
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("out", metavar="OUT.pdf")
    add_results_options(p)
    p.add_argument("--final", action="store_true",
                   help=_("the version for signature (no DRAFT watermark); refused, with the "
                          "list of what is missing, while reviews are drafts, submissions lack a "
                          "decision or ex aequo groups are unsettled"))  # fmt: skip
    p.add_argument("--force", action="store_true",
                   help=_("with --final: write it even though something is missing (audited)"))  # fmt: skip
    p.add_argument("--only", metavar="SUB",
                   help=_("only this submission's evaluation summary, to send to its applicant"))  # fmt: skip
    p.set_defaults(func=_report_pdf)
