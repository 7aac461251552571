"""Jurors and conflicts of interest on a real event file: adds, no-ops, all-or-nothing lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import event_file, iterdump, listing_csv, listing_xlsx, package_zip, submission_doc
from sqlalchemy import select

from imin_desktop.domain.errors import InputError, NotFoundError, RefusedError
from imin_desktop.models import AuditEntry
from imin_desktop.persistence.database import Database, open_database
from imin_desktop.services.jurors import add_conflict, add_juror, import_jurors, list_jurors
from imin_desktop.services.submissions import import_submissions


def audit_keys(db: Database, entity: str) -> list[tuple[str, str]]:
    with db.begin() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        )
        return [(a.action, a.entity_key) for a in rows]


def test_add_juror_adds_once_and_audits(db: Database) -> None:
    first = add_juror(db, "J1", " Rui Costa ", "rui@example.pt", actor="coordinator")
    again = add_juror(db, "J1", "Rui Costa", "rui@example.pt", actor="coordinator")

    assert (first, again) == (True, False)
    assert [j.as_json() for j in list_jurors(db)] == [
        {"id": "J1", "name": "Rui Costa", "email": "rui@example.pt"}
    ]
    assert audit_keys(db, "juror") == [("add", "J1")]


def test_add_juror_with_the_id_of_another_juror_is_refused(db: Database) -> None:
    add_juror(db, "J1", "Rui Costa")

    with pytest.raises(RefusedError, match="juror 'J1' already exists as 'Rui Costa'"):
        add_juror(db, "J1", "Eva Lima")


@pytest.mark.parametrize(("key", "name"), [("J 1", "Rui"), ("", "Rui"), ("J1", "  ")])
def test_add_juror_refuses_a_bad_id_or_an_empty_name(db: Database, key: str, name: str) -> None:
    with pytest.raises(RefusedError):
        add_juror(db, key, name)

    assert list_jurors(db) == []


def test_import_jurors_from_csv_and_xlsx_gives_the_same_jurors(
    tmp_path: Path, db: Database
) -> None:
    rows = [
        {"id": "J2", "name": "Eva Lima", "email": ""},
        {"id": "J1", "name": "Rui", "email": "r@x"},
    ]
    other = open_database(event_file(tmp_path, "other.imin"))
    try:
        from_csv = import_jurors(db, listing_csv(tmp_path / "j.csv", rows))
        from_xlsx = import_jurors(other, listing_xlsx(tmp_path / "j.xlsx", rows))
        assert list_jurors(other) == list_jurors(db)
    finally:
        other.dispose()

    assert from_csv == from_xlsx == ["J2", "J1"]
    assert [j.id for j in list_jurors(db)] == ["J1", "J2"]


def test_import_jurors_again_is_a_no_op(db: Database, event_path: Path, tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "j.csv", [{"id": "J1", "name": "Rui", "email": ""}])
    import_jurors(db, path)
    before = iterdump(event_path)

    assert import_jurors(db, path) == []
    assert iterdump(event_path) == before


def test_import_jurors_is_all_or_nothing(db: Database, event_path: Path, tmp_path: Path) -> None:
    add_juror(db, "J3", "Marta")
    before = iterdump(event_path)
    path = listing_csv(
        tmp_path / "j.csv",
        [
            {"id": "J1", "name": "Rui", "email": ""},
            {"id": "J2", "name": "Eva", "email": ""},
            {"id": "J3", "name": "Not Marta", "email": ""},
        ],
    )

    with pytest.raises(RefusedError, match="juror 'J3' already exists"):
        import_jurors(db, path)

    assert iterdump(event_path) == before


def test_import_jurors_refuses_a_list_without_names(db: Database, tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "j.csv", [{"id": "J1", "email": "r@x"}])

    with pytest.raises(InputError) as caught:
        import_jurors(db, path)

    assert (caught.value.file, caught.value.location, caught.value.message) == (
        str(path),
        "row 1",
        "the column 'name' is missing",
    )


def test_add_conflict_records_once_and_audits(db: Database, tmp_path: Path) -> None:
    import_submissions(db, [package_zip(tmp_path / "a.zip", submission_doc("S1"))])
    add_juror(db, "J1", "Rui")

    assert add_conflict(db, "J1", "S1") is True
    assert add_conflict(db, "J1", "S1") is False
    assert audit_keys(db, "conflict") == [("add", "J1/S1")]


def test_add_conflict_for_unknown_juror_or_submission_is_refused(
    db: Database, tmp_path: Path
) -> None:
    import_submissions(db, [package_zip(tmp_path / "a.zip", submission_doc("S1"))])
    add_juror(db, "J1", "Rui")

    with pytest.raises(NotFoundError, match="no juror 'J9' in the event"):
        add_conflict(db, "J9", "S1")
    with pytest.raises(NotFoundError, match="no submission 'S9' in the event"):
        add_conflict(db, "J1", "S9")
