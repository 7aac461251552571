"""The GUI on an event server: a juror's login opens their online workspace, whose every change
is on the server at once; a coordinator's login opens the event window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from logistics_factories import merged_content, prepared_event
from pg_cluster import Backend, PostgresServer
from ui_helpers import score_everything_by_keyboard

from imin_desktop.services.online import OnlineJuror
from imin_desktop.services.server import grant, grant_juror, init_server
from imin_desktop.ui.shell import Shell

pytestmark = pytest.mark.postgres


def test_shell_opens_a_jurors_login_as_an_online_workspace_and_a_coordinators_as_the_event(
    qtbot, settings, tmp_path: Path, postgres_server: PostgresServer
) -> None:
    backend = Backend("postgres", postgres_server)
    try:
        ev = prepared_event(tmp_path / "event", backend=backend, submissions_count=6,
                            jurors_count=3)  # fmt: skip
        database = ev.path.rsplit("/", 1)[1]
        init_server(ev.path)
        juror_role = grant_juror(ev.path, "J03", "palavra-passe-do-J03").role
        grant(ev.path, "coordinator", f"{database}_ana", "palavra-passe-da-Ana")
        juror_url = postgres_server.url(database, juror_role, "palavra-passe-do-J03")
        coordinator_url = postgres_server.url(database, f"{database}_ana", "palavra-passe-da-Ana")
        shell = Shell(settings=settings, workspace_dir=tmp_path / "ws")

        shell.open(juror_url)
        qtbot.waitUntil(lambda: shell.workspace is not None, timeout=60_000)
        window = shell.workspace
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        workspace = window.ws
        first = workspace.submissions[0].id
        score_everything_by_keyboard(window, digit=4)  # as the juror does, on the first one
        shell.open(coordinator_url)
        qtbot.waitUntil(lambda: bool(shell.events), timeout=60_000)
        (event_window,) = shell.events.values()
        qtbot.addWidget(event_window)
        stored = {r[2]: r[3] for r in merged_content(ev.path)["scores"] if r[0] == "J03"}
        gates = [r for r in merged_content(ev.path)["gates"] if r[0] == "J03"]

        assert isinstance(workspace, OnlineJuror)
        assert [s.id for s in workspace.submissions] == list(ev.assignments()["J03"])
        assert set(stored) == {"excellence", "impact"}
        assert {Decimal(v) for v in stored.values()} == {workspace.review(first).scores[k]
                                                         for k in stored}  # fmt: skip
        assert gates == [("J03", first, "eligible", 1)]
        assert event_window.isVisible()
        shell.shutdown()
    finally:
        backend.cleanup()
