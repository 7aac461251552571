"""The consolidated workbook, read back sheet by sheet and recalculated by LibreOffice.

One demo event (30 submissions, 9 jurors: a conflict, a late juror with drafts only, a juror
who handed back twice, three decisions) is built once for the session through the services,
given hostile submission titles, and exported; every sheet is compared with the ReportData
the workbook was written from.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from imin_desktop.cli.main import main as imin
from imin_desktop.domain.consolidation import METHODS
from imin_desktop.domain.progress import Cancelled
from imin_desktop.domain.report_data import ReportData
from imin_desktop.domain.standing import standings
from imin_desktop.exports import workbook_xml
from imin_desktop.exports.texts import WORDS, words
from imin_desktop.exports.workbook import CREATOR, sheet_titles, write_workbook
from imin_desktop.models import AuditEntry, Submission
from imin_desktop.persistence.database import Database
from imin_desktop.services import events, exports
from imin_desktop.services.demo import build_demo
from imin_desktop.services.report_data import gather

# SQLAlchemy 2.1 (now in the venv) deprecates ``Result.tuples()``, which the results and
# report-data services still call; that is theirs to change, not a failure of the workbook.
pytestmark = pytest.mark.filterwarnings(
    "ignore:The Result.tuples\\(\\) method is deprecated:DeprecationWarning"
)

HEADER_ROW = 4
FIRST_ROW = 5
HOSTILE = {
    "SUB-004": '=HYPERLINK("http://evil.example/x","open me")',
    "SUB-009": "+cmd|' /C calc'!A0",
    "SUB-013": "-2+3",
    "SUB-020": "@SUM(1+1)",
}


# --- the event, built once -------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event (built through the services), with hostile submission titles."""
    out = tmp_path_factory.mktemp("demo")
    for _ in build_demo(out, seed=1, lang="en"):
        pass
    db = events.open_event(out / "demo.imin")
    try:
        with db.begin() as session:
            for sub in session.scalars(select(Submission).where(Submission.key.in_(HOSTILE))):
                sub.title = HOSTILE[sub.key]
    finally:
        db.dispose()
    return out


@pytest.fixture()
def db(demo_dir: Path) -> Iterator[Database]:
    database = events.open_event(demo_dir / "demo.imin")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def data(demo_dir: Path) -> ReportData:
    database = events.open_event(demo_dir / "demo.imin")
    try:
        return gather(database, method="mean", lang="en")
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def book_path(data: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("book") / "results.xlsx"
    write_workbook(data, path)
    return path


@pytest.fixture(scope="session")
def book(book_path: Path) -> Workbook:
    return openpyxl.load_workbook(book_path)


# --- reading tables back ---------------------------------------------------------------------


def table(ws: Worksheet, header_row: int = HEADER_ROW) -> list[dict[str, Any]]:
    """The rows under ``header_row`` as dicts by header, up to the first empty row."""
    headers = [c.value for c in ws[header_row]]
    rows = []
    for cells in ws.iter_rows(min_row=header_row + 1):
        values = [c.value for c in cells]
        if all(v is None for v in values):
            break
        rows.append({h: v for h, v in zip(headers, values, strict=False) if h is not None})
    return rows


def close(a: Any, b: Any, tol: float = 1e-9) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=tol, abs_tol=tol)


def every_cell_text(wb: Workbook) -> str:
    return "\n".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    )


# --- sheets and their content ----------------------------------------------------------------


def test_workbook_sheets_in_the_issue_order(book: Workbook) -> None:
    assert book.sheetnames == [
        "Ranking", "Reviews", "Criteria", "Matrix", "Methods", "Jurors", "Reliability", "Rubric",
        "Audit", "Top 20 chart",
    ]  # fmt: skip


