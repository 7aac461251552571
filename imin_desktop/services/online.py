"""A juror scoring straight against the event server, with no kit or score file in between.

``OnlineJuror`` is a ``JurorWorkspace`` (the same rules, the same calls for the GUI and
``imin juror``) whose every acknowledged change is one committed transaction on the server:
the review, its scores and gate answers, and an audit entry. Its local store is only a cache,
refilled from the server when it opens and whenever the server refuses a change.

How online edits and offline score files merge (docs/formats.md): a juror's online edits live
under their *online* identity, which takes the next sequence number after the juror's newest
score file the moment they edit after it. The juror's current file is, as always, the one with
the highest sequence: a score file exported later from the kit (a higher sequence) supersedes
the online reviews; a score file with a sequence at or below the online one changes nothing.

On PostgreSQL the login decides who the juror is, and row-level security (persistence/server.py)
keeps them to their own work; on a SQLite event (one machine) the juror is named.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from imin_desktop.domain.canonical import sha256_hex
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.review import ReviewEntry
from imin_desktop.domain.text import _
from imin_desktop.domain.times import iso_utc, parse_iso_utc
from imin_desktop.formats.kit import Kit, KitAttachment, KitSubmission, OpenedKit
from imin_desktop.models import (
    Attachment,
    AuditEntry,
    Blob,
    Conflict,
    Criterion,
    Event,
    Gate,
    GateAnswer,
    Juror,
    Review,
    Score,
    ScoreFileRecord,
    Submission,
)
from imin_desktop.models import Kit as KitRow
from imin_desktop.models.base import utcnow
from imin_desktop.persistence.database import Database, open_database
from imin_desktop.persistence.workspace import open_cache_store
from imin_desktop.services.audit import default_actor
from imin_desktop.services.blind_files import BlindFiles
from imin_desktop.services.events import get_event, load_rubric
from imin_desktop.services.juror import ExportSummary, JurorWorkspace
from imin_desktop.services.jurors import find_juror
from imin_desktop.services.kits import (
    assigned_submissions,
    check_before_issuing,
    issue_identity,
    kit_submission,
)
from imin_desktop.services.scores import _table, juror_entries, review_snapshot

ONLINE = "online"


class NotAJuror(RefusedError):
    """The login is not bound to a juror of the event (a coordinator's or manager's)."""


@dataclass(frozen=True)
class ServerKit(OpenedKit):
    """The juror's assignments as the server shows them; attachments are read from it."""

    db: Database | None = None

    def read_attachment(self, sha256: str) -> bytes:
        sizes = {a.sha256 for s in self.kit.submissions for a in s.attachments}
        if sha256 not in sizes or self.db is None:
            raise KeyError(sha256)
        with self.db.begin() as session:
            data = session.scalars(select(Blob.data).where(Blob.sha256 == sha256)).one_or_none()
        if data is None or sha256_hex(data) != sha256:
            raise RefusedError(f"the server holds no intact copy of attachment {sha256[:12]}…")
        return data


@dataclass(frozen=True)
class _Ids:
    """Row ids read once when the juror connects."""

    juror: int
    identity: int
    event: int
    submissions: dict[str, int]
    criteria: dict[str, int]
    gates: dict[str, int]


@dataclass
class _Seen:
    """What this client last knew of a review on the server (the optimistic check)."""

    version: int
    score_file_id: int | None


def _who(session: Session, juror_key: str | None) -> Juror:
    event = get_event(session)
    if session.get_bind().dialect.name == "postgresql":
        juror_id = session.execute(text("SELECT imin_juror_id()")).scalar()
        if juror_id is None:
            raise NotAJuror(
                "this login is not a juror's on this event server "
                "(the administrator grants one with imin server grant-juror)"
            )
        juror = session.get(Juror, juror_id)
        assert juror is not None
        if juror_key is not None and juror_key != juror.key:
            raise RefusedError(f"this login belongs to juror {juror.key}, not {juror_key}")
        return juror
    if juror_key is None:
        raise RefusedError("name the juror who is scoring (on an event file there are no logins)")
    return find_juror(session, event, juror_key)


