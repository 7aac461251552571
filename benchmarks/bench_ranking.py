"""Benchmark: the coordinator's ranking table with 2,000 submissions (real widgets, offscreen
unless a display is set).

Target (issue 14, docs: quality): re-sorting by any column and filtering the 2,000 rows each
take ≤ 100 ms, shown on screen (the view repainted). Floors: Python's ``sorted`` over the same
keys, and a plain substring scan over the same texts, without Qt.

Run:  python benchmarks/bench_ranking.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROWS = 2000
CRITERIA = ("relevance", "innovation", "health_impact", "feasibility", "scalability", "team")
WORDS = ("sub-1", "farmácias", "below", "winner", "ex aequo", "sub-19")
FLAGS = ("disagreement", "few_reviews", "ex_aequo", "gate_disputed", "method_sensitive")


def make_rows(count: int = ROWS, seed: int = 7) -> list:  # type: ignore[type-arg]
    """``count`` submissions' results as the results service returns them (synthetic values)."""
    from imin_desktop.domain.consolidation import SubmissionResult
    from imin_desktop.ui.event.ranking_model import ranking_rows

    rng = random.Random(seed)
    subjects = ("Farmácias", "Telemedicine", "Rastreio", "Nutrition", "Dementia", "Exercício")
    results = []
    for i in range(count):
        criteria = {c: rng.uniform(1, 5) for c in CRITERIA}
        total = sum(criteria.values())
        low = rng.randint(1, count)
        results.append(SubmissionResult(
            id=f"SUB-{i + 1:04d}", title=f"{rng.choice(subjects)} project {i} " * 2,
            rank=i + 1, total=total, criteria=criteria, reviews=rng.randint(1, 4), assigned=4,
            spread=rng.uniform(0, 6), passes=rng.random() > 0.2, eligible=rng.random() > 0.05,
            flags=tuple(f for f in FLAGS if rng.random() < 0.1),
            rank_interval=(low, min(count, low + rng.randint(0, 40))), p_top=rng.random(),
            method_ranks={"mean": i + 1},
        ))  # fmt: skip
    decisions = {r.id: {"outcome": "winner", "panel_order": None} for r in results[:3]}
    return ranking_rows(results, decisions, rubric())


def rubric():  # type: ignore[no-untyped-def]
    from imin_desktop.domain.resources import resource
    from imin_desktop.formats.rubric_xlsx import read_rubric_file

    return read_rubric_file(Path(str(resource("rubrics", "health-innovation.json"))))


def run() -> list[tuple[str, float, float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from imin_desktop.ui.common.table_model import fold
    from imin_desktop.ui.event.ranking_model import RankingTableModel

    app = QApplication.instance() or QApplication([])
    rows = make_rows()
    model = RankingTableModel()
    model.set_results(rows, [(c, c) for c in CRITERIA], 3)
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)  # as on the Results page
    view.resize(1366, 768)
    view.show()
    app.processEvents()

    for column in range(model.columnCount()):  # warm-up: glyph caches, first layouts
        view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        app.processEvents()
    sorts = []
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            start = time.perf_counter()
            view.sortByColumn(column, order)
            app.processEvents()  # the repaint the sort asked for
            sorts.append(time.perf_counter() - start)
    keys = [[(r.total or 0.0, r.id) for r in rows] for _ in range(model.columnCount())]
    floor_sort = statistics.median(_timed(lambda k=k: sorted(range(ROWS), key=k.__getitem__))
                                   for k in keys)  # fmt: skip

    filters = []
    for words in WORDS * 3:
        start = time.perf_counter()
        model.set_filter_text(words)
        app.processEvents()
        filters.append(time.perf_counter() - start)
        model.set_filter_text("")
        app.processEvents()
    texts = [fold(f"{r.id} {r.title} {r.outcome}") for r in rows]
    floor_filter = statistics.median(
        _timed(lambda w=w: [t for t in texts if fold(w) in t]) for w in WORDS
    )
    view.close()
    return [
        (f"re-sort {ROWS} rows (median of every column)", statistics.median(sorts), floor_sort),
        (f"re-sort {ROWS} rows (slowest column)", max(sorts), floor_sort),
        (f"filter {ROWS} rows (median)", statistics.median(filters), floor_filter),
        (f"filter {ROWS} rows (slowest)", max(filters), floor_filter),
    ]


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


TARGET = 0.100


def main() -> None:
    rows = run()
    print(f"{'step':<46} {'time':>9} {'floor':>9} {'ratio':>6} {'target':>8}")
    for name, seconds, floor in rows:
        ratio = f"{seconds / floor:.1f}" if floor else "-"
        mark = "ok" if seconds <= TARGET else "SLOW"
        print(f"{name:<46} {seconds * 1000:>7.1f}ms {floor * 1000:>7.1f}ms {ratio:>6} "
              f"{TARGET * 1000:>6.0f}ms {mark}")  # fmt: skip


if __name__ == "__main__":
    main()
