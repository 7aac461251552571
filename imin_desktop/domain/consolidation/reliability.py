"""Agreement between jurors: Krippendorff's alpha, Shrout & Fleiss ICC, Kendall's W.

All three work on one matrix: rows submissions, columns the jurors who have counted reviews,
one value (a review total or one criterion's score) per counted review, empty elsewhere.
A figure that cannot be computed is None with the reason beside it, never 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from imin_desktop.domain.consolidation.design import FloatArray, Groups, IntArray
from imin_desktop.domain.consolidation.results import ICCFigures, ReliabilityFigures
from imin_desktop.domain.text import _

RELATIVE_EPSILON = 1e-12
"""A denominator this small relative to the mean squares it comes from counts as zero."""


@dataclass(frozen=True, eq=False)
class Matrix:
    """The sparse matrix: review values with their submission (row) and juror (column)."""

    values: FloatArray
    rows: IntArray
    columns: IntArray
    groups: Groups
    """Rows group the review positions (reviews of one submission are contiguous)."""


def average_ranks(values: FloatArray) -> FloatArray:
    """Ranks 1…n, tied values sharing the mean of their ranks."""
    n = values.shape[0]
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.concatenate(([True], ordered[1:] != ordered[:-1]))
    group = np.cumsum(new) - 1
    first = np.flatnonzero(new)
    last = np.concatenate((first[1:], [n])) - 1
    ranks = np.empty(n, dtype=np.float64)
    ranks[order] = (first[group] + last[group]) / 2 + 1
    return ranks


def _alpha_interval(values: FloatArray, units: IntArray) -> float:
    """α = 1 − D_o/D_e with δ² = (a − b)², in closed form over the pairable values.

    Σ over ordered pairs in a unit of (vᵢ − vⱼ)² = 2·m_u·SS_u, so
    α = 1 − (n − 1)/n · Σ_u m_u·SS_u/(m_u − 1) / SS_total.
    """
    n = int(values.shape[0])
    count = np.bincount(units)
    present = count > 0
    mean = np.bincount(units, weights=values) / np.maximum(count, 1)
    squares = np.bincount(units, weights=(values - mean[units]) ** 2)
    m = count[present]
    within = float(np.sum(m * squares[present] / (m - 1)))
    total = float(np.sum((values - values.mean()) ** 2))
    return 1.0 - (n - 1) / n * within / total


def krippendorff_alpha(matrix: Matrix) -> tuple[float | None, float | None, str | None]:
    """Interval and ordinal alpha (missing cells allowed), or None and the reason."""
    count = np.bincount(matrix.rows) if matrix.rows.size else np.zeros(0, dtype=np.int64)
    pairable = count[matrix.rows] >= 2 if matrix.rows.size else np.zeros(0, dtype=np.bool_)
    values = matrix.values[pairable]
    units = matrix.rows[pairable]
    if values.size < 2:
        return None, None, _("no submission has two or more counted reviews to compare")
    if values.min() == values.max():
        return None, None, _("every counted value is the same: there is no variation to agree on")
    interval = _alpha_interval(values, units)
    # The ordinal metric δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² is the interval metric
    # applied to the values' mid-ranks among all pairable values.
    ordinal = _alpha_interval(average_ranks(values), units)
    return interval, ordinal, None


def _ratio(numerator: float, denominator: float, scale: float) -> float | None:
    if abs(denominator) <= RELATIVE_EPSILON * scale:
        return None
    return numerator / denominator


def icc_two_way(table: FloatArray) -> ICCFigures:
    """All six Shrout & Fleiss forms for a complete ``(n targets, k judges)`` table."""
    n, k = table.shape
    grand = table.mean()
    row_mean = table.mean(axis=1)
    column_mean = table.mean(axis=0)
    bms = k * float(np.sum((row_mean - grand) ** 2)) / (n - 1)
    jms = n * float(np.sum((column_mean - grand) ** 2)) / (k - 1)
    wms = float(np.sum((table - row_mean[:, None]) ** 2)) / (n * (k - 1))
    residual = table - row_mean[:, None] - column_mean[None, :] + grand
    ems = float(np.sum(residual**2)) / ((n - 1) * (k - 1))
    scale = max(bms, jms, wms, ems)
    return ICCFigures(
        icc1=_ratio(bms - wms, bms + (k - 1) * wms, scale),
        icc2=_ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n, scale),
        icc3=_ratio(bms - ems, bms + (k - 1) * ems, scale),
        icc1k=_ratio(bms - wms, bms, scale),
        icc2k=_ratio(bms - ems, bms + (jms - ems) / n, scale),
        icc3k=_ratio(bms - ems, bms, scale),
        model="two-way",
        rows=n,
        k=k,
    )


def icc_one_way(table: FloatArray) -> ICCFigures:
    """ICC(1,1) and ICC(1,k) when each target has k ratings from its own judges."""
    n, k = table.shape
    row_mean = table.mean(axis=1)
    bms = k * float(np.sum((row_mean - table.mean()) ** 2)) / (n - 1)
    wms = float(np.sum((table - row_mean[:, None]) ** 2)) / (n * (k - 1))
    scale = max(bms, wms)
    return ICCFigures(
        icc1=_ratio(bms - wms, bms + (k - 1) * wms, scale),
        icc1k=_ratio(bms - wms, bms, scale),
        model="one-way",
        rows=n,
        k=k,
    )


def kendall_w(table: FloatArray) -> float | None:
    """Kendall's W with tie correction for ``(n objects, m raters)``; None when undefined."""
    n, m = (int(size) for size in table.shape)
    ranks = np.empty_like(table)
    ties = 0
    for j in range(m):
        ranks[:, j] = average_ranks(table[:, j])
        _values, sizes = np.unique(table[:, j], return_counts=True)
        ties += int(np.sum(sizes.astype(np.int64) ** 3 - sizes))
    denominator = m * m * (n**3 - n) - m * ties
    if denominator == 0:
        return None
    row_sum = ranks.sum(axis=1)
    s = float(np.sum((row_sum - m * (n + 1) / 2) ** 2))
    return 12.0 * s / denominator


