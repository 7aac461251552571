"""Criterion values per submission under ``mean``, ``median``, ``trimmed`` and ``zscore``.

Every function works on a batch of draws, so the results themselves (one draw in which every
counted review appears once) and a whole chunk of bootstrap draws are the same computation,
with no Python loop over draws or submissions. A draw is described by the *multiplicity* of
each counted review in it (:class:`Draws`), or, for the order statistics, by the resampled
values themselves. Outputs are ``(b, S_r)`` over the reviewed submissions, in design order.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from imin_desktop.domain.consolidation.design import (
    Design,
    FloatArray,
    Groups,
    IntArray,
    JurorOrder,
)

SD_EPSILON = 1e-9
"""A juror's standard deviation at or below this is treated as zero (all values equal)."""


@dataclass(frozen=True, eq=False)
class Draws:
    """``b`` draws of the counted reviews, as multiplicities.

    ``weights[d, p]`` is how many times the review at position p appears in draw d (always 1
    for the results themselves); each submission keeps its number of reviews in every draw.
    """

    weights: FloatArray
    """``(b, R)``."""
    key: IntArray
    """``(b·R,)`` flat index of (draw, juror) for every review position."""
    juror_count: FloatArray
    """``(b, J)`` reviews of each juror in each draw."""
    n_jurors: int
    jurors: IntArray
    """``(R,)`` the juror of each review position."""
    order: JurorOrder

    @property
    def size(self) -> int:
        return int(self.weights.shape[0])

    @functools.cached_property
    def weights_by_juror(self) -> FloatArray:
        """``weights`` with the positions in juror order (see :class:`JurorOrder`)."""
        by_juror: FloatArray = self.weights[:, self.order.perm]
        return by_juror


def make_draws(weights: FloatArray, design: Design) -> Draws:
    b = weights.shape[0]
    n_jurors = design.n_jurors
    key = (design.juror[None, :] + n_jurors * np.arange(b, dtype=np.int64)[:, None]).ravel()
    count = np.bincount(key, weights=weights.ravel(), minlength=b * n_jurors)
    per_juror = np.asarray(count, dtype=np.float64).reshape(b, n_jurors)
    return Draws(weights, key, per_juror, n_jurors, design.juror, design.juror_order)


def single_draw(design: Design) -> Draws:
    """The counted reviews themselves, each once."""
    return make_draws(np.ones((1, design.n_reviews)), design)


def weighted_sums(values: FloatArray, groups: Groups) -> FloatArray:
    """Per draw and submission, the sum of ``values`` ``(b, R, …)`` over its positions."""
    b, rest = values.shape[0], values.shape[2:]
    if groups.size == 0:
        return np.zeros((b, 0, *rest), dtype=np.float64)
    if len(groups.classes) == 1:  # every submission has n reviews: rows of n, no segments
        n = groups.classes[0].n
        block: FloatArray = values.reshape(b, groups.size, n, *rest).sum(axis=2)
        return block
    sums: FloatArray = np.add.reduceat(values, groups.starts, axis=1)
    return sums


def group_mean(values: FloatArray, draws: Draws, groups: Groups) -> FloatArray:
    """Arithmetic mean of each submission's values (``values`` ``(R,)``, one per review)."""
    return weighted_sums(draws.weights * values, groups) / groups.counts


NETWORK_LIMIT = 16
"""Submissions with up to this many reviews use a comparator network instead of a sort."""


def batcher_network(n: int) -> list[tuple[int, int]]:
    """Batcher's odd–even merge sort for ``n`` wires: comparators (i, j), i < j, min to i.

    Built for the next power of two and pruned of comparators that touch a padding wire
    (padding holds +inf, which never moves, so those comparators do nothing).
    """
    size = 1 << max(n - 1, 0).bit_length()
    pairs = []
    p = 1
    while p < size:
        k = p
        while k >= 1:
            for j in range(k % p, size - k, 2 * k):
                for i in range(min(k, size - j - k)):
                    if (i + j) // (2 * p) == (i + j + k) // (2 * p):
                        pairs.append((i + j, i + j + k))
            k //= 2
        p *= 2
    return [(a, b) for a, b in pairs if b < n]


