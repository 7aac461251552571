"""Rank stability: resample each submission's counted reviews, re-aggregate, re-rank.

Draw b picks, for the review at position p of a submission with n counted reviews starting at
position s, the review s + ⌊u·n⌋ with u the next ``Generator.random()`` value of
``numpy.random.default_rng(seed)``; the u of all draws are consumed in draw-major, position
order. Draws are processed in chunks, each a handful of array operations, and the stream of u
does not depend on the chunk size, so a seed always gives the same ranks.

For ``mean`` and ``adjusted`` the consolidated total is linear in the scores, so the draws
aggregate the review totals directly (plus the tie-break criteria), which is the same number.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from imin_desktop.domain.consolidation.adjusted import fit_adjusted
from imin_desktop.domain.consolidation.aggregate import (
    group_mean,
    group_median,
    group_trimmed,
    make_draws,
    zscore_values,
)
from imin_desktop.domain.consolidation.consensus import ConsensusGrid
from imin_desktop.domain.consolidation.design import Design, FloatArray, IntArray
from imin_desktop.domain.consolidation.ranking import TieBreak, rank
from imin_desktop.domain.consolidation.results import Method

CHUNK_ELEMENTS = 2_000_000
"""Roughly how many values one chunk of draws holds (bounds memory at the largest events)."""


def _chunk_size(design: Design, method: Method) -> int:
    per_draw = max(design.n_reviews, 1) * 4
    if method == "adjusted":
        pairs = sum(c.n * (c.n - 1) // 2 * c.rows.shape[0] for c in design.groups.classes)
        per_draw += pairs + 4 * design.n_jurors * design.n_jurors
    return max(1, CHUNK_ELEMENTS // per_draw)


def _draw_values(
    design: Design,
    method: Method,
    tie_columns: list[int],
    pick: IntArray,
    grid: ConsensusGrid | None = None,
) -> tuple[FloatArray, dict[int, FloatArray]]:
    """Totals ``(b, S_r)`` and the tie-break criteria ``(b, S_r)`` of a chunk of draws.

    Under ``consensus`` the agreed values stay fixed in every draw; the other criteria are the
    draw's means.
    """
    groups = design.groups
    b, n_reviews = pick.shape
    if method == "consensus" and (grid is None or not grid.mask.any()):
        method = "mean"  # nothing agreed: exactly the mean's draws
    if method in ("median", "trimmed"):
        stat = group_median if method == "median" else group_trimmed
        criteria = np.stack(
            [stat(design.scores[:, c][pick], groups) for c in range(len(design.criterion_keys))],
            axis=-1,
        )
        return design.combine(criteria), {c: criteria[..., c] for c in tie_columns}
    offsets = (n_reviews * np.arange(b, dtype=np.int64))[:, None]
    multiplicity = np.bincount((pick + offsets).ravel(), minlength=b * n_reviews)
    draws = make_draws(multiplicity.reshape(b, n_reviews).astype(np.float64), design)
    if method == "consensus":
        assert grid is not None
        criteria = np.stack(
            [
                group_mean(design.scores[:, c], draws, groups)
                for c in range(len(design.criterion_keys))
            ],
            axis=-1,
        )
        criteria = grid.override(criteria, design.reviewed)
        return design.combine(criteria), {c: criteria[..., c] for c in tie_columns}
    if method == "zscore":
        criteria = np.stack(
            [
                zscore_values(design.scores[:, c], draws, groups)
                for c in range(len(design.criterion_keys))
            ],
            axis=-1,
        )
        return design.combine(criteria), {c: criteria[..., c] for c in tie_columns}
    columns = np.stack([design.totals, *(design.scores[:, c] for c in tie_columns)], axis=-1)
    if method == "mean":
        fitted = np.stack(
            [group_mean(columns[:, i], draws, groups) for i in range(columns.shape[1])], axis=-1
        )
    else:
        fitted = fit_adjusted(columns, draws, design.juror, groups).values
    return fitted[..., 0], {c: fitted[..., i + 1] for i, c in enumerate(tie_columns)}


def bootstrap_ranks(
    design: Design,
    method: Method,
    tie_break: TieBreak,
    seed: int,
    draws: int,
    advance: Callable[[int, int], None],
    grid: ConsensusGrid | None = None,
) -> IntArray:
    """``(draws, S)`` ranks of every submission in every draw."""
    n_sub = design.n_submissions
    out = np.empty((draws, n_sub), dtype=np.int64)
    groups = design.groups
    tie_columns = tie_break.criterion_columns
    chunk = _chunk_size(design, method)
    rng = np.random.default_rng(seed)
    base = groups.starts[groups.owner]
    size = groups.counts[groups.owner]
    done = 0
    while done < draws:
        b = min(chunk, draws - done)
        u = rng.random((b, design.n_reviews))
        pick = base + np.minimum((u * size).astype(np.int64), size - 1)
        totals_r, criteria_r = _draw_values(design, method, tie_columns, pick, grid)
        totals = np.full((b, n_sub), np.nan)
        totals[:, design.reviewed] = totals_r
        criteria = {}
        for c, values in criteria_r.items():
            criteria[c] = np.full((b, n_sub), np.nan)
            criteria[c][:, design.reviewed] = values
        out[done : done + b] = rank(totals, criteria, tie_break)[0]
        done += b
        advance(done, draws)
    return out


def summarise(ranks: IntArray, top_k: int) -> tuple[IntArray, IntArray, FloatArray]:
    """Per submission: 5th and 95th percentile rank (nearest rank) and P(rank ≤ top_k).

    With B sorted draws r₍₁₎ ≤ … ≤ r₍B₎ the interval is [r₍⌈0.05·B⌉₎, r₍⌈0.95·B⌉₎].
    """
    draws = ranks.shape[0]
    ordered = np.sort(ranks, axis=0)
    low = ordered[(5 * draws + 99) // 100 - 1]
    high = ordered[(95 * draws + 99) // 100 - 1]
    p_top = (ranks <= top_k).mean(axis=0)
    return low, high, p_top
