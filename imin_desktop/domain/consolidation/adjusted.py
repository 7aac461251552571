"""The ``adjusted`` method: least squares xᵢⱼ = mᵢ + bⱼ with Σ bⱼ = 0 per connected component.

Eliminating the submission values mᵢ leaves a small system for the juror offsets b (one unknown
per juror, whatever the number of submissions):

    (D − Nᵀ D_S⁻¹ N) b = r,     rⱼ = Σ over juror j's reviews of (xᵢⱼ − x̄ᵢ)

where N counts reviews per (submission, juror), D the reviews per juror and D_S per submission.
The matrix L = D − Nᵀ D_S⁻¹ N is the Laplacian of the juror–juror graph (jurors linked by a
shared submission); its null space is spanned by the indicators of the connected components,
and r is orthogonal to it. Adding the component matrix P (Pⱼₖ = 1 when j and k are connected)
makes the system positive definite, and its unique solution is the least-squares fit with
Σ bⱼ = 0 within every component: (L + P) b = r with r ⟂ null(L) forces P b = 0. Then
mᵢ = mean over the reviews of i of (xᵢⱼ − bⱼ).

The fit is batched over draws: in a bootstrap draw a review may appear several times or not at
all (its multiplicity), which can split a component; each draw gets its own components and
its own Cholesky solve, all as array operations over the batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from imin_desktop.domain.consolidation.aggregate import Draws, weighted_sums
from imin_desktop.domain.consolidation.design import BoolArray, FloatArray, Groups, IntArray


@dataclass(frozen=True, eq=False)
class AdjustedFit:
    values: FloatArray
    """``(b, S_r, K)`` the fitted submission values mᵢ."""
    offsets: FloatArray
    """``(b, J, K)`` the juror offsets bⱼ (0 for a juror without reviews in the draw)."""
    labels: IntArray
    """``(b, J)`` component of each juror: the lowest juror index in it."""
    present: BoolArray
    """``(b, J)`` True for jurors with at least one review in the draw."""

    def components(self, draw: int = 0) -> list[list[int]]:
        """The components of one draw, as lists of juror indices (jurors with reviews only)."""
        found: dict[int, list[int]] = {}
        for j in np.flatnonzero(self.present[draw]):
            found.setdefault(int(self.labels[draw, j]), []).append(int(j))
        return list(found.values())


def component_labels(adjacent: BoolArray) -> IntArray:
    """``(b, J)`` lowest juror index of each juror's component (min-label propagation)."""
    b, n, _n = adjacent.shape
    labels = np.broadcast_to(np.arange(n, dtype=np.int64), (b, n)).copy()
    if n == 0:
        return labels
    while True:
        neighbour = np.where(adjacent, labels[:, None, :], n).min(axis=2)
        new = np.minimum(labels, neighbour)
        new = np.take_along_axis(new, new, axis=1)
        if np.array_equal(new, labels):
            return labels
        labels = new


def cholesky_solve(matrix: FloatArray, rhs: FloatArray) -> FloatArray:
    """Solve the positive definite systems ``(b, J, J) x = (b, J, K)``."""
    lower = np.linalg.cholesky(matrix)
    n = matrix.shape[-1]
    y = np.empty_like(rhs)
    for k in range(n):
        known = np.einsum("bj,bjc->bc", lower[:, k, :k], y[:, :k])
        y[:, k] = (rhs[:, k] - known) / lower[:, k, k, None]
    x = np.empty_like(rhs)
    for k in range(n - 1, -1, -1):
        known = np.einsum("bj,bjc->bc", lower[:, k + 1 :, k], x[:, k + 1 :])
        x[:, k] = (y[:, k] - known) / lower[:, k, k, None]
    return x


def _cross(draws: Draws, jurors: IntArray, groups: Groups) -> FloatArray:
    """``(b, J, J)`` Σᵢ Nᵢ Nᵢᵀ / nᵢ from the review multiplicities of each draw."""
    b = draws.size
    n_jurors = draws.n_jurors
    size = n_jurors * n_jurors
    weights = draws.weights
    per_review = groups.counts[groups.owner]
    diagonal = np.bincount(
        draws.key, weights=(weights**2 / per_review).ravel(), minlength=b * n_jurors
    )
    upper = np.zeros(b * size, dtype=np.float64)
    offset = (size * np.arange(b, dtype=np.int64))[:, None]
    for size_class in groups.classes:
        if size_class.n < 2:
            continue
        first, second = np.triu_indices(size_class.n, 1)
        p = size_class.positions[:, first].ravel()
        q = size_class.positions[:, second].ravel()
        pair = jurors[p] * n_jurors + jurors[q]
        product = weights[:, p] * weights[:, q] / size_class.n
        upper += np.bincount(
            (pair[None, :] + offset).ravel(), weights=product.ravel(), minlength=b * size
        )
    cross = upper.reshape(b, n_jurors, n_jurors)
    cross = cross + cross.transpose(0, 2, 1)
    index = np.arange(n_jurors)
    cross[:, index, index] += diagonal.reshape(b, n_jurors)
    return cross


def fit_adjusted(values: FloatArray, draws: Draws, jurors: IntArray, groups: Groups) -> AdjustedFit:
    """Fit every draw; ``values`` ``(R, K)`` holds one row per counted review.

    Internally the K value columns lead (``(b, K, R)``) so that every per-submission and
    per-juror sum runs over contiguous memory.
    """
    b = draws.size
    n_jurors = draws.n_jurors
    n_reviews, k = values.shape
    if n_reviews == 0:
        alone = np.broadcast_to(np.arange(n_jurors, dtype=np.int64), (b, n_jurors)).copy()
        nobody = np.zeros((b, n_jurors), dtype=np.bool_)
        return AdjustedFit(np.empty((b, 0, k)), np.zeros((b, n_jurors, k)), alone, nobody)
    weights = draws.weights[:, None, :]
    weighted = weights * values.T[None]
    sums = weighted_sums(weighted.reshape(b * k, n_reviews), groups).reshape(b, k, groups.size)
    means = np.repeat(sums / groups.counts, groups.counts, axis=2)
    means *= weights
    np.subtract(weighted, means, out=means)  # wᵢⱼ·(xᵢⱼ − x̄ᵢ) at every position
    order = draws.order
    rhs = np.zeros((b, k, n_jurors))
    rhs[:, :, order.jurors] = np.add.reduceat(means[:, :, order.perm], order.starts, axis=2)

    cross = _cross(draws, jurors, groups)
    index = np.arange(n_jurors)
    adjacent = cross > 0
    adjacent[:, index, index] = False
    labels = component_labels(adjacent)
    system = (labels[:, :, None] == labels[:, None, :]).astype(np.float64) - cross
    system[:, index, index] += draws.juror_count
    offsets = cholesky_solve(system, rhs.transpose(0, 2, 1).copy())

    picked = np.take(offsets.transpose(0, 2, 1), jurors, axis=2)
    picked *= weights
    np.subtract(weighted, picked, out=picked)
    fitted = weighted_sums(picked.reshape(b * k, n_reviews), groups).reshape(b, k, groups.size)
    fitted /= groups.counts
    return AdjustedFit(fitted.transpose(0, 2, 1), offsets, labels, draws.juror_count > 0)
