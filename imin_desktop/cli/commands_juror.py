"""``imin juror``: the juror's side without a GUI (scripting and tests)."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli.commands_logistics import read_passphrase
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, print_table, say
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.text import _

if TYPE_CHECKING:
    from imin_desktop.services import juror, online
else:
    juror, online = lazy("imin_desktop.services.juror", "imin_desktop.services.online")

Sub = argparse._SubParsersAction


def _open(args: argparse.Namespace) -> juror.JurorWorkspace:
    if "://" in args.kit:  # a juror's login on the event server: score online
        return online.OnlineJuror.connect(args.kit)
    return juror.JurorWorkspace.open(Path(args.kit), read_passphrase(args.passphrase_file))


def _with_workspace(action: str) -> object:
    def run(args: argparse.Namespace) -> int:
        ws = _open(args)
        try:
            return int(ACTIONS[action](ws, args))
        finally:
            ws.close()

    return run


def _status(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    rows = [
        {"id": s.id, "title": s.title, "state": ws.state(s.id),
         "total": None if ws.total(s.id) is None else float(ws.total(s.id) or 0)}
        for s in ws.submissions
    ]  # fmt: skip
    if args.json:
        print_json({"juror": ws.kit.juror_id, "event": ws.kit.event_id, "kit_id": ws.kit.kit_id,
                    "sequence": ws.sequence, "submissions": rows})  # fmt: skip
        return 0
    say(
        _("juror {juror_id} ({juror_name}), event {event_title}").format(
            juror_id=ws.kit.juror_id, juror_name=ws.kit.juror_name, event_title=ws.kit.event_title
        )
    )
    counts = ws.counts()
    say(
        _("{done} of {total} done, {in_progress} in progress, {conflicts} conflict(s)").format(
            done=counts["done"],
            total=len(rows),
            in_progress=counts["in_progress"],
            conflicts=counts["conflict"],
        )
    )
    print_table(["id", "title", "state", "total"],
                [[r["id"], r["title"], _(str(r["state"])), r["total"]] for r in rows])  # fmt: skip
    return 0


def _score(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    value: Decimal | None = None
    if args.value != "-":
        try:
            value = Decimal(args.value.replace(",", "."))
        except InvalidOperation:
            raise RefusedError(_("{value!r} is not a number").format(value=args.value)) from None
    ws.set_score(args.submission, args.criterion, value)
    say(
        _("{submission} {criterion} = {value}").format(
            submission=args.submission, criterion=args.criterion, value=args.value
        )
    )
    return 0


def _comment(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    if args.criterion:
        ws.set_criterion_comment(args.submission, args.criterion, args.text)
    else:
        ws.set_comment(args.submission, args.text)
    say(_("{submission}: comment saved").format(submission=args.submission))
    return 0


def _gate(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    ws.set_gate(args.submission, args.gate, {"yes": True, "no": False}.get(args.answer))
    say(
        _("{submission} {gate}: {answer}").format(
            submission=args.submission, gate=args.gate, answer=args.answer
        )
    )
    return 0


def _conflict(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    ws.set_conflict(args.submission, not args.withdraw)
    say(
        (
            _("{submission}: conflict of interest withdrawn")
            if args.withdraw
            else _("{submission}: conflict of interest declared")
        ).format(submission=args.submission)
    )
    return 0


def _done(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    ws.mark_done(args.submission)
    say(_("{submission}: done").format(submission=args.submission))
    return 0


def _draft(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    ws.mark_draft(args.submission)
    say(_("{submission}: back to draft").format(submission=args.submission))
    return 0


def _export(ws: juror.JurorWorkspace, args: argparse.Namespace) -> int:
    summary = ws.export(Path(args.out))
    say(
        _(
            "wrote {path} (sequence {sequence}): {done} done, {drafts} draft(s), {conflicts} conflict(s), {not_started} not started"
        ).format(
            path=summary.path,
            sequence=summary.sequence,
            done=summary.done,
            drafts=summary.drafts,
            conflicts=summary.conflicts,
            not_started=summary.not_started,
        )
    )
    if summary.drafts or summary.not_started:
        say(_("note: only reviews marked done count in the results"))
    return 0


ACTIONS = {"status": _status, "score": _score, "comment": _comment, "gate": _gate,
           "conflict": _conflict, "done": _done, "draft": _draft, "export": _export}  # fmt: skip


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    j = commands.add_parser("juror", help=_("score from a kit without the GUI")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = j.add_parser(name, help=help_text)
        p.add_argument(
            "kit",
            metavar="KIT.iminkit",
            help=_("the kit, or your login's URL on the event server (scores online)"),
        )
        p.add_argument("--passphrase-file", metavar="F")
        p.set_defaults(func=_with_workspace(name if name != "open" else "status"))
        return p

    for name in ("open", "status"):
        add(name, _("open the kit and show the assigned submissions")).add_argument(
            "--json", action="store_true"
        )
    p = add("score", _("set a score (VALUE '-' clears it)"))
    p.add_argument("submission")
    p.add_argument("criterion")
    p.add_argument("value")
    p = add("comment", _("the overall comment, or a criterion's with --criterion"))
    p.add_argument("submission")
    p.add_argument("text")
    p.add_argument("--criterion")
    p = add("gate", _("answer a yes/no question of the rubric"))
    p.add_argument("submission")
    p.add_argument("gate")
    p.add_argument("answer", choices=["yes", "no", "-"])
    p = add("conflict", _("declare a conflict of interest (clears the scores)"))
    p.add_argument("submission")
    p.add_argument("--withdraw", action="store_true")
    p = add("done", _("mark a complete review as done"))
    p.add_argument("submission")
    p = add("draft", _("put a review back to draft"))
    p.add_argument("submission")
    p = add("export", _("write the signed score file (next sequence) into a folder"))
    p.add_argument("--out", required=True, metavar="DIR")