def test_ranking_rows_match_the_results(book: Workbook, data: ReportData) -> None:
    w = words("en")
    rows = table(book["Ranking"])
    order = standings(data.results.submissions,
                      {k: d.panel_order for k, d in data.decisions.items()}, data.rubric,
                      {k: m.fields for k, m in data.submissions.items()})  # fmt: skip
    results = [st.result for st in order.standings]
    assert [r["ID"] for r in rows] == [s.id for s in results]
    for row, s in zip(rows, results, strict=True):
        assert row["Rank"] == order.of(s.id).rank
        assert row["Title"] == s.title
        assert row["Track"] == (data.submissions[s.id].track or None)
        assert close(row["Consolidated total"], s.total)
        for c in data.rubric.criteria:
            assert close(row[c.title("en")], s.criteria[c.key])
        assert (row["Reviews"], row["Assigned"]) == (s.reviews, s.assigned)
        assert close(row["Spread of review totals"], s.spread)
        interval = f"{s.rank_interval[0]}–{s.rank_interval[1]}" if s.rank_interval else None
        assert row["Rank interval (5–95%)"] == interval
        assert close(row[f"P(top {data.results.top_k})"], s.p_top)
        assert row["Passes thresholds"] == w.yes_no(s.passes)
        assert row["Flags"] == (w.flags(s.flags) or None)
        decision = data.decisions.get(s.id)
        assert row["Decision"] == (w.outcome(decision.outcome) if decision else None)
        assert row["Rationale"] == (decision.rationale if decision else None)


def test_ranking_flags_are_in_words(book: Workbook) -> None:
    flags = {r["Flags"] for r in table(book["Ranking"]) if r["Flags"]}
    assert "disagreement between jurors" in "; ".join(flags)
    assert not any("_" in f for f in flags)


def test_reviews_one_row_per_counted_review_with_a_live_total(
    book: Workbook, data: ReportData
) -> None:
    ws = book["Reviews"]
    rows = table(ws)
    assert len(rows) == len(data.reviews)
    by_pair = {(r.submission_id, r.juror_id): r for r in data.reviews}
    headers = [c.value for c in ws[HEADER_ROW]]
    total_col = headers.index("Review total (formula)") + 1
    for n, row in enumerate(rows):
        review = by_pair[(row["Submission"], row["Juror"])]
        for c in data.rubric.criteria:
            assert Decimal(str(row[c.title("en")])) == review.scores[c.key]
        formula = ws.cell(FIRST_ROW + n, total_col).value
        assert isinstance(formula, str) and formula.startswith("=")
        assert all(f"weight_{c.key}" in formula for c in data.rubric.criteria)
        assert row["Status"] == "final"
        assert row["Comment"] == (review.comment or None)
        assert row["Name"] == next(m.name for m in data.jurors if m.id == review.juror_id)


def test_reviews_use_anonymous_labels_when_the_event_is_blind(
    data: ReportData, tmp_path: Path
) -> None:
    path = tmp_path / "blind.xlsx"
    write_workbook(replace(data, is_blind=True), path)
    wb = openpyxl.load_workbook(path)
    rows = table(wb["Reviews"])
    labels = {m.label for m in data.jurors}
    assert {r["Juror"] for r in rows} <= labels
    assert "Name" not in rows[0]
    text = every_cell_text(wb)
    for member in data.jurors:
        assert member.name not in text
    header = [c.value for c in wb["Matrix"][HEADER_ROW]][3:]
    assert header == [m.label for m in data.jurors]


def test_criteria_values_thresholds_and_results(book: Workbook, data: ReportData) -> None:
    rows = table(book["Criteria"])
    rubric = data.rubric
    per_sub = len(rubric.criteria) + (1 if rubric.overall_threshold is not None else 0)
    assert len(rows) == per_sub * len(data.results.submissions)
    it = iter(rows)
    for s in data.results.submissions:
        for c in rubric.criteria:
            row = next(it)
            assert (row["Submission"], row["Criterion"]) == (s.id, c.title("en"))
            assert close(row["Consolidated value (mean)"], s.criteria[c.key])
            assert close(row["Threshold"], c.threshold)
            value, threshold = s.criteria[c.key], c.threshold
            expected = "—"
            if value is not None and threshold is not None:
                expected = "met" if value >= float(threshold) - 1e-9 else "not met"
            assert row["Result"] == expected
            formula = row["Mean of the Reviews sheet (formula)"]
            assert formula.startswith("=AVERAGEIFS(") if s.reviews else formula is None
        if rubric.overall_threshold is not None:
            row = next(it)
            assert row["Criterion"] == "Consolidated total"
            assert close(row["Consolidated value (mean)"], s.total)
            assert close(row["Threshold"], rubric.overall_threshold)


