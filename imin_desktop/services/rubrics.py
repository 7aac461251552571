"""The event's rubric: which rubrics ship with the program, whether the rubric can still change,
and replacing it while it can.

A rubric is editable until the first kit or score sheet is issued: from then on jurors score
against that exact document (its hash travels in every kit, sheet and score file), so changing
it would make every handed-out kit disagree with the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.resources import resource
from imin_desktop.domain.rubric import Rubric
from imin_desktop.formats.rubric_xlsx import read_rubric_file
from imin_desktop.models import Kit, Review, ScoreFileRecord
from imin_desktop.models import Rubric as RubricRow
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import _store_rubric, get_event, load_rubric

BUNDLED = ("health-innovation", "innovation-action-weighted")


@dataclass(frozen=True)
class RubricLock:
    """Whether the rubric may still be replaced; ``kits``/``sheets`` issued so far."""

    kits: int
    sheets: int

    @property
    def locked(self) -> bool:
        return bool(self.kits or self.sheets)


def bundled_rubric_path(name: str) -> Path:
    """The file of a rubric that ships with the program (``BUNDLED``)."""
    if name not in BUNDLED:
        raise RefusedError(f"no bundled rubric {name!r}")
    return Path(str(resource("rubrics", f"{name}.json")))


def read_rubric(path: Path) -> Rubric:
    """A rubric file (``.json`` or ``.xlsx``) read and checked, for a preview."""
    return read_rubric_file(path)


def rubric_lock(db: Database) -> RubricLock:
    with db.begin() as session:
        counts = dict(session.execute(select(Kit.kind, func.count()).group_by(Kit.kind)).all())
        return RubricLock(kits=counts.get("kit", 0), sheets=counts.get("sheet", 0))


def event_rubric(db: Database) -> Rubric:
    with db.begin() as session:
        return load_rubric(session)


def replace_rubric(db: Database, path: Path, *, actor: str | None = None) -> Rubric:
    """Make the rubric of ``path`` the event's rubric; refused once kits or sheets are out."""
    rubric = read_rubric_file(path)
    with db.begin() as session:
        event = get_event(session)
        if session.scalar(select(Kit.id).limit(1)) is not None:
            raise RefusedError(
                "the rubric is locked: kits or score sheets have already been issued, and "
                "jurors score against that exact rubric"
            )
        if session.scalar(select(Review.id).limit(1)) or session.scalar(
            select(ScoreFileRecord.id).limit(1)
        ):
            raise RefusedError("the rubric is locked: reviews have already been received")
        old = session.scalars(select(RubricRow).where(RubricRow.event_id == event.id)).one()
        before = {"rubric": old.key, "hash": old.hash}
        session.delete(old)
        session.flush()
        session.execute(delete(RubricRow).where(RubricRow.event_id == event.id))
        _store_rubric(session, event, rubric)
        record(session, event.id, actor or default_actor(), "replace", "rubric", rubric.id,
               before=before, after={"rubric": rubric.id, "hash": rubric.hash,
                                     "source": path.name})  # fmt: skip
    return rubric
