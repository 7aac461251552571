"""The score sheet's layout, its hidden ``imin`` sheet and its integrity hash.

``scoresheet.py`` writes and reads workbooks; this module holds what both sides must agree
on: which column holds what (``Layout``), the key/value rows of the hidden sheet, and the
integrity hash over the parts a juror must not change. The exact layout is documented in
``docs/formats-scoresheet.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from openpyxl.utils.cell import column_index_from_string, get_column_letter

from imin_desktop.domain.canonical import content_hash
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.domain.rubric import Scale
from imin_desktop.domain.text import _

FORMAT_NAME = "imin.scoresheet"
MAJOR = 1
FORMAT = f"{FORMAT_NAME}/{MAJOR}"
HIDDEN_SHEET = "imin"
MAX_SUBMISSIONS = 5000
MAX_COLUMNS = 400
MAX_STEPS = 1000
MAX_HEADER_ROW = 200
HIDDEN_WIDTH = 8
"""Columns A–H of the hidden sheet carry key/value rows; ``values`` rows run further right."""

Role = Literal[
    "id", "title", "track", "score", "criterion_comment", "gate", "comment", "conflict", "status"
]
ROLES: tuple[Role, ...] = (
    "id",
    "title",
    "track",
    "score",
    "criterion_comment",
    "gate",
    "comment",
    "conflict",
    "status",
)
LOCKED_ROLES: tuple[Role, ...] = ("id", "title", "track")
SINGLE_ROLES: tuple[Role, ...] = ("id", "title", "track", "comment", "conflict", "status")
IDENTITY_KEYS = ("event_id", "event_title", "juror_id", "juror_name", "kit_id", "rubric_hash")
_ID_KEYS = ("event_id", "juror_id", "kit_id")


@dataclass(frozen=True)
class SheetSubmission:
    """One assigned submission as the sheet shows it (a locked row)."""

    id: str
    title: str = ""
    track: str = ""


@dataclass(frozen=True)
class SheetIdentity:
    """What matches an imported sheet back to its event, juror, kit and rubric."""

    event_id: str
    event_title: str
    juror_id: str
    juror_name: str
    kit_id: str
    rubric_hash: str
    submission_ids: tuple[str, ...]


@dataclass(frozen=True)
class Column:
    """One column of the score table."""

    letter: str
    role: Role
    key: str = ""
    """The criterion key (``score``, ``criterion_comment``) or gate key (``gate``)."""
    header: str = ""
    scale: Scale | None = None
    """The allowed values of a ``score`` column."""

    @property
    def field(self) -> str:
        """The score-file field this column fills, as errors name it."""
        if self.role == "score":
            return f"scores.{self.key}"
        if self.role == "criterion_comment":
            return f"criterion_comments.{self.key}"
        if self.role == "gate":
            return f"gates.{self.key}"
        return self.role

    @property
    def index(self) -> int:
        return int(column_index_from_string(self.letter))


@dataclass(frozen=True)
class Layout:
    lang: str
    sheet: str
    header_row: int
    columns: tuple[Column, ...]

    @property
    def first_row(self) -> int:
        return self.header_row + 1

    def only(self, role: Role) -> Column:
        return next(c for c in self.columns if c.role == role)

    def of(self, role: Role) -> list[Column]:
        return [c for c in self.columns if c.role == role]


def decimal_text(value: Decimal) -> str:
    """``0``, ``5``, ``0.5``: the plain text of an exact number (no exponent, no trailing zero)."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def integrity_hash(
    identity: SheetIdentity, layout: Layout, submissions: Sequence[SheetSubmission]
) -> str:
    """``sha256:`` + hex SHA-256 of the canonical JSON of everything a juror must not change."""

    def scale(c: Column) -> dict[str, str]:
        if c.scale is None:
            return {"min": "", "max": "", "step": ""}
        return {k: decimal_text(getattr(c.scale, k)) for k in ("min", "max", "step")}

    document = {
        "format": FORMAT,
        "identity": {key: getattr(identity, key) for key in IDENTITY_KEYS},
        "layout": {
            "lang": layout.lang,
            "sheet": layout.sheet,
            "header_row": layout.header_row,
            "columns": [
                {"column": c.letter, "role": c.role, "key": c.key, "header": c.header, **scale(c)}
                for c in layout.columns
            ],
        },
        "submissions": [
            {"id": s.id, "row": layout.first_row + i, "title": s.title, "track": s.track}
            for i, s in enumerate(submissions)
        ],
    }
    return content_hash(document)


