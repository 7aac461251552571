"""Merging what jurors hand back: signed score files and filled score sheets.

Each file is all-or-nothing. Every valid file is kept verbatim; a juror's reviews are
always rebuilt from their *current* file: the score file with the highest sequence, or, for a
juror who has handed back none, the score sheet the event received last. So any order of the
same score files gives the same event, and importing a file twice changes nothing; among a
juror's sheets, the order of receipt decides (a workbook's own timestamps are the juror's file
talking, and never decide).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session, defer, selectinload

from imin_desktop.domain.canonical import sha256_hex
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.review import ReviewEntry
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import N_, _
from imin_desktop.domain.times import iso_utc, parse_iso_utc
from imin_desktop.formats.base import read_bytes
from imin_desktop.formats.scorefile import (
    SCORE_FILE_LIMITS,
    check_against_rubric,
    read_score_file,
    verify_signature,
)
from imin_desktop.formats.scoresheet import read_score_sheet
from imin_desktop.formats.scoresheet_read import MAX_SHEET_BYTES
from imin_desktop.models import (
    Assignment,
    AuditEntry,
    Conflict,
    Criterion,
    Event,
    Gate,
    GateAnswer,
    Juror,
    Kit,
    Review,
    Score,
    ScoreFileRecord,
    Submission,
)
from imin_desktop.models import Rubric as RubricRow
from imin_desktop.models.base import Base
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event, load_rubric

Result = Literal["accepted", "superseded", "duplicate", "refused"]


@dataclass(frozen=True)
class FileOutcome:
    path: str
    result: Result
    juror: str = ""
    sequence: int | None = None
    reason: str = ""
    sha256: str = ""

    def line(self) -> str:
        """One line for people: ``J07-002.iminscore: accepted juror J07 sequence 2``."""
        parts = [_(RESULT_WORDS.get(self.result, self.result))]
        if self.juror:
            parts.append(_("juror {juror}").format(juror=self.juror))
        if self.sequence is not None:
            parts.append(_("sequence {n}").format(n=self.sequence))
        tail = f": {self.reason}" if self.reason else ""
        return f"{self.path}: {' '.join(parts)}{tail}"

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


RESULT_WORDS = {"accepted": N_("accepted"), "superseded": N_("superseded"),
                "duplicate": N_("duplicate"), "refused": N_("refused")}  # fmt: skip


class _Refused(Exception):
    def __init__(self, reason: str, juror: str = "", sequence: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.juror, self.sequence = reason, juror, sequence


@dataclass(frozen=True)
class _Incoming:
    kit: Kit
    juror: Juror
    kind: str
    sequence: int
    created_at: datetime
    entries: tuple[ReviewEntry, ...]


def _assigned(session: Session, juror: Juror) -> set[str]:
    return set(
        session.scalars(
            select(Submission.key)
            .join(Assignment, Assignment.submission_id == Submission.id)
            .where(Assignment.juror_id == juror.id)
        )
    )


def _kit_for(
    session: Session, kit_uid: str, kind: str, juror: str = "", sequence: int | None = None
) -> tuple[Kit, Juror]:
    """The kit (or sheet) the event issued with this id; ``juror`` and ``sequence`` are what
    the file says, for the message when there is none."""
    row = session.execute(
        select(Kit, Juror).join(Juror, Juror.id == Kit.juror_id).where(Kit.uid == kit_uid)
    ).one_or_none()
    if row is None or row[0].kind != kind:
        message = (
            _("kit_id {id!r}: no kit with this id was issued by this event") if kind == "kit"
            else _("kit_id {id!r}: no score sheet with this id was issued by this event")
        )  # fmt: skip
        raise _Refused(message.format(id=kit_uid), juror, sequence)
    return row[0], row[1]


def _read_score_file(
    session: Session, event: Event, rubric: Rubric, path: Path, data: bytes
) -> _Incoming:
    sf, document = read_score_file(data, str(path))
    if sf.event_id != event.uid:
        raise _Refused(
            _("event_id: the file was made for another event ({id})").format(id=sf.event_id),
            sf.juror_id, sf.sequence,
        )  # fmt: skip
    kit, juror = _kit_for(session, sf.kit_id, "kit", sf.juror_id, sf.sequence)
    if juror.key != sf.juror_id:
        raise _Refused(
            _("juror_id: the file names juror {named} but kit {kit} was issued to {juror}").format(
                named=sf.juror_id, kit=sf.kit_id, juror=juror.key
            ),
            sf.juror_id, sf.sequence,
        )  # fmt: skip
    if not verify_signature(document, base64.b64decode(kit.key)):
        raise _Refused(
            _("signature: does not verify with the key of this juror's kit "
              "(the file was changed, or signed with another kit's key)"),
            juror.key, sf.sequence,
        )  # fmt: skip
    problems = check_against_rubric(sf, rubric, _assigned(session, juror))
    if problems:
        raise _Refused("; ".join(problems), juror.key, sf.sequence)
    return _Incoming(kit, juror, "scores", sf.sequence, parse_iso_utc(sf.created_at), sf.reviews)


def _read_sheet(session: Session, rubric: Rubric, path: Path) -> _Incoming:
    identity, entries = read_score_sheet(path, rubric)
    kit, juror = _kit_for(session, identity.kit_id, "sheet", identity.juror_id)
    if juror.key != identity.juror_id:
        raise _Refused(_("the sheet names juror {named} but was issued to {juror}").format(
            named=identity.juror_id, juror=juror.key))  # fmt: skip
    if identity.rubric_hash != rubric.hash:
        raise _Refused(_("the sheet was made for another version of the rubric"), juror.key)
    assigned = _assigned(session, juror)
    for entry in entries:
        if entry.submission_id not in assigned:
            raise _Refused(_("{id}: not assigned to this juror").format(id=entry.submission_id),
                           juror.key)  # fmt: skip
    # A sheet has no sequence of its own, and whatever the workbook says about when it was
    # saved is the juror's file talking. The event numbers the sheets of one identity in the
    # order it receives them: the sheet handed back last is the current one.
    received = session.scalar(
        select(func.max(ScoreFileRecord.sequence)).where(ScoreFileRecord.kit_id == kit.id)
    )
    now = datetime.now(UTC)
    saved = min(
        max((parse_iso_utc(e.updated_at) for e in entries if e.updated_at), default=now), now
    )
    # The saved time is shown as the reviews' time, never later than the sheet's receipt.
    entries = [replace(e, updated_at=iso_utc(saved)) for e in entries]
    return _Incoming(kit, juror, "sheet", (received or 0) + 1, saved, tuple(entries))


def review_snapshot(entry: ReviewEntry) -> dict[str, Any]:
    return {
        "status": entry.status,
        "conflict": entry.conflict,
        "scores": {k: str(v) for k, v in sorted(entry.scores.items())},
        "gates": dict(sorted(entry.gates.items())),
        "comment": entry.comment,
        "criterion_comments": dict(sorted(entry.criterion_comments.items())),
    }


def juror_entries(session: Session, juror: Juror) -> dict[str, ReviewEntry]:
    """The juror's reviews in the event, as plain entries keyed by submission id."""
    crit = dict(session.execute(select(Criterion.id, Criterion.key)).all())
    gates = dict(session.execute(select(Gate.id, Gate.key)).all())
    out: dict[str, ReviewEntry] = {}
    rows = session.execute(
        select(Review, Submission.key)
        .join(Submission, Submission.id == Review.submission_id)
        .where(Review.juror_id == juror.id)
        .options(selectinload(Review.scores), selectinload(Review.gate_answers))
    ).all()
    for review, key in rows:
        scores = {crit[s.criterion_id]: s.value for s in review.scores if s.value is not None}
        comments = {crit[s.criterion_id]: s.comment for s in review.scores if s.comment}
        out[key] = ReviewEntry(
            submission_id=key,
            status="final" if review.status == "final" else "draft",
            conflict=review.is_conflict,
            scores=scores,
            gates={gates[g.gate_id]: g.answer for g in review.gate_answers},
            comment=review.comment,
            criterion_comments=comments,
            updated_at=iso_utc(review.updated_at),
        )
    return out


