"""Ranking, tie-breaks, flags, thresholds, gates and juror figures on small hand-made events."""

from __future__ import annotations

import math

import pytest
from consolidation_factories import from_matrix, jurors, make_rubric, review, submissions

from imin_desktop.domain.consolidation import (
    CountedReview,
    Flag,
    JurorInput,
    Results,
    SubmissionInput,
    consolidate,
)
from imin_desktop.domain.progress import Cancelled


def _ranks(results: Results) -> dict[str, int]:
    return {s.id: s.rank for s in results.submissions}


def _flags(results: Results, submission_id: str) -> tuple[Flag, ...]:
    return results.submission(submission_id).flags


def test_ranking_is_competition_ranking_with_ex_aequo() -> None:
    subs, jurs, reviews = from_matrix([[8, 8], [6, 7], [7, 6], [1, 2]])

    results = consolidate(make_rubric(), subs, jurs, reviews, draws=0)

    assert _ranks(results) == {"S01": 1, "S02": 2, "S03": 2, "S04": 4}
    assert [s.id for s in results.submissions] == ["S01", "S02", "S03", "S04"]
    assert "ex_aequo" in _flags(results, "S02")
    assert "ex_aequo" in _flags(results, "S03")
    assert "ex_aequo" not in _flags(results, "S01")


def test_tie_break_by_criterion_puts_higher_value_first() -> None:
    rubric = make_rubric((("a", 1), ("b", 1)), tie_break=("b",))
    reviews = [review("S1", "J1", {"a": 6, "b": 2}), review("S2", "J1", {"a": 2, "b": 6})]

    results = consolidate(rubric, submissions(["S1", "S2"]), jurors(["J1"]), reviews, draws=0)

    assert _ranks(results) == {"S2": 1, "S1": 2}
    assert "ex_aequo" not in _flags(results, "S1")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("field:distance", {"FAR": 1, "NEAR": 2, "NONE": 3}),
        ("field:distance:asc", {"NEAR": 1, "FAR": 2, "NONE": 3}),
    ],
)
def test_tie_break_by_field_and_missing_field_sorts_last(
    key: str, expected: dict[str, int]
) -> None:
    rubric = make_rubric(tie_break=(key,))
    subs = [
        SubmissionInput("FAR", "far", 1, {"distance": 0.4}),
        SubmissionInput("NEAR", "near", 1, {"distance": 0.1}),
        SubmissionInput("NONE", "none", 1, {"distance": "n/a"}),
    ]
    reviews = [review(s.id, "J1", {"a": 5}) for s in subs]

    results = consolidate(rubric, subs, jurors(["J1"]), reviews, draws=0)

    assert _ranks(results) == expected


def test_tie_break_keys_apply_in_order_and_leave_true_ties() -> None:
    rubric = make_rubric((("a", 1), ("b", 1)), tie_break=("b", "field:x"))
    subs = [
        SubmissionInput("P", "p", 1, {"x": 1}),
        SubmissionInput("Q", "q", 1, {"x": 2}),
        SubmissionInput("R", "r", 1, {"x": 2}),
        SubmissionInput("T", "t", 1, {"x": 9}),
    ]
    reviews = [
        review("P", "J1", {"a": 4, "b": 4}),
        review("Q", "J1", {"a": 4, "b": 4}),
        review("R", "J1", {"a": 4, "b": 4}),
        review("T", "J1", {"a": 5, "b": 3}),
    ]

    results = consolidate(rubric, subs, jurors(["J1"]), reviews, draws=0)

    assert _ranks(results) == {"Q": 1, "R": 1, "P": 3, "T": 4}
    assert "ex_aequo" in _flags(results, "Q") and "ex_aequo" not in _flags(results, "P")


def test_submission_without_reviews_is_ranked_last_with_no_total() -> None:
    subs, jurs, reviews = from_matrix([[5], [None], [7], [None]], assigned=1)

    results = consolidate(make_rubric(), subs, jurs, reviews, draws=50)

    assert _ranks(results) == {"S03": 1, "S01": 2, "S02": 3, "S04": 3}
    empty = results.submission("S02")
    assert (empty.total, empty.spread, empty.passes, empty.rank_interval, empty.p_top) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert empty.criteria == {"a": None}
    assert empty.flags == ("few_reviews",)
    assert empty.method_ranks == dict.fromkeys(empty.method_ranks, 3)
    assert any(n.path == "submissions[S02]" for n in results.notes)


