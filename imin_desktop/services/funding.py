"""The budget line: propose main list, reserve list and the not funded from the results, and
record the proposal as decisions (``apply_funding``) that the panel may then override.

The rule (``strict`` order or ``skip_to_fit``), the requested-amount field, the reserve length,
the budget and the method are event settings: the last applied proposal stores them under the
setting ``funding``, and later proposals, the workbook's Funding sheet and the decision report use
them unless told otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from imin_desktop.domain.consolidation import RESULT_METHODS, Method, Results
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.funding import (
    FUNDING_RULES,
    Candidate,
    FundingError,
    FundingProposal,
    FundingRule,
    walk,
)
from imin_desktop.domain.times import iso_utc
from imin_desktop.exports.funding_texts import funding_word, money
from imin_desktop.models import Decision, Event, EventSetting, Submission
from imin_desktop.models.base import utcnow
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.results import EventResults, compute_results

SETTING = "funding"
DEFAULT_FIELD = "budget_eur"
MARK = " (budget line)"
"""Appended to ``decided_by`` of a decision the budget line recorded: re-applying replaces only
those, never a decision the panel recorded itself."""
OUTCOMES: dict[str, str] = {
    "main": "funded",
    "reserve": "reserve",
    "insufficient_budget": "not_funded_budget",
    "below_threshold": "not_funded_threshold",
    "ineligible": "ineligible",
}
"""The decision each list records; ex aequo groups at the line and unassessed submissions get
none (the panel decides)."""


@dataclass(frozen=True)
class FundingSettings:
    budget: Decimal
    field: str = DEFAULT_FIELD
    reserve: int = 0
    rule: FundingRule = "strict"
    method: Method = "mean"

    def as_json(self) -> dict[str, Any]:
        return {"budget": str(self.budget), "field": self.field, "reserve": self.reserve,
                "rule": self.rule, "method": self.method}  # fmt: skip


@dataclass(frozen=True)
class FundingResult:
    event_title: str
    settings: FundingSettings
    proposal: FundingProposal
    titles: Mapping[str, str]


@dataclass(frozen=True)
class AppliedFunding:
    result: FundingResult
    recorded: tuple[str, ...]
    kept: tuple[str, ...]
    """Submissions whose decision the panel recorded itself: left as they are."""


def request_value(value: object) -> Decimal | None:
    """A submission field as a requested amount: a finite number, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        return None
    try:
        amount = Decimal(str(value).strip()) if isinstance(value, str) else Decimal(str(value))
    except ArithmeticError:
        return None
    return amount if amount.is_finite() else None


def candidates(
    results: Results, requests: Mapping[str, Decimal | None], panel_orders: Mapping[str, int | None]
) -> list[Candidate]:
    return [
        Candidate(s.id, s.rank, s.passes, s.eligible, requests.get(s.id), panel_orders.get(s.id))
        for s in results.submissions
    ]


def stored_settings(session: Session, event: Event) -> FundingSettings | None:
    row = session.scalars(
        select(EventSetting).where(EventSetting.event_id == event.id, EventSetting.name == SETTING)
    ).one_or_none()
    if row is None or not isinstance(row.value, dict):
        return None
    v = row.value
    rule: FundingRule = "skip_to_fit" if v.get("rule") == "skip_to_fit" else "strict"
    return FundingSettings(
        budget=Decimal(str(v.get("budget", "0"))), field=str(v.get("field") or DEFAULT_FIELD),
        reserve=int(v.get("reserve") or 0), rule=rule,
        method=v["method"] if v.get("method") in RESULT_METHODS else "mean",
    )  # fmt: skip


def requests_of(session: Session, event: Event, field: str) -> dict[str, Decimal | None]:
    rows = session.execute(
        select(Submission.key, Submission.fields).where(Submission.event_id == event.id)
    ).all()
    return {key: request_value((fields or {}).get(field)) for key, fields in rows}


def propose(
    results: Results, requests: Mapping[str, Decimal | None],
    decisions: Mapping[str, Mapping[str, Any]], settings: FundingSettings,
) -> FundingProposal:  # fmt: skip
    """The walk over ``results``; a request problem is refused in words."""
    orders = {k: d.get("panel_order") for k, d in decisions.items()}
    try:
        return walk(candidates(results, requests, orders), settings.budget,
                    reserve=settings.reserve, rule=settings.rule)  # fmt: skip
    except FundingError as exc:
        raise RefusedError(f"{exc} (field {settings.field!r})") from None


def funding_of(
    session: Session, event: Event, er: EventResults
) -> tuple[FundingProposal | None, str]:
    """The budget line under the event's stored settings over ``er`` (the results a document
    shows), and the requested-amount field; None when no budget was applied or it cannot be
    walked."""
    stored = stored_settings(session, event)
    if stored is None:
        return None, ""
    try:
        return propose(er.results, requests_of(session, event, stored.field), er.decisions,
                       stored), stored.field  # fmt: skip
    except RefusedError:
        return None, stored.field


