"""Nothing a juror typed is lost: kill the GUI with SIGKILL mid-work, reopen, find every change."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

from imin_desktop.services.juror import JurorWorkspace

CHILD = textwrap.dedent(
    """
    import sys, time
    from decimal import Decimal
    from pathlib import Path
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from imin_desktop.services.juror import JurorWorkspace
    from imin_desktop.ui.common.settings import AppSettings
    from imin_desktop.ui.common.tasks import TaskRunner
    from imin_desktop.ui.juror.workspace_window import WorkspaceWindow

    kit, folder, ini = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = QApplication([])
    win = WorkspaceWindow(JurorWorkspace.open(kit, folder=folder), TaskRunner(),
                          AppSettings(QSettings(ini, QSettings.Format.IniFormat)))
    win.show()
    for n, block in enumerate(win.panel.blocks, start=1):
        block.selector.setFocus()
        QTest.keyClick(block.selector, Qt.Key(Qt.Key.Key_0 + (n % 5)))
        QTest.keyClick(block.selector, Qt.Key.Key_Plus)
        print("ACK", win.current_id, block.criterion.key, block.selector.value, flush=True)
    win.panel.comment.setPlainText("Avaliação quase concluída — falta a equipa.")
    print("ACK comment", flush=True)
    time.sleep(60)  # still "working" when the laptop dies
    """
)


def test_every_acknowledged_change_survives_sigkill(kits_made, tmp_path: Path):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    folder = tmp_path / "ws"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(script), str(kits_made.plain), str(folder), str(tmp_path / "s.ini")],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    acks: list[list[str]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            acks.append(line.split())
            if line.startswith("ACK comment"):
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    workspace = JurorWorkspace.open(kits_made.plain, folder=folder)
    try:
        sid = acks[0][1]
        review = workspace.review(sid)
        assert {a[2]: Decimal(a[3]) for a in acks if a[1] != "comment"} == dict(review.scores)
        assert len(review.scores) == len(workspace.rubric.criteria)
        assert review.comment == "Avaliação quase concluída — falta a equipa."
    finally:
        workspace.close()
