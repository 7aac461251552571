"""The panel's decisions: outcome, rationale, and the order that settles ex aequo ranks.

Every change is checked against the version the user saw (a decision changed meanwhile by
someone else is refused, never silently overwritten) and written to the audit trail.
Deciding a positive outcome (``winner``, ``funded``) for a submission below a threshold or
ineligible is refused unless the caller says it overrides, and the override is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from imin_desktop.domain.consolidation import Method, Results
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.times import iso_utc
from imin_desktop.models import Decision, Event, Submission
from imin_desktop.models.base import utcnow
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.jurors import find_submission

POSITIVE_OUTCOMES = ("winner", "funded")
"""Outcomes that reward a submission: deciding one against a failed threshold or gate is an
override."""


class ChangedElsewhereError(RefusedError):
    """The decision changed since the user read it (another window, ``imin decide``)."""


class OverrideRequiredError(RefusedError):
    """A positive outcome for a submission that fails a threshold or a gate, not confirmed."""

    def __init__(self, message: str, reasons: list[str]) -> None:
        super().__init__(message)
        self.reasons = reasons


@dataclass(frozen=True)
class DecisionInfo:
    submission_id: str
    outcome: str
    rationale: str
    panel_order: int | None
    version: int
    decided_by: str
    decided_at: str


def _changed(key: str) -> ChangedElsewhereError:
    return ChangedElsewhereError(
        f"the decision on {key} was changed by someone else meanwhile; reload and try again"
    )


def list_decisions(db: Database) -> dict[str, DecisionInfo]:
    """Every recorded decision by submission id, with the version to send back on change."""
    with db.begin() as session:
        event = get_event(session)
        rows = session.execute(
            select(Submission.key, Decision)
            .join(Decision, Decision.submission_id == Submission.id)
            .where(Submission.event_id == event.id)
        ).all()
        return {
            key: DecisionInfo(key, d.outcome, d.rationale, d.panel_order, d.version,
                              d.decided_by, iso_utc(d.decided_at))
            for key, d in rows
        }  # fmt: skip


def event_outcomes(db: Database) -> list[str]:
    """The outcomes a decision may take in this event, in the event's order."""
    with db.begin() as session:
        return [str(o) for o in get_event(session).outcomes or []]


def override_reasons(db: Database, submission_key: str, outcome: str,
                     method: Method = "mean") -> list[str]:  # fmt: skip
    """Why deciding ``outcome`` would override the results: ``below_threshold`` and/or
    ``ineligible`` (the flags' names) under ``method``; empty when it would not."""
    if outcome not in POSITIVE_OUTCOMES:
        return []
    from imin_desktop.services.results import compute_results

    result = compute_results(db, method=method, draws=0).results.submission(submission_key)
    return [flag for flag in ("below_threshold", "ineligible") if flag in result.flags]


def ex_aequo_groups(results: Results) -> list[list[str]]:
    """Submissions sharing a rank that no tie-break separated (flag ``ex_aequo``), one list per
    rank, in rank order; each list by submission id."""
    groups: dict[int, list[str]] = {}
    for s in results.submissions:
        if "ex_aequo" in s.flags:
            groups.setdefault(s.rank, []).append(s.id)
    return [sorted(ids) for _rank, ids in sorted(groups.items()) if len(ids) > 1]


def _current(session: Session, event: Event, key: str) -> tuple[Submission, Decision | None]:
    sub = find_submission(session, event, key)
    decision = session.scalars(
        select(Decision).where(Decision.submission_id == sub.id)
    ).one_or_none()
    return sub, decision


def _state(d: Decision | None) -> dict[str, object] | None:
    if d is None:
        return None
    return {"outcome": d.outcome, "rationale": d.rationale, "panel_order": d.panel_order}


