"""Benchmark: the coordinator's event window with the real widgets at the reference scale.

The reference event (2,000 submissions, 120 jurors, 5 reviews per submission; docs: quality)
is built once by ``bench_logistics.prepared_event`` and copied; kits are exported and one
simulated score file per juror is written (untimed). Steps, each beside its floor:

- ``event window open and usable`` (target ≤ 1.5 s): opening the event file, building the
  window and showing it until the Setup page's tables have arrived; floor: the same service
  reads without any widget.
- ``matrix scroll`` and ``matrix re-sort`` (target ≤ 100 ms): the 2,000 × 120 assignment
  matrix jumping to another place (vertical and horizontal) or sorted by another column,
  each followed by a synchronous repaint; floor: sorting the same keys in plain Python.
- ``drop 120 score files: longest UI stall`` (target ≤ 100 ms): a 10 ms QTimer heartbeat runs
  while the Collect page merges the dropped folder in the background; the figure is the
  longest gap between two beats (the merge's own time is printed beside it); floor: the
  longest gap of the same heartbeat with the window idle for 3 s (what the machine's load
  alone costs).

Run:  python benchmarks/bench_event_gui.py
"""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_logistics import copy_event, prepared_event, write_simulated_score_files
from benchmarks.generate import SCALES

SCALE = "reference"


def _wait(app: object, done: object, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not done():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
        if time.perf_counter() > end:
            raise TimeoutError("the window did not settle")


def run() -> list[tuple[str, float, float]]:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from imin_desktop.services import events, jurors, kits, submissions
    from imin_desktop.ui.common.settings import AppSettings
    from imin_desktop.ui.common.tasks import TaskRunner
    from imin_desktop.ui.event.window import EventWindow

    app = QApplication.instance() or QApplication([])
    rows: list[tuple[str, float, float]] = []
    work = Path(tempfile.mkdtemp(prefix="imin-bench-event-gui-"))
    try:
        event = copy_event(prepared_event(SCALE), work / "event.imin")
        db = events.open_event(event)
        try:
            issued = kits.export_kits(db, work / "kits", actor="bench")
        finally:
            db.dispose()
        write_simulated_score_files([k.path for k in issued], SCALES[SCALE].criteria,
                                    work / "back")  # fmt: skip
        settings = AppSettings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
        runner = TaskRunner()

        # 1. open the window on Setup, until its tables are filled
        floor_db = events.open_event(event)
        started = time.perf_counter()
        events.event_info(floor_db)
        submissions.list_submissions(floor_db)
        jurors.list_jurors(floor_db)
        floor = time.perf_counter() - started
        floor_db.dispose()
        started = time.perf_counter()
        window = EventWindow(events.open_event(event), runner, settings)
        window.resize(1366, 768)
        window.show()
        setup = window.show_page("setup")
        _wait(app, lambda: not setup.loading)
        opened = time.perf_counter() - started
        assert setup.submissions.table.model.rowCount() == 2000  # type: ignore[attr-defined]
        rows.append(("event window open and usable (Setup)", opened, floor))

        # 2. the assignment matrix
        page = window.show_page("assignments")
        _wait(app, lambda: not page.loading)
        view, model = page.view, page.model  # type: ignore[attr-defined]
        assert (model.rowCount(), model.columnCount()) == (2000, 122)
        scrolls = []
        for i in range(20):
            bar = view.verticalScrollBar() if i % 2 == 0 else view.horizontalScrollBar()
            started = time.perf_counter()
            bar.setValue((bar.maximum() * (i * 7 % 20)) // 19)
            view.viewport().repaint()
            scrolls.append(time.perf_counter() - started)
        sorts, floors = [], []
        for column in (0, 1, 2, 40, 121, 5, 0):
            order = Qt.SortOrder.DescendingOrder if column % 2 else Qt.SortOrder.AscendingOrder
            started = time.perf_counter()
            view.sortByColumn(column, order)
            view.viewport().repaint()
            sorts.append(time.perf_counter() - started)
            keys = [model.state(model.jurors[0][0], s) for s, _t in model.submissions]
            started = time.perf_counter()
            sorted(range(len(keys)), key=keys.__getitem__)
            floors.append(time.perf_counter() - started)
        rows.append(("matrix 2,000 × 120: scroll and repaint", statistics.median(scrolls), 0.0))
        rows.append(("matrix 2,000 × 120: worst scroll", max(scrolls), 0.0))
        rows.append(("matrix 2,000 × 120: re-sort and repaint", statistics.median(sorts),
                     statistics.median(floors)))  # fmt: skip
        rows.append(("matrix 2,000 × 120: worst re-sort", max(sorts), 0.0))

        # 3. drop 120 score files while a heartbeat measures the event loop
        collect = window.show_page("collect")
        _wait(app, lambda: not collect.loading)
        beats: list[float] = []
        heart = QTimer()
        heart.setInterval(10)
        heart.timeout.connect(lambda: beats.append(time.perf_counter()))
        heart.start()  # the floor: the same heartbeat with the window idle for 3 s
        _wait(app, lambda: len(beats) > 1 and beats[-1] - beats[0] > 3.0)
        heart.stop()
        idle = max((b - a for a, b in itertools.pairwise(beats)), default=0.0)
        beats.clear()
        merged: list[object] = []
        collect.table.model.modelReset.connect(lambda: merged.append(True))  # type: ignore[attr-defined]
        heart.start()
        started = time.perf_counter()
        collect.receive_files([work / "back"])  # type: ignore[attr-defined]
        _wait(app, lambda: bool(merged) and not runner.busy and not collect.loading)
        merge_seconds = time.perf_counter() - started
        heart.stop()
        stall = max((b - a for a, b in itertools.pairwise(beats)), default=0.0)
        outcomes = collect.outcomes  # type: ignore[attr-defined]
        assert len(outcomes) == 120 and all(o.result == "accepted" for o in outcomes)
        rows.append(("drop 120 score files: longest UI stall", stall, idle))
        rows.append(("drop 120 score files: merged and shown", merge_seconds, 0.0))
        window.close()
        runner.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


TARGETS = {
    "event window open and usable (Setup)": 1.5,
    "matrix 2,000 × 120: scroll and repaint": 0.100,
    "matrix 2,000 × 120: worst scroll": 0.100,
    "matrix 2,000 × 120: re-sort and repaint": 0.100,
    "matrix 2,000 × 120: worst re-sort": 0.100,
    "drop 120 score files: longest UI stall": 0.100,
}


def main() -> None:
    rows = run()
    print(f"{'step':<44} {'time':>10} {'floor':>9} {'target':>8}")
    for name, seconds, floor in rows:
        target = TARGETS.get(name)
        mark = "" if target is None else ("ok" if seconds <= target else "SLOW")
        floor_text = f"{floor * 1000:>7.1f}ms" if floor else f"{'-':>9}"
        print(f"{name:<44} {seconds * 1000:>8.1f}ms {floor_text} "
              f"{(target or 0) * 1000:>6.0f}ms {mark}")  # fmt: skip


if __name__ == "__main__":
    main()