def test_criteria_have_no_formula_column_for_other_methods(db: Database, tmp_path: Path) -> None:
    path = exports.export_workbook(db, tmp_path / "median.xlsx", method="median", actor="test")
    headers = [c.value for c in openpyxl.load_workbook(path)["Criteria"][HEADER_ROW]]
    assert "Consolidated value (median)" in headers
    assert "Mean of the Reviews sheet (formula)" not in headers


def test_matrix_totals_and_marks(book: Workbook, data: ReportData) -> None:
    ws = book["Matrix"]
    rows = table(ws)
    jurors = [m.id for m in data.jurors]
    totals = {(r.submission_id, r.juror_id): r.total for r in data.reviews}
    states = {(c.submission_id, c.juror_id): c.state for c in data.cells}
    assert {c.state for c in data.cells} == {"conflict", "draft"}
    fills: dict[str, set[str]] = {}
    for n, (row, s) in enumerate(zip(rows, data.results.submissions, strict=True)):
        assert row["ID"] == s.id
        for k, j in enumerate(jurors):
            value = row[j]
            if (s.id, j) in totals:
                assert close(value, totals[s.id, j])
            elif (s.id, j) in states:
                assert value == states[s.id, j]
                fills.setdefault(value, set()).add(ws.cell(FIRST_ROW + n, 4 + k).fill.fgColor.rgb)
            else:
                assert value is None
    assert len(fills) == 2 and all(len(f) == 1 for f in fills.values())
    assert len(set().union(*fills.values())) == 2  # each state its own colour
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert any(r.type == "colorScale" for r in rules)


def test_methods_ranks_side_by_side_and_highlighted(book: Workbook, data: ReportData) -> None:
    ws = book["Methods"]
    rows = table(ws)
    headers = [c.value for c in ws[HEADER_ROW]]
    assert headers[3:8] == ["mean (chosen)", "median", "trimmed mean (20%)", "z-score",
                            "adjusted for juror leniency"]  # fmt: skip
    for row, s in zip(rows, data.results.submissions, strict=True):
        values = [row[h] for h in headers[3:8]]
        assert values == [s.method_ranks.get(m) for m in METHODS]
        assert row["Top 3 depends on the method"] == (
            "yes" if "method_sensitive" in s.flags else "no"
        )
    assert any(r["Top 3 depends on the method"] == "yes" for r in rows)
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert any(r.type == "expression" and '="yes"' in r.formula[0] for r in rules)


def test_jurors_leniency_and_its_chart(book: Workbook, data: ReportData) -> None:
    ws = book["Jurors"]
    rows = table(ws)
    assert [r["Juror"] for r in rows] == [j.id for j in data.results.jurors]
    for row, j in zip(rows, data.results.jurors, strict=True):
        assert (row["Reviews"], row["Conflicts"]) == (j.reviews, j.conflicts)
        assert close(row["Mean review total"], j.mean_total)
        assert close(row["Leniency (+ generous)"], j.leniency)
    late = next(r for r in rows if r["Reviews"] == 0)
    assert "no counted reviews" in late["Note"]
    assert len(ws._charts) == 1


def test_reliability_every_figure_with_notes_for_missing_ones(
    book: Workbook, data: ReportData
) -> None:
    rows = table(book["Reliability"])
    rel = data.results.reliability
    scopes = {"Review totals": rel.total} | {
        c.title("en"): rel.criteria[c.key] for c in data.rubric.criteria
    }
    figures = {
        "Krippendorff's alpha (interval)": lambda f: f.alpha_interval,
        "Krippendorff's alpha (ordinal)": lambda f: f.alpha_ordinal,
        "ICC(1,1)": lambda f: f.icc.icc1, "ICC(2,1)": lambda f: f.icc.icc2,
        "ICC(3,1)": lambda f: f.icc.icc3, "ICC(1,k)": lambda f: f.icc.icc1k,
        "ICC(2,k)": lambda f: f.icc.icc2k, "ICC(3,k)": lambda f: f.icc.icc3k,
        "Kendall's W": lambda f: f.kendall_w,
    }  # fmt: skip
    seen = 0
    for row in rows:
        if row["Figure"] in figures:
            expected = figures[row["Figure"]](scopes[row["Scope"]])
            if expected is None:
                assert row["Value"] == "—" and row["Note"], row
            else:
                assert close(row["Value"], expected) and row["Note"] is None
            seen += 1
    assert seen == len(scopes) * len(figures)


