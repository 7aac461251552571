"""``imin report pdf``: the PDF decision report, or one applicant's evaluation summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from imin_desktop.cli.output import say
from imin_desktop.domain.consolidation import METHODS
from imin_desktop.services import events
from imin_desktop.services.report import export_report

Sub = argparse._SubParsersAction


def _pdf(args: argparse.Namespace) -> int:
    db = events.open_event(args.event)
    try:
        out = export_report(db, Path(args.out), method=args.method, lang=args.lang,
                            final=args.final, only=args.only)  # fmt: skip
    finally:
        db.dispose()
    what = f"evaluation summary of {args.only}" if args.only else "decision report"
    status = "final" if args.final else "draft"
    say(f"wrote the {status} {what} to {out}")
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="the PDF decision report")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    p = kinds.add_parser("pdf", help="write the decision report as PDF (A4)")
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--method", choices=list(METHODS), default="mean",
                   help="aggregation method (default: mean)")  # fmt: skip
    p.add_argument("--lang", choices=["en", "pt"], default="en", help="language of the report")
    p.add_argument("--final", action="store_true",
                   help="final version for signature (no DRAFT watermark)")  # fmt: skip
    p.add_argument("--only", metavar="SUB",
                   help="only this submission's evaluation summary (to send to the applicant)")  # fmt: skip
    p.set_defaults(func=_pdf)