ICC_KEYS = ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k")


def icc_value(figures: ICCFigures, key: str) -> float | None:
    value: float | None = getattr(figures, key.lower())
    return value


def reliability(matrix: Matrix) -> tuple[ReliabilityFigures, list[tuple[str, str]]]:
    """Every figure for one matrix, with ``(path, reason)`` for each one that is missing."""
    notes: list[tuple[str, str]] = []
    alpha_i, alpha_o, why = krippendorff_alpha(matrix)
    if why is not None:
        notes += [("alpha_interval", why), ("alpha_ordinal", why)]

    raters = np.unique(matrix.columns)
    k = int(raters.shape[0])
    groups = matrix.groups
    complete = np.flatnonzero(groups.counts == k) if k >= 2 else np.zeros(0, dtype=np.int64)
    n_complete = int(complete.shape[0])
    if k >= 2 and n_complete >= 2:
        # Reviews of a submission are in juror order, so a complete row is in column order.
        table = matrix.values[groups.starts[complete][:, None] + np.arange(k)[None, :]]
        icc = icc_two_way(table)
        w = kendall_w(table)
        zero = _("undefined: the variance it divides by is zero")
        notes += [(f"icc.{key}", zero) for key in ICC_KEYS if icc_value(icc, key) is None]
        if w is None:
            notes.append(
                ("kendall_w", _("undefined: every juror gave all these submissions the same value"))
            )
        figures = ReliabilityFigures(alpha_i, alpha_o, icc, w, n_complete, k)
        return figures, notes

    if k < 2:
        reason = _("fewer than two jurors have counted reviews")
    else:
        reason = _(
            "{rows} submission(s) were reviewed by all {k} jurors; at least two are needed"
        ).format(rows=n_complete, k=k)
    notes.append(("kendall_w", reason))
    sizes = np.unique(groups.counts)
    icc = ICCFigures(rows=n_complete, k=None)
    if k >= 2 and sizes.shape[0] == 1 and int(sizes[0]) >= 2 and groups.size >= 2:
        per = int(sizes[0])
        table = matrix.values[groups.starts[:, None] + np.arange(per)[None, :]]
        icc = icc_one_way(table)
        one_way = _(
            "{reason}; with {per} counted reviews on every submission only the "
            "one-way ICC(1,1) and ICC(1,k) are computed"
        ).format(reason=reason, per=per)
        zero = _("undefined: the variance it divides by is zero")
        for key in ICC_KEYS:
            if icc_value(icc, key) is None:
                notes.append((f"icc.{key}", zero if key in ("ICC1", "ICC1k") else one_way))
    else:
        if k >= 2:
            reason = _(
                "{reason}, and the submissions do not all have the same number (two or "
                "more) of counted reviews for a one-way ICC"
            ).format(reason=reason)
        notes += [(f"icc.{key}", reason) for key in ICC_KEYS]
    return ReliabilityFigures(alpha_i, alpha_o, icc, None, n_complete, k), notes
