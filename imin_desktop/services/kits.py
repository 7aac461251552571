"""Handing out work: one kit per juror (optionally encrypted)."""

from __future__ import annotations

import base64
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from imin_desktop.domain.canonical import sha256_hex
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _
from imin_desktop.domain.times import iso_utc
from imin_desktop.formats.kit import Kit, KitAttachment, KitSubmission, write_kit
from imin_desktop.models import Assignment, Attachment, Blob, Event, Juror, Submission
from imin_desktop.models import Kit as KitRow
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.blind_files import BlindFiles
from imin_desktop.services.blinding import check_subs, refusal
from imin_desktop.services.events import get_event, load_rubric


@dataclass(frozen=True)
class IssuedKit:
    juror_id: str
    kit_id: str
    path: Path
    submissions: int
    encrypted: bool
    juror_name: str = ""


def issue_identity(session: Session, juror: Juror, rubric_hash: str, kind: str) -> KitRow:
    """The juror's kit identity (id and signing key) of this kind, created on first use.

    Re-exporting keeps the identity, so a juror's workspace and sequence numbers carry on.
    """
    row = session.scalars(
        select(KitRow).where(KitRow.juror_id == juror.id, KitRow.kind == kind)
    ).one_or_none()
    if row is None:
        row = KitRow(
            uid=str(uuid.uuid4()),
            juror_id=juror.id,
            key=base64.b64encode(secrets.token_bytes(32)).decode("ascii"),
            rubric_hash=rubric_hash,
            kind=kind,
        )
        session.add(row)
        session.flush()
    return row


def assigned_submissions(session: Session, juror: Juror) -> list[Submission]:
    return list(
        session.scalars(
            select(Submission)
            .join(Assignment, Assignment.submission_id == Submission.id)
            .where(Assignment.juror_id == juror.id)
            .options(selectinload(Submission.attachments))
            .order_by(Submission.key)
        )
    )


def kit_submission(sub: Submission, event: Event, files: BlindFiles | None = None) -> KitSubmission:
    """What a juror sees of a submission; a blind event leaves out the team and
    every field the coordinator marked as identifying, and its attachments come cleaned
    and neutrally named from ``files``."""
    hidden = set(event.identifying_fields or []) if event.is_blind else set()
    if event.is_blind:
        if files is None:
            raise ValueError("a blind kit needs its cleaned attachments")
        attachments = files.kit_attachments(sub)
    else:
        attachments = tuple(
            KitAttachment(a.path, a.title, a.blob_sha256, a.size, a.media_type)
            for a in sub.attachments
        )
    return KitSubmission(
        id=sub.key,
        title=sub.title,
        track=sub.track,
        summary=sub.summary,
        team=[] if event.is_blind else [dict(p) for p in sub.team],
        fields={k: v for k, v in sub.fields.items() if k not in hidden},
        attachments=attachments,
    )


def build_kit(
    session: Session, event: Event, rubric: Rubric, juror: Juror, files: BlindFiles | None = None
) -> Kit | None:
    subs = assigned_submissions(session, juror)
    if not subs:
        return None
    identity = issue_identity(session, juror, rubric.hash, "kit")
    return Kit(
        kit_id=identity.uid,
        event_id=event.uid,
        event_title=event.title,
        juror_id=juror.key,
        juror_name=juror.name,
        key=base64.b64decode(identity.key),
        rubric=rubric,
        rubric_hash=rubric.hash,
        blind=event.is_blind,
        submissions=tuple(kit_submission(s, event, files) for s in subs),
        created_at=iso_utc(),
    )


def _blobs(session: Session, kit: Kit) -> dict[str, bytes]:
    """The content of every attachment of ``kit``, read in bulk (empty when missing, which
    the kit writer then refuses like any content that does not match its SHA-256)."""
    wanted = sorted({a.sha256 for s in kit.submissions for a in s.attachments})
    found = dict.fromkeys(wanted, b"")
    for start in range(0, len(wanted), 500):  # keep within SQLite's bound-parameter limit
        chunk = wanted[start : start + 500]
        found.update(
            session.execute(select(Blob.sha256, Blob.data).where(Blob.sha256.in_(chunk))).all()
        )
    return found


