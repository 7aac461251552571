"""Listing the audit trail and exporting it to CSV, read back with the csv module."""

from __future__ import annotations

import csv

from imin_desktop.services import events
from imin_desktop.services.audit import list_audit, write_audit_csv


def test_list_audit_names_the_submission_of_each_decision(demo_copy):
    db = events.open_event(demo_copy)
    try:
        rows = list_audit(db)
    finally:
        db.dispose()
    assert [r.id for r in rows] == sorted(r.id for r in rows)
    decided = [r for r in rows if r.action == "decide"]
    assert len(decided) == 3
    assert all(r.submission == r.entity_key and r.actor == "demo" for r in decided)
    assert rows[0].action == "create"


def test_audit_csv_is_readable_and_never_a_formula(demo_copy, tmp_path):
    db = events.open_event(demo_copy)
    try:
        rows = list_audit(db)
    finally:
        db.dispose()
    rows[0] = rows[0].__class__(**{**rows[0].__dict__, "detail": '=HYPERLINK("x")'})
    out = write_audit_csv(rows, tmp_path / "audit.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert len(read) == len(rows)
    assert read[0]["detail"] == '\'=HYPERLINK("x")'
    assert read[-1]["action"] == rows[-1].action