def resolve_settings(
    db: Database, *, budget: Decimal | str | int | None = None, field: str | None = None,
    reserve: int | None = None, rule: FundingRule | None = None, method: Method | None = None,
) -> FundingSettings:  # fmt: skip
    """What is given, else the event's stored funding settings, else the defaults."""
    with db.begin() as session:
        stored = stored_settings(session, get_event(session))
    if budget is None and stored is None:
        raise RefusedError("no budget given and none stored for this event; use --budget")
    try:
        amount = Decimal(str(budget)) if budget is not None else stored.budget  # type: ignore[union-attr]
    except ArithmeticError:
        raise RefusedError(f"{budget!r} is not an amount") from None
    if not amount.is_finite() or amount < 0:
        raise RefusedError(f"{budget!r} is not an amount of 0 or more")
    if rule is not None and rule not in FUNDING_RULES:
        raise RefusedError(f"unknown rule {rule!r}; use one of: {', '.join(FUNDING_RULES)}")
    if reserve is not None and reserve < 0:
        raise RefusedError("the reserve list cannot have a negative length")
    base = stored or FundingSettings(amount)
    return FundingSettings(
        amount, field or base.field, base.reserve if reserve is None else reserve,
        rule or base.rule, method or base.method,
    )  # fmt: skip


def propose_funding(db: Database, settings: FundingSettings) -> FundingResult:
    """The budget line under ``settings`` (results without bootstrap: ranks need none)."""
    er = compute_results(db, method=settings.method, draws=0)
    with db.begin() as session:
        requests = requests_of(session, get_event(session), settings.field)
    proposal = propose(er.results, requests, er.decisions, settings)
    return FundingResult(er.event_title, settings, proposal, dict(er.titles))


def rationale(proposal: FundingProposal, submission: str, lang: str) -> str:
    entry = proposal.entry(submission)
    if entry is None or entry.status not in OUTCOMES:
        return ""
    return funding_word(
        lang, f"rationale.{entry.status}", cumulative=money(entry.cumulative, lang),
        budget=money(proposal.budget, lang), funded=money(proposal.funded, lang),
        request=money(entry.request, lang), position=entry.position,
    )  # fmt: skip


def apply_funding(
    db: Database, settings: FundingSettings, *, lang: str = "en", actor: str | None = None
) -> AppliedFunding:
    """Record the proposal as decisions with generated rationales, in one transaction.

    Decisions the panel recorded itself are kept; the event's outcomes gain the budget line's
    outcomes; the settings are stored as the event's funding settings. Everything is audited.
    """
    actor = actor or default_actor()
    result = propose_funding(db, settings)
    proposal = result.proposal
    recorded: list[str] = []
    kept: list[str] = []
    with db.begin() as session:
        event = get_event(session)
        outcomes = list(event.outcomes or [])
        missing = [o for o in OUTCOMES.values() if o not in outcomes]
        if missing:
            event.outcomes = [*outcomes, *missing]
            record(session, event.id, actor, "edit", "event outcomes", event.uid,
                   before=outcomes, after=event.outcomes)  # fmt: skip
        subs = dict(session.execute(
            select(Submission.key, Submission.id).where(Submission.event_id == event.id)
        ).all())  # fmt: skip
        current = {d.submission_id: d for d in session.scalars(select(Decision))}
        for entry in proposal.entries:
            if entry.status not in OUTCOMES:
                continue
            decision = current.get(subs[entry.id])
            if decision is not None and not decision.decided_by.endswith(MARK):
                kept.append(entry.id)
                continue
            outcome, why = OUTCOMES[entry.status], rationale(proposal, entry.id, lang)
            before = None
            if decision is None:
                decision = Decision(submission_id=subs[entry.id], outcome=outcome)
                session.add(decision)
            else:
                before = {"outcome": decision.outcome, "rationale": decision.rationale,
                          "panel_order": decision.panel_order}  # fmt: skip
            decision.outcome, decision.rationale = outcome, why
            decision.decided_by, decision.decided_at = actor + MARK, utcnow()
            record(session, event.id, actor, "decide", "decision", entry.id, before=before,
                   after={"outcome": outcome, "rationale": why,
                          "panel_order": decision.panel_order})  # fmt: skip
            recorded.append(entry.id)
        row = session.scalars(select(EventSetting).where(
            EventSetting.event_id == event.id, EventSetting.name == SETTING
        )).one_or_none()  # fmt: skip
        value = {**settings.as_json(), "applied_at": iso_utc(), "lang": lang}
        if row is None:
            session.add(EventSetting(event_id=event.id, name=SETTING, value=value))
        else:
            row.value, row.updated_at = value, utcnow()
        record(session, event.id, actor, "apply funding", "event", event.uid, after={
            **settings.as_json(), "main": [e.id for e in proposal.of("main")],
            "panel": [e.id for e in proposal.of("panel")], "kept": kept,
        })  # fmt: skip
    return AppliedFunding(result, tuple(recorded), tuple(kept))
