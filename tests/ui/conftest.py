"""Kits made the way a coordinator makes them (real PDFs and images), and GUI fixtures."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from ui_helpers import EVENT_TITLE, JUROR_NAME, PASSPHRASE, SUBMISSIONS

from imin_desktop.domain.resources import resource
from imin_desktop.generator.packages import write_packages
from imin_desktop.generator.submissions import generate_submissions
from imin_desktop.services import assignments, events, jurors, kits, submissions
from imin_desktop.services.juror import JurorWorkspace
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.juror.workspace_window import WorkspaceWindow


@dataclass(frozen=True)
class Kits:
    plain: Path
    encrypted: Path
    event: Path  # the event as it was when the plain kit was handed out


def build_event(folder: Path, count: int) -> Path:
    """An event with ``count`` generated submissions, all assigned to juror J01."""
    folder.mkdir(parents=True, exist_ok=True)
    write_packages(generate_submissions(count, 7), folder / "packages")
    rubric = folder / "rubric.json"
    rubric.write_bytes(resource("rubrics", "health-innovation.json").read_bytes())
    db = events.create_event(folder / "event.imin", EVENT_TITLE, rubric, actor="test")
    try:
        submissions.import_submissions(db, [folder / "packages"], actor="test")
        jurors.add_juror(db, "J01", JUROR_NAME, actor="test")
        assignments.auto_assign(db, 1, actor="test")
    finally:
        db.dispose()
    return folder / "event.imin"


def export_kit(event: Path, out: Path, passphrase: str | None = None) -> Path:
    db = events.open_event(event)
    try:
        (issued,) = kits.export_kits(db, out, passphrase=passphrase, actor="test")
    finally:
        db.dispose()
    return issued.path


@pytest.fixture(scope="session")
def kits_made(tmp_path_factory: pytest.TempPathFactory) -> Kits:
    folder = tmp_path_factory.mktemp("event")
    event = build_event(folder, SUBMISSIONS)
    plain = export_kit(event, folder / "plain")
    snapshot = folder / "handed-out.imin"
    shutil.copyfile(event, snapshot)
    encrypted = export_kit(event, folder / "encrypted", PASSPHRASE)
    return Kits(plain=plain, encrypted=encrypted, event=snapshot)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspaces"


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait(10_000)


@pytest.fixture
def window(qtbot, kits_made: Kits, settings: AppSettings, runner: TaskRunner,
           workspace_dir: Path) -> WorkspaceWindow:  # fmt: skip
    """The workspace of the plain kit, shown and active."""
    workspace = JurorWorkspace.open(kits_made.plain, folder=workspace_dir)
    win = WorkspaceWindow(workspace, runner, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event built once per test run (packages, kits, score files, decisions,
    workbook, report): tests copy ``demo.imin`` before changing it (``demo_event``)."""
    from imin_desktop.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo")
    for _line in build_demo(folder):
        pass
    return folder


@pytest.fixture
def demo_event(demo_folder: Path, tmp_path: Path) -> Path:
    """A private copy of the demo event file, free to change."""
    target = tmp_path / "demo.imin"
    shutil.copyfile(demo_folder / "demo.imin", target)
    return target
