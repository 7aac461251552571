"""Listings: one submission per row in ``.csv`` or ``.xlsx``, attachments in sub-folders.

Layout written into ``folder``::

    listing.csv | listing.xlsx
    SUB-001/pitch.pdf
    SUB-001/media/cover.png
    ...

Columns, in order: ``id, title, track, summary, team, attachments``, then one column per
field (``trl, budget_eur, website, gender_balance_distance``). ``attachments`` holds
``;``-separated paths relative to the listing's folder, always with ``/``.

The **team cell** lists the members separated by ``;``, each written
``Name <email> (Organisation)``::

    Ana Sousa <ana.sousa@uc.example> (ULS Coimbra); João Brás <joao.bras@hsm.example> (HSM)

Grammar (whitespace around every part is ignored; empty members are skipped)::

    team   = member *( ";" member )
    member = name [ "<" email ">" ] [ "(" organisation ")" ]

- ``name``: required; holds none of ``; < > ( )``.
- ``email``: optional; holds none of ``; < >`` and no white space.
- ``organisation``: optional; holds none of ``; ( )`` and must end the member.

``parse_team_cell`` is the reference implementation; ``docs/formats-listing-team.md``
describes the same syntax for the importer.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from imin_desktop.generator.archives import normalise_zip, write_file
from imin_desktop.generator.people import GeneratedPerson
from imin_desktop.generator.submissions import FieldValue, GeneratedSubmission

LISTING_CSV = "listing.csv"
LISTING_XLSX = "listing.xlsx"
BASE_COLUMNS = ("id", "title", "track", "summary", "team", "attachments")

_MEMBER = re.compile(
    r"\s*(?P<name>[^;<>()]*?)\s*"
    r"(?:<(?P<email>[^;<>\s]*)>\s*)?"
    r"(?:\((?P<organisation>[^;()]*)\)\s*)?"
)

# openpyxl stamps docProps/core.xml with the clock; pin it for reproducible files.
_CORE_TIMES = (
    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
    r"\g<1>2026-01-01T00:00:00Z\g<2>",
)


def format_team_cell(team: Iterable[GeneratedPerson]) -> str:
    """``Name <email> (Organisation); ...`` (see the module docstring for the grammar)."""
    for person in team:
        if (
            re.search(r"[;<>()]", person.name)
            or re.search(r"[;<>\s]", person.email)
            or re.search(r"[;()]", person.organisation)
        ):
            raise ValueError(f"{person} cannot be written in a team cell")
    return "; ".join(f"{p.name} <{p.email}> ({p.organisation})" for p in team)


def parse_team_cell(text: str) -> list[dict[str, str]]:
    """The members of a team cell: ``{"name", "email", "organisation"}`` dicts, with
    ``email`` and ``organisation`` present only when the cell gives them (as in
    ``submission.json``). Raises ``ValueError`` naming a member that breaks the grammar.
    """
    members = []
    for part in text.split(";"):
        if not part.strip():
            continue
        match = _MEMBER.fullmatch(part)
        if match is None or not match["name"]:
            raise ValueError(f"team member {part.strip()!r} is not 'Name <email> (Organisation)'")
        member = {"name": match["name"]}
        if match["email"]:
            member["email"] = match["email"]
        if match["organisation"] and match["organisation"].strip():
            member["organisation"] = match["organisation"].strip()
        members.append(member)
    return members


def field_columns(subs: Sequence[GeneratedSubmission]) -> list[str]:
    """Every field name, in first-seen order."""
    columns: dict[str, None] = {}
    for sub in subs:
        columns.update(dict.fromkeys(sub.fields))
    return list(columns)


def _attachment_paths(sub: GeneratedSubmission) -> list[str]:
    return [f"{sub.id}/{attachment.path}" for attachment in sub.attachments]


def _rows(subs: Sequence[GeneratedSubmission]) -> tuple[list[str], list[list[FieldValue]]]:
    fields = field_columns(subs)
    rows: list[list[FieldValue]] = []
    for sub in subs:
        row: list[FieldValue] = [
            sub.id,
            sub.title,
            sub.track,
            sub.summary,
            format_team_cell(sub.team),
            ";".join(_attachment_paths(sub)),
        ]
        row.extend(sub.fields.get(name, "") for name in fields)
        rows.append(row)
    return [*BASE_COLUMNS, *fields], rows


def _write_attachments(subs: Sequence[GeneratedSubmission], folder: Path) -> None:
    for sub in subs:
        for path, data in sub.attachment_files():
            write_file(folder / sub.id / path, data)


def write_listing_csv(subs: Sequence[GeneratedSubmission], folder: str | os.PathLike[str]) -> Path:
    """``folder/listing.csv`` (UTF-8 without BOM, comma-separated, CRLF rows, quoted as needed)
    plus every attachment; returns the listing's path."""
    folder = Path(folder)
    header, rows = _rows(subs)
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(rows)
    _write_attachments(subs, folder)
    return write_file(folder / LISTING_CSV, text.getvalue().encode("utf-8"))


def write_listing_xlsx(subs: Sequence[GeneratedSubmission], folder: str | os.PathLike[str]) -> Path:
    """``folder/listing.xlsx`` (one sheet, header in row 1, numbers stored as numbers) plus
    every attachment; returns the listing's path."""
    folder = Path(folder)
    header, rows = _rows(subs)
    _write_attachments(subs, folder)
    return write_file(folder / LISTING_XLSX, workbook_bytes("Submissions", header, rows))


def workbook_bytes(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A one-sheet workbook, byte-identical for the same cells."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalise_zip(buffer.getvalue(), {"docProps/core.xml": _CORE_TIMES})
