"""Score sheets: exported per juror, filled in openpyxl or LibreOffice, merged like score files."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from factories import iterdump
from logistics_factories import (
    LogisticsEvent,
    complete_entry,
    fill_sheet,
    make_event,
    merged_content,
    prepared_event,
    sheet_cells,
    write_scores,
)

from imin_desktop.domain.errors import RefusedError
from imin_desktop.formats.scoresheet import read_score_sheet
from imin_desktop.services import coverage, scores, sheets


@pytest.fixture
def event(tmp_path: Path) -> LogisticsEvent:
    return prepared_event(tmp_path / "event", submissions_count=6, jurors_count=3)


def export(event: LogisticsEvent, lang: str = "en") -> dict[str, Path]:
    paths = sheets.export_sheets(event.db, event.folder / "sheets", lang=lang, actor="tester")
    return {p.name.split("-")[0]: p for p in paths}


def complete_row(sid: str, yes: str = "yes") -> dict[tuple[str, str], object]:
    return {
        (sid, "scores.excellence"): 4.5,
        (sid, "criterion_comments.excellence"): "Objetivos claros; ação bem pensada.",
        (sid, "scores.impact"): 3,
        (sid, "gates.eligible"): yes,
        (sid, "comment"): "Equipa sólida.",
        (sid, "status"): "final",
    }


def set_modified(path: Path, moment: str) -> None:
    """Rewrite the workbook's "last saved" time (docProps/core.xml), as another save would."""
    with zipfile.ZipFile(path) as zf:
        members = [(info, zf.read(info)) for info in zf.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>" + moment.encode() + rb"\g<2>", data)  # fmt: skip
            zf.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail("LibreOffice (soffice) is not installed; install libreoffice-calc-nogui: "
                    "a sheet saved by a real spreadsheet program must import")  # fmt: skip
    return found


def through_libreoffice(source: Path, out: Path, profile: Path) -> Path:
    """Open ``source`` in LibreOffice headless and save it as a new xlsx written by it."""
    command = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "xlsx", "--outdir", str(out), str(source)]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    converted = out / source.name
    assert converted.exists(), f"LibreOffice wrote nothing: {result.stdout}\n{result.stderr}"
    return converted


# --- export ----------------------------------------------------------------------------------------


def test_export_sheets_one_workbook_per_juror_with_their_submissions(
    event: LogisticsEvent,
) -> None:
    kits = event.issue_kits()

    written = export(event)

    design = event.assignments()
    assert sorted(written) == event.juror_ids
    for juror, path in written.items():
        identity, entries = read_score_sheet(path)
        assert path.name == f"{juror}-scores.xlsx"
        assert identity.juror_id == juror
        assert identity.submission_ids == design[juror]
        assert identity.kit_id != kits[juror].kit_id  # a sheet has an identity of its own
        assert entries == []
    assert not list(written["J01"].parent.glob("*.part"))


def test_export_sheets_again_keeps_the_sheet_identity(event: LogisticsEvent) -> None:
    first = read_score_sheet(export(event)["J02"])[0].kit_id

    second = read_score_sheet(export(event, lang="pt")["J02"])[0].kit_id

    assert first == second


def test_export_sheets_before_assignment_is_refused(tmp_path: Path) -> None:
    event = make_event(tmp_path / "e", submissions_count=2, jurors_count=2, per_submission=None)

    with pytest.raises(RefusedError, match="run 'imin assign' first"):
        export(event)


def test_export_sheets_to_a_path_that_is_a_file_is_refused(event: LogisticsEvent) -> None:
    taken = event.folder / "taken"
    taken.write_text("not a folder")

    with pytest.raises(RefusedError, match="taken"):
        sheets.export_sheets(event.db, taken)


# --- import -----------------------------------------------------------------------------------------


