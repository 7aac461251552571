"""Benchmark: the exports at the reference scale.

2,000 submissions, 120 jurors, 8 criteria, 10,000 counted reviews, 120 score files — the
reference event of ``bench_results`` consolidated once (not timed) into the plain values the
exports take (:class:`~imin_desktop.domain.report_data.ReportData`), built directly without a
database so the benchmark measures the export alone.

Steps (each beside its floor):
- consolidated workbook (target ≤ 8 s): ``write_workbook`` vs an openpyxl write-only dump of the
  same cells — every value the workbook holds, read back from it, written with no styles,
  widths, formats, charts or names.
- decision report (target ≤ 60 s): ``write_report`` of the same data with reviewers' comments on
  most criteria (``bench_report``) vs reportlab platypus laying out the same text as plain
  paragraphs in one pass.

Further exports add a ``(name, function)`` pair to ``STEPS``; a step function takes the
ReportData and a scratch folder and returns ``(step, seconds, floor seconds)``.

Run:  python benchmarks/bench_exports.py
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from benchmarks.bench_report import step_report
from benchmarks.bench_results import reference_event
from imin_desktop.domain.consolidation import consolidate, results_as_json
from imin_desktop.domain.report_data import (
    CellState,
    ChangeRow,
    DecisionRow,
    PanelMember,
    ReportData,
    ReviewRow,
    ScoreFileRow,
    SubmissionMeta,
)
from imin_desktop.exports.workbook import write_workbook

Step = Callable[[ReportData, Path], tuple[str, float, float]]
AT = "2026-05-04T10:00:00Z"


def reference_data(lang: str = "en") -> ReportData:
    """The reference-scale event as the exports receive it (mean method, 1,000 draws)."""
    rubric, submissions, jurors, reviews = reference_event()
    results = consolidate(rubric, submissions, jurors, reviews, method="mean", draws=1000, seed=1)
    tracks = ("Startups", "Internal innovation", "Summit")
    members = tuple(
        PanelMember(j.id, f"Juror {j.id}", f"{j.id.lower()}@example.org", f"Juror {n + 1}")
        for n, j in enumerate(jurors)
    )
    rows = tuple(
        ReviewRow(
            submission_id=r.submission_id, juror_id=r.juror_id, juror_label=r.juror_id,
            scores=dict(r.scores), total=rubric.review_total(r.scores), gates={},
            comment="A relevant idea, but the implementation plan needs more detail.",
            criterion_comments={}, status="final", updated_at=AT,
        )
        for r in reviews
    )  # fmt: skip
    reviewed = {(r.submission_id, r.juror_id) for r in reviews}
    cells = tuple(
        CellState(j.id, s.id, "missing")
        for n, (s, j) in enumerate((s, j) for s in submissions[:200] for j in jurors[:1])
        if (s.id, j.id) not in reviewed and n % 2 == 0
    )
    files = tuple(
        ScoreFileRow(j.id, f"Juror {j.id}", "scores", 1, AT, AT,
                     hashlib.sha256(j.id.encode()).hexdigest(), f"{j.id}-001.iminscore", True)
        for j in jurors
    )  # fmt: skip
    ranked = [s for s in results.submissions if s.total is not None]
    decisions = {
        s.id: DecisionRow(s.id, "winner" if n == 0 else "finalist", "Highest consolidated score.",
                          None, "coordinator", AT)
        for n, s in enumerate(ranked[:10])
    }  # fmt: skip
    return ReportData(
        event_id="bench", event_title="Reference-scale challenge", is_blind=False,
        generated_at=AT, software_version="bench", lang=lang, rubric=rubric, results=results,
        results_json=results_as_json(results, event_id="bench", rubric_hash=rubric.hash,
                                     decisions={}),
        submissions={s.id: SubmissionMeta(s.id, s.title, tracks[n % 3], fields=dict(s.fields))
                     for n, s in enumerate(submissions)},
        jurors=members, reviews=rows, cells=cells, conflicts=(), score_files=files,
        decisions=decisions,
        changes=tuple(ChangeRow(AT, "coordinator", "decide", "decision", k, "")
                      for k in decisions),
        outcomes=("winner", "finalist"),
    )  # fmt: skip


def _same_cells(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's values as the workbook holds them (formulas as their text)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [(ws.title, [tuple(row) for row in ws.iter_rows(values_only=True)])
                for ws in wb.worksheets]  # fmt: skip
    finally:
        wb.close()


def _dump(sheets: list[tuple[str, list[tuple[Any, ...]]]], path: Path) -> float:
    start = time.perf_counter()
    wb = openpyxl.Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return time.perf_counter() - start


def step_workbook(data: ReportData, folder: Path) -> tuple[str, float, float]:
    target = folder / "results.xlsx"
    seconds = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        write_workbook(data, target)
        seconds = min(seconds, time.perf_counter() - start)
    sheets = _same_cells(target)
    cells = sum(1 for _, rows in sheets for row in rows for v in row if v is not None)
    floor = min(_dump(sheets, folder / "floor.xlsx") for _ in range(2))
    return (f"consolidated workbook ({cells:,} cells)", seconds, floor)


STEPS: list[tuple[str, Step]] = [
    ("workbook", step_workbook),
    ("report", step_report),
]


def run() -> list[tuple[str, float, float]]:
    """(step, seconds, floor seconds) for every export step."""
    data = reference_data()
    folder = Path(tempfile.mkdtemp(prefix="imin-bench-exports-"))
    try:
        return [step(data, folder) for _, step in STEPS]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    rows = run()
    width = max(len(step) for step, _, _ in rows)
    print(f"{'step':<{width}}  {'seconds':>8}  {'floor':>8}  {'ratio':>6}")
    for step, seconds, floor in rows:
        print(f"{step:<{width}}  {seconds:8.2f}  {floor:8.2f}  {seconds / floor:6.1f}")


if __name__ == "__main__":
    main()
