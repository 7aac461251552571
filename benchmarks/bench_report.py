"""Benchmark step: the PDF decision report at the reference scale (a step of ``bench_exports``).

The reference event of ``bench_exports`` (2,000 submissions, 120 jurors, 8 criteria, 10,000
counted reviews) with comments as jurors write them: a comment on about 60% of the criteria of
every review and a general comment. The target (docs: quality) is the full report — cover,
contents, summary, ranking with chart, decisions, one evaluation summary per submission,
appendices, signatures — in at most 60 s on a 2-core machine, beside its floor: reportlab
platypus laying out the same text as plain paragraphs (one pass; no tables, chart, contents,
outline or page furniture).

Run alone:  python benchmarks/bench_report.py      (or with the others: benchmarks/run.py)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from imin_desktop.domain.report_data import ReportData, ReviewRow
from imin_desktop.exports.report import write_report
from imin_desktop.exports.report_style import Styles

_OPENINGS = (
    "A proposta responde a uma necessidade clara do serviço nacional de saúde",
    "The proposal answers a clear need of the national health service",
    "A equipa demonstra experiência relevante e uma execução credível",
    "The team shows relevant experience and a credible plan of execution",
    "O piloto é pequeno e a avaliação económica ainda não está concluída",
    "The pilot is small and the economic evaluation is still missing",
)
_ENDINGS = (
    "; a integração com os sistemas hospitalares está bem descrita.",
    "; integration with hospital systems is well described.",
    ", mas a sustentabilidade após o financiamento não é demonstrada.",
    ", but sustainability after funding is not demonstrated.",
    "; os indicadores de impacto são concretos e mensuráveis.",
    "; the impact indicators are concrete and measurable.",
)


def with_comments(data: ReportData, seed: int = 7) -> ReportData:
    """The same data with criterion comments on ~60% of the criteria of every review."""
    rng = random.Random(seed)

    def comment() -> str:
        return rng.choice(_OPENINGS) + rng.choice(_ENDINGS)

    reviews = tuple(
        replace(r, criterion_comments={k: comment() for k in r.scores if rng.random() < 0.6},
                comment=comment())
        for r in data.reviews
    )  # fmt: skip
    return replace(data, reviews=reviews)


def floor_seconds(data: ReportData, path: Path) -> float:
    """Plain platypus paragraphs of the same text, one pass."""
    st = Styles()
    start = time.perf_counter()
    by_sub: dict[str, list[ReviewRow]] = {}
    for review in data.reviews:
        by_sub.setdefault(review.submission_id, []).append(review)
    story = []
    for r in data.results.submissions:
        story.append(Paragraph(escape(f"{r.id} — {data.submissions[r.id].title}"), st.h1))
        for c in data.rubric.criteria:
            story.append(Paragraph(escape(f"{c.key}: {r.criteria[c.key]}"), st.h3))
            for review in by_sub.get(r.id, []):
                text = review.criterion_comments.get(c.key)
                if text:
                    story.append(Paragraph(escape(f"{review.juror_label}: {text}"), st.body))
        for review in by_sub.get(r.id, []):
            story.append(Paragraph(escape(f"{review.juror_label}: {review.comment}"), st.body))
        story.append(PageBreak())
    SimpleDocTemplate(str(path)).build(story)
    return time.perf_counter() - start


def step_report(data: ReportData, folder: Path) -> tuple[str, float, float]:
    data = with_comments(data)
    floor = floor_seconds(data, folder / "floor.pdf")
    start = time.perf_counter()
    write_report(data, folder / "report.pdf")
    seconds = time.perf_counter() - start
    return (f"decision report ({len(data.results.submissions):,} evaluation summaries, PDF)",
            seconds, floor)  # fmt: skip


def step_report_only(data: ReportData, folder: Path) -> tuple[str, float, float]:
    """One applicant's summary (``--only``) from the same reference-scale data."""
    data = with_comments(data)
    one = data.results.submissions[0].id
    start = time.perf_counter()
    write_report(data, folder / "one.pdf", only=one)
    seconds = time.perf_counter() - start
    return ("  one evaluation summary (--only)", seconds,
            floor_seconds(replace(data, results=replace(
                data.results, submissions=data.results.submissions[:1])), folder / "f1.pdf"))  # fmt: skip


def main() -> None:
    from benchmarks.bench_exports import reference_data

    data = reference_data()
    with tempfile.TemporaryDirectory() as folder:
        for step in (step_report, step_report_only):
            name, seconds, floor = step(data, Path(folder))
            print(
                f"{name:<58} {seconds:7.2f} s   floor {floor:6.2f} s   ratio {seconds / floor:5.1f}"
            )


if __name__ == "__main__":
    main()
