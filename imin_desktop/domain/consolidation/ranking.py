"""Competition ranking by total, then by the rubric's tie-break keys, batched over draws.

Each key is turned into integer *levels* per row: values sorted, and consecutive values no
more than ``TOLERANCE`` apart share a level (so 12.5 and 12.500000000000002 are equal). A
missing value (NaN) gets the lowest level. The keys' levels are combined lexicographically and
the rank is 1 + the number of submissions with a strictly better combination: 1, 2, 2, 4.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from imin_desktop.domain.consolidation.design import BoolArray, Design, FloatArray, IntArray
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _

TOLERANCE = 1e-9
"""Totals (and tie-break values) closer than this are equal."""


def levels(values: FloatArray) -> IntArray:
    """``(b, S)`` integer levels: higher value, higher level; NaN lowest; near values equal."""
    b, n = values.shape
    if n == 0:
        return np.zeros((b, 0), dtype=np.int64)
    filled = np.where(np.isnan(values), -np.inf, values)
    order = np.argsort(filled, axis=1, kind="stable")
    ordered = np.take_along_axis(filled, order, axis=1)
    with np.errstate(invalid="ignore"):
        step = np.diff(ordered, axis=1) > TOLERANCE
    level_sorted = np.concatenate(
        (np.zeros((b, 1), dtype=np.int64), np.cumsum(step, axis=1, dtype=np.int64)), axis=1
    )
    out = np.empty((b, n), dtype=np.int64)
    np.put_along_axis(out, order, level_sorted, axis=1)
    return out


def combined_levels(keys: Sequence[FloatArray]) -> IntArray:
    """Lexicographic levels over several keys (the first decides, the next break its ties)."""
    result = levels(keys[0])
    for key in keys[1:]:
        n = result.shape[1]
        result = levels((result * (n + 1) + levels(key)).astype(np.float64))
    return result


def competition_ranks(level: IntArray) -> tuple[IntArray, BoolArray]:
    """Ranks 1, 2, 2, 4 from levels, and which entries share their rank with another."""
    b, n = level.shape
    if n == 0:
        return np.zeros((b, 0), dtype=np.int64), np.zeros((b, 0), dtype=np.bool_)
    key = (level + n * np.arange(b, dtype=np.int64)[:, None]).ravel()
    count = np.bincount(key, minlength=b * n).reshape(b, n)
    at_or_above = np.cumsum(count[:, ::-1], axis=1)[:, ::-1]
    above = at_or_above - count
    ranks = 1 + np.take_along_axis(above, level, axis=1)
    tied = np.take_along_axis(count, level, axis=1) > 1
    return ranks, tied


def field_value(value: object) -> float:
    """A submission field as a number for ``field:NAME`` keys; NaN (sorts last) otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return float("nan")
    number = float(value)
    return number if np.isfinite(number) else float("nan")


@dataclass(frozen=True, eq=False)
class TieBreak:
    """The rubric's tie-break keys resolved against the design."""

    criteria: tuple[int | None, ...]
    """Per key: the criterion column, or None for a field key."""
    fields: tuple[FloatArray | None, ...]
    """Per key: ``(S,)`` field values, higher = better (negated for ``:asc``), or None."""

    @property
    def criterion_columns(self) -> list[int]:
        return [c for c in self.criteria if c is not None]

    def keys(self, criterion_values: FloatArray, ranked: BoolArray) -> list[FloatArray]:
        """``(b, S)`` arrays, one per key, NaN for unranked submissions.

        ``criterion_values`` is ``(b, S, C)`` (only the tie-break columns need be filled).
        """
        b = criterion_values.shape[0]
        out = []
        for column, values in zip(self.criteria, self.fields, strict=True):
            if column is not None:
                key = criterion_values[..., column]
            else:
                assert values is not None
                key = np.broadcast_to(values, (b, values.shape[0]))
            out.append(np.where(ranked, key, np.nan))
        return out


def resolve_tie_break(rubric: Rubric, design: Design) -> TieBreak:
    criteria: list[int | None] = []
    fields: list[FloatArray | None] = []
    for key in rubric.tie_break_keys():
        if key.criterion is not None:
            if key.criterion not in design.criterion_keys:
                raise ValueError(
                    _("tie-break key {key!r} names no criterion of the rubric").format(
                        key=key.criterion
                    )
                )
            criteria.append(design.criterion_keys.index(key.criterion))
            fields.append(None)
        else:
            name = key.field or ""
            values = np.array(
                [field_value(s.fields.get(name)) for s in design.submissions], dtype=np.float64
            )
            criteria.append(None)
            fields.append(-values if key.ascending else values)
    return TieBreak(tuple(criteria), tuple(fields))


def rank(
    totals: FloatArray, criterion_values: FloatArray, tie_break: TieBreak
) -> tuple[IntArray, BoolArray]:
    """Ranks ``(b, S)`` and ex-aequo marks for totals ``(b, S)`` (NaN = not ranked)."""
    ranked = ~np.isnan(totals)
    keys = [totals, *tie_break.keys(criterion_values, ranked)]
    ranks, tied = competition_ranks(combined_levels(keys))
    return ranks, tied & ranked
