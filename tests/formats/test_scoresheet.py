"""The score sheet: written, filled in by openpyxl or LibreOffice, and read back."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.review import ReviewEntry
from imin_desktop.domain.rubric import Rubric
from imin_desktop.formats.rubric_json import parse_rubric
from imin_desktop.formats.scoresheet import (
    FORMAT,
    ScoreSheetError,
    ScoreSheetFormat,
    SheetIdentity,
    SheetSubmission,
    read_score_sheet,
    write_score_sheet,
)

HOSTILE = '=HYPERLINK("http://x","y")'


def rubric_document(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "imin.rubric/1",
        "id": "summit-2026",
        "title": {"en": "Summit challenge", "pt": "Desafio Summit"},
        "scale": {"min": 0, "max": 5, "step": 0.5},
        "criteria": [
            {
                "key": "excellence",
                "label": {"en": "Excellence", "pt": "Excelência"},
                "description": {"en": "Clarity of the objectives", "pt": "Clareza dos objetivos"},
                "comment_required": True,
                "levels": [
                    {"value": 0, "label": {"en": "Fails", "pt": "Falha"}},
                    {"value": 5, "label": {"en": "Excellent", "pt": "Excelente"}},
                ],
            },
            {"key": "impact", "label": {"en": "Impact", "pt": "Impacto"}},
            {"key": "team", "label": "Team", "weight": 2, "scale": {"min": 0, "max": 10}},
        ],
        "gates": [{"key": "eligible", "label": {"en": "Eligible", "pt": "Elegível"}}],
    }
    doc.update(changes)
    return doc


RUBRIC = parse_rubric(rubric_document(), "rubric.json")
SUBMISSIONS = [
    SheetSubmission("SUB-1", "Remote triage for rural health centres", "Startups"),
    SheetSubmission("SUB-2", HOSTILE, "Research"),
    SheetSubmission("SUB-3", "Telemonitorização de doentes crónicos", ""),
    SheetSubmission("SUB-4", "+351 hotline", "@home"),
]


def identity(submissions: list[SheetSubmission], rubric: Rubric = RUBRIC) -> SheetIdentity:
    return SheetIdentity(
        event_id="summit-2026",
        event_title="eHealth Summit 2026",
        juror_id="J03",
        juror_name="Rui Costa",
        kit_id="kit-7f3a",
        rubric_hash=rubric.hash,
        submission_ids=tuple(s.id for s in submissions),
    )


def write(
    folder: Path,
    submissions: list[SheetSubmission] | None = None,
    *,
    lang: str = "en",
    rubric: Rubric = RUBRIC,
) -> Path:
    subs = SUBMISSIONS if submissions is None else submissions
    path = folder / "J03-scores.xlsx"
    write_score_sheet(path, identity(subs, rubric), rubric, subs, lang=lang)
    return path


def hidden_keys(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The hidden sheet's rows by key, as documented in docs/formats-scoresheet.md."""
    wb = openpyxl.load_workbook(path)
    out: dict[str, list[tuple[Any, ...]]] = {}
    for row in wb["imin"].iter_rows(values_only=True, max_col=8):
        if row[0] is not None:
            out.setdefault(row[0], []).append(row[1:])
    return out


FIELDS = {"score": "scores.{}", "criterion_comment": "criterion_comments.{}", "gate": "gates.{}"}


def cell_of(path: Path, submission_id: str, field: str) -> str:
    """The cell (``D13``) that holds ``field`` of ``submission_id``, found via the hidden sheet."""
    keys = hidden_keys(path)
    letters = {
        FIELDS.get(role, role).format(key): letter for letter, role, key, *_ in keys["column"]
    }
    rows = {sid: row for sid, row, *_ in keys["submission"]}
    return f"{letters[field]}{rows[submission_id]}"


def fill(path: Path, values: Mapping[tuple[str, str], Any], sheet: str = "Scores") -> None:
    """Type values into the sheet with openpyxl, as a juror would in a spreadsheet program."""
    cells = {key: cell_of(path, *key) for key in values}
    wb = openpyxl.load_workbook(path)
    for key, value in values.items():
        wb[sheet][cells[key]] = value
    wb.save(path)


def modified_of(path: Path) -> str:
    modified = openpyxl.load_workbook(path).properties.modified
    return str(modified.strftime("%Y-%m-%dT%H:%M:%SZ"))


