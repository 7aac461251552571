"""Juror lists: ``.csv`` or ``.xlsx`` with columns ``id, name`` and optionally ``email``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from imin_desktop.domain.errors import InputError
from imin_desktop.formats.base import Node
from imin_desktop.formats.listing import table_rows


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
        if header is None:
            header = [str(h).strip().lower() if h is not None else "" for h in raw]
            for required in ("id", "name"):
                if required not in header:
                    raise InputError(str(path), "row 1", f"the column {required!r} is missing")
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
                cell("name").string(allow_empty=False, max_len=500),
                cell("email").string(max_len=320),
            )
        )
    if header is None:
        raise InputError(str(path), "", "the juror list is empty")
    return out
