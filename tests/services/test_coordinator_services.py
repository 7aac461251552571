"""The services behind the coordinator's screens: rubric lock and replacement, conflicts,
the assignment matrix, per-juror kit passphrases and their list, listing every import problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import (
    iterdump,
    package_folder,
    package_zip,
    rubric_doc,
    submission_doc,
    write_json,
)

from imin_desktop.domain.errors import RefusedError
from imin_desktop.formats.kit import WrongPassphrase, is_encrypted_kit, open_kit
from imin_desktop.persistence.database import Database
from imin_desktop.services import assignments, kits, passphrases, rubrics, submissions
from imin_desktop.services.jurors import add_conflict, add_juror, list_conflicts, remove_conflict


def _populate(db: Database, folder: Path) -> None:
    sources = [package_zip(folder / f"S{i}.zip", submission_doc(f"S{i}")) for i in range(1, 5)]
    submissions.import_submissions(db, sources, actor="test")
    for key, name in (("J1", "Rui Costa"), ("J2", "Inês Conceição"), ("J3", "Ana Sá")):
        add_juror(db, key, name, f"{key.lower()}@example.pt", actor="test")


def test_rubric_is_replaceable_until_the_first_kit_is_issued(db: Database, tmp_path: Path):
    _populate(db, tmp_path / "in")
    mini = write_json(tmp_path / "mini.json", rubric_doc())
    assert rubrics.rubric_lock(db).locked is False

    replaced = rubrics.replace_rubric(db, mini, actor="test")

    assert rubrics.event_rubric(db).criterion_keys == ["excellence", "impact"]
    assert replaced.hash == rubrics.event_rubric(db).hash
    assignments.auto_assign(db, 1, actor="test")
    kits.export_kits(db, tmp_path / "kits", actor="test")
    lock = rubrics.rubric_lock(db)
    assert (lock.locked, lock.kits, lock.sheets) == (True, 3, 0)
    other = rubrics.bundled_rubric_path("innovation-action-weighted")
    with pytest.raises(RefusedError, match="the rubric is locked"):
        rubrics.replace_rubric(db, other)
    assert rubrics.event_rubric(db).hash == replaced.hash


def test_conflicts_are_listed_and_a_coordinator_conflict_is_withdrawn(db: Database, tmp_path):
    _populate(db, tmp_path / "in")
    add_conflict(db, "J2", "S3", actor="test")
    add_conflict(db, "J1", "S4", actor="test")

    listed = [(c.juror_id, c.juror_name, c.submission_id, c.source) for c in list_conflicts(db)]
    removed = remove_conflict(db, "J1", "S4", actor="test")
    again = remove_conflict(db, "J1", "S4", actor="test")

    assert listed == [("J1", "Rui Costa", "S4", "coordinator"),
                      ("J2", "Inês Conceição", "S3", "coordinator")]  # fmt: skip
    assert (removed, again) == (True, False)
    assert [(c.juror_id, c.submission_id) for c in list_conflicts(db)] == [("J2", "S3")]


def test_assignment_matrix_holds_assignments_conflicts_and_calibration(db: Database, tmp_path):
    _populate(db, tmp_path / "in")
    add_conflict(db, "J1", "S2", actor="test")
    design = assignments.auto_assign(db, 2, calibration=1, actor="test")

    matrix = assignments.assignment_matrix(db)

    assert [j for j, _n in matrix.jurors] == ["J1", "J2", "J3"]
    assert [s for s, _t in matrix.submissions] == ["S1", "S2", "S3", "S4"]
    expected = {(j, s) for j, subs in design.assignments.items() for s in subs}
    assert set(matrix.assigned) == expected
    assert {p for p, calibration in matrix.assigned.items() if calibration} == {
        (j, s) for j, _n in matrix.jurors for s in design.calibration
    }
    assert matrix.conflicts == {("J1", "S2")}
    assert matrix.reviewed == set()


def test_kits_with_a_passphrase_each_and_the_printable_list(db: Database, tmp_path: Path):
    _populate(db, tmp_path / "in")
    assignments.auto_assign(db, 1, actor="test")
    secrets = passphrases.new_passphrases(["J1", "J2", "J3"])

    issued = kits.export_kits(db, tmp_path / "kits", passphrases=secrets, actor="test")
    listed = passphrases.write_passphrase_list(
        tmp_path / "passphrases.csv", passphrases.passphrase_rows(issued, secrets)
    )

    rows = passphrases.read_passphrase_list(listed)
    assert [(r.juror_id, r.juror_name, r.kit_file) for r in rows] == [
        ("J1", "Rui Costa", "J1.iminkit"), ("J2", "Inês Conceição", "J2.iminkit"),
        ("J3", "Ana Sá", "J3.iminkit"),
    ]  # fmt: skip
    assert len({r.passphrase for r in rows}) == 3
    for row in rows:
        kit_path = tmp_path / "kits" / row.kit_file
        assert is_encrypted_kit(kit_path)
        assert open_kit(kit_path, row.passphrase).kit.juror_id == row.juror_id
    with pytest.raises(WrongPassphrase):
        open_kit(tmp_path / "kits" / "J1.iminkit", secrets["J2"])


def test_import_or_explain_lists_every_refused_package_and_imports_nothing(
    db: Database, event_path: Path, tmp_path: Path
):
    batch = tmp_path / "batch"
    package_zip(batch / "a.zip", submission_doc("S1"))
    package_zip(batch / "b.zip", submission_doc("S2", title=""))
    package_folder(batch / "c", submission_doc("S3", attachments=[{"path": "missing.pdf"}]))
    package_zip(tmp_path / "twin.zip", submission_doc("S1", title="Another"))
    before = iterdump(event_path)

    with pytest.raises(submissions.SourcesRefused) as refused:
        submissions.import_or_explain(db, [batch, tmp_path / "twin.zip"], actor="test")

    problems = [(p.file.replace(str(tmp_path), ""), p.location) for p in refused.value.problems]
    assert problems == [
        ("/batch/b.zip:submission.json", "S2 / title"),
        ("/batch/c/submission.json", "S3 / attachments[0].path"),
        ("/twin.zip", "S1 / id"),
    ]
    assert iterdump(event_path) == before
