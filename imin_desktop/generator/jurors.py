"""Generated jurors (``J01`` …) and the juror lists a coordinator imports."""

from __future__ import annotations

import csv
import io
import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from imin_desktop.generator.archives import write_file
from imin_desktop.generator.listing import workbook_bytes
from imin_desktop.generator.people import random_person

JUROR_COLUMNS = ("id", "name", "email")
MAX_JURORS = 5000  # far below the number of distinct names, so drawing always ends


@dataclass(frozen=True)
class GeneratedJuror:
    id: str
    name: str
    email: str
    organisation: str


def juror_id(number: int, count: int) -> str:
    """``J01`` …: zero-padded to at least two digits, more when ``count`` needs them."""
    return f"J{number:0{max(2, len(str(count)))}d}"


def generate_jurors(count: int, seed: int) -> list[GeneratedJuror]:
    """``count`` jurors with distinct Portuguese names and e-mail addresses."""
    if not 0 <= count <= MAX_JURORS:
        raise ValueError(f"count must lie between 0 and {MAX_JURORS}")
    rng = random.Random(f"jurors:{seed}")
    emails: set[str] = set()
    names: set[str] = set()
    jurors: list[GeneratedJuror] = []
    while len(jurors) < count:
        person = random_person(rng, emails)
        if person.name in names:
            continue
        names.add(person.name)
        number = len(jurors) + 1
        jurors.append(
            GeneratedJuror(juror_id(number, count), person.name, person.email, person.organisation)
        )
    return jurors


def _rows(jurors: Sequence[GeneratedJuror]) -> list[list[str]]:
    return [[j.id, j.name, j.email] for j in jurors]


def write_jurors_csv(jurors: Sequence[GeneratedJuror], path: str | os.PathLike[str]) -> Path:
    """Columns ``id, name, email``; UTF-8 without BOM, comma-separated, CRLF rows."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(JUROR_COLUMNS)
    writer.writerows(_rows(jurors))
    return write_file(path, text.getvalue().encode("utf-8"))


def write_jurors_xlsx(jurors: Sequence[GeneratedJuror], path: str | os.PathLike[str]) -> Path:
    """One sheet ``Jurors`` with columns ``id, name, email``, header in row 1."""
    return write_file(path, workbook_bytes("Jurors", JUROR_COLUMNS, _rows(jurors)))
