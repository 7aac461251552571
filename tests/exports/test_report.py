"""The PDF decision report, read back with real PDF readers (poppler's pdftotext, pdfinfo,
pdffonts, and pypdf).

One demo event (30 submissions, 9 jurors: a conflict, a late juror with drafts only, a juror
who handed back twice, three decisions) is built once through the services, with a hostile
submission title; reports are written from its ReportData in both languages.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from imin_desktop.cli.main import main as imin
from imin_desktop.domain.consolidation import (
    ICCFigures,
    Reliability,
    ReliabilityFigures,
    SubmissionResult,
)
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.progress import Cancelled
from imin_desktop.domain.report_data import DecisionRow, ReportData, ReviewRow
from imin_desktop.domain.rounding import fixed
from imin_desktop.domain.standing import Standings, standings
from imin_desktop.exports.report import write_report
from imin_desktop.exports.report_front import koo_li, landis_koch
from imin_desktop.models import AuditEntry, Submission
from imin_desktop.services import events
from imin_desktop.services.demo import build_demo
from imin_desktop.services.report import export_report
from imin_desktop.services.report_data import gather
from imin_desktop.services.report_final import final_report_gaps, gaps_of

# SQLAlchemy 2.1 deprecates ``Result.tuples()``, which the report-data service still calls.
pytestmark = pytest.mark.filterwarnings(
    "ignore:The Result.tuples\\(\\) method is deprecated:DeprecationWarning"
)

HOSTILE_ID = "SUB-004"
HOSTILE = '<b>Bold & "quoted"</b>'
ONLY = "SUB-014"


# --- reading PDFs back -------------------------------------------------------------------------


def pdftext(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    if layout:
        pages.append("-layout")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return done.stdout


def pdfinfo(path: Path) -> dict[str, str]:
    done = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in done.stdout.splitlines())
    }


def page_texts(path: Path) -> list[str]:
    """The text of every page (pdftotext separates pages with a form feed)."""
    return pdftext(path).split("\f")[:-1]


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, page number from 1) of every bookmark, in order."""
    reader = PdfReader(path)
    out: list[tuple[int, str, int]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item) + 1))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


def shown_order(data: ReportData) -> Standings:
    """The order the report presents the submissions in (the ranked list first)."""
    orders = {k: d.panel_order for k, d in data.decisions.items()}
    return standings(data.results.submissions, orders, data.rubric,
                     {k: m.fields for k, m in data.submissions.items()})  # fmt: skip


# --- the event, built once -------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    for _ in build_demo(out, seed=1, lang="en"):
        pass
    db = events.open_event(out / "demo.imin")
    try:
        with db.begin() as session:
            sub = session.scalars(select(Submission).where(Submission.key == HOSTILE_ID)).one()
            sub.title = HOSTILE
    finally:
        db.dispose()
    return out


