"""The engine against independent implementations: krippendorff, pingouin, scipy, and the
plain-loop definitions in consolidation_reference.py (including the bootstrap draw by draw)."""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from decimal import Decimal

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import pytest
from consolidation_factories import from_matrix, make_rubric, review
from consolidation_reference import Obs, competition_ranks, consolidated
from scipy import stats

from imin_desktop.domain.consolidation import (
    METHODS,
    CountedReview,
    JurorInput,
    Method,
    SubmissionInput,
    consolidate,
)
from imin_desktop.domain.consolidation.bootstrap import bootstrap_ranks
from imin_desktop.domain.consolidation.design import Design, build_design
from imin_desktop.domain.consolidation.ranking import TieBreak, resolve_tie_break
from imin_desktop.domain.consolidation.reliability import icc_one_way, kendall_w
from imin_desktop.domain.rubric import Rubric

SEEDS = range(12)


def _pingouin_icc(long: pd.DataFrame) -> dict[str, float]:
    """pingouin's six ICCs under Shrout & Fleiss names (pingouin uses McGraw & Wong's:
    ICC(A,1) is absolute agreement = ICC2, ICC(C,1) consistency = ICC3). Its own pandas
    deprecation warnings are not ours to fail on."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = pingouin.intraclass_corr(long, targets="target", raters="rater", ratings="rating")
    names = {
        "ICC(1,1)": "ICC1",
        "ICC(A,1)": "ICC2",
        "ICC(C,1)": "ICC3",
        "ICC(1,k)": "ICC1k",
        "ICC(A,k)": "ICC2k",
        "ICC(C,k)": "ICC3k",
    }
    return {names.get(t, t): v for t, v in zip(table["Type"], table["ICC"], strict=True)}


def _random_matrix(seed: int, missing: float) -> list[list[float | None]]:
    rng = np.random.default_rng(seed)
    rows, cols = int(rng.integers(3, 12)), int(rng.integers(2, 6))
    quality = rng.normal(5, 2, size=(rows, 1))
    values = np.clip(np.rint(quality + rng.normal(0, 1.5, (rows, cols))), 0, 10)
    mask = rng.random((rows, cols)) < missing
    return [[None if mask[i, j] else float(values[i, j]) for j in range(cols)] for i in range(rows)]


@pytest.mark.parametrize("seed", SEEDS)
def test_alpha_matches_krippendorff_package_with_missing_cells(seed: int) -> None:
    matrix = _random_matrix(seed, missing=0.3)
    data = np.array([[np.nan if v is None else v for v in row] for row in matrix]).T
    pairable = sum(1 for row in matrix if sum(v is not None for v in row) >= 2)
    values = [v for row in matrix for v in row if v is not None]
    if pairable < 1 or len(set(values)) < 2:
        pytest.skip("no pairable variation in this draw")
    subs, jurs, reviews = from_matrix(matrix)

    total = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total

    expected_interval = krippendorff.alpha(reliability_data=data, level_of_measurement="interval")
    expected_ordinal = krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal")
    assert total.alpha_interval == pytest.approx(expected_interval, abs=1e-10)
    assert total.alpha_ordinal == pytest.approx(expected_ordinal, abs=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
def test_icc_matches_pingouin_on_complete_matrices(seed: int) -> None:
    matrix = _random_matrix(seed, missing=0.0)
    subs, jurs, reviews = from_matrix(matrix)
    long = pd.DataFrame(
        [(i, j, v) for i, row in enumerate(matrix) for j, v in enumerate(row)],
        columns=["target", "rater", "rating"],
    )

    icc = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total.icc

    expected = _pingouin_icc(long)
    assert icc.icc1 == pytest.approx(expected["ICC1"], abs=1e-10)
    assert icc.icc2 == pytest.approx(expected["ICC2"], abs=1e-10)
    assert icc.icc3 == pytest.approx(expected["ICC3"], abs=1e-10)
    assert icc.icc1k == pytest.approx(expected["ICC1k"], abs=1e-10)
    assert icc.icc2k == pytest.approx(expected["ICC2k"], abs=1e-10)
    assert icc.icc3k == pytest.approx(expected["ICC3k"], abs=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
def test_one_way_icc_matches_pingouin_icc1(seed: int) -> None:
    table = np.array(_random_matrix(seed, missing=0.0), dtype=float)
    long = pd.DataFrame(
        [(i, j, v) for i, row in enumerate(table) for j, v in enumerate(row)],
        columns=["target", "rater", "rating"],
    )

    icc = icc_one_way(table)

    by_type = _pingouin_icc(long)
    assert icc.icc1 == pytest.approx(by_type["ICC1"], abs=1e-10)
    assert icc.icc1k == pytest.approx(by_type["ICC1k"], abs=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
def test_kendall_w_matches_friedman_statistic_with_ties(seed: int) -> None:
    # Friedman's tie-corrected χ² over m blocks (jurors) and n treatments (submissions)
    # equals m (n − 1) W with W tie-corrected.
    table = np.array(_random_matrix(seed, missing=0.0), dtype=float)
    n, m = table.shape
    if n < 3:
        pytest.skip("scipy's Friedman test needs three treatments")

    w = kendall_w(table)

    if w is None:
        pytest.skip("every juror tied everything")
    chi2 = stats.friedmanchisquare(*table).statistic
    assert w == pytest.approx(chi2 / (m * (n - 1)), abs=1e-10)


Event = tuple[Rubric, list[SubmissionInput], list[JurorInput], list[CountedReview]]


def _random_event(seed: int, max_reviews: int = 6, max_jurors: int = 8) -> Event:
    """Two weighted criteria, uneven review counts, ties, a tie-break on a criterion and a field."""
    rng = np.random.default_rng(seed)
    n_sub, n_jur = int(rng.integers(4, 10)), int(rng.integers(2, max_jurors))
    rubric = make_rubric(
        (("a", 1), ("b", "1.5")), low=0, high=4, step=1, tie_break=("b", "field:x:asc")
    )
    subs = [
        SubmissionInput(f"S{i}", f"S{i}", 3, {} if i % 4 == 0 else {"x": int(rng.integers(0, 3))})
        for i in range(n_sub)
    ]
    jurs = [JurorInput(f"J{j}") for j in range(n_jur)]
    reviews: list[CountedReview] = []
    for i in range(n_sub):
        count = int(rng.integers(1 if i else 0, min(max_reviews, n_jur) + 1))
        for j in rng.choice(n_jur, size=count, replace=False):
            scores = rng.integers(0, 5, size=2)
            reviews.append(review(f"S{i}", f"J{j}", {"a": int(scores[0]), "b": int(scores[1])}))
    order = rng.permutation(len(reviews))
    return rubric, subs, jurs, [reviews[k] for k in order]


def _columns(design: Design, positions: Sequence[int]) -> list[list[Obs]]:
    return [
        [
            (int(design.submission[p]), int(design.juror[p]), float(design.scores[p, c]))
            for p in positions
        ]
        for c in range(design.scores.shape[1])
    ]


def _reference_ranks(
    design: Design, tie_break: TieBreak, method: str, positions: Sequence[int]
) -> tuple[list[list[float]], list[float], list[int]]:
    n_sub, n_jur = design.n_submissions, design.n_jurors
    values = consolidated(method, _columns(design, positions), n_sub, n_jur)
    totals = [values[0][i] * 1 + values[1][i] * 1.5 for i in range(n_sub)]
    keys = [totals]
    for column, field_levels in zip(tie_break.criteria, tie_break.fields, strict=True):
        if column is not None:
            keys.append(
                [
                    math.nan if math.isnan(t) else v
                    for t, v in zip(totals, values[column], strict=True)
                ]
            )
        else:
            assert field_levels is not None
            keys.append(
                [
                    math.nan if math.isnan(t) else float(f)
                    for t, f in zip(totals, field_levels, strict=True)
                ]
            )
    return values, totals, competition_ranks(keys)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("seed", SEEDS)
def test_results_match_the_plain_definitions(method: Method, seed: int) -> None:
    # Up to 24 jurors per submission: beyond 16 the order statistics use a sort, not a network.
    rubric, subs, jurs, reviews = _random_event(seed, max_reviews=24, max_jurors=25)
    design = build_design(rubric, subs, jurs, reviews)
    values, totals, ranks = _reference_ranks(
        design, resolve_tie_break(rubric, design), method, range(design.n_reviews)
    )

    results = consolidate(rubric, subs, jurs, reviews, method=method, draws=0)

    for i, sub in enumerate(design.submissions):
        got = results.submission(sub.id)
        if math.isnan(totals[i]):
            assert got.total is None
        else:
            assert got.total == pytest.approx(totals[i], abs=1e-9)
            assert got.criteria["a"] == pytest.approx(values[0][i], abs=1e-9)
            assert got.criteria["b"] == pytest.approx(values[1][i], abs=1e-9)
        assert got.rank == ranks[i]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("seed", range(6))
def test_bootstrap_matches_draw_by_draw_reference(method: Method, seed: int) -> None:
    rubric, subs, jurs, reviews = _random_event(seed)
    design = build_design(rubric, subs, jurs, reviews)
    tie_break = resolve_tie_break(rubric, design)
    draws = 25

    ranks = bootstrap_ranks(design, method, tie_break, seed, draws, lambda d, n: None)

    rng = np.random.default_rng(seed)
    for draw in range(draws):
        u = rng.random(design.n_reviews)
        positions = []
        for p in range(design.n_reviews):
            i = int(design.submission[p])
            start, n = int(design.starts[i]), int(design.counts[i])
            positions.append(start + min(int(u[p] * n), n - 1))
        expected = _reference_ranks(design, tie_break, method, positions)[2]
        assert ranks[draw].tolist() == expected, f"draw {draw}"


def test_decimal_scores_on_a_tenth_grid_give_exact_ties() -> None:
    # 2.9 and 3.1 average to 3.0 exactly as 3.0 and 3.0 do: equal within the tolerance.
    rubric = make_rubric(step="0.1")
    subs, jurs, _ = from_matrix([[0, 0], [0, 0]])
    reviews = [
        review("S01", "J01", {"a": Decimal("2.9")}),
        review("S01", "J02", {"a": Decimal("3.1")}),
        review("S02", "J01", {"a": Decimal("3.0")}),
        review("S02", "J02", {"a": Decimal("3.0")}),
    ]

    results = consolidate(rubric, subs, jurs, reviews, draws=0)

    assert [s.rank for s in results.submissions] == [1, 1]
