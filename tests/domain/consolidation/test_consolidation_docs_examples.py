"""The worked examples of docs/statistics.md, so that the page and the program never drift."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from consolidation_factories import (
    Matrix,
    Number,
    from_matrix,
    jurors,
    make_rubric,
    review,
    submissions,
)

from imin_desktop.domain.consolidation import METHODS, Method, consolidate

EXAMPLE_A: Matrix = [[2, 7, 7, 8, 10]]
EXAMPLE_B: Matrix = [[6, 8, None], [4, None, 9], [None, 7, 7]]  # P, Q, R × A, B, C
EXAMPLE_C: Matrix = [[8, 9], [5, 6], [2, 4]]


def _totals(matrix: Matrix, method: Method) -> list[float | None]:
    subs, jurs, reviews = from_matrix(matrix)
    results = consolidate(make_rubric(), subs, jurs, reviews, method=method, draws=0)
    return [results.submission(s.id).total for s in subs]


def test_review_total_example() -> None:
    rubric = make_rubric((("excellence", 1), ("impact", "1.5"), ("implementation", 1)), high=5)
    scores: dict[str, Number] = {"excellence": 4, "impact": "3.5", "implementation": 4}
    reviews = [review("S", "J", scores)]

    total = consolidate(rubric, submissions(["S"]), jurors(["J"]), reviews, draws=0)
    assert total.submissions[0].total == 13.25
    mean_rubric = make_rubric(
        (("excellence", 1), ("impact", "1.5"), ("implementation", 1)), high=5, total="weighted_mean"
    )
    averaged = consolidate(mean_rubric, submissions(["S"]), jurors(["J"]), reviews, draws=0)
    assert averaged.submissions[0].total == pytest.approx(3.7857, abs=5e-5)
    assert rubric.total_range() == (Decimal(0), Decimal("17.5"))


@pytest.mark.parametrize(
    ("method", "expected"), [("mean", 6.8), ("median", 7.0), ("trimmed", 7.3333)]
)
def test_example_a(method: Method, expected: float) -> None:
    assert _totals(EXAMPLE_A, method)[0] == pytest.approx(expected, abs=5e-5)


def test_example_b_methods() -> None:
    mu, sigma = 41 / 6, math.sqrt(14.8333333333333333 / 6)
    assert _totals(EXAMPLE_B, "mean") == [7, 6.5, 7]
    assert _totals(EXAMPLE_B, "zscore") == pytest.approx([mu + sigma, mu, mu - sigma])
    assert _totals(EXAMPLE_B, "zscore") == pytest.approx([8.4057, 6.8333, 5.2610], abs=5e-5)
    assert _totals(EXAMPLE_B, "adjusted") == pytest.approx([7.8333, 6.8333, 5.8333], abs=5e-5)


def test_example_b_jurors_and_reliability() -> None:
    subs, jurs, reviews = from_matrix(EXAMPLE_B)
    results = consolidate(make_rubric(), subs, jurs, reviews, method="adjusted", draws=0)

    assert [j.mean_total for j in results.jurors] == [5, 7.5, 8]
    assert [j.leniency for j in results.jurors] == pytest.approx([-7 / 3, 2 / 3, 5 / 3])
    total = results.reliability.total
    assert total.alpha_interval == pytest.approx(1 - (5 / 6) * (29 / (89 / 6)))
    assert round(total.alpha_interval or 0, 3) == -0.629
    assert (total.icc.model, total.icc.k) == ("one-way", 2)
    assert total.icc.icc1 == pytest.approx(-0.9333, abs=5e-5)
    assert total.icc.icc2 is None


def test_example_c_reliability() -> None:
    subs, jurs, reviews = from_matrix(EXAMPLE_C)
    total = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total

    assert total.alpha_interval == pytest.approx(0.85)
    assert total.alpha_ordinal == pytest.approx(1 - (5 / 6) * (3 / 17.5))
    icc = total.icc
    assert (icc.icc2, icc.icc2k, icc.icc3) == pytest.approx((15 / 17, 15 / 16, 15 / 15.3333333333))
    assert [round(v or 0, 3) for v in (icc.icc1, icc.icc1k, icc.icc3k)] == [0.876, 0.934, 0.989]
    assert total.kendall_w == 1.0


def test_method_sensitivity_example() -> None:
    subs, jurs, reviews = from_matrix([[9, 9, 0], [7, 7, 7]])
    results = consolidate(make_rubric(), subs, jurs, reviews, top_k=1, draws=0)
    assert all("method_sensitive" in s.flags for s in results.submissions)
    assert set(METHODS) == set(results.submissions[0].method_ranks)


def test_rank_stability_example() -> None:
    subs, jurs, reviews = from_matrix([[6, 8], [7, 7]])

    results = consolidate(make_rubric(), subs, jurs, reviews, top_k=1, draws=4000, seed=5)

    p, q = results.submission("S01"), results.submission("S02")
    assert (p.rank_interval, q.rank_interval) == ((1, 2), (1, 2))
    assert (p.p_top, q.p_top) == (0.747, 0.751)
