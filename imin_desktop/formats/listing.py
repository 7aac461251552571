"""Submission listings: one submission per row of a ``.csv`` or ``.xlsx``.

Columns ``id, title, track, summary, team, attachments``; any other column goes to the
submission's ``fields``. ``team`` is ``Name <email> (Organisation); …``; ``attachments``
holds ``;``-separated paths relative to the listing's folder.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.text import _
from imin_desktop.formats.base import Node, control_character_problem, utf8_error_location
from imin_desktop.formats.limits import (
    MAX_FIELD_TEXT,
    MAX_FIELDS,
    MAX_PERSON_TEXT,
    MAX_SUMMARY,
    MAX_TEAM,
    MAX_TITLE,
    MAX_TRACK,
)
from imin_desktop.formats.workbook import WorkbookLimits, open_sheet, open_workbook, sheet_rows

LISTING_SUFFIXES = (".csv", ".xlsx")
KNOWN = ("id", "title", "track", "summary", "team", "attachments")
MAX_ROWS = 100_000
"""Rows of a listing or juror list, the header included."""
MAX_COLUMNS = len(KNOWN) + MAX_FIELDS
"""Columns of a table: the known ones and one per field."""
MAX_LISTING_BYTES = 64 * 1024 * 1024
"""Size of a ``.csv`` or ``.xlsx`` table."""
MAX_ROW_CHARS = 4 * 1024 * 1024
"""Characters of one CSV row (its lines together, when a quoted cell holds line breaks)."""
TABLE_WORKBOOK = WorkbookLimits(
    max_file=MAX_LISTING_BYTES,
    max_rows=MAX_ROWS,
    max_row_cells=16_384,  # Excel's own width: a row styled to its end is still a table
    max_cells=1_000_000,
    max_elements=4_000_000,
)

_PERSON = re.compile(
    r"^\s*(?P<name>[^<>()]+?)\s*(?:<(?P<email>[^<>]*)>)?\s*(?:\((?P<org>[^()]*)\))?\s*$"
)
_INT = re.compile(r"^[+-]?\d{1,18}$")
_CODE = re.compile(r"^(\+|-?0\d)")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")


@dataclass(frozen=True)
class ListingRow:
    location: str
    manifest: Any  # package.Manifest, built lazily to avoid an import cycle


def parse_team_cell(text: str, node: Node) -> tuple[dict[str, str], ...]:
    node.string(max_len=MAX_TEAM * (3 * MAX_PERSON_TEXT + 10))
    people: list[dict[str, str]] = []
    parts = [p for p in text.split(";") if p.strip()]
    if len(parts) > MAX_TEAM:
        raise node.error(f"more than {MAX_TEAM} team members")
    for part in parts:
        match = _PERSON.match(part)
        if match is None:
            raise node.error(f"{part.strip()!r} is not 'Name <email> (Organisation)'")
        person = {"name": match["name"].strip()}
        if any(len(v or "") > MAX_PERSON_TEXT for v in match.groupdict().values()):
            raise node.error(f"a name, e-mail or organisation longer than {MAX_PERSON_TEXT}")
        if match["email"]:
            person["email"] = match["email"].strip()
        if match["org"]:
            person["organisation"] = match["org"].strip()
        people.append(person)
    return tuple(people)


def _field_value(value: Any, node: Node | None = None) -> Any:
    if isinstance(value, str):
        text = value.strip()
        if node is not None:
            Node(node.file, node.location, text).string(max_len=MAX_FIELD_TEXT)
        if _CODE.match(text):  # 0123, +351 912 ...: a code or phone number, not a quantity
            return text
        if _INT.match(text):
            return int(text)
        if _FLOAT.match(text) and math.isfinite(number := float(text)):
            return number
        return text
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(str(path), "", _("file not found")) from None
    except OSError as exc:
        raise InputError(str(path), "", f"cannot be read ({exc.strerror})") from None
    if size > MAX_LISTING_BYTES:
        raise InputError(
            str(path), "", f"file is {size} bytes, more than the limit of {MAX_LISTING_BYTES}"
        )


def _utf8_problem_at(path: Path) -> str:
    """Where a file that failed to decode stops being UTF-8 (line and byte)."""
    data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return utf8_error_location(data, exc)
    return ""


def csv_rows(path: Path) -> Generator[tuple[int, list[Any]], None, None]:
    """Numbered rows of a UTF-8 ``.csv`` (a byte-order mark is allowed: spreadsheet programs
    write one), read a line at a time so no row may grow without bound."""
    _check_size(path)
    try:
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(str(path), "", f"cannot be read ({exc.strerror})") from None
    number = 0
    with handle:
        row_chars = 0

        def lines() -> Iterator[str]:
            nonlocal row_chars
            while line := handle.readline(MAX_ROW_CHARS + 1):
                row_chars += len(line)
                if row_chars > MAX_ROW_CHARS:
                    raise InputError(
                        str(path),
                        f"row {number + 1}",
                        f"the row is longer than {MAX_ROW_CHARS} characters",
                    )
                yield line

        dialect: Any
        try:
            sample = handle.read(4096)
            handle.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            for row in csv.reader(lines(), dialect):
                number += 1
                row_chars = 0
                yield number, list(row[: MAX_COLUMNS + 1])
        except UnicodeDecodeError:
            raise InputError(str(path), _utf8_problem_at(path), "text is not UTF-8") from None
        except csv.Error as exc:
            raise InputError(
                str(path), f"row {number + 1}", f"not a readable CSV file: {exc}"
            ) from None


def xlsx_rows(path: Path) -> Generator[tuple[int, list[Any]], None, None]:
    """Numbered rows of the first sheet of an ``.xlsx`` (formulas give their cached values)."""
    book = open_workbook(path, str(path), TABLE_WORKBOOK, data_only=True)
    try:
        sheet = open_sheet(book, 0, str(path), TABLE_WORKBOOK)
        if sheet is None:
            raise InputError(str(path), "", "the first sheet is not a worksheet")
        for number, row in enumerate(sheet_rows(sheet, MAX_COLUMNS + 1), start=1):
            yield number, list(row)
    finally:
        book.close()


def check_header(path: Path, raw: list[Any], required: tuple[str, ...]) -> list[str]:
    """The lower-cased column names of a header row, refused when a required one is missing,
    one appears twice or there are too many."""
    while raw and (raw[-1] is None or not str(raw[-1]).strip()):
        raw = raw[:-1]
    header = [str(h).strip().lower() if h is not None else "" for h in raw]
    if len(raw) > MAX_COLUMNS:
        raise InputError(str(path), "row 1", f"more than {MAX_COLUMNS} columns")
    for name in header:
        if (problem := control_character_problem(name)) is not None:
            raise InputError(str(path), "row 1", f"the column name {name!r}: {problem}"[:300])
    for name in required:
        if name not in header:
            raise InputError(str(path), "row 1", f"the column {name!r} is missing")
    dupes = {h for h in header if h and header.count(h) > 1}
    if dupes:
        raise InputError(str(path), "row 1", f"column {sorted(dupes)[0]!r} appears twice")
    return header


def read_listing(path: Path) -> Iterator[ListingRow]:
    from imin_desktop.formats.package import Manifest, check_relative_path

    rows = csv_rows(path) if path.suffix.lower() == ".csv" else xlsx_rows(path)
    header: list[str] | None = None
    for number, raw in rows:
        if number > MAX_ROWS:
            raise InputError(str(path), f"row {number}", f"more than {MAX_ROWS} rows")
        if header is None:
            header = check_header(path, raw, ("id", "title"))
            continue
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw):
            continue
        values = {h: raw[i] if i < len(raw) else None for i, h in enumerate(header) if h}
        where = f"row {number}"
        raw_id = values.get("id")
        id_node = Node(
            str(path), f"{where} / id", raw_id.strip() if isinstance(raw_id, str) else raw_id
        )
        if isinstance(id_node.value, (int, float)):
            id_node = Node(str(path), f"{where} / id", str(_field_value(id_node.value)))
        sub_id = id_node.identifier()
        loc = f"{where} / {sub_id}"

        def cell(name: str, loc: str = loc, values: dict[str, Any] = values) -> Node:
            value = values.get(name)
            return Node(str(path), f"{loc} / {name}", "" if value is None else str(value))

        title = cell("title").string(allow_empty=False, max_len=MAX_TITLE)
        team = parse_team_cell(cell("team").value, cell("team"))
        attachments = []
        for part in (p.strip() for p in cell("attachments").value.split(";")):
            if part:
                node = Node(str(path), f"{loc} / attachments", part)
                attachments.append((check_relative_path(node), "", node))
        fields = {
            h: _field_value(v, Node(str(path), f"{loc} / {h}", v))
            for h, v in values.items()
            if h not in KNOWN and v not in (None, "")
        }
        yield ListingRow(
            where,
            Manifest(
                id=sub_id,
                title=title,
                track=cell("track").string(max_len=MAX_TRACK),
                summary=cell("summary").string(max_len=MAX_SUMMARY),
                team=team,
                fields=fields,
                attachments=tuple(attachments),
            ),
        )
    if header is None:
        raise InputError(str(path), "", "the listing is empty")


def table_rows(path: Path) -> Generator[tuple[int, list[Any]], None, None]:
    """Numbered rows of a ``.csv`` (UTF-8) or the first sheet of an ``.xlsx``."""
    if path.suffix.lower() == ".csv":
        return csv_rows(path)
    if path.suffix.lower() == ".xlsx":
        return xlsx_rows(path)
    raise InputError(str(path), "", "expected a .csv or .xlsx file")