def refusal(path: Path, rubric: Rubric | None = RUBRIC) -> InputError:
    with pytest.raises(InputError) as caught:
        read_score_sheet(path, rubric)
    return caught.value


FULL_FINAL = {
    ("SUB-1", "scores.excellence"): 4.5,
    ("SUB-1", "criterion_comments.excellence"): "Clear objectives; pricing unclear.",
    ("SUB-1", "scores.impact"): 4.0,
    ("SUB-1", "scores.team"): 8,
    ("SUB-1", "gates.eligible"): "yes",
    ("SUB-1", "comment"): "Strong team.",
    ("SUB-1", "status"): "final",
}


# --- the written workbook ------------------------------------------------------------------


def test_written_sheet_has_scores_rubric_and_hidden_sheets(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(write(tmp_path))

    assert wb.sheetnames == ["Scores", "Rubric", "imin"]
    assert [wb[n].sheet_state for n in wb.sheetnames] == ["visible", "visible", "hidden"]
    assert [wb[n].protection.sheet for n in wb.sheetnames] == [True, True, True]
    assert wb.security.lockStructure is True


def test_written_sheet_unlocks_and_shades_only_the_input_cells(tmp_path: Path) -> None:
    path = write(tmp_path)
    ws = openpyxl.load_workbook(path)["Scores"]

    score, title = ws[cell_of(path, "SUB-1", "scores.excellence")], ws["B13"]

    assert (score.protection.locked, score.fill.fgColor.rgb) == (False, "00FFF2CC")
    assert (title.protection.locked, title.value) == (True, SUBMISSIONS[0].title)
    assert ws["A12"].value == "Submission"
    assert [ws.cell(row=r, column=1).value for r in range(13, 17)] == [
        "SUB-1",
        "SUB-2",
        "SUB-3",
        "SUB-4",
    ]


def test_score_cells_offer_the_rubric_grid_as_a_list(tmp_path: Path) -> None:
    path = write(tmp_path)
    wb = openpyxl.load_workbook(path)
    validations = {str(dv.sqref): dv for dv in wb["Scores"].data_validations.dataValidation}
    values_row = next(
        r
        for r in range(1, 60)
        if wb["imin"].cell(row=r, column=2).value == "team"
        and wb["imin"].cell(row=r, column=1).value == "values"
    )

    team = validations["G13:G16"]

    assert (team.type, team.showErrorMessage, team.errorStyle) == ("list", True, "stop")
    assert team.formula1 == f"imin!$C${values_row}:$M${values_row}"
    assert [wb["imin"].cell(row=values_row, column=c).value for c in range(3, 14)] == list(
        range(11)
    )
    assert validations["K13:K16"].formula1 == '"draft,final"'
    assert validations["J13:J16"].formula1 == '"yes,no"'
    assert validations["H13:H16"].formula1 == '"yes,no"'
    assert "E13:E16" not in validations  # comments are free text


def test_hidden_sheet_carries_identity_rows_and_layout(tmp_path: Path) -> None:
    keys = hidden_keys(write(tmp_path))

    assert keys["format"] == [(FORMAT,) + (None,) * 6]
    assert [r[0] for r in keys["submission"]] == ["SUB-1", "SUB-2", "SUB-3", "SUB-4"]
    assert [r[1] for r in keys["submission"]] == ["13", "14", "15", "16"]
    assert [(r[0], r[1], r[2]) for r in keys["column"]] == [
        ("A", "id", None),
        ("B", "title", None),
        ("C", "track", None),
        ("D", "score", "excellence"),
        ("E", "criterion_comment", "excellence"),
        ("F", "score", "impact"),
        ("G", "score", "team"),
        ("H", "gate", "eligible"),
        ("I", "comment", None),
        ("J", "conflict", None),
        ("K", "status", None),
    ]
    assert keys["column"][6][4:7] == ("0", "10", "1")
    assert keys["integrity"][0][0].startswith("sha256:")


def test_integrity_hash_follows_the_documented_definition(tmp_path: Path) -> None:
    keys = hidden_keys(write(tmp_path))

    def text(value: Any) -> str:
        return "" if value is None else str(value)

    identity_keys = ("event_id", "event_title", "juror_id", "juror_name", "kit_id", "rubric_hash")
    document = {
        "format": "imin.scoresheet/1",
        "identity": {key: keys[key][0][0] for key in identity_keys},
        "layout": {
            "lang": keys["lang"][0][0],
            "sheet": keys["sheet"][0][0],
            "header_row": int(keys["header_row"][0][0]),
            "columns": [
                {
                    "column": letter,
                    "role": role,
                    "key": text(key),
                    "header": header,
                    "min": text(lo),
                    "max": text(hi),
                    "step": text(step),
                }
                for letter, role, key, header, lo, hi, step in keys["column"]
            ],
        },
        "submissions": [
            {"id": sid, "row": int(row), "title": text(title), "track": text(track)}
            for sid, row, title, track, *_ in keys["submission"]
        ],
    }
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    assert keys["integrity"][0][0] == "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def test_sheet_without_submissions_reads_back_empty(tmp_path: Path) -> None:
    path = write(tmp_path, [])

    assert read_score_sheet(path, RUBRIC) == (identity([]), [])


def test_hostile_title_is_written_as_text_not_a_formula(tmp_path: Path) -> None:
    path = write(tmp_path)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    ws = openpyxl.load_workbook(path)["Scores"]

    assert "<f>" not in sheet_xml
    assert (ws["B14"].value, ws["B14"].data_type) == (HOSTILE, "s")
    assert (ws["B16"].value, ws["C16"].value, ws["C16"].data_type) == ("+351 hotline", "@home", "s")


def test_portuguese_sheet_uses_portuguese_names_and_answers(tmp_path: Path) -> None:
    path = write(tmp_path, lang="pt")
    fill(path, {("SUB-1", "gates.eligible"): "sim", ("SUB-1", "scores.impact"): 3}, "Pontuações")

    wb = openpyxl.load_workbook(path)
    _identity, entries = read_score_sheet(path, RUBRIC)

    assert wb.sheetnames == ["Pontuações", "Rubrica", "imin"]
    assert wb["Pontuações"]["D12"].value.startswith("Excelência\npeso 1")
    assert [(e.gates, e.scores) for e in entries] == [({"eligible": True}, {"impact": Decimal(3)})]


def test_writer_refuses_submissions_that_differ_from_the_identity(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_score_sheet(
            tmp_path / "x.xlsx", identity(SUBMISSIONS[:1]), RUBRIC, SUBMISSIONS, lang="en"
        )


# --- reading filled sheets -----------------------------------------------------------------


def test_blank_sheet_reads_back_its_identity_and_no_reviews(tmp_path: Path) -> None:
    path = write(tmp_path)

    assert read_score_sheet(path, RUBRIC) == (identity(SUBMISSIONS), [])


def test_filled_sheet_reads_back_one_entry_per_filled_row(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(
        path,
        {
            **FULL_FINAL,
            ("SUB-2", "scores.impact"): 2.5,
            ("SUB-2", "comment"): "  still reading  ",
            ("SUB-3", "conflict"): "yes",
            ("SUB-3", "comment"): "I advised this team.",
            ("SUB-3", "status"): "final",
        },
    )
    when = modified_of(path)

    _identity, entries = read_score_sheet(path, RUBRIC)

    assert entries == [
        ReviewEntry(
            submission_id="SUB-1",
            status="final",
            scores={"excellence": Decimal("4.5"), "impact": Decimal(4), "team": Decimal(8)},
            gates={"eligible": True},
            comment="Strong team.",
            criterion_comments={"excellence": "Clear objectives; pricing unclear."},
            updated_at=when,
        ),
        ReviewEntry(
            submission_id="SUB-2",
            status="draft",
            scores={"impact": Decimal("2.5")},
            comment="still reading",
            updated_at=when,
        ),
        ReviewEntry(
            submission_id="SUB-3",
            status="final",
            conflict=True,
            comment="I advised this team.",
            updated_at=when,
        ),
    ]


def test_whole_numbers_stored_as_floats_become_exact_decimals(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-1", "scores.impact"): 4.0, ("SUB-1", "scores.excellence"): 0.5})

    _identity, [entry] = read_score_sheet(path, RUBRIC)

    assert [str(v) for v in entry.scores.values()] == ["0.5", "4"]


def test_conflict_no_alone_leaves_the_row_empty(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-1", "conflict"): "no"})

    assert read_score_sheet(path, RUBRIC)[1] == []


def test_reader_without_the_rubric_checks_the_grid_the_sheet_was_written_with(
    tmp_path: Path,
) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-1", "scores.team"): 7.5})

    error = refusal(path, None)

    assert error.location == "Scores!G13 (SUB-1, scores.team)"
    assert "off the grid" in error.message


def test_updated_at_is_the_workbooks_modified_time(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-1", "scores.impact"): 3})
    before = datetime.now(UTC).replace(microsecond=0, tzinfo=None)

    _identity, [entry] = read_score_sheet(path, RUBRIC)
    stamp = datetime.strptime(entry.updated_at, "%Y-%m-%dT%H:%M:%SZ")

    assert entry.updated_at == modified_of(path)
    assert abs((stamp - before).total_seconds()) < 120


# --- values refused, each naming its cell ---------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("scores.excellence", 4.3, "off the grid"),
        ("scores.excellence", 4.499999999, "off the grid"),
        ("scores.excellence", 6, "off the scale"),
        ("scores.excellence", "4,5", "is text"),
        ("scores.excellence", True, "true/false"),
        ("scores.excellence", datetime(2026, 1, 1), "date"),
        ("scores.excellence", "=2+2", "formula"),
        ("status", "done", "draft or final"),
        ("conflict", "maybe", "yes or no"),
        ("gates.eligible", 1, "yes or no"),
        ("comment", "=SUM(A1)", "formula"),
    ],
)
def test_value_off_the_rules_is_refused_naming_the_cell(
    tmp_path: Path, field: str, value: Any, words: str
) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-2", field): value})
    cell = cell_of(path, "SUB-2", field)

    error = refusal(path)

    assert error.file == str(path)
    assert error.location == f"Scores!{cell} (SUB-2, {field})"
    assert words in error.message


def test_conflict_with_scores_is_refused_at_the_score_cell(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-1", "conflict"): "yes", ("SUB-1", "scores.impact"): 3})

    error = refusal(path)

    assert error.location == "Scores!F13 (SUB-1, scores.impact)"
    assert "conflict of interest carries no scores" in error.message


def test_incomplete_final_review_lists_every_missing_cell(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-4", "scores.excellence"): 5, ("SUB-4", "status"): "final"})

    with pytest.raises(ScoreSheetError) as caught:
        read_score_sheet(path, RUBRIC)

    assert [loc for loc, _message in caught.value.problems] == [
        "Scores!E16 (SUB-4, criterion_comments.excellence)",
        "Scores!F16 (SUB-4, scores.impact)",
        "Scores!G16 (SUB-4, scores.team)",
        "Scores!H16 (SUB-4, gates.eligible)",
    ]
    assert "Scores!H16 (SUB-4, gates.eligible)" in str(caught.value)


def test_portuguese_sheet_errors_name_the_portuguese_sheet(tmp_path: Path) -> None:
    path = write(tmp_path, lang="pt")
    fill(path, {("SUB-1", "scores.impact"): 9}, "Pontuações")

    assert refusal(path).location == "Pontuações!F13 (SUB-1, scores.impact)"


# --- tampering with locked or hidden parts --------------------------------------------------


def edit(path: Path, change: Any) -> None:
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)


def test_changed_locked_id_cell_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit(path, lambda wb: wb["Scores"].__setitem__("A14", "SUB-9"))

    error = refusal(path)

    assert error.location == "Scores!A14 (SUB-2, id)"
    assert "'SUB-2'" in error.message and "'SUB-9'" in error.message


def test_changed_title_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit(path, lambda wb: wb["Scores"].__setitem__("B13", "Another title"))

    assert refusal(path).location == "Scores!B13 (SUB-1, title)"


def test_deleted_row_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {("SUB-3", "scores.impact"): 3})
    edit(path, lambda wb: wb["Scores"].delete_rows(14))

    error = refusal(path)

    assert error.location == "Scores!A14 (SUB-2, id)"
    assert "rows must not be added, moved or removed" in error.message


def test_swapped_rows_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path)

    def swap(wb: Any) -> None:
        ws = wb["Scores"]
        for col in "ABC":
            ws[f"{col}13"].value, ws[f"{col}14"].value = ws[f"{col}14"].value, ws[f"{col}13"].value

    edit(path, swap)

    assert refusal(path).location == "Scores!A13 (SUB-1, id)"


def test_moved_column_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit(path, lambda wb: wb["Scores"].move_range("F12:F16", cols=20))

    assert refusal(path).location == "Scores!F12 (scores.impact)"


def test_added_row_below_the_table_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit(path, lambda wb: wb["Scores"].__setitem__("F17", 4))

    assert refusal(path).location == "Scores!F17"


def test_changed_hidden_value_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)

    def change_juror(wb: Any) -> None:
        ws = wb["imin"]
        row = next(r for r in range(1, 40) if ws.cell(row=r, column=1).value == "juror_id")
        ws.cell(row=row, column=2).value = "J04"

    edit(path, change_juror)

    error = refusal(path)

    assert error.location.startswith("imin!B") and error.location.endswith("(integrity)")
    assert "hidden sheet 'imin' was changed" in error.message


def test_changed_hidden_title_and_visible_title_together_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path)

    def change_both(wb: Any) -> None:
        wb["Scores"]["B13"] = "Forged"
        ws = wb["imin"]
        row = next(r for r in range(1, 40) if ws.cell(row=r, column=2).value == "SUB-1")
        ws.cell(row=row, column=4).value = "Forged"

    edit(path, change_both)

    assert refusal(path).location.endswith("(integrity)")


def test_removed_hidden_sheet_is_not_a_score_sheet(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit(path, lambda wb: wb.remove(wb["imin"]))

    assert "not an imin score sheet" in refusal(path).message


def test_renamed_scores_sheet_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit(path, lambda wb: setattr(wb["Scores"], "title", "Mine"))

    error = refusal(path)

    assert error.location.endswith("(sheet)")
    assert "no sheet 'Scores'" in error.message


def test_sheet_for_another_rubric_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    other = parse_rubric(rubric_document(id="summit-2027"), "other.json")

    error = refusal(path, other)

    assert error.location.endswith("(rubric_hash)")
    assert "another version of the rubric" in error.message


def test_newer_major_version_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit(path, lambda wb: wb["imin"].__setitem__("B1", "imin.scoresheet/2"))

    error = refusal(path)

    assert error.location == "imin!B1 (format)"
    assert "not known to this program" in error.message


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_file_that_is_not_a_workbook_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)

    assert refusal(path).file == str(path)


def test_ordinary_workbook_is_not_a_score_sheet(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(path)

    assert "not an imin score sheet" in refusal(path).message


# --- the registered format ------------------------------------------------------------------


def test_format_detects_score_sheets_only(tmp_path: Path) -> None:
    sheet = write(tmp_path)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    fmt = ScoreSheetFormat()

    assert fmt.detect(sheet, sheet.read_bytes()[:4096]) is True
    assert fmt.detect(plain, plain.read_bytes()[:4096]) is False


def test_format_validate_summarises_the_sheet(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {**FULL_FINAL, ("SUB-3", "conflict"): "yes"})

    assert ScoreSheetFormat().validate(path) == (
        "score sheet of juror J03 for event summit-2026: 4 submissions, 2 reviewed "
        "(1 final, 1 conflicts of interest)"
    )


# --- a real spreadsheet program -------------------------------------------------------------


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(
            "LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to run the "
            "score sheet round trip through a real spreadsheet program"
        )
    return found


def through_libreoffice(source: Path, folder: Path) -> Path:
    """Open ``source`` in LibreOffice and save it as a new xlsx written by LibreOffice."""
    out = folder / "lo-out"
    command = [
        soffice(),
        f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out),
        str(source),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    converted = out / source.name
    assert converted.exists(), f"LibreOffice wrote nothing: {result.stdout}\n{result.stderr}"
    return converted


@pytest.mark.libreoffice
def test_sheet_saved_by_libreoffice_still_imports(tmp_path: Path) -> None:
    blank = write(tmp_path, lang="pt")
    once = through_libreoffice(blank, tmp_path / "first")
    fill(
        once,
        {
            ("SUB-1", "scores.excellence"): 4.5,
            ("SUB-1", "criterion_comments.excellence"): "Objetivos claros; preço pouco claro.",
            ("SUB-1", "scores.impact"): 4.0,
            ("SUB-1", "scores.team"): 8,
            ("SUB-1", "gates.eligible"): "sim",
            ("SUB-1", "status"): "final",
            ("SUB-2", "scores.impact"): 0.5,
            ("SUB-3", "conflict"): "sim",
        },
        "Pontuações",
    )
    twice = through_libreoffice(once, tmp_path / "second")

    _identity, entries = read_score_sheet(twice, RUBRIC)
    wb = openpyxl.load_workbook(twice)
    validated = {str(dv.sqref) for dv in wb["Pontuações"].data_validations.dataValidation}

    assert [(e.submission_id, e.status, e.conflict, dict(e.scores)) for e in entries] == [
        (
            "SUB-1",
            "final",
            False,
            {"excellence": Decimal("4.5"), "impact": Decimal(4), "team": Decimal(8)},
        ),
        ("SUB-2", "draft", False, {"impact": Decimal("0.5")}),
        ("SUB-3", "draft", True, {}),
    ]
    assert entries[0].criterion_comments == {"excellence": "Objetivos claros; preço pouco claro."}
    assert wb["imin"].sheet_state in ("hidden", "veryHidden")
    assert wb["Pontuações"].protection.sheet
    assert {"D13:D16", "F13:F16", "G13:G16", "H13:H16", "J13:J16", "K13:K16"} <= validated
    assert (wb["Pontuações"]["B14"].value, wb["Pontuações"]["B14"].data_type) == (HOSTILE, "s")


# --- hostile and damaged files --------------------------------------------------------------


def _valid_sheet_bytes() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), SUBMISSIONS[:2])
        fill(path, {("SUB-1", "scores.impact"): 3, ("SUB-1", "status"): "draft"})
        return path.read_bytes()