def test_disagreement_uses_the_exact_spread_limit() -> None:
    # Range 0–10, spread limit 0.3 × 10 = 3: a spread of exactly 3 is not a disagreement.
    subs, jurs, reviews = from_matrix([[5, 8], [5, "8.5"]])

    results = consolidate(make_rubric(), subs, jurs, reviews, draws=0)

    assert results.submission("S01").spread == 3.0
    assert "disagreement" not in _flags(results, "S01")
    assert "disagreement" in _flags(results, "S02")


def test_few_reviews_when_fewer_than_assigned_or_fewer_than_two() -> None:
    subs = [
        SubmissionInput("A", "a", 3),
        SubmissionInput("B", "b", 1),
        SubmissionInput("C", "c", 2),
    ]
    reviews = [
        review("A", "J1", {"a": 1}),
        review("A", "J2", {"a": 1}),
        review("B", "J1", {"a": 1}),
        review("C", "J1", {"a": 1}),
        review("C", "J2", {"a": 1}),
    ]

    results = consolidate(make_rubric(), subs, jurors(["J1", "J2"]), reviews, draws=0)

    assert "few_reviews" in _flags(results, "A")
    assert "few_reviews" in _flags(results, "B")
    assert "few_reviews" not in _flags(results, "C")


def test_thresholds_on_criteria_and_on_the_total() -> None:
    rubric = make_rubric((("a", 1), ("b", 1)), thresholds={"a": 3}, overall_threshold=7)
    reviews = [
        review("LOW_A", "J1", {"a": 2, "b": 9}),
        review("LOW_TOTAL", "J1", {"a": 3, "b": 3}),
        review("PASS", "J1", {"a": 3, "b": 4}),
    ]

    results = consolidate(
        rubric, submissions(["LOW_A", "LOW_TOTAL", "PASS"]), jurors(["J1"]), reviews, draws=0
    )

    assert results.submission("LOW_A").passes is False
    assert results.submission("LOW_TOTAL").passes is False
    assert results.submission("PASS").passes is True
    assert "below_threshold" in _flags(results, "LOW_A")
    assert results.submission("LOW_A").rank == 1  # failing keeps its computed rank


def test_threshold_on_a_mean_that_floats_just_below_it_passes() -> None:
    # (2.9 + 3.1) / 2 is 3.0000000000000004 or 2.9999999999999996 in binary; 3 ≥ 3 passes.
    rubric = make_rubric(step="0.1", thresholds={"a": 3})
    reviews = [review("S", "J1", {"a": "2.9"}), review("S", "J2", {"a": "3.1"})]

    results = consolidate(rubric, submissions(["S"]), jurors(["J1", "J2"]), reviews, draws=0)

    assert results.submission("S").passes is True


def test_unweighted_sum_threshold_basis_like_horizon_europe() -> None:
    # Impact weighs 1.5 for ranking, but the 10/15 threshold applies to the unweighted sum:
    # 3 + 3.5 + 3 = 9.5 < 10 fails although the weighted total 11.25 ≥ 10.
    rubric = make_rubric(
        (("excellence", 1), ("impact", "1.5"), ("implementation", 1)),
        high=5,
        overall_threshold=10,
        threshold_basis="unweighted_sum",
    )
    reviews = [review("S", "J1", {"excellence": 3, "impact": "3.5", "implementation": 3})]

    results = consolidate(rubric, submissions(["S"]), jurors(["J1"]), reviews, draws=0)

    assert results.submission("S").total == 11.25
    assert results.submission("S").passes is False


def test_gates_more_than_half_no_is_ineligible_any_no_is_disputed() -> None:
    rubric = make_rubric(gates=("scope",))
    reviews = [
        review("OUT", "J1", {"a": 5}, {"scope": False}),
        review("OUT", "J2", {"a": 5}, {"scope": False}),
        review("OUT", "J3", {"a": 5}, {"scope": True}),
        review("HALF", "J1", {"a": 6}, {"scope": False}),
        review("HALF", "J2", {"a": 6}, {"scope": True}),
        review("UNANSWERED", "J1", {"a": 7}, {}),
        review("UNANSWERED", "J2", {"a": 7}, {}),
    ]

    results = consolidate(
        rubric,
        submissions(["OUT", "HALF", "UNANSWERED"]),
        jurors(["J1", "J2", "J3"]),
        reviews,
        draws=0,
    )

    assert results.submission("OUT").eligible is False
    assert {"ineligible", "gate_disputed"} <= set(_flags(results, "OUT"))
    assert results.submission("HALF").eligible is True
    assert _flags(results, "HALF") == ("gate_disputed",)
    assert _flags(results, "UNANSWERED") == ()


