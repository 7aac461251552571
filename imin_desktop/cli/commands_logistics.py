"""``imin assign``, ``kits``, ``sheets`` and ``scores``: handing out work and merging it back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, print_table, say
from imin_desktop.domain.assignment import Design
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.text import LANGUAGES, _, language

if TYPE_CHECKING:
    from imin_desktop.services import assignments, blinding, coverage, events, kits, scores, sheets
else:
    assignments, blinding, coverage, events, kits, scores, sheets = lazy(
        *(
            f"imin_desktop.services.{m}"
            for m in ("assignments", "blinding", "coverage", "events", "kits", "scores", "sheets")
        )
    )

Sub = argparse._SubParsersAction


def read_passphrase(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip("\r\n")
    except OSError as exc:
        raise RefusedError(
            _("{path}: cannot read the passphrase file ({strerror})").format(
                path=path, strerror=exc.strerror
            )
        ) from None
    if not text:
        raise RefusedError(_("{path}: the passphrase file is empty").format(path=path))
    return text


def _print_design(design: Design) -> None:
    for line in design.summary_lines():
        say(line)


def _assign(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        if args.add or args.remove:
            design = None
            for pair, add in [(p, True) for p in args.add] + [(p, False) for p in args.remove]:
                juror, _sep, sub = pair.partition(":")
                if not sub:
                    raise RefusedError(_("{pair!r}: write JUROR:SUBMISSION").format(pair=pair))
                design = assignments.edit_assignment(db, juror, sub, add=add)
                say(
                    (
                        _("assigned {submission} to {juror}")
                        if add
                        else _("unassigned {submission} from {juror}")
                    ).format(submission=sub, juror=juror)
                )
            assert design is not None
        elif args.per_submission is None:
            design = assignments.show_design(db)
        else:
            design = assignments.auto_assign(
                db, args.per_submission, calibration=args.calibration, seed=args.seed,
                replace=args.replace,
            )  # fmt: skip
    _print_design(design)
    return 0


def _kits_export(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        issued = kits.export_kits(db, Path(args.out), passphrase=read_passphrase(args.passphrase_file),
                                  jurors=args.juror or None)  # fmt: skip
    for kit in issued:
        say(f"{kit.path}: juror {kit.juror_id}, {kit.submissions} submissions"
            + (", encrypted" if kit.encrypted else ""))  # fmt: skip
    say(_("{n_issued} kit(s) written to {out}").format(n_issued=len(issued), out=args.out))
    return 0


def _kits_check(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        check = blinding.check_blind(db, args.submission or None)
    if args.json:
        print_json(check.as_json())
    elif not check.blind:
        say(_("the event is not blind: its kits carry the team openly; nothing to check"))
    else:
        say(_("blind event: {checked} submission(s) checked, {flagged} with findings, "
              "{blocking} not yet confirmed").format(checked=len(check.submissions),
                                                    flagged=len(check.flagged),
                                                    blocking=len(check.blocking)))  # fmt: skip
        for sub in check.flagged:
            say(
                (_("{submission} (confirmed)") if sub.confirmed
                 else _("{submission} (needs an anonymised copy or a confirmation)")
                 ).format(submission=sub.submission)
            )  # fmt: skip
            for finding in sub.findings:
                say(f"  {finding.describe()}")
    return 1 if check.blocking else 0


def _kits_confirm(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        confirmed = blinding.confirm_findings(db, args.submissions, args.rationale)
    for sub in confirmed:
        say(_("confirmed {submission}: {n} finding(s) may go into blind kits").format(
            submission=sub.submission, n=len(sub.findings)))  # fmt: skip
    return 0


def _sheets_export(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        written = sheets.export_sheets(db, Path(args.out), lang=args.lang)
    for path in written:
        say(str(path))
    say(
        _("{n_written} score sheet(s) written to {out}").format(
            n_written=len(written), out=args.out
        )
    )
    return 0


def _scores_import(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        outcomes = scores.import_score_files(db, [Path(f) for f in args.files])
    if args.json:
        print_json([o.as_json() for o in outcomes])
    else:
        for outcome in outcomes:
            say(outcome.line())
    return 1 if any(o.result == "refused" for o in outcomes) else 0


def _scores_status(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        cov = coverage.coverage(db)
    if args.json:
        print_json(cov.as_json())
        return 0
    totals = cov.totals()
    counts = ", ".join(f"{totals.get(s, 0)} {_(s)}" for s in coverage.STATES)
    say(_("coverage: {counts}").format(counts=counts))
    say("")
    print_table(["juror", "name", "assigned", *coverage.STATES],
                [[r.id, r.name, r.assigned, *(r.counts[s] for s in coverage.STATES)] for r in cov.jurors])  # fmt: skip
    say("")
    print_table(["submission", "assigned", *coverage.STATES],
                [[r.id, r.assigned, *(r.counts[s] for s in coverage.STATES)] for r in cov.submissions])  # fmt: skip
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("assign", help=_("assign submissions to jurors (balanced, connected)"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--per-submission", type=int, metavar="K", help=_("jurors per submission"))
    p.add_argument("--calibration", type=int, default=0, metavar="N",
                   help=_("N submissions every juror reviews (a shared anchor)"))  # fmt: skip
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--replace", action="store_true", help=_("redo existing assignments"))
    p.add_argument("--add", action="append", default=[], metavar="JUROR:SUBMISSION")
    p.add_argument("--remove", action="append", default=[], metavar="JUROR:SUBMISSION")
    p.set_defaults(func=_assign)

    k = commands.add_parser("kits", help=_("juror kits")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = k.add_parser("export", help=_("one kit per juror"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument(
        "--passphrase-file", metavar="F", help=_("encrypt the kits with this passphrase")
    )
    p.add_argument("--juror", action="append", metavar="ID", help=_("only this juror (repeatable)"))
    p.set_defaults(func=_kits_export)
    p = k.add_parser(
        "check", help=_("search what blind kits would carry for the teams' names, e-mails and "
                        "organisations"),
    )  # fmt: skip
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--submission", action="append", metavar="ID",
                   help=_("only this submission (repeatable)"))  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_kits_check)
    p = k.add_parser(
        "confirm", help=_("accept a submission's identity findings for blind kits (audited)")
    )
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("submissions", nargs="+", metavar="SUBMISSION")
    p.add_argument("--rationale", required=True, metavar="TEXT",
                   help=_("why the findings may go to the jurors (kept in the audit trail)"))  # fmt: skip
    p.set_defaults(func=_kits_confirm)

    s = commands.add_parser("sheets", help=_("Excel score sheets")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = s.add_parser("export", help=_("one Excel score sheet per juror"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--lang", choices=list(LANGUAGES), default=language(),
                   help=_("language of the document (default: the interface language)"))  # fmt: skip
    p.set_defaults(func=_sheets_export)

    sc = commands.add_parser("scores", help=_("merge score files and sheets")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = sc.add_parser("import", help=_("import score files and filled score sheets, any order"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_scores_import)
    p = sc.add_parser("status", help=_("coverage per juror and per submission"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_scores_status)