@functools.cache
def selection_network(n: int, kind: str) -> tuple[tuple[int, int], ...]:
    """The comparators of :func:`batcher_network` that the median / trimmed mean needs.

    Walking backwards, a comparator is kept when it touches a wire whose value is needed, or
    moves a value into or out of the trimmed middle (a swap inside the middle, or among the
    cut values, changes nothing the trimmed mean reads).
    """
    if kind == "median":
        exact, middle = {(n - 1) // 2, n // 2}, set()
    else:
        cut = n // 5
        exact, middle = set(), set(range(cut, n - cut))
    kept = []
    for i, j in reversed(batcher_network(n)):
        if i in exact or j in exact or ((i in middle) != (j in middle)):
            kept.append((i, j))
            exact |= {i, j}
    return tuple(reversed(kept))


def _by_size(values: FloatArray, groups: Groups, kind: str) -> FloatArray:
    out = np.empty((values.shape[0], groups.size), dtype=np.float64)
    for size_class in groups.classes:
        n = size_class.n
        # scipy.stats.trim_mean(x, 0.2) cuts int(0.2 * n) values from each end; as 0.2 is
        # stored just above 1/5, int(0.2 * n) == n // 5 for every n.
        cut = n // 5
        if n <= NETWORK_LIMIT:
            wires = [values[:, size_class.positions[:, p]] for p in range(n)]
            for i, j in selection_network(n, kind):
                low = np.minimum(wires[i], wires[j])
                np.maximum(wires[i], wires[j], out=wires[j])
                wires[i] = low
        else:
            block = np.sort(values[:, size_class.positions], axis=-1)
            wires = [block[..., p] for p in range(n)]
        if kind == "median":
            out[:, size_class.rows] = (wires[(n - 1) // 2] + wires[n // 2]) / 2
        else:
            middle = wires[cut]
            for p in range(cut + 1, n - cut):
                middle = middle + wires[p]
            out[:, size_class.rows] = middle / (n - 2 * cut)
    return out


def group_median(values: FloatArray, groups: Groups) -> FloatArray:
    """Median of each submission's values ``(b, R)`` (mean of the two middle ones if n is even)."""
    return _by_size(values, groups, "median")


def group_trimmed(values: FloatArray, groups: Groups) -> FloatArray:
    """20 % trimmed mean of each submission's values ``(b, R)`` (``scipy.stats.trim_mean``)."""
    return _by_size(values, groups, "trimmed")


def zscore_values(values: FloatArray, draws: Draws, groups: Groups) -> FloatArray:
    """Per-juror standardised values rescaled to the criterion's overall mean and SD.

    x' = μ + σ·(x − μⱼ)/σⱼ, with μⱼ, σⱼ the juror's mean and population SD in the draw and
    μ, σ those of all values in the draw; a juror with fewer than 2 values or σⱼ = 0 is only
    centred (x' = x − μⱼ + μ). The submission's value is the mean of its x'.

    Per-juror sums run over the positions in juror order (contiguous segments); the overall
    sum of squares is Σⱼ SSⱼ + Σⱼ nⱼ·(μⱼ − μ)², so it needs no extra pass.
    """
    b = draws.size
    if values.shape[0] == 0:
        return np.empty((b, 0), dtype=np.float64)
    order = draws.order
    weights = draws.weights_by_juror
    x = values[order.perm]
    count = draws.juror_count[:, order.jurors]
    safe = np.maximum(count, 1)
    scratch = weights * x
    juror_mean = np.add.reduceat(scratch, order.starts, axis=1) / safe
    deviation = np.repeat(juror_mean, order.lengths, axis=1)
    np.subtract(x, deviation, out=deviation)
    np.multiply(deviation, deviation, out=scratch)
    scratch *= weights
    squares = np.add.reduceat(scratch, order.starts, axis=1)
    juror_sd = np.sqrt(squares / safe)
    reviews = count.sum(axis=1, keepdims=True)
    mean = (count * juror_mean).sum(axis=1, keepdims=True) / reviews
    between = (count * (juror_mean - mean) ** 2).sum(axis=1, keepdims=True)
    sd = np.sqrt((squares.sum(axis=1, keepdims=True) + between) / reviews)
    scaled = (count >= 2) & (juror_sd > SD_EPSILON)
    factor = np.ones((b, draws.n_jurors))
    factor[:, order.jurors] = np.where(scaled, sd / np.where(scaled, juror_sd, 1.0), 1.0)
    shift = np.zeros((b, draws.n_jurors))
    shift[:, order.jurors] = mean - factor[:, order.jurors] * juror_mean
    # Large temporaries are reused in place: at the reference scale a chunk holds millions.
    rescaled = np.take(factor, draws.jurors, axis=1)
    rescaled *= values
    rescaled += np.take(shift, draws.jurors, axis=1)
    rescaled *= draws.weights
    return weighted_sums(rescaled, groups) / groups.counts
