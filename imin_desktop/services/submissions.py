"""Importing and listing submissions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.formats.archive import ArchiveLimits
from imin_desktop.formats.package import (
    MANIFEST,
    PackageAttachment,
    PackageSubmission,
    read_source,
    read_sources,
)
from imin_desktop.models import Attachment, Blob, Submission
from imin_desktop.models.base import utcnow
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    blobs_stored: int = 0
    bytes_stored: int = 0

    @property
    def total(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.unchanged)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "attachments_stored": self.blobs_stored,
            "bytes_stored": self.bytes_stored,
        }


@dataclass(frozen=True)
class SubmissionInfo:
    id: str
    title: str
    track: str
    team: list[dict[str, str]]
    fields: dict[str, Any]
    attachments: int

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _snapshot(sub: PackageSubmission | Submission) -> dict[str, Any]:
    return {"title": sub.title, "track": sub.track, "content_hash": sub.content_hash}


def _contents(att: PackageAttachment) -> list[tuple[str, bytes]]:
    """An attachment's content and its blind variant's, as (SHA-256, bytes)."""
    found = [(att.sha256, att.data)]
    if att.blind is not None:
        found.append((att.blind.sha256, att.blind.data))
    return found


def import_submissions(
    db: Database,
    sources: list[Path],
    *,
    replace: bool = False,
    actor: str | None = None,
    limits: ArchiveLimits | None = None,
    progress: Progress = SILENT,
) -> ImportReport:
    """Import every submission of ``sources`` or none: one transaction for the command."""
    actor = actor or default_actor()
    report = ImportReport()
    with db.begin() as session:
        event = get_event(session)
        existing = {
            s.key: s
            for s in session.scalars(select(Submission).where(Submission.event_id == event.id))
        }
        known_blobs = set(session.scalars(select(Blob.sha256)))
        for done, pkg in enumerate(read_sources(sources, limits), start=1):
            current = existing.get(pkg.id)
            if current is not None and current.content_hash == pkg.content_hash:
                report.unchanged.append(pkg.id)
            elif current is not None and not replace:
                raise InputError(
                    pkg.source, f"{pkg.id} / id",
                    f"a different submission {pkg.id!r} is already in the event; "
                    "use --replace to replace it",
                )  # fmt: skip
            else:
                for att in pkg.attachments:
                    for sha256, data in _contents(att):
                        if sha256 not in known_blobs:
                            # Written at once (a Core insert, not an ORM object the session
                            # keeps), so an import holds one submission's attachments in
                            # memory, not all of them.
                            session.execute(
                                insert(Blob), [{"sha256": sha256, "size": len(data), "data": data}]
                            )
                            known_blobs.add(sha256)
                            report.blobs_stored += 1
                            report.bytes_stored += len(data)
                attachments = [
                    Attachment(
                        position=i, path=a.path, title=a.title, media_type=a.media_type,
                        blob_sha256=a.sha256, size=a.size,
                        blind_blob_sha256=a.blind.sha256 if a.blind else None,
                        blind_media_type=a.blind.media_type if a.blind else None,
                    )
                    for i, a in enumerate(pkg.attachments)
                ]  # fmt: skip
                if current is None:
                    row = Submission(
                        event_id=event.id, key=pkg.id, title=pkg.title, track=pkg.track,
                        summary=pkg.summary, team=list(pkg.team), fields=dict(pkg.fields),
                        content_hash=pkg.content_hash, attachments=attachments,
                    )  # fmt: skip
                    session.add(row)
                    existing[pkg.id] = row
                    report.added.append(pkg.id)
                    record(session, event.id, actor, "add", "submission", pkg.id,
                           after=_snapshot(pkg), detail=pkg.source)  # fmt: skip
                else:
                    before = _snapshot(current)
                    current.attachments.clear()
                    session.flush()
                    current.title, current.track, current.summary = (
                        pkg.title,
                        pkg.track,
                        pkg.summary,
                    )
                    current.team, current.fields = list(pkg.team), dict(pkg.fields)
                    current.content_hash = pkg.content_hash
                    current.blind_confirmation = None  # new content: confirm its findings anew
                    current.attachments.extend(attachments)
                    current.updated_at = utcnow()
                    report.replaced.append(pkg.id)
                    record(session, event.id, actor, "replace", "submission", pkg.id,
                           before=before, after=_snapshot(pkg), detail=pkg.source)  # fmt: skip
            progress.step(done, 0, pkg.id)
        record(
            session, event.id, actor, "import", "submissions",
            after=report.as_json() | {"sources": [str(s) for s in sources]},
        )  # fmt: skip
    return report


def list_submissions(db: Database) -> list[SubmissionInfo]:
    """Every submission, by id (columns only: no attachment is loaded, they are counted)."""
    with db.begin() as session:
        event = get_event(session)
        counts = dict(
            session.execute(
                select(Attachment.submission_id, func.count()).group_by(Attachment.submission_id)
            ).all()
        )
        rows = session.execute(
            select(Submission.id, Submission.key, Submission.title, Submission.track,
                   Submission.team, Submission.fields)
            .where(Submission.event_id == event.id)
            .order_by(Submission.key)
        ).all()  # fmt: skip
        return [
            SubmissionInfo(
                id=key, title=title, track=track, team=list(team), fields=dict(fields),
                attachments=counts.get(row_id, 0),
            )
            for row_id, key, title, track, team, fields in rows
        ]  # fmt: skip


class SourcesRefused(InputError):
    """An import refused as a whole, with every problem found in its sources."""

    def __init__(self, problems: list[InputError]) -> None:
        first = problems[0]
        super().__init__(first.file, first.location, first.message)
        self.problems = problems


def _units(sources: list[Path]) -> list[Path]:
    """The sources, with a batch folder split into its packages (so each is checked alone)."""
    units: list[Path] = []
    for path in sources:
        if path.is_dir() and not path.is_symlink() and not (path / MANIFEST).exists():
            entries = [
                e
                for e in sorted(path.iterdir())
                if e.is_symlink()
                or (e.is_dir() and (e / MANIFEST).exists())
                or (e.is_file() and e.suffix.lower() == ".zip")
            ]
            units.extend(entries or [path])
        else:
            units.append(path)
    return units


def check_sources(
    sources: list[Path], *, limits: ArchiveLimits | None = None, progress: Progress = SILENT
) -> list[InputError]:
    """Every problem of the sources, one per package (a batch folder's packages are read one
    by one) plus every id used twice: what the coordinator must fix before importing."""
    problems: list[InputError] = []
    seen: dict[str, str] = {}
    units = _units(sources)
    for n, unit in enumerate(units, start=1):
        try:
            for sub in read_source(unit, limits):
                if sub.id in seen:
                    problems.append(InputError(
                        sub.source, f"{sub.id} / id",
                        f"the id {sub.id!r} is also used by {seen[sub.id]}",
                    ))  # fmt: skip
                seen.setdefault(sub.id, sub.source)
        except InputError as exc:
            problems.append(exc)
        progress.step(n, len(units), str(unit))
    return problems


def import_or_explain(
    db: Database, sources: list[Path], *, replace: bool = False, actor: str | None = None,
    progress: Progress = SILENT,
) -> ImportReport:  # fmt: skip
    """``import_submissions``; when it refuses, every problem of the sources is listed in the
    ``SourcesRefused`` it raises (the event is unchanged either way)."""
    try:
        return import_submissions(db, sources, replace=replace, actor=actor, progress=progress)
    except InputError as first:
        problems = check_sources(sources, progress=progress)
        if not any(str(p) == str(first) for p in problems):
            problems.insert(0, first)
        raise SourcesRefused(problems) from None