def hidden_rows(
    identity: SheetIdentity, layout: Layout, submissions: Sequence[SheetSubmission]
) -> list[list[str]]:
    """The key/value rows of the hidden sheet, as text, from row 1 down."""
    rows: list[list[str]] = [["format", FORMAT]]
    rows += [[key, getattr(identity, key)] for key in IDENTITY_KEYS]
    rows += [["lang", layout.lang], ["sheet", layout.sheet], ["header_row", str(layout.header_row)]]
    for c in layout.columns:
        row = ["column", c.letter, c.role, c.key, c.header]
        if c.scale is not None:
            row += [
                decimal_text(c.scale.min),
                decimal_text(c.scale.max),
                decimal_text(c.scale.step),
            ]
        rows.append(row)
    rows += [
        ["submission", s.id, str(layout.first_row + i), s.title, s.track]
        for i, s in enumerate(submissions)
    ]
    rows.append(["integrity", integrity_hash(identity, layout, submissions)])
    return rows


@dataclass(frozen=True)
class HiddenContent:
    """What the hidden sheet says, checked for shape and against its integrity hash."""

    identity: SheetIdentity
    layout: Layout
    submissions: tuple[SheetSubmission, ...]
    locations: Mapping[str, str]
    """Where each single key sits (``imin!B3``), for error messages."""


_LETTERS = re.compile(r"[A-Z]{1,3}")
_ROW_NUMBER = re.compile(r"[0-9]{1,7}")


