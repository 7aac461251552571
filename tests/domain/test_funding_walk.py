"""The budget line on hand-made ranked lists."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imin_desktop.domain.funding import Candidate, FundingError, FundingRule, walk


def ranked(*requests: int, ranks: list[int] | None = None) -> list[Candidate]:
    """Passing submissions S1, S2, … in rank order with these requests."""
    ranks = ranks or list(range(1, len(requests) + 1))
    return [
        Candidate(f"S{n}", rank, True, True, Decimal(r))
        for n, (r, rank) in enumerate(zip(requests, ranks, strict=True), start=1)
    ]


def lists(candidates: list[Candidate], budget: int, reserve: int = 0,
          rule: FundingRule = "strict") -> dict[str, list[str]]:  # fmt: skip
    doc = walk(candidates, Decimal(budget), reserve=reserve, rule=rule).as_json()
    return {k: [e["id"] for e in v] for k, v in doc.items() if isinstance(v, list) and v}


def test_budget_exact_fit_funds_every_request_up_to_the_line() -> None:
    proposal = walk(ranked(200, 300, 100), Decimal(500), reserve=1)

    assert [(e.id, e.cumulative) for e in proposal.of("main")] == [("S1", 200), ("S2", 500)]
    assert [e.id for e in proposal.of("reserve")] == ["S3"]
    assert proposal.remaining == 0


def test_budget_one_euro_over_moves_the_submission_below_the_line() -> None:
    assert lists(ranked(200, 301, 100), 500, reserve=0) == {
        "main": ["S1"], "insufficient_budget": ["S2", "S3"],
    }  # fmt: skip


def test_budget_skip_to_fit_passes_over_a_request_that_does_not_fit() -> None:
    assert lists(ranked(200, 301, 100), 500, reserve=1, rule="skip_to_fit") == {
        "main": ["S1", "S3"], "reserve": ["S2"],
    }  # fmt: skip


def test_budget_ex_aequo_group_straddling_the_line_goes_to_the_panel() -> None:
    candidates = ranked(300, 150, 150, 50, ranks=[1, 2, 2, 4])

    proposal = walk(candidates, Decimal(500), reserve=1)

    assert [e.id for e in proposal.of("main")] == ["S1"]
    assert [(e.id, e.cumulative) for e in proposal.of("panel")] == [("S2", 450), ("S3", 450)]
    assert [e.id for e in proposal.of("reserve")] == ["S4"]


def test_budget_ex_aequo_group_that_fits_whole_is_funded_whole() -> None:
    assert lists(ranked(300, 100, 100, 50, ranks=[1, 2, 2, 4]), 500) == {
        "main": ["S1", "S2", "S3"], "insufficient_budget": ["S4"],
    }  # fmt: skip


def test_budget_ex_aequo_settled_by_the_panel_is_walked_in_its_order() -> None:
    candidates = [
        Candidate("S1", 1, True, True, Decimal(300)),
        Candidate("S2", 2, True, True, Decimal(150), panel_order=2),
        Candidate("S3", 2, True, True, Decimal(150), panel_order=1),
    ]

    assert lists(candidates, 450) == {"main": ["S1", "S3"], "insufficient_budget": ["S2"]}


def test_budget_request_larger_than_the_whole_budget() -> None:
    candidates = ranked(900, 100, 200)

    assert lists(candidates, 500, reserve=1) == {
        "reserve": ["S1"],
        "insufficient_budget": ["S2", "S3"],
    }
    assert lists(candidates, 500, reserve=1, rule="skip_to_fit") == {
        "main": ["S2", "S3"], "reserve": ["S1"],
    }  # fmt: skip


def test_budget_with_zero_passing_submissions_funds_nothing() -> None:
    candidates = [
        Candidate("S1", 1, False, True, Decimal(10)),
        Candidate("S2", 2, True, False, None),
        Candidate("S3", 3, None, True, Decimal(5)),
    ]

    proposal = walk(candidates, Decimal(500), reserve=2)

    assert lists(candidates, 500, reserve=2) == {
        "below_threshold": ["S1"], "ineligible": ["S2"], "not_assessed": ["S3"],
    }  # fmt: skip
    assert (proposal.funded, proposal.remaining) == (0, 500)


def test_budget_json_has_the_documented_shape() -> None:
    doc = walk(ranked(200, 400), Decimal(500), reserve=1).as_json()

    assert list(doc) == [
        "budget", "rule", "reserve_size", "main", "reserve", "insufficient_budget",
        "below_threshold", "ineligible", "panel", "not_assessed", "funded", "remaining",
    ]  # fmt: skip
    assert doc["main"] == [{"id": "S1", "rank": 1, "request": 200, "cumulative": 200}]
    assert doc["reserve"] == [{"id": "S2", "rank": 2, "request": 400, "cumulative": 600}]


def test_budget_passing_submission_without_a_request_is_refused() -> None:
    candidates = [*ranked(100), Candidate("S9", 2, True, True, None),
                  Candidate("S8", 3, True, True, Decimal(-5))]  # fmt: skip

    with pytest.raises(FundingError, match="S9, S8"):
        walk(candidates, Decimal(500))


def test_budget_ex_aequo_ordered_for_only_some_members_stays_one_group() -> None:
    candidates = [
        Candidate("S1", 1, True, True, Decimal(300)),
        Candidate("S2", 2, True, True, Decimal(150), panel_order=1),
        Candidate("S3", 2, True, True, Decimal(150)),
    ]

    assert lists(candidates, 450) == {"main": ["S1"], "panel": ["S2", "S3"]}


@st.composite
def ranked_lists(draw: st.DrawFn) -> list[Candidate]:
    n = draw(st.integers(0, 12))
    ranks = sorted(draw(st.lists(st.integers(1, 8), min_size=n, max_size=n)))
    return [
        Candidate(f"S{i}", rank, draw(st.sampled_from([True, True, False, None])),
                  draw(st.sampled_from([True, True, False])), Decimal(draw(st.integers(0, 400))),
                  draw(st.sampled_from([None, None, 1, 2])))
        for i, rank in enumerate(ranks)
    ]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    ranked_lists(),
    st.integers(0, 1500),
    st.integers(0, 3),
    st.sampled_from(["strict", "skip_to_fit"]),
)
def test_budget_walk_invariants(
    candidates: list[Candidate], budget: int, reserve: int, rule: FundingRule
) -> None:
    proposal = walk(candidates, Decimal(budget), reserve=reserve, rule=rule)

    assert sorted(e.id for e in proposal.entries) == sorted(c.id for c in candidates)
    assert proposal.funded <= budget
    assert len(proposal.of("reserve")) <= reserve
    assert [e.cumulative for e in proposal.of("main")] == [
        sum((e.request or Decimal(0) for e in proposal.of("main")[: n + 1]), Decimal(0))
        for n in range(len(proposal.of("main")))
    ]
    passing = [c for c in candidates if c.passes and c.eligible]
    walked = {"main", "reserve", "insufficient_budget", "panel"}
    assert {e.id for e in proposal.entries if e.status in walked} == {c.id for c in passing}
    if rule == "strict":  # the main list is a prefix of the walk
        statuses = [e.status for e in proposal.entries if e.status in walked]
        assert statuses[: len(proposal.of("main"))] == ["main"] * len(proposal.of("main"))