def _damaged(session: Session, sha256: str) -> str:
    where = session.execute(
        select(Submission.key, Attachment.path)
        .join(Attachment, Attachment.submission_id == Submission.id)
        .where(Attachment.blob_sha256 == sha256)
        .order_by(Submission.key, Attachment.path)
    ).first()
    what = f"attachment {where[1]!r} of {where[0]}" if where else f"attachment {sha256}"
    return (
        f"{what} is missing or damaged in the event (its content no longer matches its "
        "SHA-256); import the submission again with --replace"
    )


def check_before_issuing(
    session: Session, event: Event, people: list[Juror], what: str,
    files: BlindFiles | None = None, places: tuple[str, ...] | None = None,
) -> None:  # fmt: skip
    """Refuse to issue blind files while an assigned submission has unconfirmed findings."""
    if not event.is_blind:
        return
    subs = {s.key: s for juror in people for s in assigned_submissions(session, juror)}
    check = check_subs(session, event, [subs[k] for k in sorted(subs)], files, places)
    if check.blocking:
        raise refusal(check.blocking, what)


def _people(session: Session, event: Event, jurors: list[str] | None) -> list[Juror]:
    query = select(Juror).where(Juror.event_id == event.id).order_by(Juror.key)
    if jurors:
        query = query.where(Juror.key.in_(jurors))
    people = list(session.scalars(query))
    if jurors and len(people) != len(set(jurors)):
        missing = sorted(set(jurors) - {p.key for p in people})
        raise RefusedError(f"no juror {missing[0]!r} in the event")
    return people


def export_kits(
    db: Database,
    out: Path,
    *,
    passphrase: str | None = None,
    jurors: list[str] | None = None,
    passphrases: Mapping[str, str] | None = None,
    actor: str | None = None,
    progress: Progress = SILENT,
) -> list[IssuedKit]:
    """Write ``<juror>.iminkit`` for every juror with assignments (or the ones named).

    ``passphrase`` encrypts every kit with one passphrase; ``passphrases`` gives each juror
    their own (a juror missing from it gets ``passphrase``, or a plain kit).

    The kits' identities (id and signing key) are stored before any file is written, so a
    kit on disk is always one whose score files the event can verify, even when a later kit
    of the same export fails.
    """
    actor = actor or default_actor()
    for secret in [passphrase, *(passphrases or {}).values()]:
        if secret is not None and len(secret) < 8:
            raise RefusedError("a kit passphrase needs at least 8 characters")
    with db.begin() as session:
        event = get_event(session)
        rubric_hash = load_rubric(session, event).hash
        check_before_issuing(session, event, _people(session, event, jurors), _("kits"))
        for juror in _people(session, event, jurors):
            if session.scalar(select(Assignment.id).where(Assignment.juror_id == juror.id)):
                issue_identity(session, juror, rubric_hash, "kit")
    issued: list[IssuedKit] = []
    with db.begin() as session:
        event = get_event(session)
        rubric = load_rubric(session, event)
        people = _people(session, event, jurors)
        files = BlindFiles(session) if event.is_blind else None
        for n, juror in enumerate(people, start=1):
            kit = build_kit(session, event, rubric, juror, files)
            if kit is not None:
                path = out / f"{juror.key}.iminkit"
                blobs = files.take() if files else _blobs(session, kit)
                secret = (passphrases or {}).get(juror.key, passphrase)
                try:
                    write_kit(kit, path, blobs.__getitem__, secret)
                except OSError as exc:
                    raise RefusedError(f"cannot write {path}: {exc.strerror or exc}") from None
                except ValueError:  # the writer checks every attachment against its SHA-256
                    damaged = sorted(s for s, data in blobs.items() if sha256_hex(data) != s)
                    if not damaged:
                        raise
                    raise RefusedError(_damaged(session, damaged[0])) from None
                issued.append(IssuedKit(juror.key, kit.kit_id, path, len(kit.submissions),
                                        secret is not None, juror.name))  # fmt: skip
                record(session, event.id, actor, "export", "kit", juror.key,
                       after={"kit_id": kit.kit_id, "submissions": len(kit.submissions),
                              "encrypted": secret is not None})  # fmt: skip
            progress.step(n, len(people), juror.key)
    if not issued:
        raise RefusedError("no juror has assignments yet; run 'imin assign' first")
    return issued