def test_rubric_weights_are_named_cells(book: Workbook, data: ReportData) -> None:
    ws = book["Rubric"]
    for n, c in enumerate(data.rubric.criteria):
        name = book.defined_names[f"weight_{c.key}"]
        ((sheet, ref),) = list(name.destinations)
        assert sheet == "Rubric" and ws[ref].value == c.weight
        row = table(ws)[n]
        assert (row["Key"], row["Criterion"]) == (c.key, c.title("en"))
        assert close(row["Threshold"], c.threshold)
        assert row["Level descriptors"].count("\n") == len(c.levels) - 1
    assert "weights" in book.defined_names
    text = every_cell_text(book)
    assert "Health impact and value for the NHS, higher first" in text  # tie-break in words


def test_audit_lists_every_score_file_and_decision(book: Workbook, data: ReportData) -> None:
    ws = book["Audit"]
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    header_at = next(i for i, r in enumerate(cells, 1) if r[0] == "Juror")
    files = table(ws, header_at)
    assert sorted(r["SHA-256"] for r in files) == sorted(f.sha256 for f in data.score_files)
    assert {r["Result"] for r in files} == {"current", "superseded"}
    decisions_at = next(i for i, r in enumerate(cells, 1) if r[0] == "Submission")
    decisions = table(ws, decisions_at)
    assert {(r["Submission"], r["Decision"], r["Decided by"]) for r in decisions} == {
        (d.submission_id, words("en").outcome(d.outcome), d.decided_by)
        for d in data.decisions.values()
    }
    assert all(r["Decided at (UTC)"] is not None for r in decisions)
    assert data.fingerprint in every_cell_text(book)


def test_top_20_chart_of_the_leading_totals(book: Workbook, data: ReportData) -> None:
    ws = book["Top 20 chart"]
    rows = table(ws)
    ranked = [s for s in data.results.submissions if s.passes and s.eligible][:20]
    assert [r["ID"] for r in rows] == [s.id for s in ranked]
    assert all(close(r["Consolidated total"], s.total) for r, s in zip(rows, ranked, strict=True))
    assert len(ws._charts) == 1


def test_hostile_titles_stay_text(book: Workbook) -> None:
    found: dict[str, list[Any]] = {}
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in HOSTILE.values():
                    found.setdefault(cell.value, []).append(cell)
    assert set(found) == set(HOSTILE.values())
    for cells in found.values():
        assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert not any(
        isinstance(c.value, str) and "HYPERLINK" in c.value and c.data_type == "f"
        for ws in book.worksheets for row in ws.iter_rows() for c in row
    )  # fmt: skip


def test_layout_frozen_filtered_printable(book: Workbook) -> None:
    for name in ["Ranking", "Reviews", "Criteria", "Matrix", "Methods", "Jurors", "Reliability"]:
        ws = book[name]
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith(str(FIRST_ROW)), name
        assert ws.auto_filter.ref.startswith("A4:"), name
        assert ws.print_title_rows == "$4:$4", name
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["A"].width > 0
    ranking = book["Ranking"]
    assert ranking.column_dimensions["C"].width <= 40  # titles wrap rather than sprawl
    rules = [r for cf in ranking.conditional_formatting for r in cf.rules]
    assert {"colorScale", "cellIs", "expression"} <= {r.type for r in rules}


def test_number_formats_follow_the_scale(book: Workbook, data: ReportData) -> None:
    reviews = book["Reviews"]
    headers = [c.value for c in reviews[HEADER_ROW]]
    score = reviews.cell(FIRST_ROW, headers.index("Relevance") + 1)
    assert score.number_format == "0.0"  # steps of 0.5
    assert book["Ranking"]["E5"].number_format == "0.00"
    assert book["Ranking"].cell(FIRST_ROW, headers.index("Relevance") + 1).number_format