def decide(
    db: Database, submission_key: str, outcome: str, rationale: str = "", *,
    panel_order: int | None = None, expected_version: int | None = None, actor: str | None = None,
    override: bool = False, method: Method = "mean",
) -> int:  # fmt: skip
    """Record (or change) a decision; returns its new version.

    ``expected_version`` is the version the user saw (0: no decision yet). A positive outcome
    for a submission below threshold or ineligible under ``method`` needs ``override``;
    the audit entry then records which results were overridden.
    """
    actor = actor or default_actor()
    reasons = override_reasons(db, submission_key, outcome, method)
    if reasons and not override:
        raise OverrideRequiredError(
            f"{submission_key} is {' and '.join(r.replace('_', ' ') for r in reasons)}; "
            f"deciding {outcome!r} overrides the results and must be confirmed",
            reasons,
        )
    try:
        with db.begin() as session:
            event = get_event(session)
            allowed = list(event.outcomes or [])
            if outcome not in allowed:
                raise RefusedError(
                    f"{outcome!r} is not an outcome of this event; use one of: {', '.join(allowed)}"
                )
            sub, current = _current(session, event, submission_key)
            if (
                expected_version is not None
                and (current.version if current else 0) != expected_version
            ):
                raise _changed(submission_key)
            before = _state(current)
            if current is None:
                current = Decision(submission_id=sub.id, outcome=outcome)
                session.add(current)
            current.outcome, current.rationale = outcome, rationale
            current.panel_order = panel_order
            current.decided_by, current.decided_at = actor, utcnow()
            session.flush()
            after: dict[str, object] = {
                "outcome": outcome, "rationale": rationale, "panel_order": panel_order,
            }  # fmt: skip
            if reasons:
                after["override"] = reasons
            record(session, event.id, actor, "decide", "decision", submission_key,
                   before=before, after=after,
                   detail=f"overrides {', '.join(reasons)} ({method})" if reasons else "")  # fmt: skip
            return current.version
    except StaleDataError:
        raise _changed(submission_key) from None


def withdraw(db: Database, submission_key: str, *, expected_version: int | None = None,
             actor: str | None = None) -> None:  # fmt: skip
    """Remove the decision on ``submission_key`` (undoing a first decision), audited."""
    actor = actor or default_actor()
    try:
        with db.begin() as session:
            event = get_event(session)
            _sub, current = _current(session, event, submission_key)
            if current is None:
                if expected_version:
                    raise _changed(submission_key)
                return
            if expected_version is not None and current.version != expected_version:
                raise _changed(submission_key)
            before = _state(current)
            session.delete(current)
            session.flush()
            record(session, event.id, actor, "withdraw", "decision", submission_key,
                   before=before)  # fmt: skip
    except StaleDataError:
        raise _changed(submission_key) from None


def settle_ex_aequo(
    db: Database, order: Sequence[Sequence[str]], rationale: str, *,
    expected_versions: dict[str, int] | None = None, actor: str | None = None,
) -> dict[str, int]:  # fmt: skip
    """Record the panel's order of an ex aequo group: ``order`` lists places, each a list of
    submission ids (two ids in one place stay ex aequo). Every member needs a decision first.
    Returns the new decision versions."""
    actor = actor or default_actor()
    if not rationale.strip():
        raise RefusedError("settling an ex aequo group needs a rationale")
    expected = expected_versions or {}
    keys = [key for place in order for key in place]
    if len(set(keys)) != len(keys) or len(keys) < 2:
        raise RefusedError("an ex aequo order names each of at least two submissions once")
    try:
        with db.begin() as session:
            event = get_event(session)
            versions: dict[str, int] = {}
            before: dict[str, object] = {}
            for position, place in enumerate(order, start=1):
                for key in place:
                    _sub, current = _current(session, event, key)
                    if current is None:
                        raise RefusedError(
                            f"{key} has no decision yet; record its outcome before ordering"
                        )
                    if key in expected and current.version != expected[key]:
                        raise _changed(key)
                    before[key] = current.panel_order
                    current.panel_order = position
                    current.decided_by, current.decided_at = actor, utcnow()
                    session.flush()
                    versions[key] = current.version
            record(session, event.id, actor, "order ex aequo", "decision", ", ".join(keys),
                   before=before, after={"order": [list(p) for p in order], "rationale": rationale},
                   detail=rationale)  # fmt: skip
            return versions
    except StaleDataError:
        raise _changed(", ".join(keys)) from None
