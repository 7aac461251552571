"""Published worked examples, reproduced through the whole engine."""

from __future__ import annotations

import pytest
from consolidation_factories import Matrix, from_matrix, make_rubric

from imin_desktop.domain.consolidation import consolidate
from imin_desktop.domain.consolidation.reliability import kendall_w

# Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
# reliability. Psychological Bulletin 86(2), 420–428. Table 2: four judges rate six targets;
# Table 4 gives ICC(1,1)=.17, ICC(2,1)=.29, ICC(3,1)=.71, ICC(1,4)=.44, ICC(2,4)=.62, ICC(3,4)=.91.
SHROUT_FLEISS: Matrix = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]

# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
# Communication, University of Pennsylvania, section C: four observers, twelve units, missing
# values. Published: nominal α = 0.743, ordinal α = 0.815, interval α = 0.849, ratio α = 0.797.
# Rows here are units (submissions), columns observers A–D (jurors).
KRIPPENDORFF: Matrix = [
    [1, 1, None, 1],
    [2, 2, 3, 2],
    [3, 3, 3, 3],
    [3, 3, 3, 3],
    [2, 2, 2, 2],
    [1, 2, 3, 4],
    [4, 4, 4, 4],
    [1, 1, 2, 1],
    [2, 2, 2, 2],
    [None, 5, 5, 5],
    [None, None, 1, 1],
    [None, 3, None, None],
]


def test_icc_reproduces_shrout_fleiss_table_4() -> None:
    subs, jurs, reviews = from_matrix(SHROUT_FLEISS)

    icc = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total.icc

    assert icc.model == "two-way"
    assert (icc.rows, icc.k) == (6, 4)
    published = {
        "icc1": 0.17,
        "icc2": 0.29,
        "icc3": 0.71,
        "icc1k": 0.44,
        "icc2k": 0.62,
        "icc3k": 0.91,
    }
    assert {k: round(getattr(icc, k), 2) for k in published} == published


def test_icc_matches_shrout_fleiss_to_full_precision() -> None:
    # Sums of squares of the Table 2 data (grand mean 127/24), computed by hand in fractions:
    # between targets 1349/24, between judges 2339/24, within targets 451/4, residual 367/24,
    # so BMS = 11.2417, WMS = 6.2639, JMS = 32.4861, EMS = 1.0194 (the table's 11.24, 6.26,
    # 32.49, 1.02) and the six ICCs are the exact fractions below.
    subs, jurs, reviews = from_matrix(SHROUT_FLEISS)

    icc = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total.icc

    assert icc.icc1 == pytest.approx(448 / 2703, abs=1e-14)
    assert icc.icc2 == pytest.approx(184 / 635, abs=1e-14)
    assert icc.icc3 == pytest.approx(920 / 1287, abs=1e-14)
    assert icc.icc1k == pytest.approx(1792 / 4047, abs=1e-14)
    assert icc.icc2k == pytest.approx(736 / 1187, abs=1e-14)
    assert icc.icc3k == pytest.approx(3680 / 4047, abs=1e-14)


def test_alpha_reproduces_krippendorff_2011_with_missing_values() -> None:
    subs, jurs, reviews = from_matrix(KRIPPENDORFF)

    total = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total

    assert round(total.alpha_interval or 0, 3) == 0.849
    assert round(total.alpha_ordinal or 0, 3) == 0.815


def test_alpha_krippendorff_2011_exact_fractions() -> None:
    # Interval α for the example is 1 − D_o/D_e with D_o = 0.5, D_e = 3.3083… (n = 40):
    # α = 0.849107142857…
    subs, jurs, reviews = from_matrix(KRIPPENDORFF)
    total = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total
    assert total.alpha_interval == pytest.approx(0.8491071428571428, abs=1e-12)


# Kendall's W without ties: influentialpoints.com, "Coefficient of concordance" (worked
# example I): four raters rank the strawberries of eight farms; ΣR = 31 12 12 15 22 5 22 25,
# SS = 500, W = 500 / (504 · 16 / 12) = 0.744.
STRAWBERRIES: Matrix = [  # rows farms, columns raters A–D
    [8, 7, 8, 8],
    [4, 3, 2, 3],
    [2, 1, 5, 4],
    [3, 4, 6, 2],
    [5, 5, 7, 5],
    [1, 2, 1, 1],
    [6, 6, 4, 6],
    [7, 8, 3, 7],
]


def test_kendall_w_reproduces_published_example_without_ties() -> None:
    subs, jurs, reviews = from_matrix(STRAWBERRIES)

    w = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total.kendall_w

    assert w == pytest.approx(500 / 672)
    assert round(w or 0, 3) == 0.744


def test_kendall_w_with_ties_matches_hand_computation() -> None:
    # Three jurors, four submissions (columns are jurors):
    #   J1: 9 7 7 3 -> ranks 4 2.5 2.5 1   ties: one pair, t³ − t = 6
    #   J2: 8 8 6 5 -> ranks 3.5 3.5 2 1   ties: one pair, t³ − t = 6
    #   J3: 9 6 8 4 -> ranks 4 2 3 1       no ties
    # Rank sums R = 11.5 8 7.5 3, mean m(n+1)/2 = 7.5, S = 4² + 0.5² + 0² + 4.5² = 36.5
    # W = 12 S / (m²(n³ − n) − m ΣT) = 438 / (9·60 − 3·12) = 438 / 504 = 73/84
    matrix: Matrix = [[9, 8, 9], [7, 8, 6], [7, 6, 8], [3, 5, 4]]
    subs, jurs, reviews = from_matrix(matrix)

    w = consolidate(make_rubric(), subs, jurs, reviews, draws=0).reliability.total.kendall_w

    assert w == pytest.approx(73 / 84, abs=1e-15)


def test_kendall_w_is_one_for_identical_rankings_and_missing_when_all_tied() -> None:
    import numpy as np

    assert kendall_w(np.array([[1.0, 2.0], [2.0, 3.0], [3.0, 4.0]])) == pytest.approx(1.0)
    assert kendall_w(np.array([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]])) is None
