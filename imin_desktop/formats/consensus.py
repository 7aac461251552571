"""Consensus sheets: one row per submission × criterion, ``.csv`` (UTF-8) or ``.xlsx``.

Columns ``submission, criterion, score`` and optionally ``comment, minority_view,
rapporteur``. Read whole or refused whole: the first problem raises ``InputError`` naming the
row and column. Bounded: at most ``MAX_CONSENSUS_BYTES`` on disk and ``MAX_CONSENSUS_ROWS`` rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from imin_desktop.domain.consensus import MAX_COMMENT
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.formats.base import Node
from imin_desktop.formats.listing import table_rows

MAX_CONSENSUS_BYTES = 32 * 1024 * 1024
MAX_CONSENSUS_ROWS = 200_000
REQUIRED = ("submission", "criterion", "score")
OPTIONAL = ("comment", "minority_view", "rapporteur")


@dataclass(frozen=True)
class ConsensusRow:
    location: str
    submission: str
    criterion: str
    score: Decimal
    comment: str = ""
    minority_view: str = ""
    rapporteur: str | None = None


def _score(node: Node) -> Decimal:
    value = node.value
    if isinstance(value, bool):
        raise node.error("expected a number, found true/false")
    text = str(value).strip().replace(",", ".") if value is not None else ""
    if not text:
        raise node.error("is empty; every row needs a score")
    if len(text) > 40:
        raise node.error("is not a number")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise node.error(f"{text!r} is not a number") from None
    if not number.is_finite():
        raise node.error(f"{text!r} is not a number")
    return number


def read_consensus(path: Path) -> list[ConsensusRow]:
    """Every row of the sheet, or ``InputError`` on the first problem."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(str(path), "", "file not found") from None
    if size > MAX_CONSENSUS_BYTES:
        raise InputError(
            str(path), "", f"file is {size} bytes, more than the limit of {MAX_CONSENSUS_BYTES}"
        )
    header: list[str] | None = None
    out: list[ConsensusRow] = []
    seen: dict[tuple[str, str], str] = {}
    for number, raw in table_rows(path):
        if number > MAX_CONSENSUS_ROWS + 1:
            raise InputError(str(path), f"row {number}", f"more than {MAX_CONSENSUS_ROWS} rows")
        if header is None:
            header = [str(h).strip().lower() if h is not None else "" for h in raw]
            for required in REQUIRED:
                if required not in header:
                    raise InputError(str(path), "row 1", f"the column {required!r} is missing")
            dupes = sorted({h for h in header if h and header.count(h) > 1})
            if dupes:
                raise InputError(str(path), "row 1", f"column {dupes[0]!r} appears twice")
            continue
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw):
            continue
        values: dict[str, Any] = {
            h: raw[i] if i < len(raw) else None for i, h in enumerate(header) if h
        }

        def cell(name: str, number: int = number, values: dict[str, Any] = values) -> Node:
            value = values.get(name)
            if isinstance(value, float) and value.is_integer() and name != "score":
                value = int(value)
            text = value.strip() if isinstance(value, str) else value
            return Node(str(path), f"row {number} / {name}", text)

        def text(name: str) -> str:
            node = cell(name)
            return Node(
                node.file, node.location, "" if node.value is None else str(node.value)
            ).string(max_len=MAX_COMMENT)

        sub, crit = text("submission"), text("criterion")
        for name, value in (("submission", sub), ("criterion", crit)):
            if not is_identifier(value):
                raise cell(name).error(f"expected an identifier, found {value[:80]!r}")
        rapporteur = text("rapporteur") or None
        if rapporteur is not None and not is_identifier(rapporteur):
            raise cell("rapporteur").error(f"expected a juror id, found {rapporteur[:80]!r}")
        where = f"row {number}"
        if (sub, crit) in seen:
            raise InputError(
                str(path), where, f"{sub} / {crit} already appears in {seen[(sub, crit)]}"
            )
        seen[(sub, crit)] = where
        out.append(
            ConsensusRow(
                where, sub, crit, _score(cell("score")), text("comment"),
                text("minority_view"), rapporteur,
            )
        )  # fmt: skip
    if header is None:
        raise InputError(str(path), "", "the consensus sheet is empty")
    return out


class ConsensusSheetFormat:
    name = "consensus sheet"
    generic = True  # a table recognised by its header: asked after the specific formats

    def detect(self, path: Path, head: bytes) -> bool:
        from imin_desktop.formats.jurors import table_header
        from imin_desktop.formats.listing import LISTING_SUFFIXES

        if path.suffix.lower() not in LISTING_SUFFIXES or path.is_dir():
            return False
        return set(REQUIRED) <= set(table_header(path))

    def validate(self, path: Path) -> str:
        rows = read_consensus(path)
        submissions = len({r.submission for r in rows})
        return f"{len(rows)} consensus score(s) for {submissions} submission(s)"