def _visible_submissions(session: Session, event: Event, juror: Juror) -> list[KitSubmission]:
    """The submissions assigned to the juror and not conflicted, as a kit would show them."""
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(
                "SELECT id, key, title, track, summary, team, fields FROM juror_submissions "
                "ORDER BY key"
            )
        ).all()
        attachments: dict[int, list[KitAttachment]] = {}
        for a in session.scalars(
            select(Attachment)
            .where(Attachment.submission_id.in_([r.id for r in rows]))
            .order_by(Attachment.submission_id, Attachment.position)
        ):
            attachments.setdefault(a.submission_id, []).append(
                KitAttachment(a.path, a.title, a.blob_sha256, a.size, a.media_type)
            )
        return [
            KitSubmission(
                r.key,
                r.title,
                r.track,
                r.summary,
                list(r.team or []),
                dict(r.fields or {}),
                tuple(attachments.get(r.id, [])),
            )
            for r in rows
        ]
    conflicted = set(
        session.scalars(select(Conflict.submission_id).where(Conflict.juror_id == juror.id))
    )
    # A blind event shows what a blind kit would: cleaned attachments under neutral names
    # (kept in the event so they read back by SHA-256), and only once no unconfirmed finding
    # names a team.
    check_before_issuing(session, event, [juror], _("submissions for the juror"))
    files = BlindFiles(session, keep=True) if event.is_blind else None
    return [kit_submission(s, event, files) for s in assigned_submissions(session, juror)
            if s.id not in conflicted]  # fmt: skip


def _online_identity(session: Session, juror: Juror, rubric_hash: str) -> tuple[int, str]:
    """(id, uid) of the juror's online identity (never its signing key: a juror's login may not
    read it)."""
    row = session.execute(
        select(KitRow.id, KitRow.uid).where(KitRow.juror_id == juror.id, KitRow.kind == ONLINE)
    ).one_or_none()
    if row is not None:
        return int(row.id), str(row.uid)
    if session.get_bind().dialect.name == "postgresql":
        raise RefusedError(
            f"juror {juror.key} has no online identity on this server yet "
            "(imin server grant-juror issues it)"
        )
    issued = issue_identity(session, juror, rubric_hash, ONLINE)
    return issued.id, issued.uid


