"""``imin consensus set|gate|show|clear|import``: the rapporteur's agreed scores."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, print_table, say
from imin_desktop.domain.rounding import fixed
from imin_desktop.domain.text import _

if TYPE_CHECKING:
    from imin_desktop.services import consensus, consensus_view
    from imin_desktop.services.consensus_view import AgreedValue, ConsensusView
else:
    consensus, consensus_view = lazy(
        "imin_desktop.services.consensus", "imin_desktop.services.consensus_view"
    )

Sub = argparse._SubParsersAction


def _set(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        version = consensus.set_consensus(
            db, args.submission, args.criterion, args.score, args.comment or "",
            minority_view=args.minority_view or "", rapporteur=args.rapporteur,
            expected_version=args.expected_version,
        )  # fmt: skip
    say(
        _("{submission} / {criterion}: consensus {score} (version {version})").format(
            submission=args.submission, criterion=args.criterion, score=args.score, version=version
        )
    )
    return 0


def _gate(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        version = consensus.set_gate_consensus(
            db, args.submission, args.gate, args.answer == "yes", args.comment or "",
            rapporteur=args.rapporteur, expected_version=args.expected_version,
        )  # fmt: skip
    say(
        _("{submission} / {gate}: agreed {answer} (version {version})").format(
            submission=args.submission, gate=args.gate, answer=args.answer, version=version
        )
    )
    return 0


def _clear(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        consensus.clear_consensus(db, args.submission, args.criterion,
                                  expected_version=args.expected_version)  # fmt: skip
    say(
        _("{submission} / {criterion}: consensus removed (the mean applies)").format(
            submission=args.submission, criterion=args.criterion
        )
    )
    return 0


def _agreed(agreed: AgreedValue | None) -> str:
    if agreed is None:
        return "—"
    value = (
        (_("yes") if agreed.value else _("no")) if isinstance(agreed.value, bool) else agreed.value
    )
    return f"{value} (v{agreed.version}, {agreed.rapporteur})"


def print_view(v: ConsensusView) -> None:
    say(_("{submission_id}: {title}").format(submission_id=v.submission_id, title=v.title))
    say(
        (
            _("panel: {panel}; consensus complete")
            if v.complete
            else _("panel: {panel}; consensus incomplete")
        ).format(panel=", ".join(v.panel) or "—")
    )
    jurors = [r.juror_id for r in v.review_comments]
    rows = []
    for c in v.criteria:
        by_juror = {r.juror_id: r.value for r in c.reviews}
        mean = fixed(c.mean)
        gap = "—" if c.gap is None else f"{c.gap:+.2f}"
        rows.append([c.key, *(by_juror.get(j, "—") for j in jurors), mean, _agreed(c.agreed), gap])
    for g in v.gates:
        answers = {r.juror_id: ("yes" if r.value else "no") for r in g.reviews}
        rows.append([g.key, *(answers.get(j, "—") for j in jurors), "", _agreed(g.agreed), ""])
    print_table(["criterion", *jurors, "mean", "consensus", "gap"], rows)
    for c in v.criteria:
        if c.agreed is not None and c.agreed.comment:
            say(_("{key}: {comment}").format(key=c.key, comment=c.agreed.comment))
        if c.agreed is not None and c.agreed.minority_view:
            say(
                _("{key} (minority view): {minority_view}").format(
                    key=c.key, minority_view=c.agreed.minority_view
                )
            )


def _show(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        v = consensus_view.show_consensus(db, args.submission)
    if args.json:
        print_json(v.as_json())
    else:
        print_view(v)
    return 0


def _import(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        done = consensus.import_consensus(db, Path(args.file))
    say(
        _("{file}: {rows} consensus scores recorded for {submissions} submissions").format(
            file=args.file, rows=done.rows, submissions=done.submissions
        )
    )
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("submission", metavar="SUB")


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "consensus", help=_("the rapporteur's agreed scores per submission")
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("set", help=_("record the consensus score of one criterion"))
    _common(p)
    p.add_argument("--criterion", required=True, metavar="K")
    p.add_argument("--score", required=True, metavar="S")
    p.add_argument("--comment", metavar="T", help=_("the agreed comment (goes into the letter)"))
    p.add_argument("--minority-view", metavar="T", help=_("a dissenting juror's view, noted"))
    p.add_argument("--rapporteur", metavar="ID",
                   help=_("a juror of the submission's panel (default: the coordinator)"))  # fmt: skip
    p.add_argument("--expected-version", type=int, metavar="N",
                   help=_("refuse if the record is no longer at this version (0: none yet)"))  # fmt: skip
    p.set_defaults(func=_set)
    p = actions.add_parser("gate", help=_("record the agreed answer to one eligibility gate"))
    _common(p)
    p.add_argument("--gate", required=True, metavar="G")
    p.add_argument("--answer", required=True, choices=["yes", "no"])
    p.add_argument("--comment", metavar="T")
    p.add_argument("--rapporteur", metavar="ID")
    p.add_argument("--expected-version", type=int, metavar="N")
    p.set_defaults(func=_gate)
    p = actions.add_parser("clear", help=_("remove the consensus score of one criterion"))
    _common(p)
    p.add_argument("--criterion", required=True, metavar="K")
    p.add_argument("--expected-version", type=int, metavar="N")
    p.set_defaults(func=_clear)
    p = actions.add_parser("show", help=_("every counted review beside the consensus"))
    _common(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_show)
    p = actions.add_parser("import", help=_("a .csv/.xlsx, one row per submission × criterion, "
                           "recorded whole or not at all"))  # fmt: skip
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=_import)
