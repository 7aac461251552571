"""An event opened read-only (the manager's window): the database refuses every change."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import iterdump

from imin_desktop.persistence.database import ReadOnlyError
from imin_desktop.services import decisions, events, jurors
from imin_desktop.services.audit import list_audit, write_audit_csv
from imin_desktop.services.exports import export_workbook
from imin_desktop.services.report import export_report
from imin_desktop.services.results import compute_results


def test_read_only_event_refuses_every_write_at_the_database(demo_copy: Path, tmp_path: Path):
    before = iterdump(demo_copy)
    db = events.open_event(demo_copy, read_only=True)
    try:
        key, seen = next(iter(decisions.list_decisions(db).items()))
        writes = [
            lambda: decisions.decide(db, key, "finalist", "changed", expected_version=seen.version),
            lambda: decisions.withdraw(db, key),
            lambda: decisions.settle_ex_aequo(db, [[key], ["SUB-001"]], "order"),
            lambda: jurors.add_juror(db, "J99", "Late Juror"),
            lambda: jurors.add_conflict(db, "J09", "SUB-030"),
        ]
        for write in writes:
            with pytest.raises(ReadOnlyError, match="open read-only"):
                write()
    finally:
        db.dispose()
    assert iterdump(demo_copy) == before


def test_read_only_event_still_reads_results_audit_and_makes_outputs(demo_copy, tmp_path):
    before = iterdump(demo_copy)
    db = events.open_event(demo_copy, read_only=True)
    try:
        assert db.read_only
        assert compute_results(db, draws=10).results.submissions
        rows = list_audit(db)
        assert write_audit_csv(rows, tmp_path / "audit.csv").stat().st_size > 0
        assert export_workbook(db, tmp_path / "r.xlsx").is_file()
        assert export_report(db, tmp_path / "r.pdf").is_file()
    finally:
        db.dispose()
    assert iterdump(demo_copy) == before


def test_writable_open_is_unaffected_by_a_read_only_window(demo_copy):
    reader = events.open_event(demo_copy, read_only=True)
    writer = events.open_event(demo_copy)
    try:
        jurors.add_juror(writer, "J99", "Late Juror", actor="test")
        assert events.event_info(reader).jurors == events.event_info(writer).jurors
    finally:
        reader.dispose()
        writer.dispose()
