"""``imin server``: prepare a PostgreSQL event server and give people their logins."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from imin_desktop.cli.commands_logistics import read_passphrase
from imin_desktop.cli.lazy import lazy
from imin_desktop.cli.output import print_json, say
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.text import _

if TYPE_CHECKING:
    from imin_desktop.services import server, transfer
    from imin_desktop.services.transfer import TransferSummary
else:
    server, transfer = lazy("imin_desktop.services.server", "imin_desktop.services.transfer")

Sub = argparse._SubParsersAction


def server_url(args: argparse.Namespace) -> str:
    """The server's URL from ``--db`` or ``IMIN_DB`` (these commands have no EVENT file)."""
    url: str | None = getattr(args, "db_url", None)
    if not url:
        raise RefusedError(_("name the event server with --db URL (or IMIN_DB)"))
    return url


def _password(args: argparse.Namespace) -> str:
    password = read_passphrase(args.password_file)
    assert password is not None
    return password


def _init(args: argparse.Namespace) -> int:
    info = server.init_server(server_url(args))
    if args.json:
        print_json(info.as_json())
        return 0
    say(
        _("server ready: database {database} at schema {revision}").format(
            database=info.database, revision=info.revision
        )
    )
    say(
        _("groups: {coordinator_group}, {manager_group}, {juror_group}").format(
            coordinator_group=info.coordinator_group,
            manager_group=info.manager_group,
            juror_group=info.juror_group,
        )
    )
    if not info.has_event:
        say(_("no event yet: imin event new --db URL ... or imin event push EVENT.imin --db URL"))
    return 0


def _grant_juror(args: argparse.Namespace) -> int:
    grant = server.grant_juror(server_url(args), args.juror, _password(args), role=args.role)
    if args.json:
        print_json({"role": grant.role, "juror": grant.juror})
    else:
        say(
            _("juror {juror} logs in as {role} (group {group})").format(
                juror=grant.juror, role=grant.role, group=grant.group
            )
        )
    return 0


def _grant(kind: str) -> object:
    def run(args: argparse.Namespace) -> int:
        grant = server.grant(server_url(args), kind, args.role, _password(args))
        if args.json:
            print_json({"role": grant.role, "group": grant.group})
        else:
            say(
                _("{kind} logs in as {role} (group {group})").format(
                    kind=kind, role=grant.role, group=grant.group
                )
            )
        return 0

    return run


def _print_transfer(summary: TransferSummary, heading: str, as_json: bool) -> None:
    if as_json:
        print_json(summary.as_json())
        return
    say(heading.format(title=summary.event_title, source=summary.source, target=summary.target))
    say(
        _("{rows} rows in {tables} tables, checked table by table ({submissions} submissions, "
          "{blobs} attachment files, {reviews} reviews, {audit} audit entries)").format(
            rows=summary.rows, tables=len(summary.tables),
            submissions=summary.tables.get("submissions", 0),
            blobs=summary.tables.get("blobs", 0), reviews=summary.tables.get("reviews", 0),
            audit=summary.tables.get("audit_entries", 0),
        )
    )  # fmt: skip


def _push(args: argparse.Namespace) -> int:
    summary = transfer.push_event(Path(args.event), server_url(args))
    _print_transfer(summary, _("pushed event '{title}': {source} -> {target}"), args.json)
    return 0


def _pull(args: argparse.Namespace) -> int:
    summary = transfer.pull_event(server_url(args), Path(args.event))
    _print_transfer(summary, _("pulled event '{title}': {source} -> {target}"), args.json)
    return 0


def register_event_actions(ev: Sub[argparse.ArgumentParser]) -> None:
    """``imin event push`` and ``imin event pull`` (beside ``event new`` and ``event show``)."""
    p = ev.add_parser("push", help=_("copy an event file to an event server (--db URL), whole"))
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_push)
    p = ev.add_parser(
        "pull", help=_("copy the event on a server (--db URL) into a new file, whole")
    )
    p.add_argument("event", metavar="EVENT.imin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_pull)


def register(commands: Sub[argparse.ArgumentParser]) -> None:
    s = commands.add_parser(
        "server", help=_("a PostgreSQL event server: schema, roles, policies (with --db URL)")
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = s.add_parser("init", help=_("create the schema, the roles and the row-level policies"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_init)
    p = s.add_parser("grant-juror", help=_("a juror's login: sees and scores only their own work"))
    p.add_argument("juror", metavar="JUROR")
    p.add_argument("--password-file", required=True, metavar="F")
    p.add_argument("--role", help=_("login name (default: DATABASE_JUROR)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_grant_juror)
    for kind, text in (("coordinator", _("a coordinator's login: reads and writes the whole event")),
                       ("manager", _("a manager's login: reads the whole event, changes nothing"))):  # fmt: skip
        p = s.add_parser(f"grant-{kind}", help=text)
        p.add_argument("role", metavar="ROLE")
        p.add_argument("--password-file", required=True, metavar="F")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=_grant(kind))