def _two_groups() -> tuple[list[SubmissionInput], list[JurorInput], list[CountedReview]]:
    # J01, J02 share S01–S02; J03, J04 share S03–S04: two components.
    return from_matrix(
        [[6, 8, None, None], [2, 4, None, None], [None, None, 5, 5], [None, None, 7, 9]]
    )


def test_disconnected_design_is_flagged_under_adjusted_and_noted_always() -> None:
    subs, jurs, reviews = _two_groups()

    adjusted = consolidate(make_rubric(), subs, jurs, reviews, method="adjusted", draws=0)
    mean = consolidate(make_rubric(), subs, jurs, reviews, method="mean", draws=0)

    assert adjusted.components == 2
    assert all("disconnected" in s.flags for s in adjusted.submissions)
    assert not any("disconnected" in s.flags for s in mean.submissions)
    assert any(n.path == "jurors" for n in mean.notes)
    leniency = {j.id: j.leniency or math.nan for j in adjusted.jurors}
    assert leniency["J01"] + leniency["J02"] == pytest.approx(0, abs=1e-12)
    assert leniency["J03"] + leniency["J04"] == pytest.approx(0, abs=1e-12)
    assert leniency == pytest.approx({"J01": -1.0, "J02": 1.0, "J03": -0.5, "J04": 0.5})


def test_leniency_is_the_weighted_offset_and_follows_the_total_formula() -> None:
    # J02 scores every criterion 1 higher than J01 on all three submissions: offsets ±0.5 on
    # each criterion; leniency Σ w·b = (1 + 2)·0.5 = 1.5, or 0.5 for a weighted mean.
    criteria = (("a", 1), ("b", 2))
    reviews = []
    for sub, base in (("S1", 2), ("S2", 5), ("S3", 3)):
        reviews.append(review(sub, "J01", {"a": base, "b": base + 1}))
        reviews.append(review(sub, "J02", {"a": base + 1, "b": base + 2}))
    subs, jurs = submissions(["S1", "S2", "S3"]), jurors(["J01", "J02"])

    summed = consolidate(make_rubric(criteria), subs, jurs, reviews, draws=0)
    averaged = consolidate(
        make_rubric(criteria, total="weighted_mean"), subs, jurs, reviews, draws=0
    )

    assert summed.juror("J02").leniency == pytest.approx(1.5)
    assert summed.juror("J01").leniency == pytest.approx(-1.5)
    assert averaged.juror("J02").leniency == pytest.approx(0.5)
    assert summed.juror("J01").mean_total == pytest.approx((8 + 17 + 11) / 3)  # a + 2b


def test_juror_without_reviews_or_without_overlap_has_no_leniency() -> None:
    subs, jurs, reviews = from_matrix([[5, 6, None], [6, 7, None], [None, None, 4]])
    jurs.append(JurorInput("IDLE", conflicts=2))

    results = consolidate(make_rubric(), subs, jurs, reviews, draws=0)

    idle = results.juror("IDLE")
    assert (idle.reviews, idle.conflicts, idle.mean_total, idle.leniency) == (0, 2, None, None)
    assert results.juror("J03").leniency is None
    paths = {n.path for n in results.notes}
    assert {"jurors[IDLE].mean_total", "jurors[IDLE].leniency", "jurors[J03].leniency"} <= paths


def test_zscore_matches_hand_computation() -> None:
    # J01 gives S01 2, S02 4 (μ 3, σ 1); J02 gives S01 6, S02 10 (μ 8, σ 2); J03 gives S01 7
    # only (one review: centred). All five values: μ = 29/5 = 5.8, σ² = Σ(x − μ)²/5.
    values = [2, 4, 6, 10, 7]
    mu = sum(values) / 5
    sigma = math.sqrt(sum((x - mu) ** 2 for x in values) / 5)
    s01 = ((mu + sigma * -1) + (mu + sigma * -1) + (7 - 7 + mu)) / 3
    s02 = ((mu + sigma * 1) + (mu + sigma * 1)) / 2
    subs, jurs, reviews = from_matrix([[2, 6, 7], [4, 10, None]])

    results = consolidate(make_rubric(), subs, jurs, reviews, method="zscore", draws=0)

    assert results.submission("S01").total == pytest.approx(s01)
    assert results.submission("S02").total == pytest.approx(s02)


