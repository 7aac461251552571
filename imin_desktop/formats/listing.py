"""Submission listings: one submission per row of a ``.csv`` or ``.xlsx``.

Columns ``id, title, track, summary, team, attachments``; any other column goes to the
submission's ``fields``. ``team`` is ``Name <email> (Organisation); …``; ``attachments``
holds ``;``-separated paths relative to the listing's folder.
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from imin_desktop.domain.errors import InputError
from imin_desktop.formats.base import Node, read_bytes, utf8_error_location

LISTING_SUFFIXES = (".csv", ".xlsx")
KNOWN = ("id", "title", "track", "summary", "team", "attachments")
MAX_ROWS = 100_000
MAX_LISTING_BYTES = 256 * 1024 * 1024

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
    people: list[dict[str, str]] = []
    for part in (p for p in text.split(";") if p.strip()):
        match = _PERSON.match(part)
        if match is None:
            raise node.error(f"{part.strip()!r} is not 'Name <email> (Organisation)'")
        person = {"name": match["name"].strip()}
        if match["email"]:
            person["email"] = match["email"].strip()
        if match["org"]:
            person["organisation"] = match["org"].strip()
        people.append(person)
    return tuple(people)


def _field_value(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip()
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


def csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    data = read_bytes(path, MAX_LISTING_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), utf8_error_location(data, exc), "text is not UTF-8") from None
    dialect: Any
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1):
            yield number, list(row)
    except csv.Error as exc:
        raise InputError(str(path), "", f"not a readable CSV file: {exc}") from None


def xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise InputError(str(path), "", f"not a readable xlsx workbook ({exc})") from None
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row)
    finally:
        book.close()


def read_listing(path: Path) -> Iterator[ListingRow]:
    from imin_desktop.formats.package import Manifest, check_relative_path

    rows = csv_rows(path) if path.suffix.lower() == ".csv" else xlsx_rows(path)
    header: list[str] | None = None
    for number, raw in rows:
        if number > MAX_ROWS:
            raise InputError(str(path), f"row {number}", f"more than {MAX_ROWS} rows")
        if header is None:
            header = [str(h).strip().lower() if h is not None else "" for h in raw]
            for required in ("id", "title"):
                if required not in header:
                    raise InputError(str(path), "row 1", f"the column {required!r} is missing")
            dupes = {h for h in header if h and header.count(h) > 1}
            if dupes:
                raise InputError(str(path), "row 1", f"column {sorted(dupes)[0]!r} appears twice")
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

        title = cell("title").string(allow_empty=False, max_len=2000)
        team = parse_team_cell(cell("team").value, cell("team"))
        attachments = []
        for part in (p.strip() for p in cell("attachments").value.split(";")):
            if part:
                node = Node(str(path), f"{loc} / attachments", part)
                attachments.append((check_relative_path(node), "", node))
        fields = {
            h: _field_value(v) for h, v in values.items() if h not in KNOWN and v not in (None, "")
        }
        yield ListingRow(
            where,
            Manifest(
                id=sub_id,
                title=title,
                track=cell("track").string(max_len=500),
                summary=cell("summary").string(),
                team=team,
                fields=fields,
                attachments=tuple(attachments),
            ),
        )
    if header is None:
        raise InputError(str(path), "", "the listing is empty")


def table_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """Numbered rows of a ``.csv`` (UTF-8) or the first sheet of an ``.xlsx``."""
    if path.suffix.lower() == ".csv":
        return csv_rows(path)
    if path.suffix.lower() == ".xlsx":
        return xlsx_rows(path)
    raise InputError(str(path), "", "expected a .csv or .xlsx file")
