"""Criterion values per submission under ``mean``, ``median``, ``trimmed`` and ``zscore``.

Every function works on a batch: ``values`` is ``(b, R)`` with one row per draw (``b = 1`` for
the results themselves, ``b`` bootstrap draws for rank stability) and review positions laid out
as in the design, so a whole batch is computed without a Python loop over draws or submissions.
The output is ``(b, S_r)`` over the reviewed submissions, in design order.
"""

from __future__ import annotations

import numpy as np

from imin_desktop.domain.consolidation.design import FloatArray, Groups, IntArray

SD_EPSILON = 1e-9
"""A juror's standard deviation at or below this is treated as zero (all values equal)."""


def group_mean(values: FloatArray, groups: Groups) -> FloatArray:
    """Arithmetic mean of each submission's values."""
    if groups.size == 0:
        return np.empty((values.shape[0], 0), dtype=np.float64)
    sums: FloatArray = np.add.reduceat(values, groups.starts, axis=1)
    return sums / groups.counts


def _by_size(values: FloatArray, groups: Groups, kind: str) -> FloatArray:
    out = np.empty((values.shape[0], groups.size), dtype=np.float64)
    for size_class in groups.classes:
        n = size_class.n
        block = np.sort(values[:, size_class.positions], axis=-1)
        if kind == "median":
            out[:, size_class.rows] = (block[..., (n - 1) // 2] + block[..., n // 2]) / 2
        else:
            # scipy.stats.trim_mean(x, 0.2): cut int(0.2 * n) values from each end. As 0.2 is
            # stored just above 1/5, int(0.2 * n) == n // 5 for every n.
            cut = n // 5
            out[:, size_class.rows] = block[..., cut : n - cut].mean(axis=-1)
    return out


def group_median(values: FloatArray, groups: Groups) -> FloatArray:
    """Median of each submission's values (mean of the two middle ones when n is even)."""
    return _by_size(values, groups, "median")


def group_trimmed(values: FloatArray, groups: Groups) -> FloatArray:
    """20 % trimmed mean of each submission's values (``scipy.stats.trim_mean(x, 0.2)``)."""
    return _by_size(values, groups, "trimmed")


def zscore_values(
    values: FloatArray, jurors: IntArray, n_jurors: int, groups: Groups
) -> FloatArray:
    """Per-juror standardised values rescaled to the criterion's overall mean and SD.

    x' = μ + σ·(x − μⱼ)/σⱼ, with μⱼ, σⱼ the juror's mean and population SD in the same draw
    and μ, σ those of all values; a juror with fewer than 2 values or σⱼ = 0 is only centred
    (x' = x − μⱼ + μ). The submission's value is the mean of its x'.
    """
    b, n_reviews = values.shape
    if n_reviews == 0:
        return np.empty((b, 0), dtype=np.float64)
    key = (jurors + n_jurors * np.arange(b, dtype=np.int64)[:, None]).ravel()
    size = b * n_jurors
    count = np.bincount(key, minlength=size).reshape(b, n_jurors)
    total = np.bincount(key, weights=values.ravel(), minlength=size).reshape(b, n_jurors)
    juror_mean = total / np.maximum(count, 1)
    deviation = values - np.take_along_axis(juror_mean, jurors, axis=1)
    squares = np.bincount(key, weights=(deviation * deviation).ravel(), minlength=size)
    juror_sd = np.sqrt(squares.reshape(b, n_jurors) / np.maximum(count, 1))
    overall_mean = values.mean(axis=1, keepdims=True)
    overall_sd = values.std(axis=1, keepdims=True)
    scaled = (count >= 2) & (juror_sd > SD_EPSILON)
    factor = np.where(scaled, overall_sd / np.where(scaled, juror_sd, 1.0), 1.0)
    rescaled = overall_mean + deviation * np.take_along_axis(factor, jurors, axis=1)
    return group_mean(rescaled, groups)
