"""Screenshots of both workspaces in European Portuguese, light and dark, for
docs/user-guide.pt.md and the languages section of docs/user-guide.md
(docs/images/pt-*.png). Run under a real X server:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshots_pt.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
OUT = ROOT / "docs" / "images"
SIZE = (1366, 740)


def main() -> int:
    os.environ["IMIN_LANG"] = "pt"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from screenshots import build_kit, dark_palette

    from imin_desktop.app import create_application
    from imin_desktop.services import events
    from imin_desktop.services.demo import build_demo
    from imin_desktop.services.juror import JurorWorkspace
    from imin_desktop.ui.common.settings import AppSettings
    from imin_desktop.ui.common.tasks import TaskRunner
    from imin_desktop.ui.event.window import EventWindow
    from imin_desktop.ui.juror.workspace_window import WorkspaceWindow

    tmp = Path(tempfile.mkdtemp(prefix="imin-shots-pt-"))
    kit, _event = build_kit(tmp)
    for _line in build_demo(tmp / "demo", lang="pt"):
        pass
    app = create_application([])
    light = QApplication.palette()
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()

    def settle(ms: int = 600) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = OUT / f"pt-{name}.png"
        widget.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))

    workspace = JurorWorkspace.open(kit, folder=tmp / "ws")
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
    window = WorkspaceWindow(workspace, runner, settings)
    window.resize(*SIZE)
    window.show()
    window.list.select(workspace.submissions[4].id)
    window.panel.blocks[0].selector.choose(Decimal("3.5"))
    window.panel.gates[0].yes.click()
    for palette, name in ((light, "juror-workspace"), (dark_palette(), "juror-workspace-dark")):
        QApplication.setPalette(palette)
        save(window, name)
    QApplication.setPalette(light)
    window.close()

    event = EventWindow(events.open_event(tmp / "demo" / "demo.imin"), runner, settings)
    event.resize(*SIZE)
    event.show()
    for key in ("setup", "results"):
        event.show_page(key)
        for palette, suffix in ((light, ""), (dark_palette(), "-dark")):
            QApplication.setPalette(palette)
            save(event, f"event-{key}{suffix}")
    QApplication.setPalette(light)
    event.close()
    runner.wait(10_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
