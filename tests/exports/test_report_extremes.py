"""The decision report never fails on data an import accepts: huge teams, words longer than any
column, long titles, comments and rationales, many fields, long juror names, many jurors.

Small events (three submissions) built directly from the results engine, so each report takes
about a second; a property test draws the extreme values with hypothesis.
"""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.consolidation import (
    CountedReview,
    JurorInput,
    SubmissionInput,
    consolidate,
    results_as_json,
)
from imin_desktop.domain.report_data import (
    DecisionRow,
    PanelMember,
    ReportData,
    ReviewRow,
    SubmissionMeta,
)
from imin_desktop.domain.rubric import Criterion, Rubric, Scale
from imin_desktop.exports.report import write_report
from imin_desktop.exports.workbook import write_workbook

AT = "2026-05-04T10:00:00Z"
SCALE = Scale(Decimal(0), Decimal(5), Decimal("0.5"))


def event(
    *, titles: list[str], team: list[dict[str, str]], fields: dict[str, object], comment: str,
    rationale: str, event_title: str = "Extreme event", jurors: int = 3, juror_name: str = "",
    criterion_label: str = "Relevance",
) -> ReportData:  # fmt: skip
    """Three submissions reviewed by every juror, with the given extreme texts."""
    rubric = Rubric(
        id="x", title="Extremes",
        scale=SCALE,
        criteria=(
            Criterion("c1", criterion_label, SCALE, threshold=Decimal(2)),
            Criterion("c2", "Impact", SCALE, weight=Decimal("1.5")),
        ),
        overall_threshold=Decimal(6),
        tie_break=("c2",),
    )  # fmt: skip
    ids = [f"S{n}" for n in range(len(titles))]
    subs = [SubmissionInput(i, t, jurors) for i, t in zip(ids, titles, strict=True)]
    panel = [JurorInput(f"J{j}") for j in range(jurors)]
    reviews = [
        CountedReview(i, j.id, {"c1": Decimal(n % 6), "c2": Decimal((n * 3 + k) % 6)})
        for n, i in enumerate(ids)
        for k, j in enumerate(panel)
    ]
    results = consolidate(rubric, subs, panel, reviews, draws=20)
    rows = tuple(
        ReviewRow(r.submission_id, r.juror_id, f"Juror {r.juror_id}", dict(r.scores),
                  rubric.review_total(r.scores), {}, comment, {"c1": comment, "c2": comment},
                  "final", AT)
        for r in reviews
    )  # fmt: skip
    return ReportData(
        event_id="x", event_title=event_title, is_blind=False, generated_at=AT,
        software_version="test", lang="en", rubric=rubric, results=results,
        results_json=results_as_json(results, event_id="x", rubric_hash="h", decisions={}),
        submissions={i: SubmissionMeta(i, t, "track", comment[:200], tuple(team), dict(fields))
                     for i, t in zip(ids, titles, strict=True)},
        jurors=tuple(PanelMember(j.id, (juror_name or "Member") + f" {j.id}", "", f"Juror {j.id}")
                     for j in panel),
        reviews=rows, cells=(), conflicts=(), score_files=(),
        decisions={ids[0]: DecisionRow(ids[0], "winner", rationale, None, "chair", AT)},
        changes=(), outcomes=("winner",),
    )  # fmt: skip


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines() if "Pages" in line))


def text_of(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout


WORD = "Supercalifragilistic" * 15  # 300 characters without a space


def test_report_lays_out_a_300_member_team_and_a_300_character_word(tmp_path: Path) -> None:
    team = [{"name": f"Member {n} {WORD[:40]}", "organisation": "Org " * 5} for n in range(300)]
    data = event(titles=[WORD, "Plain title", f"Long {WORD} title " * 3], team=team, fields={},
                 comment=f"A comment with {WORD} in it. " * 20, rationale=WORD * 3)  # fmt: skip
    path = tmp_path / "wide.pdf"

    write_report(data, path)
    write_report(data, tmp_path / "one.pdf", only="S0")

    text = text_of(path)
    assert pages(path) > 10
    assert "Member 299" in text  # the whole team, split across pages
    assert "…" in text  # the ranking table cuts the unbroken title
    assert "S0 — Supercalifragilistic" in text.replace("\n", " ")


def test_report_lists_240_jurors_without_a_cover_longer_than_a_page(tmp_path: Path) -> None:
    data = event(titles=["A", "B", "C"], team=[], fields={}, comment="ok", rationale="",
                 jurors=240, juror_name="Maria da Conceição Albuquerque")  # fmt: skip
    path = tmp_path / "panel.pdf"

    write_report(data, path)

    text = text_of(path)
    cover = text.split("\f")[0]
    assert "240 members, each named on the signature pages" in cover
    last = text.split("\f")[-2]
    assert last.count("Member of the panel") >= 2  # never a lone signature on the last page
    assert "Maria da Conceição Albuquerque J239" in text


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=60,
)
words = st.builds(lambda n, c: c * n, st.integers(1, 400), st.sampled_from("xWçã—<&>"))
extreme = st.lists(st.one_of(texts, words), min_size=1, max_size=8).map(" ".join)


@settings(max_examples=5, deadline=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    titles=st.lists(extreme, min_size=3, max_size=3),
    team_size=st.integers(0, 300),
    name=extreme,
    field_count=st.integers(0, 200),
    comment=extreme,
    rationale=extreme,
    event_title=extreme,
    criterion=extreme,
)
def test_report_never_fails_on_accepted_extreme_text(
    tmp_path: Path, titles: list[str], team_size: int, name: str, field_count: int,
    comment: str, rationale: str, event_title: str, criterion: str,
) -> None:  # fmt: skip
    data = event(
        titles=titles, team=[{"name": name, "organisation": name}] * team_size,
        fields={f"field_{n}": name for n in range(field_count)}, comment=comment * 3,
        rationale=rationale, event_title=event_title or "x", juror_name=name,
        criterion_label=criterion or "c",
    )  # fmt: skip
    path = tmp_path / "x.pdf"

    write_report(data, path)
    write_report(data, tmp_path / "one.pdf", only="S1")
    write_workbook(data, tmp_path / "x.xlsx")

    assert pages(path) >= 8
    assert "S2" in text_of(path)
