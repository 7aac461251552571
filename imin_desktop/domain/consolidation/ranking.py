"""Competition ranking by total, then by the rubric's tie-break keys, batched over draws.

Each key is turned into integer *levels* per row: values sorted, and consecutive values no
more than ``TOLERANCE`` apart share a level (so 12.5 and 12.500000000000002 are equal). A
missing value (NaN) gets the lowest level. The keys' levels are combined lexicographically and
the rank is 1 + the number of submissions with a strictly better combination: 1, 2, 2, 4.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from imin_desktop.domain.consolidation.design import BoolArray, Design, FloatArray, IntArray
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _

TOLERANCE = 1e-9
"""Totals (and tie-break values) closer than this are equal."""


def levels(values: FloatArray | IntArray) -> IntArray:
    """``(b, S)`` integer levels: higher value, higher level; NaN lowest; near values equal."""
    b, n = values.shape
    if n == 0:
        return np.zeros((b, 0), dtype=np.int64)
    filled = np.where(np.isnan(values), -np.inf, values) if values.dtype.kind == "f" else values
    flat = (np.argsort(filled, axis=1) + n * np.arange(b, dtype=np.int64)[:, None]).ravel()
    ordered = filled.ravel()[flat].reshape(b, n)
    with np.errstate(invalid="ignore"):
        step = np.diff(ordered, axis=1) > TOLERANCE
    level_sorted = np.zeros((b, n), dtype=np.int64)
    np.cumsum(step, axis=1, out=level_sorted[:, 1:])
    out = np.empty(b * n, dtype=np.int64)
    out[flat] = level_sorted.ravel()
    return out.reshape(b, n)


def combined_levels(keys: Sequence[FloatArray | IntArray]) -> IntArray:
    """Lexicographic levels over several keys (the first decides, the next break its ties).

    A float key is levelled with the tolerance; an integer key is taken as levels already.
    """
    result = levels(keys[0])
    if len(keys) == 1:
        return result
    n = result.shape[1]
    for key in keys[1:]:
        if int(result.max(initial=0)) >= (2**62) // (n + 1):
            result = levels(result)
        result = result * (n + 1) + (key if key.dtype.kind == "i" else levels(key))
    return levels(result)


def competition_ranks(level: IntArray) -> tuple[IntArray, BoolArray]:
    """Ranks 1, 2, 2, 4 from levels (0 … S − 1), and which entries share their rank."""
    b, n = level.shape
    if n == 0:
        return np.zeros((b, 0), dtype=np.int64), np.zeros((b, 0), dtype=np.bool_)
    key = (level + n * np.arange(b, dtype=np.int64)[:, None]).ravel()
    count = np.bincount(key, minlength=b * n).reshape(b, n)
    above = np.cumsum(count[:, ::-1], axis=1)[:, ::-1] - count
    ranks = 1 + above.ravel()[key].reshape(b, n)
    tied = count.ravel()[key].reshape(b, n) > 1
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
    fields: tuple[IntArray | None, ...]
    """Per key: ``(S,)`` levels of the field (higher = better, missing lowest), or None."""

    @property
    def criterion_columns(self) -> list[int]:
        return [c for c in self.criteria if c is not None]

    def keys(
        self, criteria: Mapping[int, FloatArray], ranked: BoolArray
    ) -> list[FloatArray | IntArray]:
        """One ``(b, S)`` key per tie-break rule; unranked submissions all equal.

        ``criteria`` maps each tie-break criterion column to its ``(b, S)`` values.
        """
        out: list[FloatArray | IntArray] = []
        for column, field_levels in zip(self.criteria, self.fields, strict=True):
            if column is not None:
                out.append(np.where(ranked, criteria[column], np.nan))
            else:
                assert field_levels is not None
                out.append(np.where(ranked, field_levels, 0))
        return out


def resolve_tie_break(rubric: Rubric, design: Design) -> TieBreak:
    criteria: list[int | None] = []
    fields: list[IntArray | None] = []
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
            fields.append(levels((-values if key.ascending else values)[None])[0])
    return TieBreak(tuple(criteria), tuple(fields))


def rank(
    totals: FloatArray, criteria: Mapping[int, FloatArray], tie_break: TieBreak
) -> tuple[IntArray, BoolArray]:
    """Ranks ``(b, S)`` and ex-aequo marks for totals ``(b, S)`` (NaN = not ranked).

    ``criteria`` maps each tie-break criterion column to its ``(b, S)`` values.
    """
    ranked = ~np.isnan(totals)
    keys = [totals, *tie_break.keys(criteria, ranked)]
    ranks, tied = competition_ranks(combined_levels(keys))
    return ranks, tied & ranked
