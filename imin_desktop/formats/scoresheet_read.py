"""Reading a filled score sheet back into review entries.

The hidden ``imin`` sheet is checked against its integrity hash, then the locked cells of the
Scores sheet against the hidden sheet, then every input cell against the grid the sheet was
written with. Every refusal is an ``InputError`` naming the cell (``Scores!D12``), the
submission and the score-file field; value problems are collected so that one error lists
them all (``ScoreSheetError.problems``).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.review import ReviewEntry, ReviewStatus
from imin_desktop.domain.rubric import Rubric, Scale
from imin_desktop.domain.text import _
from imin_desktop.formats.base import control_character_problem
from imin_desktop.formats.scoresheet_layout import (
    HIDDEN_SHEET,
    HIDDEN_WIDTH,
    LOCKED_ROLES,
    MAX_COLUMNS,
    MAX_HEADER_ROW,
    MAX_STEPS,
    MAX_SUBMISSIONS,
    Column,
    HiddenContent,
    Layout,
    SheetIdentity,
    SheetSubmission,
    decimal_text,
    parse_hidden,
)
from imin_desktop.formats.scoresheet_texts import NO_WORDS, YES_WORDS
from imin_desktop.formats.workbook import (
    CellValue,
    WorkbookLimits,
    open_sheet,
    open_workbook,
    sheet_cells,
)

MAX_SHEET_BYTES = 20 * 1024 * 1024
MAX_EXPANDED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 2000
ROOM_ROWS = 1_000
ROOM_COLUMNS = 64
#: A score sheet: one table of at most 5,000 submissions, its rubric and the hidden sheet.
SHEET_WORKBOOK = WorkbookLimits(
    max_file=MAX_SHEET_BYTES,
    max_parts=MAX_MEMBERS,
    max_part=MAX_EXPANDED_BYTES // 2,
    max_total=MAX_EXPANDED_BYTES,
)
#: The hidden sheet: a row per key, column and submission; a ``values`` row per criterion
#: holds every value of its scale (at most 1,001).
HIDDEN_LIMITS = replace(
    SHEET_WORKBOOK,
    max_rows=MAX_HEADER_ROW + MAX_COLUMNS + MAX_SUBMISSIONS + 200,
    max_row_cells=MAX_STEPS + 16,
    max_cells=400_000,
    max_elements=1_600_000,
)
MAX_LISTED_PROBLEMS = 20
_PLAIN_SHEET_NAME = re.compile(r"[^\W\d]\w*")


class ScoreSheetError(InputError):
    """A filled sheet refused for its values; ``problems`` lists every ``(cell, message)``."""

    def __init__(self, file: str, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        location, message = self.problems[0]
        rest = self.problems[1 : 1 + MAX_LISTED_PROBLEMS]
        if rest:
            more = len(self.problems) - 1
            listed = "; ".join(f"{loc}: {msg}" for loc, msg in rest)
            cut = "; …" if more > len(rest) else ""
            message += _(" (and {0} more: {1}{2})").format(more, listed, cut)
        super().__init__(file, location, message)


class _Bad(Exception):
    """One cell's value refused; collected into a ``ScoreSheetError``."""


def read_score_sheet(
    path: str | os.PathLike[str], rubric: Rubric | None = None
) -> tuple[SheetIdentity, list[ReviewEntry]]:
    """Read a filled score sheet: who it belongs to, and one entry per non-empty row.

    With ``rubric``, the sheet must have been made for exactly that rubric (same hash).
    Values are checked against the grid the sheet was written with either way.
    """
    file = str(path)
    book = open_workbook(Path(path), file, SHEET_WORKBOOK)
    try:
        hidden = open_sheet(book, HIDDEN_SHEET, file, HIDDEN_LIMITS)
        if hidden is None:
            raise InputError(
                file,
                "",
                _("not an imin score sheet: the workbook has no {0!r} sheet").format(HIDDEN_SHEET),
            )
        content = parse_hidden(file, _hidden_values(file, hidden))
        if rubric is not None:
            _check_rubric(file, content, rubric)
        layout = content.layout
        table = open_sheet(book, layout.sheet, file, _table_limits(layout, content.submissions))
        if table is None:
            raise InputError(
                file,
                content.locations["sheet"],
                _("the workbook has no sheet {0!r}; sheets must not be renamed or removed").format(
                    layout.sheet
                ),
            )
        cells, outside = _table_cells(file, layout, content.submissions, table)
        updated_at = _updated_at(book)
    except InputError:
        raise
    except Exception as exc:  # openpyxl raises many kinds of errors for broken parts
        detail = str(exc)[:200] or type(exc).__name__
        raise InputError(
            file, "", _("not a readable Excel workbook (.xlsx): {0}").format(detail)
        ) from None
    finally:
        book.close()
    _check_locked(file, layout, content.submissions, cells)
    if outside is not None:
        raise outside
    entries: list[ReviewEntry] = []
    problems: list[tuple[str, str]] = []
    for i, sub in enumerate(content.submissions):
        entry = _read_row(layout, layout.first_row + i, sub.id, cells, problems, updated_at)
        if entry is not None:
            entries.append(entry)
    if problems:
        raise ScoreSheetError(file, problems)
    return content.identity, entries