def test_import_sheet_filled_with_openpyxl(event: LogisticsEvent) -> None:
    path = export(event)["J01"]
    a, b, c = event.assignments()["J01"][:3]
    fill_sheet(path, {**complete_row(a), (b, "scores.impact"): 2.5, (c, "conflict"): "yes"})

    [outcome] = scores.import_score_files(event.db, [path])

    content = merged_content(event.path)
    assert (outcome.result, outcome.juror) == ("accepted", "J01")
    assert [(r[1], r[2], r[3], r[4]) for r in content["reviews"]] == [
        (a, "final", 0, "Equipa sólida."), (b, "draft", 0, ""), (c, "draft", 1, "")]  # fmt: skip
    assert [(s[1], s[2], s[3], s[4]) for s in content["scores"]] == [
        (a, "excellence", "4.5", "Objetivos claros; ação bem pensada."),
        (a, "impact", "3", ""), (b, "impact", "2.5", "")]  # fmt: skip
    assert content["conflicts"] == [("J01", c, "juror")]
    assert coverage.coverage(event.db).as_json()["jurors"][0] == {
        "id": "J01", "name": event.jurors[0].name, "assigned": 4,
        "done": 1, "draft": 1, "missing": 1, "conflict": 1}  # fmt: skip


@pytest.mark.slow
@pytest.mark.libreoffice
def test_import_sheet_filled_and_saved_through_libreoffice(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    blank = export(event, lang="pt")["J02"]
    a, b = event.assignments()["J02"][:2]
    opened = through_libreoffice(blank, tmp_path / "opened", tmp_path / "lo-profile")
    fill_sheet(opened, {**complete_row(a, "sim"), (b, "scores.excellence"): 0.5,
                        (b, "comment"): "Falta o orçamento."}, sheet="Pontuações")  # fmt: skip
    saved = through_libreoffice(opened, tmp_path / "saved", tmp_path / "lo-profile")

    [outcome] = scores.import_score_files(event.db, [saved])

    content = merged_content(event.path)
    assert (outcome.result, outcome.juror) == ("accepted", "J02"), outcome.line()
    assert [(r[1], r[2], r[4]) for r in content["reviews"]] == [
        (a, "final", "Equipa sólida."), (b, "draft", "Falta o orçamento.")]  # fmt: skip
    assert [(s[1], s[2], s[3]) for s in content["scores"]] == [
        (a, "excellence", "4.5"), (a, "impact", "3"), (b, "excellence", "0.5")]  # fmt: skip
    assert content["gates"] == [("J02", a, "eligible", 1)]


def test_import_sheet_with_a_control_character_in_a_comment_is_refused(
    event: LogisticsEvent,
) -> None:
    path = export(event)["J01"]
    a = event.assignments()["J01"][0]
    fill_sheet(path, {**complete_row(a), (a, "comment"): "Bom\x9b31m trabalho"})
    before = iterdump(event.path)

    [outcome] = scores.import_score_files(event.db, [path])

    cell = sheet_cells(path)[a, "comment"]
    assert outcome.result == "refused"
    assert f"Scores!{cell} ({a}, comment): holds the control character U+009B" in outcome.reason
    assert iterdump(event.path) == before


def test_import_sheet_with_an_edited_locked_cell_is_refused(event: LogisticsEvent) -> None:
    path = export(event)["J01"]
    a = event.assignments()["J01"][0]
    fill_sheet(path, complete_row(a))
    title_cell = sheet_cells(path)[a, "id"].replace("A", "B")
    wb = openpyxl.load_workbook(path)
    wb["Scores"][title_cell] = "A better title"
    wb.save(path)
    before = iterdump(event.path)

    [outcome] = scores.import_score_files(event.db, [path])

    assert outcome.result == "refused"
    assert f"Scores!{title_cell}" in outcome.line() and str(path) in outcome.line()
    assert iterdump(event.path) == before


def test_import_sheet_with_an_edited_hidden_sheet_is_refused(event: LogisticsEvent) -> None:
    path = export(event)["J01"]
    wb = openpyxl.load_workbook(path)
    hidden = wb["imin"]
    row = next(r for r in range(1, 40) if hidden.cell(row=r, column=1).value == "juror_id")
    hidden.cell(row=row, column=2).value = "J02"
    wb.save(path)
    before = iterdump(event.path)

    [outcome] = scores.import_score_files(event.db, [path])

    assert outcome.result == "refused"
    assert "imin!" in outcome.reason
    assert iterdump(event.path) == before


def test_import_sheet_with_a_score_off_the_grid_names_cell_and_submission(
    event: LogisticsEvent,
) -> None:
    path = export(event)["J03"]
    a = event.assignments()["J03"][0]
    fill_sheet(path, {(a, "scores.impact"): 2.2})

    [outcome] = scores.import_score_files(event.db, [path])

    cell = sheet_cells(path)[a, "scores.impact"]
    assert outcome.result == "refused"
    assert f"Scores!{cell}" in outcome.reason and a in outcome.reason


@pytest.mark.parametrize("order", ["early_first", "late_first"])
def test_import_the_sheet_received_last_is_current_whatever_its_timestamp(
    event: LogisticsEvent, tmp_path: Path, order: str
) -> None:
    path = export(event)["J01"]
    a = event.assignments()["J01"][0]
    early, late = tmp_path / "early.xlsx", tmp_path / "late.xlsx"
    fill_sheet(path, {(a, "scores.impact"): 1})
    shutil.copyfile(path, early)
    set_modified(early, "2026-11-26T10:00:00Z")
    fill_sheet(path, {(a, "scores.impact"): 4.5})
    shutil.copyfile(path, late)
    set_modified(late, "2099-01-01T00:00:00Z")  # a juror's file may claim any moment
    files = [early, late] if order == "early_first" else [late, early]

    outcomes = scores.import_score_files(event.db, files)

    assert [(o.result, o.sequence) for o in outcomes] == [("accepted", 1), ("accepted", 2)]
    expected = "4.5" if order == "early_first" else "1"
    assert [s[3] for s in merged_content(event.path)["scores"]] == [expected]


def test_import_a_sheet_again_after_a_newer_one_changes_nothing(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    path = export(event)["J01"]
    a = event.assignments()["J01"][0]
    first = tmp_path / "first.xlsx"
    fill_sheet(path, {(a, "scores.impact"): 1})
    shutil.copyfile(path, first)
    fill_sheet(path, {(a, "scores.impact"): 4.5})
    scores.import_score_files(event.db, [first, path])
    before = merged_content(event.path)

    [outcome] = scores.import_score_files(event.db, [first])

    assert outcome.result == "duplicate"
    assert merged_content(event.path) == before


@pytest.mark.parametrize("sheet_first", [True, False])
def test_import_score_file_wins_over_the_same_jurors_sheet(
    event: LogisticsEvent, sheet_first: bool
) -> None:
    kits = event.issue_kits()
    sheet = export(event)["J01"]
    a, b = event.assignments()["J01"][:2]
    fill_sheet(sheet, {**complete_row(a), (b, "conflict"): "yes"})
    score_file = write_scores(kits["J01"], [complete_entry(b, impact="5")], 1, event.folder)
    files = [sheet, score_file] if sheet_first else [score_file, sheet]

    outcomes = scores.import_score_files(event.db, files)

    content = merged_content(event.path)
    assert [o.result for o in outcomes] == (
        ["accepted", "accepted"] if sheet_first else ["accepted", "superseded"])  # fmt: skip
    assert [(r[1], r[2]) for r in content["reviews"]] == [(b, "final")]
    assert [(s[2], s[3]) for s in content["scores"]] == [("excellence", "4.5"), ("impact", "5")]
    assert content["conflicts"] == []
    if not sheet_first:
        assert outcomes[1].reason == (
            "juror J01 handed back a score file, which takes precedence over a sheet"
        )


def test_import_sheet_values_read_back_exactly(event: LogisticsEvent) -> None:
    path = export(event)["J02"]
    a = event.assignments()["J02"][0]
    fill_sheet(path, complete_row(a))

    _identity, entries = read_score_sheet(path)

    assert [(e.submission_id, e.status, dict(e.scores)) for e in entries] == [
        (a, "final", {"excellence": Decimal("4.5"), "impact": Decimal(3)})]  # fmt: skip
