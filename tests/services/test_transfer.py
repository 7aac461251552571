"""``imin event push`` / ``pull``: a whole event moves between a file and a PostgreSQL server
without losing a row or a byte — attachments, kits, every score file, reviews, decisions and
the audit trail."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import psycopg
import pytest
from factories import iterdump
from logistics_factories import (
    LogisticsEvent,
    complete_entry,
    conflict_entry,
    prepared_event,
    write_scores,
)

from imin_desktop.cli.main import main
from imin_desktop.domain.errors import RefusedError
from imin_desktop.services import decisions, jurors, scores, transfer
from imin_desktop.services.server import init_server

pytestmark = pytest.mark.postgres


def imin(capsys: pytest.CaptureFixture[str], *argv: Any) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def event(tmp_path: Path) -> LogisticsEvent:
    """A file event with everything an event holds: real attachments (PDF and PNG), kits,
    merged score files of two jurors (one superseded), a conflict, a decision, the audit."""
    ev = prepared_event(tmp_path / "event", issue_kits=True, submissions_count=6,
                        jurors_count=3, realistic=True)  # fmt: skip
    assigned = ev.assignments()
    j1, j2 = ev.kits["J01"], ev.kits["J02"]
    files = [
        write_scores(j1, [complete_entry(s, excellence="3.5") for s in assigned["J01"]], 1,
                     tmp_path),
        write_scores(j1, [complete_entry(s, excellence="4.5", impact="2.5")
                          for s in assigned["J01"]], 2, tmp_path),
        write_scores(j2, [complete_entry(assigned["J02"][0]), conflict_entry(assigned["J02"][1])],
                     1, tmp_path),
    ]  # fmt: skip
    assert [o.result for o in scores.import_score_files(ev.db, files)] == ["accepted"] * 3
    decisions.decide(ev.db, assigned["J01"][0], "winner", "Unânime; ação clara", panel_order=1)
    ev.db.dispose()
    return ev


def rows_of(dump: list[str]) -> list[str]:
    return sorted(line for line in dump if line.startswith("INSERT INTO"))


def blob_hashes_in_file(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        found = {sha: hashlib.sha256(data).hexdigest()
                 for sha, data in conn.execute("SELECT sha256, data FROM blobs")}  # fmt: skip
    conn.close()
    return found


def test_push_then_pull_gives_back_the_same_event_row_for_row(
    event: LogisticsEvent, pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = iterdump(event.path)
    pulled = tmp_path / "pulled.imin"

    pushed = imin(capsys, "event", "push", event.path, "--db", pg_database, "--json")
    back = imin(capsys, "--db", pg_database, "event", "pull", pulled)

    assert pushed[0] == 0 and back[0] == 0, pushed[2] + back[2]
    summary = json.loads(pushed[1])
    assert summary["tables"]["score_files"] == 3 and summary["tables"]["decisions"] == 1
    assert summary["tables"]["blobs"] > 0 and summary["tables"]["audit_entries"] > 10
    assert back[1].startswith("pulled event 'Summit': ")
    # Every row of SQLite's own dump, every blob's bytes, and the schema revision (blobs are
    # keyed by their hash, so their physical order in the file may differ; the CREATE TABLE
    # text may list constraints in another order, which is no difference in the event).
    assert rows_of(iterdump(pulled)) == rows_of(original)
    assert len(rows_of(original)) == summary["rows"] + 1  # + alembic_version
    assert blob_hashes_in_file(pulled) == blob_hashes_in_file(event.path)
    assert all(sha == digest for sha, digest in blob_hashes_in_file(pulled).items())


def test_pushed_event_on_the_server_holds_every_blob_and_gives_the_same_results(
    event: LogisticsEvent, pg_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    imin(capsys, "event", "push", event.path, "--db", pg_database)
    with psycopg.connect(pg_database.replace("+psycopg", "")) as conn:
        on_server = dict(conn.execute(b"SELECT sha256, encode(sha256(data), 'hex') FROM blobs"))

    from_file = imin(capsys, "results", event.path, "--json", "--draws", "40")
    from_server = imin(capsys, "--db", pg_database, "results", "--json", "--draws", "40")

    assert on_server == blob_hashes_in_file(event.path)
    assert from_file[0] == from_server[0] == 0
    assert json.loads(from_file[1]) == json.loads(from_server[1])


def test_pushed_event_takes_new_rows_after_the_copied_ids(
    event: LogisticsEvent, pg_database: str
) -> None:
    transfer.push_event(event.path, pg_database)

    from imin_desktop.persistence.database import open_database

    db = open_database(pg_database)
    try:
        added = jurors.add_juror(db, "J09", "Inês Barbosa", "ines@example.pt", actor="tester")
        listed = [j.id for j in jurors.list_jurors(db)]
    finally:
        db.dispose()

    assert added is True
    assert listed == ["J01", "J02", "J03", "J09"]


def test_push_into_a_server_prepared_by_init_then_grants_work(
    event: LogisticsEvent, pg_database: str
) -> None:
    init_server(pg_database)

    summary = transfer.push_event(event.path, pg_database)
    again = init_server(pg_database)

    assert summary.tables["submissions"] == 6
    assert again.has_event is True


def test_push_into_a_database_that_holds_an_event_is_refused_and_changes_nothing(
    event: LogisticsEvent, pg_database: str, tmp_path: Path
) -> None:
    transfer.push_event(event.path, pg_database)
    before = iterdump(pg_database)

    with pytest.raises(RefusedError, match="already holds an event"):
        transfer.push_event(event.path, pg_database)

    assert iterdump(pg_database) == before


def test_pull_over_an_existing_file_is_refused(
    event: LogisticsEvent, pg_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    transfer.push_event(event.path, pg_database)
    before = iterdump(event.path)

    code, _out, err = imin(capsys, "--db", pg_database, "event", "pull", event.path)

    assert code == 1
    assert (
        err
        == f"imin: refused: {event.path} already exists; choose another name or remove it first\n"
    )
    assert iterdump(event.path) == before


def test_pull_from_a_database_without_an_event_leaves_no_file(
    pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = imin(capsys, "--db", pg_database, "event", "pull", tmp_path / "x.imin")

    assert code == 1 and "is not an imIN event" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_push_without_a_server_url_is_refused(
    event: LogisticsEvent, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IMIN_DB", raising=False)

    code, _out, err = imin(capsys, "event", "push", event.path)

    assert (code, err) == (1, "imin: refused: name the event server with --db URL (or IMIN_DB)\n")
