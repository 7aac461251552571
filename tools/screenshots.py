"""Regenerate the juror screenshots of docs/user-guide.md (docs/images/juror-*.png).

Builds a small event from the generator (real PDFs and images), hands out a kit, scores a
few submissions through the real widgets and grabs each state. Run it under a real X server:

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots.py

(``QT_QPA_PLATFORM=offscreen`` works too, without a display.)
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"
SIZE = (1280, 800)


def build_kit(folder: Path) -> tuple[Path, Path]:
    """An event of 12 submissions all assigned to one juror; its plain kit and the event."""
    from imin_desktop.domain.resources import resource
    from imin_desktop.generator.packages import write_packages
    from imin_desktop.generator.submissions import generate_submissions
    from imin_desktop.services import assignments, events, jurors, kits, submissions

    write_packages(generate_submissions(12, 5), folder / "packages")
    rubric = folder / "rubric.json"
    rubric.write_bytes(resource("rubrics", "health-innovation.json").read_bytes())
    db = events.create_event(folder / "summit.imin", "eHealth Summit 2026", rubric, actor="docs")
    try:
        submissions.import_submissions(db, [folder / "packages"], actor="docs")
        jurors.add_juror(db, "J07", "Inês Conceição", actor="docs")
        assignments.auto_assign(db, 1, actor="docs")
        (issued,) = kits.export_kits(db, folder / "kits", actor="docs")
    finally:
        db.dispose()
    return issued.path, folder / "summit.imin"


def dark_palette() -> QPalette:
    """A dark desktop palette like those of GNOME, KDE or Windows in dark mode."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role = QPalette.ColorRole
    for r, c in {role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1e1e1e",
                 role.AlternateBase: "#262626", role.Text: "#e6e6e6", role.Button: "#353535",
                 role.ButtonText: "#e6e6e6", role.Highlight: "#3d8fd6", role.HighlightedText: "#ffffff",
                 role.PlaceholderText: "#9a9a9a", role.Mid: "#5a5a5a", role.ToolTipBase: "#353535",
                 role.ToolTipText: "#e6e6e6", role.Link: "#6fb3ff"}.items():  # fmt: skip
        p.setColor(r, QColor(c))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7a7a7a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    return p


def main() -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from imin_desktop.app import create_application
    from imin_desktop.services.juror import JurorWorkspace
    from imin_desktop.ui.common.settings import AppSettings
    from imin_desktop.ui.common.tasks import TaskRunner
    from imin_desktop.ui.juror.workspace_window import WorkspaceWindow
    from imin_desktop.ui.start_window import StartWindow

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="imin-shots-"))
    kit, _event = build_kit(tmp)
    app = create_application([])
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()

    def settle(ms: int = 400) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = OUT / f"juror-{name}.png"
        widget.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))

    # 1. start window, with the kit among the recent ones
    settings.add_recent(kit, "eHealth Summit 2026 — Inês Conceição")
    start = StartWindow(runner, settings, tmp / "ws")
    start.resize(720, 520)
    start.show()
    save(start, "start-window")

    # 2. the passphrase prompt after a wrong passphrase
    from imin_desktop.ui.common.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(
        "J07.iminkit",
        start,
        start.tr("That passphrase does not open this kit. Check it with the coordinator "
                 "(capital letters count) and try again."),
    )  # fmt: skip
    dialog.show()
    save(dialog, "passphrase")
    dialog.close()
    start.close()

    # 3. the workspace with a PDF open, a few reviews done
    workspace = JurorWorkspace.open(kit, folder=tmp / "ws")
    window = WorkspaceWindow(workspace, runner, settings)
    window.resize(*SIZE)
    window.show()
    rubric = workspace.rubric
    for n, sub in enumerate(workspace.submissions[:4]):
        for i, c in enumerate(rubric.criteria):
            workspace.set_score(sub.id, c.key, Decimal(3 + (n + i) % 3))
            if c.comment_required:
                workspace.set_criterion_comment(sub.id, c.key, "Bem fundamentado; dados claros.")
        for gate in rubric.gates:
            workspace.set_gate(sub.id, gate.key, True)
        if n < 3:
            workspace.mark_done(sub.id)
    workspace.set_conflict(workspace.submissions[5].id, True)
    window.list.set_rows([window._row(s.id) for s in workspace.submissions])
    window.list.select(workspace.submissions[6].id)
    block = window.panel.blocks
    block[0].selector.choose(Decimal("3.5"))
    block[1].selector.choose(Decimal(4))
    block[2].selector.choose(Decimal("4.5"))
    window.panel.comment.setPlainText(
        "Proposta sólida e bem dirigida às necessidades do SNS; falta clarificar o modelo de custos."
    )
    settle(1200)  # QPdfView renders asynchronously
    save(window, "workspace")

    # 4. the scoring panel with an incomplete review and what is missing
    window.panel.scroll_area.verticalScrollBar().setValue(0)
    save(window.panel, "scoring-incomplete")

    # 5. the conflict of interest question
    def grab_modal(name: str, button: str) -> Callable[[], None]:
        def attempt() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(50, attempt)
                return
            save(box, name)
            for b in box.findChildren(type(window.panel.done_button)):
                if b.text().replace("&", "") == button:
                    b.click()
                    return
            box.close()

        return attempt

    QTimer.singleShot(100, grab_modal("conflict", "Cancel"))
    window.panel.conflict.click()

    # 6. the help overlay
    window.help.show_over_parent()
    save(window, "shortcuts")
    window.help.hide()

    # 7. the same window in a dark system palette
    light = app.palette()
    app.setPalette(dark_palette())
    save(window, "workspace-dark")
    app.setPalette(light)

    # 8. export: the warning, then the summary
    usb = tmp / "USB"
    usb.mkdir()
    window.choose_export_folder = lambda: str(usb)  # type: ignore[method-assign]
    QTimer.singleShot(100, grab_modal("export-warning", "Export anyway"))
    window.export_scores()
    while window.export_task is not None or window.summary_box is None:
        app.processEvents()
    save(window.summary_box, "export-summary")
    window.summary_box.accept()
    window.close()
    runner.wait()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