def test_method_sensitive_when_top_k_membership_depends_on_the_method() -> None:
    # S01: 9 9 0 → mean 6, median 9; S02: 7 7 7 → mean 7, median 7. With k = 1 the winner
    # changes between mean and median.
    subs, jurs, reviews = from_matrix([[9, 9, 0], [7, 7, 7], [1, 1, 1]])

    results = consolidate(make_rubric(), subs, jurs, reviews, top_k=1, draws=0)

    assert results.submission("S01").method_ranks["mean"] == 2
    assert results.submission("S01").method_ranks["median"] == 1
    assert "method_sensitive" in _flags(results, "S01")
    assert "method_sensitive" in _flags(results, "S02")
    assert "method_sensitive" not in _flags(results, "S03")


def test_flags_are_listed_in_the_documented_order() -> None:
    rubric = make_rubric(thresholds={"a": 9}, gates=("scope",))
    reviews = [review("S", "J1", {"a": 0}, {"scope": False}), review("S", "J2", {"a": 10})]

    results = consolidate(
        rubric, [SubmissionInput("S", "s", 3)], jurors(["J1", "J2"]), reviews, draws=0
    )

    assert _flags(results, "S") == (
        "disagreement",
        "few_reviews",
        "below_threshold",
        "gate_disputed",
    )


@pytest.mark.parametrize(
    ("reviews", "message"),
    [
        ([review("NOPE", "J1", {"a": 1})], "unknown submission"),
        ([review("S01", "NOPE", {"a": 1})], "unknown juror"),
        ([review("S01", "J01", {"a": 1}), review("S01", "J01", {"a": 2})], "two counted reviews"),
        ([review("S01", "J01", {"b": 1})], "exactly the rubric's criteria"),
    ],
)
def test_inconsistent_inputs_are_refused(reviews: list[CountedReview], message: str) -> None:
    subs, jurs, _ = from_matrix([[1]])

    with pytest.raises(ValueError, match=message):
        consolidate(make_rubric(), subs, jurs, reviews)


def test_bad_arguments_are_refused() -> None:
    subs, jurs, reviews = from_matrix([[1]])
    with pytest.raises(ValueError, match="unknown method"):
        consolidate(make_rubric(), subs, jurs, reviews, method="best")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="top_k"):
        consolidate(make_rubric(), subs, jurs, reviews, top_k=0)
    with pytest.raises(ValueError, match="listed twice"):
        consolidate(make_rubric(), subs + subs, jurs, reviews)
    with pytest.raises(ValueError, match="tie-break"):
        consolidate(make_rubric(tie_break=("zzz",)), subs, jurs, reviews)


def test_no_reviews_at_all_gives_empty_figures_with_reasons() -> None:
    subs, jurs, _ = from_matrix([[None, None], [None, None]])

    results = consolidate(make_rubric(), subs, jurs, [])

    assert [s.rank for s in results.submissions] == [1, 1]
    assert results.reliability.total.alpha_interval is None
    assert results.reliability.total.kendall_w is None
    assert results.components == 0


def test_an_event_without_jurors_or_submissions_gives_empty_results() -> None:
    no_jurors = consolidate(make_rubric(), submissions(["S1", "S2"]), [], [])
    nothing = consolidate(make_rubric(), [], [], [])

    assert [s.rank for s in no_jurors.submissions] == [1, 1]
    assert (nothing.submissions, nothing.jurors, nothing.components) == ((), (), 0)


def test_progress_is_reported_and_cancel_stops_the_work() -> None:
    subs, jurs, reviews = from_matrix([[1, 2], [3, 4], [5, 6]])
    seen: list[tuple[int, int]] = []

    class Recorder:
        def step(self, done: int, total: int, message: str = "") -> None:
            seen.append((done, total))

    class CancelAtReliability:
        def step(self, done: int, total: int, message: str = "") -> None:
            if message == "Reliability":
                raise Cancelled

    consolidate(make_rubric(), subs, jurs, reviews, draws=100, progress=Recorder())
    assert seen[0] == (0, 106) and seen[-1] == (106, 106)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        consolidate(make_rubric(), subs, jurs, reviews, progress=CancelAtReliability())
