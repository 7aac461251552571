"""Benchmark: the juror workspace with the real widgets (offscreen unless a display is set).

Targets (docs: quality): window shown ≤ 1.5 s after launch; a kit with 100 submissions open
and usable ≤ 1 s; next submission ≤ 50 ms; a score change stored durably ≤ 20 ms.
Floors: a bare PySide6 window shown from a fresh interpreter; reading and checking the same
kit without any widget; reading the next submission's first attachment; the service storing
the same score without the GUI.

Run:  python benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SUBMISSIONS = 100
MOVES = 40
SCORES = 60

LAUNCH = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    {body}
    def shown():
        print(time.time(), flush=True)
        app.quit()
    QTimer.singleShot(0, shown)
    app.exec()
    """
)
APP_BODY = """
from imin_desktop.app import build
app, shell = build([])
"""
BARE_BODY = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show()
"""


def _launch(body: str, env: dict[str, str]) -> float:
    """Seconds from starting a fresh interpreter to its window shown and the loop running."""
    script = LAUNCH.replace("{body}", textwrap.dedent(body))
    best = float("inf")
    for _ in range(3):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             env=env, timeout=120, check=True)  # fmt: skip
        best = min(best, float(out.stdout.strip().splitlines()[-1]) - start)
    return best


def _make_kit(folder: Path) -> Path:
    from imin_desktop.domain.resources import resource
    from imin_desktop.generator.packages import write_packages
    from imin_desktop.generator.submissions import generate_submissions
    from imin_desktop.services import assignments, events, jurors, kits, submissions

    write_packages(generate_submissions(SUBMISSIONS, 3), folder / "packages", workers=2)
    rubric = folder / "rubric.json"
    rubric.write_bytes(resource("rubrics", "health-innovation.json").read_bytes())
    db = events.create_event(folder / "bench.imin", "Benchmark", rubric, actor="bench")
    try:
        submissions.import_submissions(db, [folder / "packages"], actor="bench")
        jurors.add_juror(db, "J01", "Benchmark Juror", actor="bench")
        assignments.auto_assign(db, 1, actor="bench")
        (issued,) = kits.export_kits(db, folder / "kits", actor="bench")
    finally:
        db.dispose()
    return issued.path


def run() -> list[tuple[str, float, float]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from imin_desktop.formats.kit import open_kit
    from imin_desktop.services.juror import open_workspace
    from imin_desktop.ui.common.settings import AppSettings
    from imin_desktop.ui.common.tasks import TaskRunner
    from imin_desktop.ui.juror.workspace_window import WorkspaceWindow

    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="imin-bench-gui-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "HOME": str(folder / "home"), "XDG_CONFIG_HOME": str(folder / "cfg"),
               "XDG_DATA_HOME": str(folder / "data"), "IMIN_WORKSPACE_DIR": str(folder / "ws")}  # fmt: skip
        rows.append(("window shown after launch", _launch(APP_BODY, env), _launch(BARE_BODY, env)))

        kit = _make_kit(folder)
        app = QApplication.instance() or QApplication([])
        settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        runner = TaskRunner()

        floor_open = min(_timed(lambda: open_kit(kit)) for _ in range(3))
        start = time.perf_counter()
        workspace = open_workspace(kit, folder=folder / "ws")
        window = WorkspaceWindow(workspace, runner, settings)
        window.show()
        app.processEvents()
        opened = time.perf_counter() - start
        assert window.current_id and window.viewer.current_page() is not None
        rows.append((f"kit with {SUBMISSIONS} submissions open and usable", opened, floor_open))

        moves, floors = [], []
        for i in range(MOVES):
            start = time.perf_counter()
            window.list.step(1 if i < MOVES // 2 else -1)
            app.processEvents()
            moves.append(time.perf_counter() - start)
            sub = workspace.submission(window.current_id)
            floors.append(_timed(lambda s=sub: workspace.opened.read_attachment(
                s.attachments[0].sha256)))  # fmt: skip
        rows.append(("move to the next submission", statistics.median(moves),
                     statistics.median(floors)))  # fmt: skip

        selector = window.panel.blocks[0].selector
        values = selector.values
        stored = []
        for i in range(SCORES):
            value = values[i % len(values)]
            if value == selector.value:
                value = values[(i + 1) % len(values)]
            start = time.perf_counter()
            selector.choose(value)
            app.processEvents()
            stored.append(time.perf_counter() - start)
        sid = window.current_id
        service = [_timed(lambda v=v: workspace.set_score(sid, "innovation", v))
                   for v in (Decimal(i % 6) for i in range(SCORES))]  # fmt: skip
        rows.append(("a score change stored durably", statistics.median(stored),
                     statistics.median(service)))  # fmt: skip
        window.close()
        runner.wait()
    return rows


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


TARGETS = {
    "window shown after launch": 1.5,
    f"kit with {SUBMISSIONS} submissions open and usable": 1.0,
    "move to the next submission": 0.050,
    "a score change stored durably": 0.020,
}


def main() -> None:
    rows = run()
    print(f"{'step':<44} {'time':>9} {'floor':>9} {'ratio':>6} {'target':>8}")
    for name, seconds, floor in rows:
        ratio = f"{seconds / floor:.1f}" if floor else "-"
        target = TARGETS.get(name)
        mark = "" if target is None else ("ok" if seconds <= target else "SLOW")
        print(f"{name:<44} {seconds * 1000:>7.1f}ms {floor * 1000:>7.1f}ms {ratio:>6} "
              f"{(target or 0) * 1000:>6.0f}ms {mark}")  # fmt: skip


if __name__ == "__main__":
    main()