def _table_limits(layout: Layout, submissions: Sequence[SheetSubmission]) -> WorkbookLimits:
    """What the score table's worksheet may hold: the table, with room for a juror's stray
    formatting around it (rows below, columns to the right), and no more."""
    last_row = layout.first_row + len(submissions) - 1
    rows = last_row + ROOM_ROWS
    width = max(c.index for c in layout.columns) + ROOM_COLUMNS
    return replace(
        SHEET_WORKBOOK,
        max_rows=rows,
        max_row_cells=width,
        max_cells=rows * width,
        max_elements=4 * rows * width + 100_000,
    )


def _hidden_values(file: str, sheet: Any) -> dict[int, dict[int, Any]]:
    rows: dict[int, dict[int, Any]] = {}
    for r, c, cell in sheet_cells(sheet):
        if c > HIDDEN_WIDTH or cell.value is None:
            continue
        if cell.data_type == "f":
            raise InputError(
                file,
                f"{HIDDEN_SHEET}!{get_column_letter(c)}{r}",
                _("a formula where the hidden sheet holds text; the hidden sheet was changed"),
            )
        rows.setdefault(r, {})[c] = cell.value
    return rows


def _table_cells(
    file: str, layout: Layout, submissions: Sequence[SheetSubmission], sheet: Any
) -> tuple[dict[tuple[int, int], CellValue], InputError | None]:
    """The cells of the score table (header row to last submission row, table columns) and
    the refusal for the first value found outside it, if any; nothing else is kept."""
    in_table = {c.index for c in layout.columns}
    last_row = layout.first_row + len(submissions) - 1
    cells: dict[tuple[int, int], CellValue] = {}
    outside: InputError | None = None
    for r, c, cell in sheet_cells(sheet):
        if r < layout.header_row or cell.value is None:
            continue
        if c in in_table and r <= last_row:
            cells[r, c] = cell
            continue
        if outside is None and not (isinstance(cell.value, str) and not cell.value.strip()):
            outside = InputError(
                file,
                f"{sheet_ref(layout.sheet)}!{get_column_letter(c)}{r}",
                _("holds {0} outside the score table; rows and columns must not be added").format(
                    _shown(cell.value)
                ),
            )
    return cells, outside


def _check_rubric(file: str, content: HiddenContent, rubric: Rubric) -> None:
    if content.identity.rubric_hash != rubric.hash:
        raise InputError(
            file,
            content.locations["rubric_hash"],
            _(
                "the sheet was made for another version of the rubric ({0}); the event's rubric "
                "is {1}"
            ).format(content.identity.rubric_hash, rubric.hash),
        )
    layout = content.layout
    expected = (
        [(c.key, c.scale) for c in rubric.criteria],
        [c.key for c in rubric.criteria if c.comment_required],
        [g.key for g in rubric.gates],
    )
    found = (
        [(c.key, c.scale) for c in layout.of("score")],
        [c.key for c in layout.of("criterion_comment")],
        [c.key for c in layout.of("gate")],
    )
    if expected != found:
        raise InputError(
            file,
            HIDDEN_SHEET,
            _("the sheet's columns do not match the rubric's criteria and gates"),
        )


def sheet_ref(name: str) -> str:
    """A sheet name as a cell reference writes it: ``Scores``, ``'My sheet'``."""
    if _PLAIN_SHEET_NAME.fullmatch(name):
        return name
    return "'" + name.replace("'", "''") + "'"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _locked_text(cell: Any) -> str | None:
    """The text of a locked cell, or None when it holds something a writer never puts there."""
    if cell is None or cell.value is None:
        return ""
    if cell.data_type == "f" or not isinstance(cell.value, str):
        return None
    return str(cell.value)


def _check_locked(
    file: str,
    layout: Layout,
    submissions: Sequence[SheetSubmission],
    cells: Mapping[tuple[int, int], Any],
) -> None:
    ref = sheet_ref(layout.sheet)
    for col in layout.columns:
        found = cells.get((layout.header_row, col.index))
        if _locked_text(found) != col.header:
            raise InputError(
                file,
                f"{ref}!{col.letter}{layout.header_row} ({col.field})",
                _(
                    "the column header is {0}, the sheet was written with {1!r}; columns must not "
                    "be added, moved or removed"
                ).format(_shown(found.value if found is not None else None), col.header),
            )
    for i, sub in enumerate(submissions):
        row = layout.first_row + i
        for col in layout.columns:
            if col.role not in LOCKED_ROLES:
                continue
            expected = {"id": sub.id, "title": sub.title, "track": sub.track}[col.role]
            found = cells.get((row, col.index))
            if _locked_text(found) != expected:
                raise InputError(
                    file,
                    f"{ref}!{col.letter}{row} ({sub.id}, {col.field})",
                    _(
                        "the sheet was written with {0!r} in this locked cell, it now holds {1}; "
                        "locked cells must not be changed and rows must not be added, moved or "
                        "removed"
                    ).format(expected, _shown(found.value if found is not None else None)),
                )


