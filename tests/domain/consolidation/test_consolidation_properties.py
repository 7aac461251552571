"""Properties that hold for every event (hypothesis generates the events)."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

import pytest
from consolidation_factories import make_rubric, review
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.consolidation import (
    METHODS,
    CountedReview,
    JurorInput,
    Method,
    Results,
    SubmissionInput,
    consolidate,
)
from imin_desktop.domain.rubric import Rubric, TotalKind

SETTINGS = settings(max_examples=60, deadline=None)


@dataclass
class Event:
    rubric: Rubric
    submissions: list[SubmissionInput]
    jurors: list[JurorInput]
    reviews: list[CountedReview]


@st.composite
def events(
    draw: st.DrawFn,
    *,
    complete: bool = False,
    criteria: int = 2,
    max_submissions: int = 6,
    max_jurors: int = 5,
) -> Event:
    n_sub = draw(st.integers(1, max_submissions))
    n_jur = draw(st.integers(1, max_jurors))
    weights = draw(st.sampled_from([("1", "1"), ("1", "2"), ("1.5", "1"), ("0.5", "3")]))
    total: TotalKind = draw(st.sampled_from(["weighted_sum", "weighted_mean"]))
    keys = ["a", "b"][:criteria]
    rubric = make_rubric(
        tuple(zip(keys, weights, strict=False)), low=0, high=4, step=1, total=total
    )
    subs = [SubmissionInput(f"S{i}", f"S{i}", draw(st.integers(0, n_jur))) for i in range(n_sub)]
    jurs = [JurorInput(f"J{j}", draw(st.integers(0, 2))) for j in range(n_jur)]
    reviews = []
    for i in range(n_sub):
        for j in range(n_jur):
            if complete or draw(st.booleans()):
                scores = {k: draw(st.integers(0, 4)) for k in keys}
                reviews.append(review(f"S{i}", f"J{j}", scores))
    return Event(rubric, subs, jurs, reviews)


def run(event: Event, method: Method = "mean", draws: int = 0, seed: int = 1) -> Results:
    return consolidate(
        event.rubric,
        event.submissions,
        event.jurors,
        event.reviews,
        method=method,
        draws=draws,
        seed=seed,
    )


@SETTINGS
@given(events(), st.randoms(use_true_random=False), st.sampled_from(METHODS))
def test_results_do_not_depend_on_input_order(event: Event, random: Random, method: Method) -> None:
    shuffled = Event(
        event.rubric,
        random.sample(event.submissions, len(event.submissions)),
        random.sample(event.jurors, len(event.jurors)),
        random.sample(event.reviews, len(event.reviews)),
    )

    assert run(shuffled, method, draws=20) == run(event, method, draws=20)


@SETTINGS
@given(events(), st.randoms(use_true_random=False), st.sampled_from(METHODS))
def test_results_do_not_depend_on_juror_names(event: Event, random: Random, method: Method) -> None:
    names = [f"K{n}" for n in random.sample(range(len(event.jurors)), len(event.jurors))]
    rename = {j.id: names[n] for n, j in enumerate(event.jurors)}
    renamed = Event(
        event.rubric,
        event.submissions,
        [JurorInput(rename[j.id], j.conflicts) for j in event.jurors],
        [
            CountedReview(r.submission_id, rename[r.juror_id], r.scores, r.gates)
            for r in event.reviews
        ],
    )

    before, after = run(event, method), run(renamed, method)

    for old, new in zip(before.submissions, after.submissions, strict=True):
        assert (new.id, new.rank, new.flags, new.method_ranks) == (
            old.id,
            old.rank,
            old.flags,
            old.method_ranks,
        )
        assert new.total == pytest.approx(old.total, abs=1e-9)
    for juror in before.jurors:
        moved = after.juror(rename[juror.id])
        assert (moved.reviews, moved.conflicts) == (juror.reviews, juror.conflicts)
        assert moved.mean_total == pytest.approx(juror.mean_total, abs=1e-9)
        assert moved.leniency == pytest.approx(juror.leniency, abs=1e-9)
    old_rel, new_rel = before.reliability.total, after.reliability.total
    assert new_rel.alpha_interval == pytest.approx(old_rel.alpha_interval, abs=1e-9)
    assert new_rel.kendall_w == pytest.approx(old_rel.kendall_w, abs=1e-9)
    assert new_rel.icc.icc2 == pytest.approx(old_rel.icc.icc2, abs=1e-9)


@SETTINGS
@given(events(complete=True))
def test_mean_and_adjusted_agree_on_complete_designs(event: Event) -> None:
    mean, adjusted = run(event, "mean"), run(event, "adjusted")

    for a, b in zip(mean.submissions, adjusted.submissions, strict=True):
        assert (a.id, a.rank) == (b.id, b.rank)
        assert b.total == pytest.approx(a.total, abs=1e-9)
        assert b.criteria == pytest.approx(a.criteria, abs=1e-9)


def _shift(event: Event, juror: str, by: int) -> Event:
    shifted = [
        CountedReview(
            r.submission_id,
            r.juror_id,
            {k: v + by for k, v in r.scores.items()} if r.juror_id == juror else r.scores,
            r.gates,
        )
        for r in event.reviews
    ]
    return Event(event.rubric, event.submissions, event.jurors, shifted)


@SETTINGS
@given(events(), st.integers(0, 4), st.sampled_from([-3, 2, 7]))
def test_a_generous_juror_does_not_change_adjusted_ranks(event: Event, who: int, by: int) -> None:
    before = run(event, "adjusted")
    assume(before.components == 1 and who < len(event.jurors))

    after = run(_shift(event, event.jurors[who].id, by), "adjusted")

    assert {s.id: s.rank for s in after.submissions} == {s.id: s.rank for s in before.submissions}
    # The juror's offset grows by by·(1 − 1/J) on every criterion (J jurors with reviews, the
    # others' offsets fall by by/J to keep Σ b = 0); leniency sums it over the total formula.
    old, new = before.juror(event.jurors[who].id), after.juror(event.jurors[who].id)
    if old.leniency is not None and new.leniency is not None:
        active = sum(1 for j in before.jurors if j.reviews)
        weights = [float(c.weight) for c in event.rubric.criteria]
        scale = sum(weights) / (sum(weights) if event.rubric.total == "weighted_mean" else 1)
        expected = old.leniency + by * (1 - 1 / active) * scale
        assert new.leniency == pytest.approx(expected, abs=1e-9)


@st.composite
def standardised_events(draw: st.DrawFn) -> Event:
    """One criterion; every juror reviews two or more submissions, not all with one value."""
    n_sub, n_jur = draw(st.integers(2, 6)), draw(st.integers(1, 4))
    rubric = make_rubric((("a", 1),), low=0, high=4, step=1)
    reviews = []
    for j in range(n_jur):
        chosen = draw(st.lists(st.integers(0, n_sub - 1), min_size=2, max_size=n_sub, unique=True))
        first = draw(st.integers(0, 4))
        second = draw(st.sampled_from([v for v in range(5) if v != first]))
        values = [first, second]
        values += [draw(st.integers(0, 4)) for _ in chosen[2:]]
        reviews += [review(f"S{i}", f"J{j}", {"a": v}) for i, v in zip(chosen, values, strict=True)]
    subs = [SubmissionInput(f"S{i}", f"S{i}", 0) for i in range(n_sub)]
    return Event(rubric, subs, [JurorInput(f"J{j}") for j in range(n_jur)], reviews)


@SETTINGS
@given(standardised_events(), st.integers(0, 3), st.sampled_from([-3, 2, 7]))
def test_a_generous_juror_does_not_change_zscore_ranks(event: Event, who: int, by: int) -> None:
    # One criterion, every juror standardised: every rescaled value is μ + σ·z, and a shift of
    # one juror's scores changes neither the z nor their order.
    assume(who < len(event.jurors))
    before = run(event, "zscore")

    after = run(_shift(event, event.jurors[who].id, by), "zscore")

    assert {s.id: s.rank for s in after.submissions} == {s.id: s.rank for s in before.submissions}


@SETTINGS
@given(events(), st.sampled_from(METHODS))
def test_every_total_is_the_weighted_combination_of_its_criteria(
    event: Event, method: Method
) -> None:
    results = run(event, method)
    weights = {c.key: float(c.weight) for c in event.rubric.criteria}
    divisor = sum(weights.values()) if event.rubric.total == "weighted_mean" else 1.0

    for s in results.submissions:
        if s.total is None:
            assert all(v is None for v in s.criteria.values())
            continue
        combined = sum(weights[k] * v for k, v in s.criteria.items() if v is not None) / divisor
        assert s.total == pytest.approx(combined, abs=1e-12)


@SETTINGS
@given(events(), st.sampled_from(METHODS))
def test_rank_is_one_plus_the_number_of_strictly_higher_totals(
    event: Event, method: Method
) -> None:
    results = run(event, method)
    totals = [s.total for s in results.submissions]
    ranked = [t for t in totals if t is not None]

    for s in results.submissions:
        if s.total is None:
            assert s.rank == len(ranked) + 1
        else:
            assert s.rank == 1 + sum(t > s.total + 1e-9 for t in ranked)
            tied = sum(abs(t - s.total) <= 1e-9 for t in ranked) > 1
            assert ("ex_aequo" in s.flags) == tied
    assert [s.rank for s in results.submissions] == sorted(s.rank for s in results.submissions)


@SETTINGS
@given(events(), st.sampled_from(METHODS), st.integers(0, 2**32 - 1))
def test_bootstrap_is_determined_by_its_seed(event: Event, method: Method, seed: int) -> None:
    first = run(event, method, draws=30, seed=seed)
    second = run(event, method, draws=30, seed=seed)

    assert [(s.rank_interval, s.p_top) for s in first.submissions] == [
        (s.rank_interval, s.p_top) for s in second.submissions
    ]
    for s in first.submissions:
        if s.rank_interval is not None:
            low, high = s.rank_interval
            assert 1 <= low <= high <= len(event.submissions)
            assert s.p_top is not None and 0.0 <= s.p_top <= 1.0
