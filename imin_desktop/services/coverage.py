"""Coverage: who has handed back what, per juror and per submission."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from imin_desktop.models import Assignment, Conflict, Juror, Review, Submission
from imin_desktop.persistence.database import Database
from imin_desktop.services.events import get_event

State = Literal["done", "draft", "missing", "conflict"]
STATES: tuple[State, ...] = ("done", "draft", "missing", "conflict")


@dataclass(frozen=True)
class CoverageRow:
    id: str
    name: str
    assigned: int
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "assigned": self.assigned, **self.counts}


@dataclass(frozen=True)
class Coverage:
    jurors: list[CoverageRow]
    submissions: list[CoverageRow]
    cells: dict[tuple[str, str], State]  # (juror, submission) -> state

    def totals(self) -> dict[str, int]:
        return dict(Counter(self.cells.values()))

    def as_json(self) -> dict[str, Any]:
        return {
            "totals": {s: self.totals().get(s, 0) for s in STATES},
            "jurors": [r.as_json() for r in self.jurors],
            "submissions": [r.as_json() for r in self.submissions],
        }


def coverage(db: Database) -> Coverage:
    with db.begin() as session:
        event = get_event(session)
        jurors = {j.id: j for j in session.scalars(select(Juror).where(Juror.event_id == event.id))}
        subs = {
            s.id: s
            for s in session.scalars(select(Submission).where(Submission.event_id == event.id))
        }
        reviews = {(r.juror_id, r.submission_id): r for r in session.scalars(select(Review))}
        conflicts = {
            (j, s) for j, s in session.execute(select(Conflict.juror_id, Conflict.submission_id))
        }
        cells: dict[tuple[str, str], State] = {}
        pairs = {
            (j, s)
            for j, s in session.execute(select(Assignment.juror_id, Assignment.submission_id))
        }
        for pair in sorted(pairs | conflicts | set(reviews)):
            j, s = pair
            review = reviews.get(pair)
            state: State
            if pair in conflicts or (review is not None and review.is_conflict):
                state = "conflict"
            elif review is None:
                state = "missing"
            else:
                state = "done" if review.status == "final" else "draft"
            cells[jurors[j].key, subs[s].key] = state
        assigned = {(jurors[j].key, subs[s].key) for j, s in pairs}

        def rows(index: int, names: dict[str, str]) -> list[CoverageRow]:
            grouped: dict[str, Counter[str]] = {key: Counter() for key in names}
            for k, v in cells.items():
                grouped[k[index]][v] += 1
            for pair in assigned:
                grouped[pair[index]]["assigned"] += 1
            out = []
            for key in sorted(names):
                counts = grouped[key]
                out.append(CoverageRow(key, names[key], counts["assigned"],
                                       {s: counts.get(s, 0) for s in STATES}))  # fmt: skip
            return out

        return Coverage(
            jurors=rows(0, {j.key: j.name for j in jurors.values()}),
            submissions=rows(1, {s.key: s.title for s in subs.values()}),
            cells=cells,
        )