def _read_row(
    layout: Layout,
    row: int,
    sid: str,
    cells: Mapping[tuple[int, int], Any],
    problems: list[tuple[str, str]],
    updated_at: str,
) -> ReviewEntry | None:
    ref = sheet_ref(layout.sheet)

    def where(col: Column) -> str:
        return f"{ref}!{col.letter}{row} ({sid}, {col.field})"

    scores: dict[str, Decimal] = {}
    criterion_comments: dict[str, str] = {}
    gates: dict[str, bool] = {}
    comment = ""
    conflict: bool | None = None
    status: ReviewStatus | None = None
    start = len(problems)
    for col in layout.columns:
        if col.role in LOCKED_ROLES:
            continue
        cell = cells.get((row, col.index))
        try:
            if col.role == "score" and col.scale is not None:
                if (number := _score(cell, col.scale)) is not None:
                    scores[col.key] = number
            elif col.role == "criterion_comment":
                if text := _text(cell):
                    criterion_comments[col.key] = text
            elif col.role == "comment":
                comment = _text(cell)
            elif col.role == "gate":
                if (answer := _yes_no(cell)) is not None:
                    gates[col.key] = answer
            elif col.role == "conflict":
                conflict = _yes_no(cell)
            elif col.role == "status":
                status = _status(cell)
        except _Bad as bad:
            problems.append((where(col), str(bad)))
    if len(problems) > start:
        return None
    if not (scores or criterion_comments or gates or comment or conflict or status):
        return None
    if conflict:
        for col in layout.of("score"):
            if col.key in scores:
                problems.append(
                    (
                        where(col),
                        _(
                            "a submission with a declared conflict of interest carries "
                            "no scores: empty this cell or set the conflict to no"
                        ),
                    )
                )
    elif status == "final":
        _check_final(layout, scores, criterion_comments, gates, where, problems)
    if len(problems) > start:
        return None
    return ReviewEntry(
        submission_id=sid,
        status=status or "draft",
        conflict=bool(conflict),
        scores=scores,
        gates=gates,
        comment=comment,
        criterion_comments=criterion_comments,
        updated_at=updated_at,
    )


def _check_final(
    layout: Layout,
    scores: Mapping[str, Decimal],
    criterion_comments: Mapping[str, str],
    gates: Mapping[str, bool],
    where: Callable[[Column], str],
    problems: list[tuple[str, str]],
) -> None:
    for col in layout.columns:
        if col.role == "score" and col.key not in scores:
            message = _(
                "a final review scores every criterion: pick a score or set the status to draft"
            )
        elif col.role == "criterion_comment" and col.key not in criterion_comments:
            message = _("the rubric requires a comment on this criterion in a final review")
        elif col.role == "gate" and col.key not in gates:
            message = _("a final review answers every yes/no question")
        else:
            continue
        problems.append((where(col), message))


def _plain(cell: Any) -> Any:
    """The cell's value, refusing formulas and error values."""
    if cell is None:
        return None
    if cell.data_type == "f":
        raise _Bad(
            _(
                "is a formula; type a plain value (text that starts with =, +, - or @ needs an "
                "apostrophe ' in front)"
            )
        )
    if cell.data_type == "e":
        raise _Bad(_("holds the error value {0}").format(_shown(cell.value)))
    value = cell.value
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _score(cell: Any, scale: Scale) -> Decimal | None:
    value = _plain(cell)
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Bad(_("is true/false, not a number"))
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Bad(_("is not a finite number"))
        number = Decimal(repr(value))
    elif isinstance(value, str):
        raise _Bad(
            _("is text ({0}), not a number; pick a value from the cell's list").format(
                _shown(value)
            )
        )
    else:
        raise _Bad(_("is a date or time, not a number; pick a value from the cell's list"))
    if (problem := scale.problem(number)) is not None:
        raise _Bad(problem)
    if number == number.to_integral_value():
        number = Decimal(int(number))
    return number


def _text(cell: Any) -> str:
    value = _plain(cell)
    if value is None:
        return ""
    if isinstance(value, str):
        if (problem := control_character_problem(value)) is not None:
            raise _Bad(problem)
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return decimal_text(Decimal(repr(value)))
    raise _Bad(_("is {0}, not text").format(_shown(value)))


def _yes_no(cell: Any) -> bool | None:
    value = _plain(cell)
    if value is None or isinstance(value, bool):
        return value
    word = value.strip().lower() if isinstance(value, str) else None
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise _Bad(_("is {0}; expected yes or no").format(_shown(value)))


def _status(cell: Any) -> ReviewStatus | None:
    value = _plain(cell)
    if value is None:
        return None
    word = value.strip().lower() if isinstance(value, str) else None
    if word == "draft":
        return "draft"
    if word == "final":
        return "final"
    raise _Bad(_("is {0}; the status is draft or final").format(_shown(value)))


def _updated_at(wb: Any) -> str:
    modified = getattr(wb.properties, "modified", None)
    if not isinstance(modified, datetime):
        modified = datetime.now(UTC)
    if modified.tzinfo is not None:
        modified = modified.astimezone(UTC)
    return modified.strftime("%Y-%m-%dT%H:%M:%SZ")
