"""The consensus step in the results: agreed scores replace consolidated values where recorded.

Under ``--method consensus`` a submission's criterion value is its consensus score where the
rapporteur recorded one and the plain ``mean`` of its counted reviews elsewhere; an agreed gate
answer decides that gate instead of the majority of the reviews. Under every method, the gap
between a consensus score and the mean of the individual reviews is reported per criterion, and
a gap larger than ``disagreement_spread`` × the criterion's scale range is flagged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from imin_desktop.domain.consolidation.design import BoolArray, Design, FloatArray, IntArray
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _


@dataclass(frozen=True)
class ConsensusInput:
    """What a rapporteur agreed for one submission: scores by criterion, answers by gate."""

    submission_id: str
    scores: Mapping[str, Decimal] = field(default_factory=dict)
    gates: Mapping[str, bool] = field(default_factory=dict)


NO_ANSWER = -1


@dataclass(frozen=True, eq=False)
class ConsensusGrid:
    """The consensus laid out like the design: ``(S, C)`` and ``(S, G)``."""

    mask: BoolArray
    """Where a consensus score is recorded (reviewed submissions only)."""
    values: FloatArray
    """The consensus scores (NaN where none)."""
    gates: IntArray
    """Agreed gate answers: 1 yes, 0 no, ``NO_ANSWER`` where none."""
    limits: FloatArray
    """``(C,)`` the gap beyond which a consensus is flagged ``consensus_gap``."""

    def complete(self, s: int) -> bool:
        return bool(np.all(self.mask[s]))

    def override(self, values: FloatArray, rows: IntArray | slice = slice(None)) -> FloatArray:
        """``values`` ``(…, S_rows, C)`` with the consensus put in where recorded."""
        mask = self.mask[rows]
        out: FloatArray = np.where(mask, self.values[rows], values)
        return out


def consensus_grid(
    rubric: Rubric, design: Design, consensus: Sequence[ConsensusInput]
) -> tuple[ConsensusGrid, list[tuple[str, str]]]:
    """The grid, and notes ``(path, message)`` on consensus the results could not use."""
    n_sub, n_crit, n_gate = design.n_submissions, len(design.criterion_keys), len(rubric.gates)
    index = {s.id: i for i, s in enumerate(design.submissions)}
    columns = {key: c for c, key in enumerate(design.criterion_keys)}
    gate_columns = {g.key: i for i, g in enumerate(rubric.gates)}
    mask = np.zeros((n_sub, n_crit), dtype=np.bool_)
    values = np.full((n_sub, n_crit), np.nan)
    gates = np.full((n_sub, n_gate), NO_ANSWER, dtype=np.int64)
    notes: list[tuple[str, str]] = []
    for entry in consensus:
        s = index.get(entry.submission_id)
        if s is None:
            raise ValueError(
                _("a consensus names an unknown submission {id!r}").format(id=entry.submission_id)
            )
        unknown = sorted(set(entry.scores) - set(columns)) + sorted(
            set(entry.gates) - set(gate_columns)
        )
        if unknown:
            raise ValueError(
                _("the consensus on {id!r} names {key!r}, which the rubric does not have").format(
                    id=entry.submission_id, key=unknown[0]
                )
            )
        if design.counts[s] == 0:
            notes.append(
                (
                    f"submissions[{entry.submission_id}].consensus",
                    _("recorded without any counted review: not used until reviews count"),
                )
            )
            continue
        for key, value in entry.scores.items():
            mask[s, columns[key]] = True
            values[s, columns[key]] = float(value)
        for key, answer in entry.gates.items():
            gates[s, gate_columns[key]] = int(answer)
    spread = float(rubric.disagreement_spread)
    limits = np.array(
        [spread * float(c.scale.max - c.scale.min) for c in rubric.criteria], dtype=np.float64
    )
    return ConsensusGrid(mask, values, gates, limits), notes


def eligible_with(grid: ConsensusGrid | None, gate_no: IntArray, reviews: int, s: int) -> bool:
    """A gate fails when agreed ``no``, or, with no agreed answer, when most reviews said no."""
    failed = 2 * gate_no[s] > reviews
    if grid is not None:
        agreed = grid.gates[s]
        failed = np.where(agreed == NO_ANSWER, failed, agreed == 0)
    return not bool(np.any(failed))


def gaps(grid: ConsensusGrid, mean: FloatArray, s: int, keys: Sequence[str]) -> dict[str, float]:
    """Consensus minus the mean of the individual reviews, per criterion with a consensus."""
    return {
        key: float(grid.values[s, c] - mean[s, c])
        for c, key in enumerate(keys)
        if grid.mask[s, c] and not np.isnan(mean[s, c])
    }