def _table(model: type[Base]) -> Table:
    """A model's table, for Core bulk inserts (no per-row ORM bookkeeping)."""
    return cast(Table, model.__table__)


@dataclass(frozen=True)
class _Ids:
    """Row ids by key, read once per import command."""

    criteria: dict[str, int]
    gates: dict[str, int]
    submissions: dict[str, int]

    @classmethod
    def of(cls, session: Session, event: Event) -> _Ids:
        rubric_row = session.scalars(select(RubricRow).where(RubricRow.event_id == event.id)).one()
        subs = select(Submission.key, Submission.id).where(Submission.event_id == event.id)
        return cls(
            criteria={c.key: c.id for c in rubric_row.criteria},
            gates={g.key: g.id for g in rubric_row.gates},
            submissions=dict(session.execute(subs).all()),
        )


def _apply(
    session: Session, event: Event, ids: _Ids, juror: Juror, record_id: int,
    incoming: _Incoming, actor: str, sha: str,
) -> None:  # fmt: skip
    """Make the juror's reviews exactly those of ``incoming`` (bulk statements, one per table)."""
    sub_ids = ids.submissions
    before = {k: review_snapshot(e) for k, e in juror_entries(session, juror).items()}
    after = {e.submission_id: review_snapshot(e) for e in incoming.entries}
    session.execute(delete(Review).where(Review.juror_id == juror.id))
    session.expire_all()
    if incoming.entries:
        session.execute(
            insert(_table(Review)),
            [
                {
                    "juror_id": juror.id, "submission_id": sub_ids[e.submission_id],
                    "status": e.status, "is_conflict": e.conflict, "comment": e.comment,
                    "score_file_id": record_id, "version": 1,
                    "updated_at": parse_iso_utc(e.updated_at) if e.updated_at else incoming.created_at,
                }
                for e in incoming.entries
            ],
        )  # fmt: skip
        by_submission = dict(
            session.execute(
                select(Review.submission_id, Review.id).where(Review.juror_id == juror.id)
            ).all()
        )
        review_ids = [by_submission[sub_ids[e.submission_id]] for e in incoming.entries]
        scores: list[dict[str, Any]] = []
        answers: list[dict[str, Any]] = []
        for review_id, e in zip(review_ids, incoming.entries, strict=True):
            keys = set(e.scores) | set(e.criterion_comments)
            scores.extend(
                {"review_id": review_id, "criterion_id": ids.criteria[k],
                 "value": e.scores.get(k), "comment": e.criterion_comments.get(k, "")}
                for k in sorted(keys)
            )  # fmt: skip
            answers.extend(
                {"review_id": review_id, "gate_id": ids.gates[k], "answer": v}
                for k, v in sorted(e.gates.items())
            )
        if scores:
            session.execute(insert(_table(Score)), scores)
        if answers:
            session.execute(insert(_table(GateAnswer)), answers)
    # Conflicts the juror declared live in their current file, like their scores.
    session.execute(
        delete(Conflict).where(Conflict.juror_id == juror.id, Conflict.source == "juror")
    )
    declared = set(
        session.scalars(select(Conflict.submission_id).where(Conflict.juror_id == juror.id))
    )
    conflicts = [
        {"juror_id": juror.id, "submission_id": sub_ids[e.submission_id], "source": "juror"}
        for e in incoming.entries
        if e.conflict and sub_ids[e.submission_id] not in declared
    ]
    if conflicts:
        session.execute(insert(_table(Conflict)), conflicts)
    changes = [
        {"event_id": event.id, "actor": actor, "action": "merge", "entity": "review",
         "entity_key": f"{juror.key}/{key}", "before": before.get(key), "after": after.get(key),
         "detail": f"sha256:{sha}"}
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    ]  # fmt: skip
    if changes:
        session.execute(insert(_table(AuditEntry)), changes)


