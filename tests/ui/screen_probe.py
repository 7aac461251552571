"""Run in a child process on a screen of a given size: opens a kit's workspace with fresh
settings and reports, as JSON, where the juror's controls are (see test_juror_screen.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from imin_desktop.services.juror import JurorWorkspace
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.juror.workspace_window import WorkspaceWindow


def shown(widget: QWidget, window: QWidget) -> bool:
    """Visible, not clipped away, and inside the window and the screen."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = QRect(top_left, widget.size())
    inside_window = window.rect().contains(rect.center())
    screen = window.screen().availableGeometry()
    global_rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
    return inside_window and screen.contains(global_rect.center())


def main() -> None:
    kit, workspaces, settings_file = (Path(a) for a in sys.argv[1:4])
    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    runner = TaskRunner()
    win = WorkspaceWindow(JurorWorkspace.open(kit, folder=workspaces), runner, settings)
    win.show()
    QTest.qWaitForWindowExposed(win)
    win.activateWindow()
    QTest.qWait(200)
    panel = win.panel
    report: dict[str, object] = {
        "screen": [
            app.primaryScreen().availableGeometry().width(),
            app.primaryScreen().availableGeometry().height(),
        ],
        "window_fits": app.primaryScreen().availableGeometry().contains(win.frameGeometry()),
        "fixed": {
            "mark_as_done": shown(panel.done_button, win),
            "total": shown(panel.total, win),
            "state": shown(panel.state, win),
            "status_line": shown(win.statusBar(), win),
            "progress_bar": shown(win.list.progress, win),
            "filter": shown(win.list.filter, win),
        },
    }
    # A complete review, so that "Mark as done" is enabled (a disabled button takes no focus).
    ws, sid = win.ws, win.current_id
    for criterion in ws.rubric.criteria:
        ws.set_score(sid, criterion.key, criterion.scale.values()[-1])
        if criterion.comment_required:
            ws.set_criterion_comment(sid, criterion.key, "Bem fundamentado.")
    for gate in ws.rubric.gates:
        ws.set_gate(sid, gate.key, True)
    win.show_submission(sid)
    # Tab through the scoring pane from the conflict box to "Mark as done": every stop shows.
    panel.conflict.setFocus(Qt.FocusReason.TabFocusReason)
    stops, hidden = 0, []
    for _ in range(200):
        widget = QApplication.focusWidget()
        if widget is None or not panel.isAncestorOf(widget):
            break
        QTest.qWait(10)
        stops += 1
        if not shown(widget, win):
            hidden.append(widget.accessibleName() or type(widget).__name__)
        if widget is panel.done_button:
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    report["tab_stops"] = stops
    report["hidden_when_focused"] = hidden
    report["reached_done"] = QApplication.focusWidget() is panel.done_button
    win.close()
    runner.wait(5000)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
