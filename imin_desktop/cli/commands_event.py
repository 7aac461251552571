"""``imin event``, ``submissions``, ``jurors``, ``conflicts``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli import commands_server
from imin_desktop.cli.common import event_db
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, print_table, say
from imin_desktop.domain.text import _

if TYPE_CHECKING:
    from imin_desktop.services import events, jurors, submissions
else:
    events, jurors, submissions = lazy(
        "imin_desktop.services.events",
        "imin_desktop.services.jurors",
        "imin_desktop.services.submissions",
    )

Sub = argparse._SubParsersAction


def _event_new(args: argparse.Namespace) -> int:
    db = events.create_event(
        args.event, args.title, Path(args.rubric), blind=args.blind,
        identifying_fields=args.identifying_field,
    )  # fmt: skip
    try:
        info = events.event_info(db)
    finally:
        db.dispose()
    say(
        _("created event {title!r} at {location} (rubric {rubric_id}, {rubric_hash})").format(
            title=info.title,
            location=info.location,
            rubric_id=info.rubric_id,
            rubric_hash=info.rubric_hash,
        )
    )
    return 0


def _event_show(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        info = events.event_info(db)
    if args.json:
        print_json(info.as_json())
        return 0
    print_table(
        ["", ""],
        [
            [_("event"), info.title], [_("id"), info.uid], [_("file"), info.location],
            [_("blind"), _("yes") if info.is_blind else _("no")],
            [_("rubric"), _("{id} ({n} criteria: {keys})").format(
                id=info.rubric_id, n=len(info.criteria), keys=", ".join(info.criteria))],
            [_("rubric hash"), info.rubric_hash], [_("submissions"), info.submissions],
            [_("jurors"), info.jurors], [_("assignments"), info.assignments],
            [_("conflicts"), info.conflicts],
            [_("reviews"), _("{final} final, {draft} draft").format(
                final=info.reviews_final, draft=info.reviews_draft)],
            [_("score files"), info.score_files], [_("decisions"), info.decisions],
        ],
    )  # fmt: skip
    return 0


def _submissions_import(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        report = submissions.import_submissions(
            db, [Path(s) for s in args.sources], replace=args.replace
        )
    if args.json:
        print_json(report.as_json())
    else:
        say(
            _(
                "imported {total} submission(s): {n_added} added, {n_replaced} replaced, {n_unchanged} unchanged; {blobs_stored} attachment file(s) stored ({bytes_stored} bytes)"
            ).format(
                total=report.total,
                n_added=len(report.added),
                n_replaced=len(report.replaced),
                n_unchanged=len(report.unchanged),
                blobs_stored=report.blobs_stored,
                bytes_stored=report.bytes_stored,
            )
        )
    return 0


def _submissions_list(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        rows = submissions.list_submissions(db)
    if args.json:
        print_json([r.as_json() for r in rows])
    else:
        print_table(["id", "title", "track", "attachments"],
                    [[r.id, r.title, r.track, r.attachments] for r in rows])  # fmt: skip
    return 0


def _jurors_add(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        added = jurors.add_juror(db, args.id, args.name, args.email or "")
    say((_("juror {id} added") if added else _("juror {id} already present")).format(id=args.id))
    return 0


def _jurors_import(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        added = jurors.import_jurors(db, Path(args.file))
    say(f"{len(added)} juror(s) added" + (f": {', '.join(added)}" if added else ""))
    return 0


def _jurors_list(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        rows = jurors.list_jurors(db)
    if args.json:
        print_json([r.as_json() for r in rows])
    else:
        print_table(["id", "name", "email"], [[r.id, r.name, r.email] for r in rows])
    return 0


def _conflicts_add(args: argparse.Namespace) -> int:
    with event_db(args.event) as db:
        added = jurors.add_conflict(db, args.juror, args.submission)
    say(
        (
            _("conflict {juror} / {submission} recorded")
            if added
            else _("conflict {juror} / {submission} already recorded")
        ).format(juror=args.juror, submission=args.submission)
    )
    return 0


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    event = commands.add_parser("event", help=_("create and describe events"))
    ev = event.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ev.add_parser("new", help=_("create a new event file"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--title", required=True)
    p.add_argument("--rubric", required=True, metavar="R.json|R.xlsx")
    p.add_argument("--blind", action="store_true", help=_("hide teams from jurors"))
    p.add_argument("--identifying-field", action="append", default=[], metavar="NAME",
                   help=_("a submission field hidden from jurors in a blind event (repeatable)"))  # fmt: skip
    p.set_defaults(func=_event_new)
    p = ev.add_parser("show", help=_("counts, rubric and status"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_event_show)
    commands_server.register_event_actions(ev)

    subs = commands.add_parser("submissions", help=_("import and list submissions"))
    sa = subs.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sa.add_parser(
        "import", help=_("import packages, folders, batches or listings (all or none)")
    )
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument(
        "--replace", action="store_true", help=_("replace changed submissions with the same id")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_submissions_import)
    p = sa.add_parser("list", help=_("list the event's submissions"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_submissions_list)

    jur = commands.add_parser("jurors", help=_("add, import and list jurors"))
    ja = jur.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ja.add_parser("add", help=_("add one juror"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--id", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--email")
    p.set_defaults(func=_jurors_add)
    p = ja.add_parser("import", help=_("add jurors from a .csv or .xlsx list (id, name, email)"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    p.set_defaults(func=_jurors_import)
    p = ja.add_parser("list", help=_("list the event's jurors"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_jurors_list)

    con = commands.add_parser("conflicts", help=_("declare conflicts of interest"))
    ca = con.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ca.add_parser("add", help=_("declare that a juror has a conflict with a submission"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--juror", required=True)
    p.add_argument("--submission", required=True)
    p.set_defaults(func=_conflicts_add)
