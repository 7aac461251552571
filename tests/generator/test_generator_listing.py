"""Listings read back with csv and openpyxl; the team cell follows its documented grammar."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from imin_desktop.generator import (
    GeneratedPerson,
    GeneratedSubmission,
    format_team_cell,
    parse_team_cell,
    write_listing_csv,
    write_listing_xlsx,
)

HEADER = [
    "id", "title", "track", "summary", "team", "attachments",
    "trl", "budget_eur", "website", "gender_balance_distance",
]  # fmt: skip


def _team_dicts(sub: GeneratedSubmission) -> list[dict[str, str]]:
    return [p.to_json() for p in sub.team]


def test_csv_listing_reads_back_with_the_csv_module(
    tmp_path: Path, subs: list[GeneratedSubmission]
) -> None:
    path = write_listing_csv(subs, tmp_path)

    raw = path.read_bytes()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert rows[0] == HEADER
    for row, sub in zip(rows[1:], subs, strict=True):
        record = dict(zip(HEADER, row, strict=True))
        assert (record["id"], record["title"], record["summary"]) == (
            sub.id,
            sub.title,
            sub.summary,
        )
        assert parse_team_cell(record["team"]) == _team_dicts(sub)
        assert int(record["trl"]) == sub.fields["trl"]
        assert float(record["gender_balance_distance"]) == sub.fields["gender_balance_distance"]


def test_listing_attachments_are_relative_to_the_listing_folder(
    tmp_path: Path, subs: list[GeneratedSubmission]
) -> None:
    path = write_listing_csv(subs, tmp_path)

    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    for record, sub in zip(records, subs, strict=True):
        paths = record["attachments"].split(";")
        assert paths == [f"{sub.id}/pitch.pdf", f"{sub.id}/media/cover.png"]
        assert [(tmp_path / p).read_bytes() for p in paths] == [
            data for _, data in sub.attachment_files()
        ]


def test_xlsx_listing_reads_back_with_openpyxl(
    tmp_path: Path, subs: list[GeneratedSubmission]
) -> None:
    path = write_listing_xlsx(subs, tmp_path)

    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[0] == HEADER
    for row, sub in zip(rows[1:], subs, strict=True):
        record = dict(zip(HEADER, row, strict=True))
        assert record["title"] == sub.title
        assert parse_team_cell(str(record["team"])) == _team_dicts(sub)
        assert record["trl"] == sub.fields["trl"] and isinstance(record["trl"], int)
        assert record["budget_eur"] == sub.fields["budget_eur"]
        assert record["gender_balance_distance"] == sub.fields["gender_balance_distance"]
    assert (tmp_path / subs[0].id / "media" / "cover.png").is_file()


def test_team_cell_lists_members_as_name_email_organisation() -> None:
    team = [
        GeneratedPerson("Conceição Gião", "conceicao.giao@uc.example", "ULS Coimbra"),
        GeneratedPerson("João Brás", "joao.bras@hsm.example", "Hospital de Santa Maria"),
    ]

    cell = format_team_cell(team)

    assert cell == (
        "Conceição Gião <conceicao.giao@uc.example> (ULS Coimbra); "
        "João Brás <joao.bras@hsm.example> (Hospital de Santa Maria)"
    )
    assert parse_team_cell(cell) == [p.to_json() for p in team]


@pytest.mark.parametrize(
    ("cell", "members"),
    [
        ("", []),
        ("Inês Sá", [{"name": "Inês Sá"}]),
        ("Inês Sá <ines@x.pt>", [{"name": "Inês Sá", "email": "ines@x.pt"}]),
        ("Inês Sá (INESC TEC)", [{"name": "Inês Sá", "organisation": "INESC TEC"}]),
        (
            "  Rui  Costa<rui@x.pt>(SPMS) ;; Ana (ULS Coimbra);",
            [
                {"name": "Rui  Costa", "email": "rui@x.pt", "organisation": "SPMS"},
                {"name": "Ana", "organisation": "ULS Coimbra"},
            ],
        ),
    ],
)
def test_team_cell_parts_are_optional_and_whitespace_is_ignored(
    cell: str, members: list[dict[str, str]]
) -> None:
    assert parse_team_cell(cell) == members


@pytest.mark.parametrize(
    "cell",
    ["Ana <ana@x.pt> extra", "(ULS) Ana", "Ana <ana@x.pt", "Ana (ULS", "<ana@x.pt>", "Ana (A (B))"],
)
def test_team_cell_outside_the_grammar_is_refused(cell: str) -> None:
    with pytest.raises(ValueError, match="is not 'Name <email> \\(Organisation\\)'"):
        parse_team_cell(cell)


def test_team_cell_refuses_to_write_a_separator_inside_a_part() -> None:
    with pytest.raises(ValueError):
        format_team_cell([GeneratedPerson("Ana; Rui", "a@x.pt", "SPMS")])