def _import_one(
    session: Session, event: Event, rubric: Rubric, ids: _Ids, path: Path, actor: str
) -> FileOutcome:
    """Check one file completely, then store it: every refusal (``_Refused``, ``InputError``)
    is raised before the first write, so a refused file leaves the session untouched."""
    name = str(path)
    # Size first, by what the file says it is: a sheet (.xlsx) or a score file.
    limit = MAX_SHEET_BYTES if path.suffix.lower() == ".xlsx" else SCORE_FILE_LIMITS.max_bytes
    data = read_bytes(path, limit)
    sha = sha256_hex(data)
    earlier = session.execute(
        select(Juror.key, ScoreFileRecord.sequence)
        .join(Juror, Juror.id == ScoreFileRecord.juror_id)
        .where(ScoreFileRecord.sha256 == sha)
    ).first()
    if earlier is not None:
        return FileOutcome(name, "duplicate", earlier[0], earlier[1],
                           _("this very file was imported before"), sha)  # fmt: skip
    if (
        path.suffix.lower() == ".iminkit"
        or data.startswith(b"IMINKIT")
        or (data.startswith(b"PK") and b"kit.json" in data[:4096])
    ):
        raise _Refused(
            _("this is a juror kit (what jurors receive), not a score file they hand back")
        )
    is_sheet = path.suffix.lower() == ".xlsx" or data.startswith(b"PK")
    incoming = (
        _read_sheet(session, rubric, path)
        if is_sheet
        else _read_score_file(session, event, rubric, path, data)
    )
    juror = incoming.juror
    same = session.scalars(
        select(ScoreFileRecord.id).where(
            ScoreFileRecord.kit_id == incoming.kit.id,
            ScoreFileRecord.sequence == incoming.sequence,
        )
    ).one_or_none()
    if same is not None:
        raise _Refused(
            _("sequence {n} of juror {juror} was already imported with different content "
              "(two different files with one sequence number)").format(
                n=incoming.sequence, juror=juror.key),
            juror.key, incoming.sequence,
        )  # fmt: skip
    # The files' bytes stay in the database: an import holds one file in memory at a time.
    records = list(
        session.scalars(
            select(ScoreFileRecord)
            .where(ScoreFileRecord.juror_id == juror.id)
            .options(defer(ScoreFileRecord.content))
        )
    )
    row = ScoreFileRecord(
        kit_id=incoming.kit.id, juror_id=juror.id, sequence=incoming.sequence, sha256=sha,
        kind=incoming.kind, file_name=path.name, content=data, created_at=incoming.created_at,
    )  # fmt: skip
    session.add(row)
    session.flush()
    session.expire(row, ["content"])
    everything = [*records, row]
    # Score files and online edits share one sequence per juror; a sheet counts only alone.
    files = [r for r in everything if r.kind in ("scores", "online")] or everything
    # A file with the very sequence of the online edits does not come after them.
    current = max(files, key=lambda r: (r.sequence, r.kind == "online"))
    for r in everything:
        r.is_current = r is current
    if current is not row:
        if current.kind == "online":
            reason = (f"juror {juror.key} scored online after this file "
                      f"(online edits are sequence {current.sequence})")  # fmt: skip
        elif current.kind == incoming.kind:
            reason = f"juror {juror.key} already handed back sequence {current.sequence}"
        else:
            reason = (
                f"juror {juror.key} handed back a score file, which takes precedence over a sheet"
            )
        record(session, event.id, actor, "import", "score_file", juror.key,
               after={"sha256": sha, "sequence": incoming.sequence, "result": "superseded"})  # fmt: skip
        return FileOutcome(name, "superseded", juror.key, incoming.sequence, reason, sha)
    _apply(session, event, ids, juror, row.id, incoming, actor, sha)
    record(session, event.id, actor, "import", "score_file", juror.key,
           after={"sha256": sha, "sequence": incoming.sequence, "result": "accepted",
                  "reviews": len(incoming.entries)})  # fmt: skip
    return FileOutcome(name, "accepted", juror.key, incoming.sequence, "", sha)


def import_score_files(
    db: Database, paths: list[Path], *, actor: str | None = None, progress: Progress = SILENT
) -> list[FileOutcome]:
    """Import the files, any order; one outcome per file.

    A refused file changes nothing; the others are merged. The whole command is one
    transaction, so an interrupted or cancelled import changes nothing at all.
    """
    actor = actor or default_actor()
    outcomes: list[FileOutcome] = []
    with db.begin() as session:
        event = get_event(session)
        rubric = load_rubric(session, event)
        ids = _Ids.of(session, event)
        for n, path in enumerate(paths, start=1):
            try:
                outcomes.append(_import_one(session, event, rubric, ids, path, actor))
            except _Refused as exc:
                outcomes.append(
                    FileOutcome(str(path), "refused", exc.juror, exc.sequence, exc.reason)
                )
            except InputError as exc:
                reason = f"{exc.location}: {exc.message}" if exc.location else exc.message
                outcomes.append(FileOutcome(str(path), "refused", reason=reason))
            progress.step(n, len(paths), str(path))
    return outcomes
