"""The ``adjusted`` method: least squares xᵢⱼ = mᵢ + bⱼ with Σ bⱼ = 0 per connected component.

Eliminating the submission values mᵢ leaves a small system for the juror offsets b (one unknown
per juror, whatever the number of submissions):

    (D − Nᵀ D_S⁻¹ N) b = r,     rⱼ = Σ over juror j's reviews of (xᵢⱼ − x̄ᵢ)

where N counts reviews per (submission, juror), D the reviews per juror and D_S per submission.
The matrix is the Laplacian of the juror–juror graph (jurors linked by a shared submission); its
null space is spanned by the indicators of the connected components, and r is orthogonal to it.
Adding the component indicator matrix P (Pⱼₖ = 1 when j and k are connected) makes the system
regular, and its unique solution is the least-squares fit with Σ bⱼ = 0 within every component:
(L + P) b = r and r ⟂ null(L) give P b = 0. Then mᵢ = mean over the reviews of i of (xᵢⱼ − bⱼ).

The fit is batched: every bootstrap draw has its own graph (a resample may drop a review and
split a component), its own components and its own solve, all in a few array operations.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from imin_desktop.domain.consolidation.design import BoolArray, FloatArray, Groups, IntArray


@dataclass(frozen=True, eq=False)
class AdjustedFit:
    values: FloatArray
    """``(b, S_r, K)`` the fitted submission values mᵢ."""
    offsets: FloatArray
    """``(b, J, K)`` the juror offsets bⱼ (0 for a juror without reviews in the draw)."""
    connected: BoolArray
    """``(b, J, J)`` True where two jurors are in the same component (a juror is with itself)."""
    present: BoolArray
    """``(b, J)`` True for jurors with at least one review in the draw."""

    def components(self, draw: int = 0) -> list[list[int]]:
        """The components of one draw, as lists of juror indices (jurors with reviews only)."""
        seen: set[int] = set()
        found = []
        for j in np.flatnonzero(self.present[draw]):
            if int(j) in seen:
                continue
            members = [int(k) for k in np.flatnonzero(self.connected[draw, j])]
            seen.update(members)
            found.append(members)
        return found


def reachability(adjacency: BoolArray) -> BoolArray:
    """``(b, J, J)``: which jurors are connected, by repeated squaring of the adjacency."""
    n = adjacency.shape[-1]
    reach = adjacency | np.eye(n, dtype=np.bool_)
    while True:
        as_float = reach.astype(np.float32)
        squared: BoolArray = np.matmul(as_float, as_float) > 0
        if np.array_equal(squared, reach):
            return reach
        reach = squared


def fit_adjusted(
    values: FloatArray, jurors: IntArray, n_jurors: int, groups: Groups
) -> AdjustedFit:
    """Fit every draw of ``values`` ``(b, R, K)`` with reviewers ``jurors`` ``(b, R)``."""
    b, n_reviews, k = values.shape
    size = n_jurors * n_jurors
    draw = np.arange(b, dtype=np.int64)
    if n_reviews == 0:
        none = np.zeros((b, n_jurors), dtype=np.bool_)
        return AdjustedFit(
            np.empty((b, 0, k)),
            np.zeros((b, n_jurors, k)),
            np.broadcast_to(np.eye(n_jurors, dtype=np.bool_), (b, n_jurors, n_jurors)).copy(),
            none,
        )
    counts = groups.counts[None, :, None]
    means = np.add.reduceat(values, groups.starts, axis=1) / counts
    residual = values - means[:, groups.owner, :]

    key = (jurors + n_jurors * draw[:, None]).ravel()
    degree = np.bincount(key, minlength=b * n_jurors).reshape(b, n_jurors)
    rhs = np.stack(
        [
            np.bincount(key, weights=residual[..., c].ravel(), minlength=b * n_jurors)
            for c in range(k)
        ],
        axis=-1,
    ).reshape(b, n_jurors, k)

    cross = np.zeros(b * size, dtype=np.float64)
    for size_class in groups.classes:
        block = jurors[:, size_class.positions]
        pair = block[..., :, None] * n_jurors + block[..., None, :]
        flat = (pair + (draw * size)[:, None, None, None]).ravel()
        cross += np.bincount(flat, minlength=b * size) / size_class.n
    cross_matrix = cross.reshape(b, n_jurors, n_jurors)

    connected = reachability(cross_matrix > 0)
    system = connected.astype(np.float64) - cross_matrix
    diagonal = np.arange(n_jurors)
    system[:, diagonal, diagonal] += degree
    offsets = np.linalg.solve(system, rhs).astype(np.float64, copy=False)

    picked = np.take_along_axis(offsets, jurors[:, :, None], axis=1)
    fitted = np.add.reduceat(values - picked, groups.starts, axis=1) / counts
    return AdjustedFit(fitted, offsets, connected, degree > 0)
