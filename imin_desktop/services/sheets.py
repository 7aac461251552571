"""Excel score sheets for jurors who will not install the program."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.text import _
from imin_desktop.formats.scoresheet import SheetIdentity, SheetSubmission, write_score_sheet
from imin_desktop.models import Assignment, Juror
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.blinding import SHEET_PLACES
from imin_desktop.services.events import get_event, load_rubric
from imin_desktop.services.kits import assigned_submissions, check_before_issuing, issue_identity


def export_sheets(
    db: Database, out: Path, *, lang: str = "en", actor: str | None = None,
    progress: Progress = SILENT,
) -> list[Path]:  # fmt: skip
    """Write ``<juror>-scores.xlsx`` for every juror with assignments.

    As with kits, the sheets' identities are stored before any file is written, so every
    sheet on disk is one the event can take back.
    """
    actor = actor or default_actor()
    with db.begin() as session:
        event = get_event(session)
        rubric_hash = load_rubric(session, event).hash
        everyone = list(session.scalars(select(Juror).where(Juror.event_id == event.id)))
        # A sheet shows each submission's title and track: in a blind event neither may
        # name the team unless the coordinator confirmed it.
        check_before_issuing(session, event, everyone, _("score sheets"), places=SHEET_PLACES)
        for juror in everyone:
            if session.scalar(select(Assignment.id).where(Assignment.juror_id == juror.id)):
                issue_identity(session, juror, rubric_hash, "sheet")
    written: list[Path] = []
    with db.begin() as session:
        event = get_event(session)
        rubric = load_rubric(session, event)
        people = list(
            session.scalars(select(Juror).where(Juror.event_id == event.id).order_by(Juror.key))
        )
        for n, juror in enumerate(people, start=1):
            subs = assigned_submissions(session, juror)
            if subs:
                identity_row = issue_identity(session, juror, rubric.hash, "sheet")
                identity = SheetIdentity(
                    event_id=event.uid, event_title=event.title, juror_id=juror.key,
                    juror_name=juror.name, kit_id=identity_row.uid, rubric_hash=rubric.hash,
                    submission_ids=tuple(s.key for s in subs),
                )  # fmt: skip
                path = out / f"{juror.key}-scores.xlsx"
                try:
                    write_score_sheet(
                        path, identity, rubric,
                        [SheetSubmission(s.key, s.title, s.track) for s in subs], lang=lang,
                    )  # fmt: skip
                except OSError as exc:
                    raise RefusedError(f"cannot write {path}: {exc.strerror or exc}") from None
                written.append(path)
                record(session, event.id, actor, "export", "score_sheet", juror.key,
                       after={"kit_id": identity_row.uid, "submissions": len(subs)})  # fmt: skip
            progress.step(n, len(people), juror.key)
    if not written:
        raise RefusedError("no juror has assignments yet; run 'imin assign' first")
    return written
