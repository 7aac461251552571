"""The budget line on a real event: proposal, --apply as decisions, the panel's overrides kept."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from funding_factories import scored_event
from logistics_factories import LogisticsEvent
from sqlalchemy import select

from imin_desktop.domain.errors import RefusedError
from imin_desktop.models import AuditEntry, Event, Submission
from imin_desktop.services import decisions, funding
from imin_desktop.services.results import compute_results

# Passing in rank order (mean): SUB-003 €144 000, SUB-001 €611 500, SUB-008 €380 500,
# SUB-007 €98 000; failing: SUB-006, SUB-005, SUB-002, SUB-004.


@pytest.fixture
def event(tmp_path: Path) -> Iterator[LogisticsEvent]:
    ev = scored_event(tmp_path)
    yield ev
    ev.db.dispose()


def settings(event: LogisticsEvent, budget: int, **kw: object) -> funding.FundingSettings:
    return funding.resolve_settings(event.db, budget=budget, **kw)  # type: ignore[arg-type]


def test_funding_proposal_walks_the_passing_ranked_list(event: LogisticsEvent) -> None:
    result = funding.propose_funding(event.db, settings(event, 800_000, reserve=1))

    lists = {k: [e["id"] for e in v] for k, v in result.proposal.as_json().items()
             if isinstance(v, list)}  # fmt: skip
    assert lists["main"] == ["SUB-003", "SUB-001"]
    assert lists["reserve"] == ["SUB-008"]
    assert lists["insufficient_budget"] == ["SUB-007"]
    assert lists["below_threshold"] == ["SUB-006", "SUB-005", "SUB-002", "SUB-004"]
    assert result.proposal.funded == Decimal(755_500)


def test_funding_skip_to_fit_from_the_event_rule(event: LogisticsEvent) -> None:
    result = funding.propose_funding(event.db, settings(event, 700_000, rule="skip_to_fit"))

    assert [e.id for e in result.proposal.of("main")] == ["SUB-003", "SUB-008", "SUB-007"]


def test_funding_apply_records_decisions_with_rationales(event: LogisticsEvent) -> None:
    applied = funding.apply_funding(event.db, settings(event, 800_000, reserve=1), actor="ana")

    er = compute_results(event.db, draws=0)
    assert applied.recorded == ("SUB-003", "SUB-001", "SUB-008", "SUB-007", "SUB-006",
                                "SUB-005", "SUB-002", "SUB-004")  # fmt: skip
    assert er.decisions["SUB-001"]["outcome"] == "funded"
    assert er.decisions["SUB-001"]["rationale"] == "Main list: cumulative €755 500 of €800 000."
    assert er.decisions["SUB-008"]["outcome"] == "reserve"
    assert er.decisions["SUB-007"]["outcome"] == "not_funded_budget"
    assert er.decisions["SUB-004"]["rationale"] == "Not funded: below threshold."
    with event.db.begin() as session:
        actions = [
            a.action for a in session.scalars(select(AuditEntry).where(AuditEntry.actor == "ana"))
        ]
        outcomes = session.scalars(select(Event)).one().outcomes
    assert actions.count("decide") == 8 and "apply funding" in actions
    assert {"funded", "reserve", "not_funded_budget", "not_funded_threshold"} <= set(outcomes)


def test_funding_apply_in_portuguese(event: LogisticsEvent) -> None:
    funding.apply_funding(event.db, settings(event, 800_000), lang="pt")

    rationale = compute_results(event.db, draws=0).decisions["SUB-003"]["rationale"]
    assert rationale == "Lista principal: acumulado de 144 000 € de 800 000 €."


def test_funding_reapply_keeps_the_panels_override(event: LogisticsEvent) -> None:
    funding.apply_funding(event.db, settings(event, 800_000))
    decisions.decide(event.db, "SUB-007", "funded", "The panel funds it from savings.")

    again = funding.apply_funding(event.db, settings(event, 800_000))

    er = compute_results(event.db, draws=0)
    assert again.kept == ("SUB-007",)
    assert er.decisions["SUB-007"]["rationale"] == "The panel funds it from savings."


def test_funding_settings_are_stored_by_apply(event: LogisticsEvent) -> None:
    funding.apply_funding(event.db, settings(event, 300_000, reserve=2, rule="skip_to_fit"))

    stored = funding.resolve_settings(event.db)

    assert stored == funding.FundingSettings(
        Decimal(300_000), "budget_eur", 2, "skip_to_fit", "mean"
    )


def test_funding_passing_submission_without_request_is_refused(event: LogisticsEvent) -> None:
    with event.db.begin() as session:
        sub = session.scalars(select(Submission).where(Submission.key == "SUB-008")).one()
        sub.fields = {**sub.fields, "budget_eur": "unknown"}

    with pytest.raises(RefusedError, match=r"SUB-008.*'budget_eur'"):
        funding.propose_funding(event.db, settings(event, 800_000))


@pytest.mark.parametrize("budget", ["-1", "abc", "NaN"])
def test_funding_invalid_budget_is_refused(event: LogisticsEvent, budget: str) -> None:
    with pytest.raises(RefusedError):
        funding.resolve_settings(event.db, budget=budget)


def test_funding_without_budget_or_stored_one_is_refused(event: LogisticsEvent) -> None:
    with pytest.raises(RefusedError, match="no budget"):
        funding.resolve_settings(event.db)
