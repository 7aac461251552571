"""Generated jurors and the juror lists written for import."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from imin_desktop.generator import generate_jurors, write_jurors_csv, write_jurors_xlsx


def test_juror_ids_are_zero_padded_to_two_digits() -> None:
    jurors = generate_jurors(9, seed=1)

    assert [j.id for j in jurors] == [f"J0{i}" for i in range(1, 10)]


def test_reference_panel_has_distinct_names_and_addresses() -> None:
    jurors = generate_jurors(120, seed=1)

    assert (jurors[0].id, jurors[-1].id) == ("J001", "J120")
    assert len({j.name for j in jurors}) == 120
    assert len({j.email for j in jurors}) == 120
    assert all(j.organisation for j in jurors)


def test_same_seed_gives_the_same_jurors() -> None:
    assert generate_jurors(20, seed=4) == generate_jurors(20, seed=4)
    assert generate_jurors(20, seed=4) != generate_jurors(20, seed=5)


def test_jurors_csv_reads_back(tmp_path: Path) -> None:
    jurors = generate_jurors(9, seed=2)

    path = write_jurors_csv(jurors, tmp_path / "jurors.csv")

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["id", "name", "email"]] + [[j.id, j.name, j.email] for j in jurors]


def test_jurors_xlsx_reads_back(tmp_path: Path) -> None:
    jurors = generate_jurors(9, seed=2)

    path = write_jurors_xlsx(jurors, tmp_path / "jurors.xlsx")

    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows == [["id", "name", "email"]] + [[j.id, j.name, j.email] for j in jurors]
