"""Regenerate the coordinator's and manager's screenshots of docs/user-guide.md
(docs/images/event-*.png): Results with its panels, a submission's reviews, Decisions, Outputs
with the report previewed, Audit, and the read-only window, at 1366×768 and 1920×1080.

Builds the demo event (``imin demo``), then drives the real event window. Run it under a real X
server:

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshots_event.py [--lang pt]

(``QT_QPA_PLATFORM=offscreen`` works too, without a display.)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"
SIZES = {"": (1366, 768), "-1080p": (1920, 1080)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="en", choices=("en", "pt"))
    args = parser.parse_args()
    os.environ["IMIN_LANG"] = args.lang
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    QLocale.setDefault(QLocale("pt_PT" if args.lang == "pt" else "en_GB"))
    from imin_desktop.app import create_application
    from imin_desktop.services import events
    from imin_desktop.services.demo import build_demo
    from imin_desktop.ui.common.settings import AppSettings
    from imin_desktop.ui.common.tasks import TaskRunner
    from imin_desktop.ui.event.window import EventWindow

    suffix = "" if args.lang == "en" else "-pt"
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    folder = Path(tempfile.mkdtemp(prefix="imin-shots-"))
    for _line in build_demo(folder / "demo", lang=args.lang):
        pass
    event = folder / "demo" / "demo.imin"
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()

    def settle(window: EventWindow, ms: int = 300) -> None:
        deadline = time.time() + 120
        while time.time() < deadline and (
            runner.busy or any(getattr(p, "loading", False) for p in window.pages.values())
        ):
            app.processEvents()
            time.sleep(0.02)
        end = time.time() + ms / 1000
        while time.time() < end:
            app.processEvents()
            time.sleep(0.02)

    def save(widget: QWidget, name: str) -> None:
        path = OUT / f"event-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    def shoot(read_only: bool, steps: Callable[[EventWindow, str], None]) -> None:
        for size_name, (w, h) in SIZES.items():
            window = EventWindow(events.open_event(event, read_only=read_only), runner, settings,
                                 read_only=read_only)  # fmt: skip
            window.resize(w, h)
            window.show()
            settle(window)
            steps(window, size_name)
            window.close()
            settle(window, 100)

    def coordinator(window: EventWindow, size: str) -> None:
        results = window.show_page("results")
        settle(window, 800)
        save(window, f"results{size}")
        results.tabs.setCurrentIndex(1)
        settle(window)
        save(window, f"results-leniency{size}")
        results.tabs.setCurrentIndex(2)
        settle(window)
        save(window, f"results-reliability{size}")
        results.tabs.setCurrentIndex(0)
        if size == "":
            dialog = results.open_submission(results.model.row_at(0).id)
            assert dialog is not None
            dialog.resize(1300, 700)
            settle(window)
            save(dialog, "submission-reviews")
            dialog.close()
        decisions = window.show_page("decisions")
        settle(window, 600)
        decisions.select(decisions.view.rows[0].id)
        settle(window)
        save(window, f"decisions{size}")
        outputs = window.show_page("outputs")
        settle(window)
        outputs.generate_report(folder / f"report{size}.pdf")
        settle(window, 1500)
        save(window, f"outputs{size}")
        window.show_page("audit")
        settle(window, 600)
        save(window, f"audit{size}")

    def manager(window: EventWindow, size: str) -> None:
        window.show_page("decisions")
        settle(window, 600)
        save(window, f"manager-decisions{size}")
        outputs = window.show_page("outputs")
        settle(window)
        outputs.show_preview(folder / "demo" / "report.pdf")
        settle(window, 1500)
        save(window, f"manager-outputs{size}")

    shoot(False, coordinator)
    shoot(True, manager)
    runner.wait(10_000)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