class OnlineJuror(JurorWorkspace):
    """One juror scoring on the event server. Not thread-safe: use it from one thread."""

    def __init__(self, opened: ServerKit, server: Database, ids: _Ids, actor: str) -> None:
        super().__init__(opened, open_cache_store(), Path(opened.file))
        self.server = server
        self.ids = ids
        self.juror_db_id = ids.juror
        self.identity_id = ids.identity
        self.actor = actor
        self._seen: dict[str, _Seen] = {}
        self._stored: dict[str, ReviewEntry] = {}
        self._refill()

    @classmethod
    def connect(cls, url: str, juror: str | None = None) -> OnlineJuror:
        """Connect to the event at ``url`` (a juror's login on a server, or an event file and
        the juror's id) and load the juror's assignments and reviews."""
        server = open_database(url, migrate=False)
        try:
            with server.begin() as session:
                event = get_event(session)
                person = _who(session, juror)
                rubric = load_rubric(session, event)
                identity_id, identity_uid = _online_identity(session, person, rubric.hash)
                kit = Kit(
                    kit_id=identity_uid, event_id=event.uid, event_title=event.title,
                    juror_id=person.key, juror_name=person.name, key=b"", rubric=rubric,
                    rubric_hash=rubric.hash, blind=event.is_blind,
                    submissions=tuple(_visible_submissions(session, event, person)),
                    created_at=iso_utc(),
                )  # fmt: skip
                is_server = session.get_bind().dialect.name == "postgresql"
                actor = (str(session.execute(text("SELECT current_user")).scalar_one())
                         if is_server else default_actor())  # fmt: skip
                visible = {s.id for s in kit.submissions}
                ids = _Ids(
                    person.id, identity_id, event.id,
                    {k: i for k, i in session.execute(select(Submission.key, Submission.id))
                     if k in visible},
                    dict(session.execute(select(Criterion.key, Criterion.id)).all()),
                    dict(session.execute(select(Gate.key, Gate.id)).all()),
                )  # fmt: skip
        except BaseException:
            server.dispose()
            raise
        opened = ServerKit(kit=kit, encrypted=True, file=server.location, _source=b"", db=server)
        return cls(opened, server, ids, actor)

    def close(self) -> None:
        super().close()
        self.server.dispose()

    # -- reading the server ------------------------------------------------------------------

    def _refill(self) -> None:
        """Make the local cache exactly the juror's reviews on the server."""
        with self.server.begin() as session:
            juror = session.get(Juror, self.juror_db_id)
            assert juror is not None
            entries = juror_entries(session, juror)
            rows = session.execute(
                select(Submission.key, Review.version, Review.score_file_id)
                .join(Submission, Submission.id == Review.submission_id)
                .where(Review.juror_id == juror.id)
            ).all()
        self._seen = {key: _Seen(version, record) for key, version, record in rows}
        self._stored = dict(entries)
        visible = {s.id for s in self.kit.submissions}
        for sid, entry in sorted(entries.items()):
            if sid in visible:
                JurorWorkspace.restore(self, entry)

    # -- every change: the cache first (its rules), then one transaction on the server --------

    def set_score(self, submission_id: str, criterion: str, value: Any) -> None:
        super().set_score(submission_id, criterion, value)
        self._push(submission_id)

    def set_criterion_comment(self, submission_id: str, criterion: str, text: str) -> None:
        super().set_criterion_comment(submission_id, criterion, text)
        self._push(submission_id)

    def set_comment(self, submission_id: str, text: str) -> None:
        super().set_comment(submission_id, text)
        self._push(submission_id)

    def set_gate(self, submission_id: str, gate: str, answer: bool | None) -> None:
        super().set_gate(submission_id, gate, answer)
        self._push(submission_id)

    def set_conflict(self, submission_id: str, conflict: bool) -> None:
        super().set_conflict(submission_id, conflict)
        self._push(submission_id)

    def mark_done(self, submission_id: str) -> None:
        super().mark_done(submission_id)
        self._push(submission_id)

    def mark_draft(self, submission_id: str) -> None:
        super().mark_draft(submission_id)
        self._push(submission_id)

    def restore(self, entry: ReviewEntry) -> None:
        super().restore(entry)
        self._push(entry.submission_id)

    def export(self, out: Path) -> ExportSummary:
        raise RefusedError(
            "you are scoring on the event server: every change is already there, "
            "there is no score file to hand back"
        )

    def _push(self, submission_id: str) -> None:
        try:
            self._write(submission_id, self.review(submission_id))
        except StaleDataError:
            self._reset_cache()
            raise self._changed_elsewhere(submission_id) from None
        except BaseException:
            self._reset_cache()
            raise

    def _reset_cache(self) -> None:
        """After a refused change: forget it, and show what the server holds."""
        self._drafts.clear()
        self._refill()

    # -- the server transaction --------------------------------------------------------------

    def _current_record(self, session: Session) -> int:
        """The juror's online record, made current (with the next sequence) if a score file
        or sheet was the juror's current one."""
        current_row = session.execute(
            select(ScoreFileRecord.id, ScoreFileRecord.kit_id).where(
                ScoreFileRecord.juror_id == self.juror_db_id, ScoreFileRecord.is_current
            )
        ).first()
        if current_row is not None and current_row.kit_id == self.identity_id:
            return int(current_row.id)
        records = session.execute(
            select(ScoreFileRecord.id, ScoreFileRecord.kit_id, ScoreFileRecord.sequence,
                   ScoreFileRecord.kind, ScoreFileRecord.is_current)
            .where(ScoreFileRecord.juror_id == self.juror_db_id)
        ).all()  # fmt: skip
        sequence = 1 + max((r.sequence for r in records if r.kind in ("scores", ONLINE)),
                           default=0)  # fmt: skip
        session.execute(
            update(ScoreFileRecord)
            .where(ScoreFileRecord.juror_id == self.juror_db_id, ScoreFileRecord.is_current)
            .values(is_current=False)
        )
        marker = f"online:{self.kit.kit_id}:{sequence}".encode()
        new_id = session.execute(
            insert(ScoreFileRecord).returning(ScoreFileRecord.id),
            {"kit_id": self.identity_id, "juror_id": self.juror_db_id, "sequence": sequence,
             "sha256": hashlib.sha256(marker).hexdigest(), "kind": ONLINE,
             "file_name": "(online)", "content": b"", "created_at": utcnow(),
             "imported_at": utcnow(), "is_current": True},
        ).scalar_one()  # fmt: skip
        return int(new_id)

    def _changed_elsewhere(self, submission_id: str) -> RefusedError:
        return RefusedError(
            f"your review of {submission_id} was changed elsewhere meanwhile (another window, "
            "or a score file the coordinator imported); it now shows what the server holds — "
            "check it and make your change again"
        )

    def _write(self, submission_id: str, entry: ReviewEntry) -> None:
        """One transaction; the review is changed only at the version this client last saw
        (a single conditional UPDATE), otherwise refused."""
        reviews = _table(Review)
        with self.server.begin() as session:
            event_id, sub_id = self.ids.event, self.ids.submissions[submission_id]
            record = self._current_record(session)
            seen = self._seen.get(submission_id)
            values = {
                "status": entry.status, "is_conflict": entry.conflict, "comment": entry.comment,
                "score_file_id": record,
                "updated_at": parse_iso_utc(entry.updated_at) if entry.updated_at else utcnow(),
            }  # fmt: skip
            if seen is None:
                exists = session.execute(
                    select(reviews.c.id).where(
                        reviews.c.juror_id == self.juror_db_id, reviews.c.submission_id == sub_id
                    )
                ).first()
                if exists is not None:
                    raise self._changed_elsewhere(submission_id)
                written: Any = session.execute(
                    insert(reviews).returning(reviews.c.id, reviews.c.version),
                    [{"juror_id": self.juror_db_id, "submission_id": sub_id, "version": 1,
                      **values}],
                ).one()  # fmt: skip
            else:
                written = session.execute(
                    update(reviews)
                    .where(
                        reviews.c.juror_id == self.juror_db_id,
                        reviews.c.submission_id == sub_id,
                        reviews.c.version == seen.version,
                        reviews.c.score_file_id == seen.score_file_id
                        if seen.score_file_id is not None
                        else reviews.c.score_file_id.is_(None),
                    )
                    .values(version=reviews.c.version + 1, **values)
                    .returning(reviews.c.id, reviews.c.version)
                ).first()
                if written is None:
                    raise self._changed_elsewhere(submission_id)
            review_id, version = written
            # Scores and gate answers are rewritten only when they changed: the version matched,
            # so the server holds what this client last stored.
            before = self._stored.get(submission_id) if seen is not None else None
            if before is None or (before.scores, before.criterion_comments) != (
                entry.scores,
                entry.criterion_comments,
            ):
                self._write_scores(session, review_id, entry, fresh=before is None)
            if before is None or before.gates != entry.gates:
                self._write_gates(session, review_id, entry, fresh=before is None)
            # Inline: no RETURNING of the new id, since a juror's login may not read the trail.
            session.execute(
                insert(_table(AuditEntry)).inline(),
                {"event_id": event_id, "actor": self.actor, "action": "edit", "entity": "review",
                 "entity_key": f"{self.kit.juror_id}/{submission_id}", "at": utcnow(),
                 "before": None, "after": review_snapshot(entry), "detail": ONLINE},
            )  # fmt: skip
            self._seen[submission_id] = _Seen(int(version), record)
        self._stored[submission_id] = entry

    def _write_scores(self, session: Session, review_id: int, entry: ReviewEntry, *,
                      fresh: bool) -> None:  # fmt: skip
        if not fresh:
            session.execute(delete(_table(Score)).where(Score.review_id == review_id))
        keys = sorted(set(entry.scores) | set(entry.criterion_comments))
        if keys:
            session.execute(insert(_table(Score)), [
                {"review_id": review_id, "criterion_id": self.ids.criteria[k],
                 "value": entry.scores.get(k), "comment": entry.criterion_comments.get(k, "")}
                for k in keys
            ])  # fmt: skip

    def _write_gates(self, session: Session, review_id: int, entry: ReviewEntry, *,
                     fresh: bool) -> None:  # fmt: skip
        if not fresh:
            session.execute(delete(_table(GateAnswer)).where(GateAnswer.review_id == review_id))
        if entry.gates:
            session.execute(insert(_table(GateAnswer)), [
                {"review_id": review_id, "gate_id": self.ids.gates[k], "answer": v}
                for k, v in sorted(entry.gates.items())
            ])  # fmt: skip


def open_on_server(url: str, *, progress: Progress = SILENT) -> OnlineJuror | Database:
    """What a login opens on the event server (for the GUI, off the UI thread): a juror's login
    their online workspace, any other login the event itself."""
    progress.step(0, 1, "connecting to the event server")
    try:
        return OnlineJuror.connect(url)
    except NotAJuror:
        return open_database(url, migrate=False)
