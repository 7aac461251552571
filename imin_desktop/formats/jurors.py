"""Juror lists: ``.csv`` or ``.xlsx`` with columns ``id, name`` and optionally ``email``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from imin_desktop.domain.errors import InputError
from imin_desktop.formats.base import Node
from imin_desktop.formats.limits import MAX_PERSON_TEXT
from imin_desktop.formats.listing import LISTING_SUFFIXES, MAX_ROWS, check_header, table_rows


@dataclass(frozen=True)
class JurorRow:
    id: str
    name: str
    email: str = ""


def read_jurors(path: Path) -> list[JurorRow]:
    header: list[str] | None = None
    out: list[JurorRow] = []
    seen: dict[str, int] = {}
    for number, raw in table_rows(path):
        if number > MAX_ROWS:
            raise InputError(str(path), f"row {number}", f"more than {MAX_ROWS} rows")
        if header is None:
            header = check_header(path, raw, ("id", "name"))
            continue
        if all(v is None or str(v).strip() == "" for v in raw):
            continue
        values = {h: raw[i] if i < len(raw) else None for i, h in enumerate(header) if h}

        def cell(name: str, number: int = number, values: dict[str, object] = values) -> Node:
            value = values.get(name)
            text = "" if value is None else str(value).strip()
            return Node(str(path), f"row {number} / {name}", text)

        juror_id = cell("id").identifier()
        if juror_id in seen:
            raise cell("id").error(f"juror {juror_id!r} already appears in row {seen[juror_id]}")
        seen[juror_id] = number
        out.append(
            JurorRow(
                juror_id,
                cell("name").string(allow_empty=False, max_len=MAX_PERSON_TEXT),
                cell("email").string(max_len=MAX_PERSON_TEXT),
            )
        )
    if header is None:
        raise InputError(str(path), "", "the juror list is empty")
    return out


def table_header(path: Path) -> list[str]:
    """The first row's column names of a ``.csv``/``.xlsx`` table, lower-cased, or nothing
    when it cannot be read (for detection)."""
    rows = table_rows(path)
    try:
        first = next(rows, None)
    except InputError:
        return []
    finally:
        rows.close()
    return [str(h).strip().lower() for h in first[1] if h is not None] if first else []


class JurorListFormat:
    name = "juror list"
    generic = True  # a table recognised by its header: asked after the specific formats

    def detect(self, path: Path, head: bytes) -> bool:
        if path.suffix.lower() not in LISTING_SUFFIXES or path.is_dir():
            return False
        header = table_header(path)
        return "id" in header and "name" in header and "title" not in header

    def validate(self, path: Path) -> str:
        jurors = read_jurors(path)
        with_email = sum(1 for j in jurors if j.email)
        return f"{len(jurors)} juror(s), {with_email} with an e-mail address"
