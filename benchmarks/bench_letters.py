"""Benchmark step: evaluation letters at the reference scale.

The reference event of ``bench_exports`` (2,000 submissions, 120 jurors, 8 criteria, 10,000
counted reviews) with comments as jurors write them (``bench_report.with_comments``). The target
(docs: quality) is one letter per submission plus ``letters.csv`` in at most 60 s on a 2-core
machine, beside its floor: reportlab platypus writing the same text as plain paragraphs, one PDF
per submission, without tables, page furniture, hashing or atomic writes.

Run alone:  python benchmarks/bench_letters.py      (or with the others: benchmarks/run.py)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.platypus import Paragraph, SimpleDocTemplate

from imin_desktop.domain.letters import Letter
from imin_desktop.exports.letters import write_letters
from imin_desktop.exports.report_style import Styles
from imin_desktop.services.letters import build_letters

TARGET_SECONDS = 60.0


def floor_seconds(letters: list[Letter], folder: Path) -> float:
    st = Styles()
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for letter in letters:
        story = [Paragraph(escape(f"{letter.submission_id} — {letter.title}"), st.h1)]
        for c in letter.criteria:
            story.append(Paragraph(escape(f"{c.label}: {c.score}"), st.h3))
            for comment in c.comments:
                story.append(Paragraph(escape(f"{comment.label}: {comment.text}"), st.body))
        for comment in letter.general:
            story.append(Paragraph(escape(f"{comment.label}: {comment.text}"), st.body))
        SimpleDocTemplate(str(folder / letter.file_name)).build(story)
    return time.perf_counter() - start


def step_letters(folder: Path) -> tuple[str, float, float]:
    from benchmarks.bench_exports import reference_data
    from benchmarks.bench_report import with_comments

    data = with_comments(reference_data())
    start, cpu = time.perf_counter(), time.process_time()
    letters = build_letters(data, {}, "submission")
    write_letters(letters, folder / "letters", event_title=data.event_title,
                  date=data.generated_at)  # fmt: skip
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    floor = floor_seconds(letters, folder / "floor")
    # On a shared machine the wall time includes waiting for a core; the CPU time is the work.
    return (f"evaluation letters ({len(letters):,} PDFs + letters.csv, {cpu:.1f} s CPU; "
            f"target ≤ {TARGET_SECONDS:.0f} s)", seconds, floor)  # fmt: skip


def run() -> list[tuple[str, float, float]]:
    folder = Path(tempfile.mkdtemp(prefix="imin-bench-letters-"))
    try:
        return [step_letters(folder)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    for step, seconds, floor in run():
        print(f"{step}: {seconds:.2f} s, floor {floor:.2f} s, ratio {seconds / floor:.1f}")


if __name__ == "__main__":
    main()
