"""Regenerate the coordinator's set-up screenshots of docs/user-guide.md
(docs/images/coordinator-*.png): the start window, the new-event wizard, Setup (rubric,
submissions, a refused import, jurors, conflicts), Assignments with the automatic-assignment
dialog and the kit passphrases, and Collect after a drop, at 1366×768 and 1920×1080.

Builds the demo event (``imin demo``), then drives the real windows. Run it under a real X
server:

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshots_coordinator.py

(``QT_QPA_PLATFORM=offscreen`` works too, without a display.)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"
SIZES = {"": (1366, 768), "-1080p": (1920, 1080)}


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from imin_desktop.app import create_application
    from imin_desktop.services import events
    from imin_desktop.services.demo import build_demo
    from imin_desktop.ui.common.settings import AppSettings
    from imin_desktop.ui.common.tasks import TaskRunner
    from imin_desktop.ui.event.window import EventWindow
    from imin_desktop.ui.start_window import StartWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    folder = Path(tempfile.mkdtemp(prefix="imin-shots-"))
    for _line in build_demo(folder / "demo"):
        pass
    demo = folder / "demo"
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()

    def pump(ms: int = 300) -> None:
        end = time.time() + ms / 1000
        while time.time() < end:
            app.processEvents()
            time.sleep(0.01)

    def settle(window: EventWindow) -> None:
        deadline = time.time() + 120
        while time.time() < deadline and (
            runner.busy or any(getattr(p, "loading", False) for p in window.pages.values())
        ):
            app.processEvents()
            time.sleep(0.01)
        pump()

    def save(widget: QWidget, name: str) -> None:
        pump()
        path = OUT / f"coordinator-{name}.png"
        widget.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))

    def dialog_of(kind: type) -> QWidget:
        pump()
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return found[-1]

    # start window, with an event and a kit among the recent files
    settings.add_recent(demo / "kits" / "J01.iminkit", "eHealth Summit 2026 challenge — J01")
    settings.add_recent(demo / "demo.imin", "eHealth Summit 2026 challenge")
    start = StartWindow(runner, settings, folder / "ws")
    start.resize(760, 600)
    start.show()
    save(start, "start-window")

    # the new-event wizard: its rubric page with the preview
    from PySide6.QtWidgets import QWizard

    wizard = start.coordinator.create_event()
    wizard.first.title_edit.setText("Desafio eHealth Summit 2026")
    wizard.first.blind.setChecked(True)
    save(wizard, "wizard-event")
    wizard.button(QWizard.WizardButton.NextButton).click()
    save(wizard, "wizard-rubric")
    wizard.close()
    start.close()

    for size, (width, height) in SIZES.items():
        event = folder / f"event{size}.imin"
        shutil.copyfile(demo / "demo.imin", event)
        window = EventWindow(events.open_event(event), runner, settings)
        window.resize(width, height)
        window.show()
        setup = window.show_page("setup")
        settle(window)
        for index, name in enumerate(("rubric", "submissions", "jurors", "conflicts")):
            setup.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            save(window, f"setup-{name}{size}")
        assignments = window.show_page("assignments")
        settle(window)
        save(window, f"assignments{size}")
        collect = window.show_page("collect")
        settle(window)
        collect.receive_files([demo / "scores"])  # type: ignore[attr-defined]
        settle(window)
        save(window, f"collect{size}")
        if not size:
            from imin_desktop.ui.event.assign_dialog import AutoAssignDialog
            from imin_desktop.ui.event.handout import PassphrasesDialog
            from imin_desktop.ui.event.submissions_panel import ProblemsDialog

            assignments = window.show_page("assignments")
            settle(window)
            assignments.auto_assign()  # type: ignore[attr-defined]
            dialog = dialog_of(AutoAssignDialog)
            save(dialog, "auto-assign")
            dialog.close()
            assignments.run_export_kits(folder / "handout", True)  # type: ignore[attr-defined]
            settle(window)
            save(dialog_of(PassphrasesDialog), "passphrases")
            dialog_of(PassphrasesDialog).close()
            setup = window.show_page("setup")
            setup.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
            broken = folder / "broken"
            broken.mkdir()
            shutil.copyfile(demo / "packages" / sorted(p.name for p in (demo / "packages")
                                                       .iterdir())[0], broken / "a.zip")  # fmt: skip
            (broken / "b.zip").write_bytes(b"not a zip")
            setup.submissions.import_paths([broken])  # type: ignore[attr-defined]
            settle(window)
            save(dialog_of(ProblemsDialog), "import-refused")
            dialog_of(ProblemsDialog).close()
        window.close()
    runner.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
