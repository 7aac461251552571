"""Writing the score sheet: the Scores table, the Rubric sheet and the hidden ``imin`` sheet.

Every text goes in as text (``data_type`` ``s``), never as a formula, whatever it starts with.
Only the input cells are unlocked; every sheet is protected (no password: protection prevents
accidents, the integrity hash detects edits).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils.cell import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from imin_desktop.domain.files import atomic_path
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.domain.rubric import Rubric, Scale
from imin_desktop.domain.text import localized
from imin_desktop.formats.scoresheet_layout import (
    HIDDEN_SHEET,
    LOCKED_ROLES,
    MAX_SUBMISSIONS,
    Column,
    Layout,
    Role,
    SheetIdentity,
    SheetSubmission,
    decimal_text,
    hidden_rows,
)
from imin_desktop.formats.scoresheet_texts import STATUS_WORDS, TEXTS, texts

MAX_CELL_TEXT = 32767
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
UNLOCKED = Protection(locked=False)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTHS: dict[Role, float] = {
    "id": 14,
    "title": 42,
    "track": 16,
    "score": 24,
    "criterion_comment": 36,
    "gate": 16,
    "comment": 42,
    "conflict": 16,
    "status": 14,
}
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text: str) -> str:
    """Text as a cell can hold it: no control characters, ``\\n`` line ends, no outer spaces."""
    text = _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return text[:MAX_CELL_TEXT]


def _put_text(ws: Any, row: int, col: int, text: str) -> Any:
    """Write ``text`` as text, never as a formula (``=HYPERLINK(...)`` stays a string)."""
    cell = ws.cell(row=row, column=col)
    if text:
        cell.value = text
        cell.data_type = "s"
    return cell


def build_layout(rubric: Rubric, lang: str, header_row: int) -> Layout:
    """The columns of the score table for ``rubric``, headed in ``lang``."""
    words = texts(lang)
    spec: list[tuple[Role, str, str, Scale | None]] = [
        ("id", "", words["id"], None),
        ("title", "", words["title"], None),
        ("track", "", words["track"], None),
    ]
    for c in rubric.criteria:
        label = clean_text(c.title(lang))
        header = words["score"].format(
            label=label,
            weight=decimal_text(c.weight),
            min=decimal_text(c.scale.min),
            max=decimal_text(c.scale.max),
            step=decimal_text(c.scale.step),
        )
        spec.append(("score", c.key, header, c.scale))
        if c.comment_required:
            spec.append(
                ("criterion_comment", c.key, words["criterion_comment"].format(label=label), None)
            )
    for g in rubric.gates:
        label = clean_text(localized(g.label, lang) or g.key)
        spec.append(("gate", g.key, words["gate"].format(label=label), None))
    spec += [(role, "", words[role], None) for role in ("comment", "conflict", "status")]
    columns = tuple(
        Column(get_column_letter(i + 1), role, key, clean_text(header), scale)
        for i, (role, key, header, scale) in enumerate(spec)
    )
    return Layout(lang, words["scores_sheet"], header_row, columns)


def _check_arguments(
    identity: SheetIdentity, rubric: Rubric, submissions: Sequence[SheetSubmission]
) -> None:
    for name in ("event_id", "juror_id", "kit_id"):
        if not is_identifier(getattr(identity, name)):
            raise ValueError(f"{name} {getattr(identity, name)!r} is not an identifier")
    if identity.rubric_hash != rubric.hash:
        raise ValueError("the identity's rubric hash is not the rubric's hash")
    ids = [s.id for s in submissions]
    if tuple(ids) != tuple(identity.submission_ids):
        raise ValueError("the identity's submission ids differ from the submissions given")
    if len(set(ids)) != len(ids) or not all(is_identifier(i) for i in ids):
        raise ValueError("submission ids must be identifiers, each given once")
    if len(ids) > MAX_SUBMISSIONS:
        raise ValueError(f"more than {MAX_SUBMISSIONS} submissions")


def write_score_sheet(
    path: str | os.PathLike[str],
    identity: SheetIdentity,
    rubric: Rubric,
    submissions: Sequence[SheetSubmission],
    *,
    lang: str = "en",
) -> None:
    """Write the score sheet of one juror to ``path`` (atomically)."""
    _check_arguments(identity, rubric, submissions)
    lang = lang if lang in TEXTS else "en"
    words = texts(lang)
    identity = replace(
        identity,
        event_title=clean_text(identity.event_title or ""),
        juror_name=clean_text(identity.juror_name or ""),
    )
    subs = [
        SheetSubmission(s.id, clean_text(s.title or ""), clean_text(s.track or ""))
        for s in submissions
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = words["scores_sheet"]
    header_row = _write_heading(ws, identity, rubric, words, lang)
    layout = build_layout(rubric, lang, header_row)
    _write_rubric_sheet(wb.create_sheet(words["rubric_sheet"]), rubric, words, lang)
    hidden = wb.create_sheet(HIDDEN_SHEET)
    value_lists = _write_hidden(hidden, identity, layout, subs, rubric)
    _write_table(ws, layout, subs, words, value_lists)

    for sheet in (ws, hidden, wb[words["rubric_sheet"]]):
        sheet.protection.sheet = True
        sheet.protection.formatColumns = False  # jurors may widen columns and rows
        sheet.protection.formatRows = False
    hidden.sheet_state = "hidden"  # LibreOffice turns "veryHidden" into "hidden" anyway
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    wb.properties.creator = "imIN Desktop"
    wb.properties.title = words["heading"].format(event=identity.event_title)
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _write_heading(
    ws: Any, identity: SheetIdentity, rubric: Rubric, words: Mapping[str, str], lang: str
) -> int:
    """The block above the table; returns the header row of the table."""
    lines = [
        words["heading"].format(event=identity.event_title),
        words["juror"].format(name=identity.juror_name, id=identity.juror_id),
        words["rubric"].format(
            title=clean_text(rubric.display_title(lang)), hash=identity.rubric_hash[:19] + "…"
        ),
        "",
        words["how"],
        *(words[f"how_{i}"] for i in range(1, 6)),
        "",
    ]
    for row, line in enumerate(lines, start=1):
        _put_text(ws, row, 1, line)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A5"].font = Font(bold=True)
    return len(lines) + 1


def _write_hidden(
    ws: Any,
    identity: SheetIdentity,
    layout: Layout,
    subs: Sequence[SheetSubmission],
    rubric: Rubric,
) -> dict[str, str]:
    """The key/value rows, then one ``values`` row per criterion; returns their ranges."""
    rows = hidden_rows(identity, layout, subs)
    for r, items in enumerate(rows, start=1):
        for c, text in enumerate(items, start=1):
            _put_text(ws, r, c, text)
    ranges: dict[str, str] = {}
    for r, criterion in enumerate(rubric.criteria, start=len(rows) + 1):
        _put_text(ws, r, 1, "values")
        _put_text(ws, r, 2, criterion.key)
        values = criterion.scale.values()
        for c, value in enumerate(values, start=3):
            ws.cell(row=r, column=c, value=int(value) if value == int(value) else float(value))
        last = get_column_letter(2 + len(values))
        ranges[criterion.key] = f"{HIDDEN_SHEET}!$C${r}:${last}${r}"
    return ranges


def _write_table(
    ws: Any,
    layout: Layout,
    subs: Sequence[SheetSubmission],
    words: Mapping[str, str],
    value_lists: Mapping[str, str],
) -> None:
    top, last = layout.first_row, layout.first_row + len(subs) - 1
    for col in layout.columns:
        cell = _put_text(ws, layout.header_row, col.index, col.header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        ws.column_dimensions[col.letter].width = WIDTHS[col.role]
    ws.row_dimensions[layout.header_row].height = 48
    for i, sub in enumerate(subs):
        row = top + i
        for col in layout.columns:
            if col.role in LOCKED_ROLES:
                text = {"id": sub.id, "title": sub.title, "track": sub.track}[col.role]
                _put_text(ws, row, col.index, text).alignment = WRAP
                continue
            cell = ws.cell(row=row, column=col.index)
            cell.protection = UNLOCKED
            cell.fill = INPUT_FILL
            if col.role in ("comment", "criterion_comment"):
                cell.number_format = "@"  # typed "=..." or "-..." stays text
                cell.alignment = WRAP
    if subs:
        yes_no = f'"{words["yes"]},{words["no"]}"'
        for col in layout.columns:
            if col.role in ("score", "gate", "conflict", "status"):
                dv = _validation(col, words, value_lists, yes_no)
                ws.add_data_validation(dv)
                dv.add(f"{col.letter}{top}:{col.letter}{last}")
    ws.freeze_panes = f"D{top}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _validation(
    col: Column, words: Mapping[str, str], value_lists: Mapping[str, str], yes_no: str
) -> DataValidation:
    if col.role == "score" and col.scale is not None:
        formula = value_lists[col.key]
        message = words["pick_score"].format(
            min=decimal_text(col.scale.min),
            max=decimal_text(col.scale.max),
            step=decimal_text(col.scale.step),
        )
    elif col.role == "status":
        formula, message = f'"{",".join(STATUS_WORDS)}"', words["pick_status"]
    else:
        formula, message = yes_no, words["pick_yes_no"]
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=words["refused"][:32],
        error=message[:225],
        showInputMessage=True,
        promptTitle=col.header.split("\n")[0][:32],
        prompt=message[:255],
    )


def _write_rubric_sheet(ws: Any, rubric: Rubric, words: Mapping[str, str], lang: str) -> None:
    _put_text(ws, 1, 1, clean_text(rubric.display_title(lang))).font = Font(bold=True, size=14)
    _put_text(ws, 2, 1, words[f"total_{rubric.total}"])
    heads = ["r_criterion", "r_key", "r_weight", "r_scale", "r_comment_required"]
    heads += ["r_description", "r_levels"]
    for c, head in enumerate(heads, start=1):
        cell = _put_text(ws, 4, c, words[head])
        cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, WRAP
    for letter, width in zip("ABCDEFG", (28, 18, 10, 18, 14, 60, 60), strict=True):
        ws.column_dimensions[letter].width = width
    row = 5
    for criterion in rubric.criteria:
        levels = "\n".join(
            f"{decimal_text(lv.value)} — {localized(lv.label, lang)}" for lv in criterion.levels
        )
        scale = words["r_scale_value"].format(
            min=decimal_text(criterion.scale.min),
            max=decimal_text(criterion.scale.max),
            step=decimal_text(criterion.scale.step),
        )
        cells = [
            criterion.title(lang),
            criterion.key,
            decimal_text(criterion.weight),
            scale,
            words["yes"] if criterion.comment_required else words["no"],
            localized(criterion.description, lang),
            levels,
        ]
        for c, text in enumerate(cells, start=1):
            _put_text(ws, row, c, clean_text(text)).alignment = WRAP
        row += 1
    if rubric.gates:
        row += 1
        _put_text(ws, row, 1, words["r_gates"]).font = Font(bold=True)
        for c, head in enumerate(("r_question", "r_key"), start=1):
            cell = _put_text(ws, row + 1, c, words[head])
            cell.font, cell.fill = Font(bold=True), HEADER_FILL
        for r, gate in enumerate(rubric.gates, start=row + 2):
            _put_text(
                ws, r, 1, clean_text(localized(gate.label, lang) or gate.key)
            ).alignment = WRAP
            _put_text(ws, r, 2, gate.key)
