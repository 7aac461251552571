"""Importing submissions into a real event file: adds, no-ops, replaces, blobs, all-or-nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factories import (
    iterdump,
    listing_csv,
    package_folder,
    package_zip,
    regular_member,
    submission_doc,
    symlink_member,
)
from sqlalchemy import func, select

from imin_desktop.domain.canonical import sha256_hex
from imin_desktop.domain.errors import InputError
from imin_desktop.formats.archive import ArchiveLimits
from imin_desktop.models import Attachment, AuditEntry, Blob
from imin_desktop.persistence.database import Database
from imin_desktop.services.submissions import import_submissions, list_submissions


def content_dump(path: Path) -> list[str]:
    """Like ``dump`` without the audit trail."""
    return [line for line in iterdump(path) if '"audit_entries"' not in line]


def audit(db: Database) -> list[tuple[str, str, str, Any, Any]]:
    with db.begin() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(a.action, a.entity, a.entity_key, a.before, a.after) for a in rows]


def count(db: Database, model: Any) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def three_packages(folder: Path) -> list[Path]:
    return [
        package_zip(folder / "a.zip", submission_doc("S1")),
        package_folder(folder / "b", submission_doc("S2")),
        listing_csv(folder / "c" / "l.csv", [{"id": "S3", "title": "Three", "trl": "4"}]),
    ]


# --- adding --------------------------------------------------------------------------------


def test_import_adds_every_submission(db: Database, tmp_path: Path) -> None:
    report = import_submissions(db, three_packages(tmp_path / "in"), actor="coordinator")

    assert report.as_json() == {
        "added": ["S1", "S2", "S3"],
        "replaced": [],
        "unchanged": [],
        "attachments_stored": 2,
        "bytes_stored": len(b"%PDF-1.4 pitch of S1") + len(b"%PDF-1.4 pitch of S2"),
    }
    assert [s.as_json() for s in list_submissions(db)] == [
        {
            "id": "S1",
            "title": "Remote triage S1",
            "track": "Startups",
            "team": [{"name": "Ana Sousa", "email": "ana@example.pt", "organisation": "Saúde Lda"}],
            "fields": {"trl": 5, "website": "https://example.pt"},
            "attachments": 1,
        },
        {
            "id": "S2",
            "title": "Remote triage S2",
            "track": "Startups",
            "team": [{"name": "Ana Sousa", "email": "ana@example.pt", "organisation": "Saúde Lda"}],
            "fields": {"trl": 5, "website": "https://example.pt"},
            "attachments": 1,
        },
        {
            "id": "S3",
            "title": "Three",
            "track": "",
            "team": [],
            "fields": {"trl": 4},
            "attachments": 0,
        },
    ]


def test_import_stores_attachment_bytes_and_metadata(db: Database, tmp_path: Path) -> None:
    doc = submission_doc(attachments=[{"path": "pitch.pdf", "title": "Deck"}, {"path": "m/d.png"}])
    files = {"pitch.pdf": b"%PDF deck", "m/d.png": b"\x89PNG"}
    import_submissions(db, [package_zip(tmp_path / "p.zip", doc, files)])

    with db.begin() as session:
        rows = session.scalars(select(Attachment).order_by(Attachment.position)).all()
        stored = [
            (a.position, a.path, a.title, a.media_type, a.size, session.get(Blob, a.blob_sha256))
            for a in rows
        ]
        result = [
            (p, path, t, m, size, blob.data if blob else None)
            for p, path, t, m, size, blob in stored
        ]

    assert result == [
        (0, "pitch.pdf", "Deck", "application/pdf", 9, b"%PDF deck"),
        (1, "m/d.png", "", "image/png", 4, b"\x89PNG"),
    ]


def test_import_writes_audit_entries_for_adds_and_the_import(db: Database, tmp_path: Path) -> None:
    sources = three_packages(tmp_path / "in")
    before = len(audit(db))

    import_submissions(db, sources, actor="coordinator")

    entries = audit(db)[before:]
    assert [(a, e, k) for a, e, k, _, _ in entries] == [
        ("add", "submission", "S1"),
        ("add", "submission", "S2"),
        ("add", "submission", "S3"),
        ("import", "submissions", ""),
    ]
    assert entries[0][4]["title"] == "Remote triage S1"
    assert entries[3][4]["added"] == ["S1", "S2", "S3"]
    assert entries[3][4]["sources"] == [str(s) for s in sources]


def test_import_records_the_actor(db: Database, tmp_path: Path) -> None:
    import_submissions(db, [package_zip(tmp_path / "p.zip")], actor="Marta (coordinator)")

    with db.begin() as session:
        actors = set(session.scalars(select(AuditEntry.actor).where(AuditEntry.action != "create")))

    assert actors == {"Marta (coordinator)"}


# --- re-importing --------------------------------------------------------------------------


def test_identical_reimport_is_a_no_op(db: Database, event_path: Path, tmp_path: Path) -> None:
    sources = three_packages(tmp_path / "in")
    import_submissions(db, sources)
    content_before = content_dump(event_path)
    audit_before = audit(db)

    report = import_submissions(db, sources)

    assert (report.added, report.replaced, report.unchanged) == ([], [], ["S1", "S2", "S3"])
    assert (report.blobs_stored, report.bytes_stored) == (0, 0)
    assert content_dump(event_path) == content_before
    new_entries = audit(db)[len(audit_before) :]
    assert [(a, e) for a, e, *_ in new_entries] == [("import", "submissions")]


def test_identical_content_from_another_source_kind_is_a_no_op(
    db: Database, event_path: Path, tmp_path: Path
) -> None:
    import_submissions(db, [package_zip(tmp_path / "S1.zip", submission_doc("S1"))])
    before = content_dump(event_path)

    report = import_submissions(db, [package_folder(tmp_path / "S1", submission_doc("S1"))])

    assert report.unchanged == ["S1"]
    assert content_dump(event_path) == before


def test_changed_submission_is_refused_without_replace(
    db: Database, event_path: Path, tmp_path: Path
) -> None:
    import_submissions(db, [package_zip(tmp_path / "v1.zip", submission_doc("S1"))])
    before = iterdump(event_path)
    changed = package_zip(tmp_path / "v2.zip", submission_doc("S1", title="Better title"))

    with pytest.raises(InputError) as caught:
        import_submissions(db, [changed])

    assert (caught.value.file, caught.value.location) == (str(changed), "S1 / id")
    assert caught.value.message == (
        "a different submission 'S1' is already in the event; use --replace to replace it"
    )
    assert iterdump(event_path) == before


def test_changed_submission_is_replaced_with_replace(db: Database, tmp_path: Path) -> None:
    import_submissions(db, [package_zip(tmp_path / "v1.zip", submission_doc("S1"))])
    v2_doc = submission_doc("S1", title="Better title", attachments=[{"path": "new.pdf"}])
    v2 = package_zip(tmp_path / "v2.zip", v2_doc, {"new.pdf": b"%PDF new deck"})
    audit_before = len(audit(db))

    report = import_submissions(db, [v2], replace=True)

    assert (report.added, report.replaced, report.unchanged) == ([], ["S1"], [])
    (info,) = list_submissions(db)
    assert (info.title, info.attachments) == ("Better title", 1)
    with db.begin() as session:
        paths = session.scalars(select(Attachment.path)).all()
    assert paths == ["new.pdf"]
    (replace, imported) = audit(db)[audit_before:]
    assert replace[:3] == ("replace", "submission", "S1")
    assert replace[3]["title"] == "Remote triage S1"
    assert replace[4]["title"] == "Better title"
    assert replace[3]["content_hash"] != replace[4]["content_hash"]
    assert imported[4]["replaced"] == ["S1"]


def test_replace_leaves_identical_submissions_unchanged(db: Database, tmp_path: Path) -> None:
    import_submissions(db, [package_zip(tmp_path / "a.zip", submission_doc("S1"))])

    report = import_submissions(
        db, [package_zip(tmp_path / "b.zip", submission_doc("S1"))], replace=True
    )

    assert (report.replaced, report.unchanged) == ([], ["S1"])


# --- attachments stored once per content ---------------------------------------------------


def test_attachments_shared_by_two_submissions_are_stored_once(
    db: Database, tmp_path: Path
) -> None:
    rules = {"rules.pdf": b"%PDF the challenge rules"}
    first = package_zip(
        tmp_path / "a.zip", submission_doc("S1", attachments=[{"path": "rules.pdf"}]), rules
    )
    second = package_zip(
        tmp_path / "b.zip", submission_doc("S2", attachments=[{"path": "rules.pdf"}]), rules
    )

    report = import_submissions(db, [first, second])

    assert (report.blobs_stored, report.bytes_stored) == (1, len(rules["rules.pdf"]))
    with db.begin() as session:
        blobs = session.scalars(select(Blob.sha256)).all()
        attachment_blobs = session.scalars(select(Attachment.blob_sha256)).all()
    assert blobs == [sha256_hex(rules["rules.pdf"])]
    assert attachment_blobs == [blobs[0], blobs[0]]


def test_attachments_already_in_the_event_are_not_stored_again(
    db: Database, tmp_path: Path
) -> None:
    rules = {"pitch.pdf": b"%PDF same bytes"}
    import_submissions(db, [package_zip(tmp_path / "a.zip", submission_doc("S1"), rules)])

    report = import_submissions(db, [package_zip(tmp_path / "b.zip", submission_doc("S2"), rules)])

    assert (report.added, report.blobs_stored) == (["S2"], 0)
    assert count(db, Blob) == 1


# --- all or nothing ------------------------------------------------------------------------


HOSTILE = {
    "escaping path": lambda d: package_zip(
        d / "bad.zip", submission_doc("BAD", attachments=[{"path": "../../etc/passwd"}])
    ),
    "escaping member": lambda d: package_zip(
        d / "bad.zip", submission_doc("BAD"), extra={regular_member("../evil.sh"): b"rm -rf"}
    ),
    "symbolic link": lambda d: package_zip(
        d / "bad.zip",
        submission_doc("BAD", attachments=[{"path": "link"}]),
        {},
        extra=dict([symlink_member("link")]),
    ),
    "zip bomb": lambda d: package_zip(
        d / "bad.zip", submission_doc("BAD"), {"pitch.pdf": bytes(2 * 1024 * 1024)}
    ),
    "duplicate id": lambda d: package_zip(d / "bad.zip", submission_doc("S1", title="Twin")),
    "missing file": lambda d: package_zip(d / "bad.zip", submission_doc("BAD"), {}),
    "wrong type": lambda d: package_zip(d / "bad.zip", submission_doc("BAD", team="Ana")),
    "not utf-8": lambda d: package_zip(d / "bad.zip", '{"title": "Saúde"}'.encode("latin-1")),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_failing_import_leaves_the_event_unchanged(
    db: Database, event_path: Path, tmp_path: Path, kind: str
) -> None:
    import_submissions(db, [package_zip(tmp_path / "old.zip", submission_doc("S0"))])
    before = iterdump(event_path)
    good = three_packages(tmp_path / "in")
    bad = HOSTILE[kind](tmp_path / "in")

    with pytest.raises(InputError) as caught:
        import_submissions(db, [*good, bad])

    assert caught.value.file.startswith(str(bad))
    assert iterdump(event_path) == before


def test_failing_import_with_replace_keeps_the_old_versions(
    db: Database, event_path: Path, tmp_path: Path
) -> None:
    import_submissions(db, three_packages(tmp_path / "v1"))
    before = iterdump(event_path)
    changed = package_zip(tmp_path / "v2" / "a.zip", submission_doc("S1", title="New"))
    bad = package_zip(tmp_path / "v2" / "bad.zip", submission_doc("BAD"), {})

    with pytest.raises(InputError):
        import_submissions(db, [changed, bad], replace=True)

    assert iterdump(event_path) == before
    assert [s.title for s in list_submissions(db)] == [
        "Remote triage S1",
        "Remote triage S2",
        "Three",
    ]


def test_import_over_the_total_limit_leaves_the_event_unchanged(
    db: Database, event_path: Path, tmp_path: Path
) -> None:
    before = iterdump(event_path)
    limits = ArchiveLimits(max_total_size=2000)
    sources = [
        package_zip(tmp_path / f"{i}.zip", submission_doc(i), {"pitch.pdf": i.encode() * 450})
        for i in ("S1", "S2", "S3")
    ]

    with pytest.raises(InputError, match="expands to more than the limit of 2000 bytes in all"):
        import_submissions(db, sources, limits=limits)

    assert iterdump(event_path) == before
