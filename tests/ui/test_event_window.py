"""The event window: opening an event, its header, sections, and changes made elsewhere."""

from __future__ import annotations

import time
from pathlib import Path

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.progress import Progress
from imin_desktop.services import events, jurors
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.event.window import EventWindow
from imin_desktop.ui.shell import Shell


def _refuse_at_once(*, progress: Progress) -> None:
    raise InputError("broken.json", "scores", "is not an object")


def test_task_failing_before_anyone_could_connect_still_reaches_its_callback(qtbot, runner):
    failures: list[BaseException] = []
    finished: list[bool] = []
    runner.start("refuse", _refuse_at_once, on_failure=failures.append,
                 on_finished=lambda: finished.append(True))  # fmt: skip
    time.sleep(0.3)  # the task has long failed before the event loop runs again
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert [str(e) for e in failures] == ["broken.json: scores: is not an object"]
    assert not runner.busy


def _window(qtbot, path: Path, runner: TaskRunner, settings: AppSettings) -> EventWindow:
    window = EventWindow(events.open_event(path), runner, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_event_window_shows_title_and_counts_of_the_event(qtbot, demo_event, runner, settings):
    window = _window(qtbot, demo_event, runner, settings)
    info = window.ctx.info
    assert info is not None and window.title_label.text() == info.title
    assert f"{info.submissions} submissions" in window.facts_label.text()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Setup", "Assignments", "Collect", "Results", "Decisions", "Outputs", "Audit",
    ]  # fmt: skip
    window.close()


def test_event_window_reloads_on_focus_after_a_change_made_elsewhere(
    qtbot, demo_event, runner, settings
):
    window = _window(qtbot, demo_event, runner, settings)
    before = window.ctx.info.jurors
    assert window.check_for_changes() is False
    outside = events.open_event(demo_event)  # as `imin jurors add` would
    try:
        jurors.add_juror(outside, "J99", "Late Juror", actor="cli")
    finally:
        outside.dispose()
    assert window.check_for_changes() is True
    assert window.ctx.info.jurors == before + 1
    assert f"{before + 1} jurors" in window.facts_label.text()
    window.close()


def test_shell_opens_an_event_file_in_its_window_once(qtbot, demo_event, settings, tmp_path):
    shell = Shell(settings=settings, workspace_dir=tmp_path / "ws")
    shell.open(demo_event)
    qtbot.waitUntil(lambda: bool(shell.events), timeout=10_000)
    (window,) = shell.events.values()
    qtbot.addWidget(window)
    assert window.isVisible() and not shell.start.isVisible()
    shell.open(demo_event)  # the same event again raises the same window
    assert list(shell.events.values()) == [window]
    window.close()
    assert not shell.events
    shell.shutdown()


def test_score_file_opened_from_outside_goes_to_its_open_event(
    qtbot, demo_folder, demo_event, settings, tmp_path
):
    shell = Shell(settings=settings, workspace_dir=tmp_path / "ws")
    score_file = sorted((demo_folder / "scores").glob("*.iminscore"))[0]
    shell.open(score_file)  # no event open yet: the user is told what to do
    assert "Open the event it belongs to first" in shell.start.message.text()
    shell.open(demo_event)
    qtbot.waitUntil(lambda: bool(shell.events), timeout=10_000)
    (window,) = shell.events.values()
    qtbot.addWidget(window)
    assert shell.receive_score_file(score_file) is window
    assert window.nav.currentItem().text() == "Collect"
    window.close()
    shell.shutdown()
