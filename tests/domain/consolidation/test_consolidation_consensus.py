"""The ``consensus`` method: agreed scores replace the consolidated values only where recorded."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from consolidation_factories import jurors, make_rubric, review, submissions
from hypothesis import given
from hypothesis import strategies as st
from test_consolidation_properties import SETTINGS, Event, events, run

from imin_desktop.domain.consolidation import ConsensusInput, Results, consolidate


def with_consensus(event: Event, entries: list[ConsensusInput], draws: int = 0) -> Results:
    return consolidate(
        event.rubric, event.submissions, event.jurors, event.reviews,
        method="consensus", draws=draws, consensus=entries,
    )  # fmt: skip


@st.composite
def events_with_consensus(draw: st.DrawFn) -> tuple[Event, list[ConsensusInput]]:
    event = draw(events())
    reviewed = sorted({r.submission_id for r in event.reviews})
    entries = []
    for sub in reviewed:
        keys = draw(st.sets(st.sampled_from(["a", "b"])))
        if keys:
            scores = {k: Decimal(draw(st.integers(0, 4))) for k in sorted(keys)}
            entries.append(ConsensusInput(sub, scores))
    return event, entries


@SETTINGS
@given(events_with_consensus())
def test_consensus_changes_values_only_where_recorded(
    case: tuple[Event, list[ConsensusInput]],
) -> None:
    event, entries = case
    mean = run(event, "mean")
    agreed = with_consensus(event, entries)
    recorded = {e.submission_id: e.scores for e in entries}

    for before in mean.submissions:
        after = agreed.submission(before.id)
        scores = recorded.get(before.id, {})
        for key, value in before.criteria.items():
            expected = float(scores[key]) if key in scores else value
            assert after.criteria[key] == pytest.approx(expected, abs=1e-12, nan_ok=True)
        if not scores:
            assert after.total == pytest.approx(before.total, abs=1e-12)
        assert ("no_consensus" in after.flags) == (set(scores) != {"a", "b"})
        assert after.consensus_gaps.keys() == (scores.keys() if before.reviews else set())


@SETTINGS
@given(events())
def test_consensus_with_none_recorded_equals_mean_plus_the_flag(event: Event) -> None:
    mean = run(event, "mean", draws=40)
    agreed = with_consensus(event, [], draws=40)

    assert [s.id for s in agreed.submissions] == [s.id for s in mean.submissions]
    for before, after in zip(mean.submissions, agreed.submissions, strict=True):
        assert after.flags == tuple(
            f for f in (*before.flags, "no_consensus") if f != "consensus_gap"
        )
        assert replace(after, flags=before.flags, method_ranks=before.method_ranks) == before


def test_consensus_gap_is_reported_and_a_large_one_flagged() -> None:
    rubric = make_rubric((("a", 1), ("b", 1)), low=0, high=10, disagreement_spread="0.3")
    reviews = [review("S1", j, {"a": 4, "b": 6}) for j in ("J1", "J2")]
    entries = [ConsensusInput("S1", {"a": Decimal(8), "b": Decimal(7)})]

    result = consolidate(
        rubric, submissions(["S1"]), jurors(["J1", "J2"]), reviews, method="consensus",
        draws=0, consensus=entries,
    ).submission("S1")  # fmt: skip

    assert result.consensus_gaps == {"a": 4.0, "b": 1.0}
    assert result.criteria == {"a": 8.0, "b": 7.0}
    assert "consensus_gap" in result.flags and "no_consensus" not in result.flags


def test_agreed_gate_answer_decides_eligibility_under_consensus() -> None:
    rubric = make_rubric((("a", 1),), gates=["eligible"])
    reviews = [
        review("S1", "J1", {"a": 5}, {"eligible": False}),
        review("S1", "J2", {"a": 5}, {"eligible": False}),
        review("S2", "J1", {"a": 5}, {"eligible": True}),
    ]
    entries = [
        ConsensusInput("S1", {"a": Decimal(5)}, {"eligible": True}),
        ConsensusInput("S2", {"a": Decimal(5)}, {"eligible": False}),
    ]

    def eligible(method: str) -> dict[str, bool]:
        results = consolidate(
            rubric, submissions(["S1", "S2"]), jurors(["J1", "J2"]), reviews,
            method=method, draws=0, consensus=entries,  # type: ignore[arg-type]
        )  # fmt: skip
        return {s.id: s.eligible for s in results.submissions}

    assert eligible("mean") == {"S1": False, "S2": True}
    assert eligible("consensus") == {"S1": True, "S2": False}


def test_consensus_stays_fixed_in_every_bootstrap_draw() -> None:
    rubric = make_rubric((("a", 1),))
    reviews = [
        review("S1", "J1", {"a": 2}), review("S1", "J2", {"a": 9}),
        review("S2", "J1", {"a": 5}), review("S2", "J2", {"a": 6}),
    ]  # fmt: skip
    entries = [ConsensusInput("S1", {"a": Decimal(10)})]

    results = consolidate(
        rubric, submissions(["S1", "S2"]), jurors(["J1", "J2"]), reviews,
        method="consensus", draws=200, consensus=entries,
    )  # fmt: skip

    assert results.submission("S1").rank_interval == (1, 1)
    assert results.submission("S1").p_top == 1.0


def test_consensus_without_counted_reviews_is_noted_not_used() -> None:
    rubric = make_rubric((("a", 1),))
    reviews = [review("S1", "J1", {"a": 5})]
    entries = [ConsensusInput("S2", {"a": Decimal(9)})]

    results = consolidate(
        rubric, submissions(["S1", "S2"]), jurors(["J1"]), reviews, method="consensus",
        draws=0, consensus=entries,
    )  # fmt: skip

    assert results.submission("S2").total is None
    assert any(n.path == "submissions[S2].consensus" for n in results.notes)