def test_document_properties(book: Workbook, data: ReportData) -> None:
    props = book.properties
    assert props.creator == CREATOR == "imIN Desktop"
    assert props.title.startswith(data.event_title)
    assert props.created.strftime("%Y-%m-%dT%H:%M:%SZ") == data.generated_at


def test_portuguese_words(data: ReportData, tmp_path: Path) -> None:
    path = tmp_path / "pt.xlsx"
    write_workbook(replace(data, lang="pt"), path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == list(sheet_titles("pt").values())
    ranking = [c.value for c in wb["Classificação"][HEADER_ROW]]
    assert ranking[:5] == ["Posição", "ID", "Título", "Área", "Total consolidado"]
    assert "Impacto em saúde e valor para o SNS" in ranking
    flags = " ".join(str(r["Alertas"]) for r in table(wb["Classificação"]))
    assert "desacordo entre jurados" in flags
    assert "Média da folha de avaliações (fórmula)" in [c.value for c in wb["Critérios"][4]]


def test_every_word_has_both_languages() -> None:
    assert set(WORDS["en"]) == set(WORDS["pt"])


def test_write_is_atomic_when_cancelled(data: ReportData, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the previous workbook")

    class CancelHalfway:
        def step(self, done: int, total: int, message: str = "") -> None:
            if done >= total // 2:
                raise Cancelled

    with pytest.raises(Cancelled):
        write_workbook(data, target, progress=CancelHalfway())
    assert target.read_bytes() == b"the previous workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_both_row_writers_give_the_same_workbook(
    data: ReportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = tmp_path / "fast.xlsx"
    write_workbook(data, fast)
    monkeypatch.setattr(workbook_xml, "FAST", False)
    cells = tmp_path / "cells.xlsx"
    write_workbook(data, cells)
    a, b = openpyxl.load_workbook(fast), openpyxl.load_workbook(cells)
    for ws in a.worksheets:
        other = b[ws.title]
        for row_a, row_b in zip(ws.iter_rows(), other.iter_rows(), strict=True):
            for x, y in zip(row_a, row_b, strict=True):
                assert (x.data_type, x.style_id) == (y.data_type, y.style_id)
                if isinstance(x.value, float):  # openpyxl writes 16 digits, repr 17
                    assert math.isclose(x.value, y.value, rel_tol=1e-15)
                else:
                    assert x.value == y.value
        assert [d.height for d in ws.row_dimensions.values()] == [
            d.height for d in other.row_dimensions.values()
        ]


# --- service, command line, demo -------------------------------------------------------------


def test_export_service_records_the_export(db: Database, tmp_path: Path) -> None:
    path = exports.export_workbook(db, tmp_path / "r.xlsx", lang="pt", actor="auditor")
    assert openpyxl.load_workbook(path).sheetnames[0] == "Classificação"
    with db.begin() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export workbook")
            .order_by(AuditEntry.id.desc())
        ).first()  # fmt: skip
        assert entry is not None and entry.actor == "auditor"
        assert entry.after is not None
        assert entry.after["file"] == "r.xlsx" and entry.after["lang"] == "pt"


def test_command_line_export_xlsx(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.xlsx"
    code = imin(["export", "xlsx", str(demo_dir / "demo.imin"), str(out), "--method",
                 "adjusted", "--lang", "en"])  # fmt: skip
    assert code == 0
    headers = [c.value for c in openpyxl.load_workbook(out)["Criteria"][HEADER_ROW]]
    assert "Consolidated value (adjusted for juror leniency)" in headers


def test_demo_writes_the_workbook(demo_dir: Path) -> None:
    wb = openpyxl.load_workbook(demo_dir / "results.xlsx")
    assert wb.sheetnames[:2] == ["Ranking", "Reviews"]
    assert len(table(wb["Ranking"])) == 30


# --- a real spreadsheet program recalculates it ---------------------------------------------


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(
            "LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to "
            "recalculate the workbook in a real spreadsheet program"
        )
    return found


def libreoffice_convert(source: Path, folder: Path, target: str) -> Path:
    """Open ``source`` in LibreOffice headless (which calculates every formula) and convert."""
    out = folder / "lo-out"
    command = [
        soffice(), f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
        "--convert-to", target, "--outdir", str(out), str(source),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    converted = out / f"{source.stem}.{target.split(':')[0]}"
    assert converted.exists(), f"LibreOffice wrote nothing: {result.stdout}\n{result.stderr}"
    return converted


@pytest.fixture(scope="session")
def recalculated(book_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    folder = tmp_path_factory.mktemp("libreoffice")
    return openpyxl.load_workbook(libreoffice_convert(book_path, folder, "xlsx"), data_only=True)


@pytest.mark.libreoffice
def test_libreoffice_evaluates_every_formula_without_error(
    book: Workbook, recalculated: Workbook
) -> None:
    formulas = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    value = recalculated[ws.title][cell.coordinate].value
                    assert isinstance(value, int | float), (ws.title, cell.coordinate, value)
                    formulas += 1
    assert formulas > 0


@pytest.mark.libreoffice
def test_libreoffice_review_totals_equal_the_programs(
    book: Workbook, recalculated: Workbook, data: ReportData
) -> None:
    ws = book["Reviews"]
    headers = [c.value for c in ws[HEADER_ROW]]
    total_col = headers.index("Review total (formula)") + 1
    by_pair = {(r.submission_id, r.juror_id): r.total for r in data.reviews}
    out = recalculated["Reviews"]
    for n in range(len(data.reviews)):
        row = FIRST_ROW + n
        pair = (ws.cell(row, 1).value, ws.cell(row, 3).value)
        assert close(out.cell(row, total_col).value, by_pair[pair]), pair


@pytest.mark.libreoffice
def test_libreoffice_averageifs_equal_the_consolidated_means(
    book: Workbook, recalculated: Workbook
) -> None:
    ws = book["Criteria"]
    headers = [c.value for c in ws[HEADER_ROW]]
    value_col = headers.index("Consolidated value (mean)") + 1
    check_col = headers.index("Mean of the Reviews sheet (formula)") + 1
    out = recalculated["Criteria"]
    checked = 0
    for row in range(FIRST_ROW, ws.max_row + 1):
        if ws.cell(row, check_col).data_type == "f":
            assert close(out.cell(row, check_col).value, ws.cell(row, value_col).value), row
            checked += 1
    assert checked == sum(1 for r in table(ws) if r["Consolidated value (mean)"] is not None)


@pytest.mark.libreoffice
def test_libreoffice_keeps_hostile_titles_as_text(recalculated: Workbook) -> None:
    titles = {c.value for row in recalculated["Ranking"].iter_rows() for c in row}
    assert set(HOSTILE.values()) <= titles


@pytest.mark.libreoffice
def test_libreoffice_csv_of_every_sheet(book_path: Path, tmp_path: Path) -> None:
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    out = tmp_path / "csv"
    command = [
        soffice(), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
        "--convert-to", csv_filter, "--outdir", str(out), str(book_path),
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=300, check=False)
    written = sorted(p.name for p in out.glob("*.csv"))
    assert len(written) == 10, written
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.csv"))
    assert "#VALUE" not in text and "Err:" not in text and "#NAME" not in text


def test_workbook_outcomes_in_words_in_portuguese(demo_dir: Path, tmp_path: Path) -> None:
    db = events.open_event(demo_dir / "demo.imin")
    try:
        data = gather(db, lang="pt")
    finally:
        db.dispose()
    write_workbook(data, tmp_path / "pt.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "pt.xlsx")
    rows = table(wb["Classificação"])
    outcomes = {r["Decisão"] for r in rows if r["Decisão"]}

    assert "Vencedora" in outcomes and "winner" not in outcomes
    assert "Grelha" in wb.sheetnames
    notes = {r["Lista classificada e empates"] for r in rows if r["Lista classificada e empates"]}
    assert any(n.startswith("abaixo do limiar: fora da lista classificada") for n in notes)