class _HiddenReader:
    def __init__(self, file: str, rows: Mapping[int, Mapping[int, Any]]) -> None:
        self.file = file
        self.rows = rows

    def where(self, row: int, col: int = 2, what: str = "") -> str:
        place = f"{HIDDEN_SHEET}!{get_column_letter(col)}{row}"
        return f"{place} ({what})" if what else place

    def error(self, row: int, col: int, what: str, message: str) -> InputError:
        return InputError(self.file, self.where(row, col, what), message)

    def text(self, row: int, col: int, what: str) -> str:
        value = self.rows[row].get(col)
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise self.error(row, col, what, _("expected text; the hidden sheet was changed"))

    def parse(self) -> HiddenContent:
        singles: dict[str, tuple[str, int]] = {}
        column_rows: list[int] = []
        submission_rows: list[int] = []
        for r in sorted(self.rows):
            key = self.text(r, 1, "key")
            if key == "column":
                column_rows.append(r)
            elif key == "submission":
                submission_rows.append(r)
            elif key in ("format", *IDENTITY_KEYS, "lang", "sheet", "header_row", "integrity"):
                if key in singles:
                    raise self.error(r, 1, key, _("the key is given twice"))
                singles[key] = (self.text(r, 2, key), r)
        if "format" not in singles:
            raise InputError(self.file, HIDDEN_SHEET, _("not a score sheet: no format row"))
        fmt, fmt_row = singles["format"]
        name, _sep, version = fmt.partition("/")
        if name != FORMAT_NAME:
            raise self.error(
                fmt_row, 2, "format", _("is {0!r}, expected {1!r}").format(fmt, FORMAT)
            )
        if version != str(MAJOR):
            raise self.error(
                fmt_row,
                2,
                "format",
                _(
                    "version {0!r} of the score sheet is not known to this program (it reads /{1});"
                    " a newer program may have written it"
                ).format(version, MAJOR),
            )
        for key in (*IDENTITY_KEYS, "lang", "sheet", "header_row", "integrity"):
            if key not in singles:
                raise InputError(self.file, HIDDEN_SHEET, _("the key {0!r} is missing").format(key))
        value = {k: v for k, (v, _row) in singles.items()}
        locations = {k: self.where(r, 2, k) for k, (_v, r) in singles.items()}
        for key in _ID_KEYS:
            if not is_identifier(value[key]):
                raise self.error(singles[key][1], 2, key, _("is not an identifier"))
        if not _ROW_NUMBER.fullmatch(value["header_row"]) or not (
            1 <= int(value["header_row"]) <= MAX_HEADER_ROW
        ):
            raise self.error(singles["header_row"][1], 2, "header_row", _("is not a row number"))
        if not value["sheet"] or value["sheet"] == HIDDEN_SHEET:
            raise self.error(singles["sheet"][1], 2, "sheet", _("is not a sheet name"))
        header_row = int(value["header_row"])
        columns = self.columns(column_rows)
        layout = Layout(value["lang"], value["sheet"], header_row, columns)
        submissions = self.submissions(submission_rows, layout.first_row)
        identity = SheetIdentity(
            **{k: value[k] for k in IDENTITY_KEYS},
            submission_ids=tuple(s.id for s in submissions),
        )
        if integrity_hash(identity, layout, submissions) != value["integrity"]:
            raise InputError(
                self.file,
                locations["integrity"],
                _(
                    "the hidden sheet {0!r} was changed: its content no longer matches its "
                    "integrity hash; send the sheet as it was received, with only the shaded "
                    "cells filled in"
                ).format(HIDDEN_SHEET),
            )
        return HiddenContent(identity, layout, tuple(submissions), locations)

    def columns(self, rows: list[int]) -> tuple[Column, ...]:
        if len(rows) > MAX_COLUMNS:
            raise InputError(self.file, HIDDEN_SHEET, _("too many columns"))
        columns: list[Column] = []
        for r in rows:
            letter = self.text(r, 2, "column")
            role = self.text(r, 3, "column role")
            key = self.text(r, 4, "column key")
            header = self.text(r, 5, "column header")
            if not _LETTERS.fullmatch(letter) or any(c.letter == letter for c in columns):
                raise self.error(r, 2, "column", _("is not a column letter used once"))
            if role not in ROLES:
                raise self.error(r, 3, "column role", _("{0!r} is not a column role").format(role))
            keyed = role in ("score", "criterion_comment", "gate")
            if keyed != is_identifier(key) or (not keyed and key):
                raise self.error(r, 4, "column key", _("does not fit the column role"))
            if any(c.role == role and c.key == key for c in columns):
                raise self.error(r, 3, "column role", _("the column is given twice"))
            scale = self.scale(r) if role == "score" else None
            columns.append(Column(letter, role, key, header, scale))
        for role in SINGLE_ROLES:
            if sum(c.role == role for c in columns) != 1:
                raise InputError(self.file, HIDDEN_SHEET, _("no single {0!r} column").format(role))
        scored = {c.key for c in columns if c.role == "score"}
        if not scored:
            raise InputError(self.file, HIDDEN_SHEET, _("no score column"))
        for c in columns:
            if c.role == "criterion_comment" and c.key not in scored:
                raise InputError(
                    self.file, HIDDEN_SHEET, _("comment column for an unknown criterion")
                )
        return tuple(columns)

    def scale(self, r: int) -> Scale:
        try:
            lo, hi, step = (Decimal(self.text(r, c, "scale")) for c in (6, 7, 8))
            ok = lo.is_finite() and hi.is_finite() and step.is_finite() and hi > lo and step > 0
            ok = ok and (hi - lo) % step == 0 and (hi - lo) / step <= MAX_STEPS
        except (InvalidOperation, ArithmeticError):
            ok = False
        if not ok:
            raise self.error(r, 6, "scale", _("is not a scale (min, max, step)"))
        return Scale(lo, hi, step)

    def submissions(self, rows: list[int], first_row: int) -> list[SheetSubmission]:
        if len(rows) > MAX_SUBMISSIONS:
            raise InputError(self.file, HIDDEN_SHEET, _("too many submissions"))
        out: list[SheetSubmission] = []
        for i, r in enumerate(rows):
            sid = self.text(r, 2, "submission")
            if not is_identifier(sid) or any(s.id == sid for s in out):
                raise self.error(r, 2, "submission", _("is not a submission id used once"))
            if self.text(r, 3, "submission row") != str(first_row + i):
                raise self.error(r, 3, "submission row", _("rows are not in order"))
            out.append(SheetSubmission(sid, self.text(r, 4, "title"), self.text(r, 5, "track")))
        return out


def parse_hidden(file: str, rows: Mapping[int, Mapping[int, Any]]) -> HiddenContent:
    """Check and decode the hidden sheet's key/value rows (``{row: {column: value}}``)."""
    return _HiddenReader(file, rows).parse()