@pytest.fixture(scope="module")
def data(demo_dir: Path) -> ReportData:
    db = events.open_event(demo_dir / "demo.imin")
    try:
        return gather(db, lang="en")
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def data_pt(demo_dir: Path) -> ReportData:
    db = events.open_event(demo_dir / "demo.imin")
    try:
        return gather(db, lang="pt")
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def report(data: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    write_report(data, path)
    return path


@pytest.fixture(scope="module")
def report_pt(data_pt: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "relatorio.pdf"
    write_report(data_pt, path, final=True)
    return path


@pytest.fixture(scope="module")
def only(data: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / f"{ONLY}.pdf"
    write_report(data, path, only=ONLY)
    return path


# --- structure ---------------------------------------------------------------------------------


SECTIONS_EN = ["Contents", "1. Summary", "2. Ranking", "3. Decisions of the panel",
               "4. Evaluation summaries", "Appendix A. Evaluation method",
               "Appendix B. Audit trail", "Signatures"]  # fmt: skip


def test_report_has_every_section_in_order(report: Path) -> None:
    pages = page_texts(report)
    sections = [(title, page) for level, title, page in outline(report) if level == 0]

    assert "Contents" in pages[1]
    assert [title for title, _ in sections] == [
        "Evaluation panel decision report",
        *SECTIONS_EN[1:],
    ]
    assert [page for _, page in sections] == sorted(page for _, page in sections)
    for title, page in sections:
        assert title in pages[page - 1].splitlines(), title


def test_report_starts_every_evaluation_summary_on_a_new_page(
    report: Path, data: ReportData
) -> None:
    entries = [e for e in outline(report) if e[0] == 1]
    pages = page_texts(report)

    shown = [s.result for s in shown_order(data).standings]
    assert [title.split(" — ")[0] for _, title, _ in entries] == [s.id for s in shown]
    starts = [page for _, _, page in entries]
    assert len(set(starts)) == len(starts)
    for (_, title, page), result in zip(entries, shown, strict=True):
        body = pages[page - 1].split("\n", 3)[-1]  # after the running header
        assert flat(body).startswith(
            flat(f"{result.id} — {data.submissions[result.id].title}")
        ) or (flat(body).startswith("4. Evaluation summaries")), title


def test_report_outline_has_sections_and_every_submission(report: Path, data: ReportData) -> None:
    entries = outline(report)
    top = [title for level, title, _ in entries if level == 0]

    assert top == ["Evaluation panel decision report", *SECTIONS_EN[1:]]
    assert sum(1 for level, _, _ in entries if level == 1) == len(data.results.submissions)
    assert PdfReader(report).trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_report_numbers_pages_x_of_y_with_event_title_on_each(report: Path) -> None:
    pages = page_texts(report)
    total = int(pdfinfo(report)["Pages"])

    assert len(pages) == total
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in text
        if n > 1:
            assert "eHealth Summit 2026 challenge" in text.split("\n", 1)[0]


def test_report_contents_give_the_page_of_each_section(report: Path) -> None:
    contents = pdftext(report, 2, layout=True) + pdftext(report, 3, layout=True)
    for level, title, page in outline(report):
        if level == 0 and title != "Evaluation panel decision report":
            assert re.search(rf"{re.escape(title)}[ .]*{page}\b", contents), title


def test_report_metadata_title_author_subject_language(report: Path) -> None:
    info = pdfinfo(report)
    reader = PdfReader(report)

    assert info["Title"] == "Evaluation panel decision report — eHealth Summit 2026 challenge"
    assert info["Author"] == "eHealth Summit 2026 challenge — Evaluation panel"
    assert info["Subject"] == "Evaluation panel decision report"
    assert info["Page size"].startswith("595.276 x 841.89")  # A4
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_report_fonts_are_embedded_truetype(report: Path, report_pt: Path) -> None:
    for path in (report, report_pt):
        done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        rows = done.stdout.splitlines()[2:]

        assert rows
        for row in rows:
            assert " TrueType " in row and re.search(r"\byes\s+yes\s+yes\b", row), row


# --- content -----------------------------------------------------------------------------------


def test_report_shows_every_submission_with_its_total(report: Path, data: ReportData) -> None:
    text = pdftext(report)
    for result in data.results.submissions:
        assert result.id in text
        if result.total is not None:
            assert fixed(result.total) in text


def test_report_prints_the_fingerprint_on_the_cover(report: Path, data: ReportData) -> None:
    cover = flat(pdftext(report, 1))

    assert data.fingerprint.startswith("sha256:")
    assert data.fingerprint in cover.replace(" ", "") or data.fingerprint in cover
    assert PdfReader(report).metadata["/Keywords"] == data.fingerprint


def test_report_prints_every_score_file_hash_in_the_audit_appendix(
    report: Path, data: ReportData
) -> None:
    text = pdftext(report).replace("\n", "")
    assert data.score_files
    for f in data.score_files:
        assert f.sha256 in text.replace(" ", "")


def test_report_reliability_in_words(report: Path, data: ReportData) -> None:
    alpha = data.results.reliability.total.alpha_interval
    assert alpha is not None
    band = {"poor": "poor", "moderate": "moderate", "good": "good", "excellent": "excellent"}

    assert f"{band[koo_li(alpha)]} agreement, α = {fixed(alpha)}" in flat(pdftext(report))


def test_reliability_bands_follow_koo_li_and_landis_koch() -> None:
    assert [koo_li(v) for v in (0.3, 0.61, 0.8, 0.95)] == ["poor", "moderate", "good", "excellent"]
    assert [landis_koch(v) for v in (-0.1, 0.1, 0.3, 0.5, 0.7, 0.9)] == [
        "poor", "slight", "fair", "moderate", "substantial", "almost_perfect",
    ]  # fmt: skip


def test_report_warns_of_missing_reviews_and_method_sensitive_shortlist(
    report: Path, data: ReportData
) -> None:
    text = flat(pdftext(report))
    sensitive = [r.id for r in data.results.submissions if "method_sensitive" in r.flags]

    assert "remained drafts" in text  # the late juror handed back drafts only
    assert "Panel members with no counted review" in text
    if sensitive:
        assert "depends on the method for: " + sensitive[0] in text


def test_report_has_a_signature_line_for_the_chair_and_each_member(
    report: Path, data: ReportData
) -> None:
    last = flat(pdftext(report, int(pdfinfo(report)["Pages"])))
    signatures = flat(pdftext(report).split("\nSignatures\n")[-1])

    assert "Chair of the panel" in signatures
    for member in data.jurors:
        assert member.name in signatures
    assert "Place" in signatures and "Date" in signatures
    assert "Signature" in last


def test_report_hostile_title_prints_literally(report: Path) -> None:
    text = flat(pdftext(report))

    assert f"{HOSTILE_ID} — {HOSTILE}" in text
    assert any(title == f"{HOSTILE_ID} — {HOSTILE}" for _, title, _ in outline(report))


def test_report_escapes_every_kind_of_event_text(data: ReportData, tmp_path: Path) -> None:
    evil = '<font size="40">x</font> & <br/> <a href="#y">z</a> ]]> <![CDATA['
    sub = data.results.submissions[0]
    reviews = tuple(
        replace(r, comment=f"general {evil}", criterion_comments={k: f"crit {evil}" for k in r.scores})
        if r.submission_id == sub.id else r
        for r in data.reviews
    )  # fmt: skip
    meta = replace(data.submissions[sub.id], team=({"name": f"team {evil}", "organisation": evil},))
    decision = DecisionRow(
        sub.id, "winner", f"rationale {evil}", None, "chair", "2026-01-01T00:00:00Z"
    )
    hostile = replace(data, reviews=reviews, event_title=f"event {evil}",
                      submissions={**data.submissions, sub.id: meta},
                      decisions={**data.decisions, sub.id: decision})  # fmt: skip
    path = tmp_path / "hostile.pdf"

    write_report(hostile, path)

    text = flat(pdftext(path))
    for prefix in ("general", "crit", "team", "rationale", "event"):
        assert f"{prefix} {flat(evil)}" in text, prefix


def test_report_in_portuguese_with_accents_intact(report_pt: Path, data_pt: ReportData) -> None:
    text = flat(pdftext(report_pt))

    for words in ("Relatório de decisão do painel de avaliação", "1. Síntese", "2. Classificação",
                  "Anexo A. Método de avaliação", "Pontuações face aos limiares", "Assinaturas",
                  "Jurado A", "Conceição Açores"):  # fmt: skip
        assert words in text, words
    for letter in "çãõéú":
        assert letter in text
    assert PdfReader(report_pt).trailer["/Root"]["/Lang"] == "pt-PT"
    assert "Página 1 de " in pdftext(report_pt, 1)
    total = data_pt.results.submissions[0].total
    assert total is not None and fixed(total, comma=True) in text


def test_report_is_watermarked_draft_on_every_page_unless_final(
    report: Path, report_pt: Path
) -> None:
    for page in page_texts(report):
        assert "DRAFT" in page
    assert "RASCUNHO" not in pdftext(report_pt)
    assert "Final — para assinatura" in flat(pdftext(report_pt, 1))


# --- one applicant's summary -----------------------------------------------------------------


def test_only_holds_that_submission_and_no_one_else(only: Path, data: ReportData) -> None:
    text = flat(pdftext(only))
    others = [s for s in data.results.submissions if s.id != ONLY]

    assert ONLY in text
    assert data.submissions[ONLY].title in text
    for other in others:
        assert other.id not in text
        assert flat(data.submissions[other.id].title) not in text
    for member in data.jurors:  # reviewers stay anonymous to the applicant
        assert member.name not in text
    assert [title for _, title, _ in outline(only)][:2] == [
        "Evaluation summary report", f"{ONLY} — {data.submissions[ONLY].title}",
    ]  # fmt: skip
    assert pdfinfo(only)["Subject"] == f"Evaluation summary report {ONLY}"


def test_only_shows_each_criterion_against_its_threshold_and_the_comments(
    only: Path, data: ReportData
) -> None:
    text = flat(pdftext(only))
    result = data.results.submission(ONLY)

    for c in data.rubric.criteria:
        value = result.criteria[c.key]
        assert value is not None
        assert f"{c.title('en')} — {fixed(value)} of 5 (threshold" in text
    for review in (r for r in data.reviews if r.submission_id == ONLY):
        for comment in review.criterion_comments.values():
            assert flat(comment) in text
        assert review.juror_label in text


def test_only_unknown_submission_is_refused(data: ReportData, tmp_path: Path) -> None:
    with pytest.raises(RefusedError):
        write_report(data, tmp_path / "x.pdf", only="SUB-999")
    assert list(tmp_path.iterdir()) == []


# --- ties, atomicity, service and command line --------------------------------------------------


def test_report_prints_ex_aequo_settled_by_the_panel_order(
    data: ReportData, tmp_path: Path
) -> None:
    a, b = data.results.submissions[3], data.results.submissions[4]
    tied: list[SubmissionResult] = [
        replace(s, rank=a.rank, flags=(*s.flags, "ex_aequo")) if s.id in (a.id, b.id) else s
        for s in data.results.submissions
    ]
    decisions = {
        **data.decisions,
        a.id: DecisionRow(a.id, "finalist", "Stronger pilot evidence.", 2, "chair", "x"),
        b.id: DecisionRow(b.id, "finalist", "Larger reach in primary care.", 1, "chair", "x"),
    }
    tie = replace(data, results=replace(data.results, submissions=tuple(tied)), decisions=decisions)
    path = tmp_path / "tie.pdf"

    write_report(tie, path)

    text = flat(pdftext(path))
    assert f"Rank {a.rank}: {a.id}, {b.id}." in text
    assert f"Settled by the panel's recorded order: {a.rank}. {b.id}, {a.rank + 1}. {a.id}." in text
    assert f"{b.id}: Larger reach in primary care." in text
    summaries = [title.split(" — ")[0] for level, title, _ in outline(path) if level == 1]
    assert summaries.index(b.id) + 1 == summaries.index(a.id)  # the settled order throughout
    ranking = flat(pdftext(path).split("Ranked list:")[1].split("Below threshold")[0])
    assert ranking.index(f"{a.rank} {b.id}") < ranking.index(f"{a.rank + 1} {a.id}")


def test_report_keeps_an_ex_aequo_the_panel_kept(data: ReportData, tmp_path: Path) -> None:
    a, b = data.results.submissions[3], data.results.submissions[4]
    tied: list[SubmissionResult] = [
        replace(s, rank=a.rank, flags=(*s.flags, "ex_aequo")) if s.id in (a.id, b.id) else s
        for s in data.results.submissions
    ]
    decisions = {
        **data.decisions,
        a.id: DecisionRow(a.id, "finalist", "", 1, "chair", "x"),
        b.id: DecisionRow(b.id, "finalist", "", 1, "chair", "x"),
    }
    tie = replace(data, results=replace(data.results, submissions=tuple(tied)), decisions=decisions)
    path = tmp_path / "kept.pdf"

    write_report(tie, path)

    text = flat(pdftext(path))
    assert f"{a.rank}= {a.id}, {a.rank}= {b.id}" in text
    assert f"The panel recorded the same order for {a.id}, {b.id}: they stay ex aequo" in text
    assert f"{a.rank}. {a.id}" not in text and f"{a.rank + 1}. {b.id}" not in text


def test_report_names_the_tie_break_rule_that_separated_equal_totals(
    data: ReportData, tmp_path: Path
) -> None:
    a, b = data.results.submissions[0], data.results.submissions[1]
    assert a.total is not None
    same = tuple(replace(s, total=a.total) if s.id == b.id else s for s in data.results.submissions)
    rubric = replace(data.rubric, tie_break=(data.rubric.criteria[0].key,))
    equal = replace(data, rubric=rubric, results=replace(data.results, submissions=same))
    path = tmp_path / "broken.pdf"
    assert a.criteria[rubric.criteria[0].key] != b.criteria[rubric.criteria[0].key]

    write_report(equal, path)

    text = flat(pdftext(path))
    label = rubric.criteria[0].title("en")
    assert (f"{a.id} (rank {a.rank}) and {b.id} (rank {b.rank}) have the same total, "
            f"{fixed(a.total)}; tie-break rule 1 separated them: the higher consolidated score "
            f"on {label}.") in text  # fmt: skip


class _CancelHalfway:
    def __init__(self) -> None:
        self.calls = 0

    def step(self, done: int, total: int, message: str = "") -> None:
        self.calls += 1
        if self.calls > 40:
            raise Cancelled


def test_report_write_is_atomic(data: ReportData, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"the signed version")

    with pytest.raises(Cancelled):
        write_report(data, path, progress=_CancelHalfway())

    assert path.read_bytes() == b"the signed version"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.fixture()
def event_copy(demo_dir: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "event.imin"
    target.write_bytes((demo_dir / "demo.imin").read_bytes())
    yield target


def test_export_report_audits_the_fingerprint(event_copy: Path, tmp_path: Path) -> None:
    db = events.open_event(event_copy)
    try:
        out = export_report(db, tmp_path / "r.pdf", method="median", lang="pt", actor="chair")
        fingerprint = gather(db, method="median", lang="pt").fingerprint
        with db.begin() as session:
            entry = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "export report")
                .order_by(AuditEntry.id.desc())
            ).first()
    finally:
        db.dispose()

    assert out.exists()
    assert entry is not None and entry.actor == "chair"
    assert entry.after["fingerprint"] == fingerprint
    assert fingerprint in flat(pdftext(out, 1))


def test_cli_report_pdf_writes_draft_final_and_only(
    event_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert imin(["report", "pdf", str(event_copy), str(tmp_path / "a.pdf"), "--final", "--force",
                 "--lang", "pt", "--method", "adjusted"]) == 0  # fmt: skip
    assert imin(["report", "pdf", str(event_copy), str(tmp_path / "b.pdf"), "--only", ONLY]) == 0
    assert (
        imin(["report", "pdf", str(event_copy), str(tmp_path / "c.pdf"), "--only", "SUB-999"]) == 1
    )

    out = capsys.readouterr()
    assert "wrote the final decision report" in out.out
    assert f"wrote the draft evaluation summary of {ONLY}" in out.out
    assert "SUB-999" in out.err
    assert "RASCUNHO" not in pdftext(tmp_path / "a.pdf")
    assert "Ajustado à benevolência dos jurados" in flat(pdftext(tmp_path / "a.pdf", 1))
    assert not (tmp_path / "c.pdf").exists()


def test_review_rows_fixture_has_comments(data: ReportData) -> None:
    """The demo gives the comment tests something to find."""
    rows: list[ReviewRow] = [r for r in data.reviews if r.submission_id == ONLY]
    assert rows and any(r.criterion_comments for r in rows)


def test_report_blind_event_unreviewed_submission_and_unweighted_threshold(
    data: ReportData, tmp_path: Path
) -> None:
    last = data.results.submissions[-1]
    unreviewed = replace(last, total=None, criteria=dict.fromkeys(last.criteria), reviews=0,
                         passes=None, rank_interval=None, p_top=None, spread=None, flags=())  # fmt: skip
    rubric = replace(
        data.rubric, threshold_basis="unweighted_sum", overall_threshold=Decimal("17.5")
    )
    blind = replace(
        data, is_blind=True, rubric=rubric, score_files=(), conflicts=(), changes=(), decisions={},
        results=replace(data.results, components=2,
                        submissions=(*data.results.submissions[:-1], unreviewed)),
        reviews=tuple(r for r in data.reviews if r.submission_id != last.id),
    )  # fmt: skip

    write_report(blind, tmp_path / "blind.pdf")
    write_report(blind, tmp_path / "one.pdf", only=last.id)

    text = flat(pdftext(tmp_path / "blind.pdf"))
    one = flat(pdftext(tmp_path / "one.pdf"))
    assert "Withheld: the evaluation was blind." in text
    for member in data.submissions.values():
        for person in member.team:
            assert person["name"] not in text
    assert "The design is disconnected: the jurors form 2 groups" in text
    assert "Sum of criterion scores (threshold basis)" in text
    assert "the plain (unweighted) sum of its consolidated criterion scores reaches 17.5" in text
    assert "No decision has been recorded yet." in text
    assert "No score file: reviews were entered directly in the event." in text
    assert "Not assessed — no counted reviews" in one
    assert "Relevance — not assessed" in one


def test_report_before_any_review_counts(data: ReportData, tmp_path: Path) -> None:
    none = ReliabilityFigures(None, None, ICCFigures(), None, 0, 0)
    unreviewed = tuple(
        replace(s, rank=1, total=None, criteria=dict.fromkeys(s.criteria), reviews=0, passes=None,
                rank_interval=None, p_top=None, spread=None, flags=("few_reviews",))
        for s in data.results.submissions
    )  # fmt: skip
    results = replace(data.results, submissions=unreviewed, jurors=(),
                      reliability=Reliability(none, dict.fromkeys(data.rubric.criterion_keys, none)))  # fmt: skip
    empty = replace(data, results=results, reviews=(), score_files=(), decisions={}, cells=())

    write_report(empty, tmp_path / "empty.pdf")

    text = flat(pdftext(tmp_path / "empty.pdf"))
    assert "Krippendorff's alpha not computable:" in text
    assert "Submissions without any counted review (no total): " in text
    assert text.count("Not assessed — no counted reviews") == len(unreviewed)


def test_cli_final_report_is_refused_with_what_is_missing_unless_forced(
    event_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = events.open_event(event_copy)
    try:
        gaps = final_report_gaps(db)
    finally:
        db.dispose()
    assert gaps.drafts and gaps.undecided and not gaps.complete  # the demo: a late juror, 3 decided

    refused = imin(["report", "pdf", str(event_copy), str(tmp_path / "final.pdf"), "--final"])
    err = capsys.readouterr().err

    assert refused == 1
    assert not (tmp_path / "final.pdf").exists()
    assert f"{len(gaps.drafts)} review(s) still draft: {gaps.drafts[0][0]} on" in err
    assert f"{len(gaps.undecided)} submission(s) without a decision: {gaps.undecided[0]}" in err
    assert "--force" in err
    assert imin(["report", "pdf", str(event_copy), str(tmp_path / "final.pdf"), "--final",
                 "--force"]) == 0  # fmt: skip
    db = events.open_event(event_copy)
    try:
        with db.begin() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export report")
                                    .order_by(AuditEntry.id.desc())).first()  # fmt: skip
            assert entry is not None
            assert entry.after["final"] is True
            assert entry.after["forced_despite"] == gaps.lines()
    finally:
        db.dispose()


def test_final_report_gaps_name_an_unsettled_ex_aequo(data: ReportData) -> None:
    a, b = data.results.submissions[3], data.results.submissions[4]
    tied = tuple(replace(s, rank=a.rank, flags=(*s.flags, "ex_aequo")) if s.id in (a.id, b.id)
                 else s for s in data.results.submissions)  # fmt: skip
    gaps = gaps_of(replace(data, results=replace(data.results, submissions=tied)))

    assert gaps.open_ties == ((a.rank, (a.id, b.id)),)
    assert f"ex aequo at rank {a.rank} not settled by a panel order: {a.id}, {b.id}" in gaps.lines()