VALID = _valid_sheet_bytes()


def _read_bytes(folder: Path, data: bytes) -> None:
    path = folder / "fuzz.xlsx"
    path.write_bytes(data)
    try:
        identity_read, entries = read_score_sheet(path, RUBRIC)
    except InputError as error:
        assert error.file == str(path)
    else:
        assert isinstance(identity_read, SheetIdentity)
        assert all(isinstance(e, ReviewEntry) for e in entries)


def _rezip(data: bytes, member: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, content if info.filename == member else src.read(info))
    return out.getvalue()


FUZZ = settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_reader_on_random_bytes_raises_only_input_error(tmp_path: Path, data: bytes) -> None:
    _read_bytes(tmp_path, data)


@FUZZ
@given(
    position=st.integers(min_value=0, max_value=len(VALID) - 1),
    replacement=st.binary(min_size=1, max_size=8),
)
def test_reader_on_damaged_bytes_raises_only_input_error(
    tmp_path: Path, position: int, replacement: bytes
) -> None:
    _read_bytes(tmp_path, VALID[:position] + replacement + VALID[position + len(replacement) :])


MEMBERS = ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"]


@FUZZ
@given(
    member=st.sampled_from(MEMBERS),
    start=st.integers(min_value=0, max_value=4000),
    length=st.integers(min_value=0, max_value=40),
    text=st.text(alphabet='<>/="abc 0123-.ABsitfvnr', max_size=20),
)
def test_reader_on_mutated_xml_raises_only_input_error(
    tmp_path: Path, member: str, start: int, length: int, text: str
) -> None:
    with zipfile.ZipFile(io.BytesIO(VALID)) as archive:
        xml = archive.read(member)
    start = min(start, len(xml))
    mutated = xml[:start] + text.encode() + xml[start + length :]
    _read_bytes(tmp_path, _rezip(VALID, member, mutated))


@FUZZ
@given(
    key=st.sampled_from(["event_id", "lang", "sheet", "header_row", "column", "submission"]),
    column=st.integers(min_value=2, max_value=8),
    value=st.one_of(
        st.none(),
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
        st.integers(-3, 40),
        st.floats(allow_nan=False, allow_infinity=False),
    ),
)
def test_reader_on_edited_hidden_cells_raises_only_input_error(
    tmp_path: Path, key: str, column: int, value: Any
) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(VALID))
    ws = wb["imin"]
    row = next(r for r in range(1, 60) if ws.cell(row=r, column=1).value == key)
    ws.cell(row=row, column=column).value = value
    buffer = io.BytesIO()
    wb.save(buffer)
    _read_bytes(tmp_path, buffer.getvalue())


def test_fuzz_seed_is_a_readable_sheet(tmp_path: Path) -> None:
    path = tmp_path / "seed.xlsx"
    path.write_bytes(VALID)

    _identity, entries = read_score_sheet(path, RUBRIC)

    assert [(e.submission_id, e.status, dict(e.scores)) for e in entries] == [
        ("SUB-1", "draft", {"impact": Decimal(3)})
    ]
