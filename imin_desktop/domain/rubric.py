"""The rubric: criteria, scales, weights, thresholds, gates and tie-break order.

Values are exact (``Decimal``) so that a score is either on the rubric's grid or not,
with no floating-point doubt. ``document`` keeps the rubric object exactly as kits
carry it; the rubric hash is computed over it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from imin_desktop.domain.canonical import content_hash
from imin_desktop.domain.text import LocalizedText, localized

TotalKind = Literal["weighted_sum", "weighted_mean"]
ThresholdBasis = Literal["total", "unweighted_sum"]

DEFAULT_DISAGREEMENT_SPREAD = Decimal("0.3")


def to_decimal(value: float | int | str | Decimal) -> Decimal:
    """A JSON number as an exact decimal (``0.1`` stays ``0.1``, not its binary neighbour)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


@dataclass(frozen=True)
class Scale:
    min: Decimal
    max: Decimal
    step: Decimal

    def contains(self, value: Decimal) -> bool:
        return self.min <= value <= self.max

    def on_grid(self, value: Decimal) -> bool:
        return ((value - self.min) % self.step) == 0

    def accepts(self, value: Decimal) -> bool:
        return self.contains(value) and self.on_grid(value)

    def values(self) -> list[Decimal]:
        """Every allowed value, lowest first."""
        count = int((self.max - self.min) / self.step)
        return [self.min + i * self.step for i in range(count + 1)]

    def problem(self, value: Decimal) -> str | None:
        """Why ``value`` is not allowed, or None when it is."""
        if not self.contains(value):
            return f"{value} is off the scale {self.min}–{self.max}"
        if not self.on_grid(value):
            return f"{value} is off the grid (steps of {self.step} from {self.min})"
        return None


@dataclass(frozen=True)
class Level:
    value: Decimal
    label: LocalizedText


@dataclass(frozen=True)
class Criterion:
    key: str
    label: LocalizedText
    scale: Scale
    weight: Decimal = Decimal(1)
    description: LocalizedText | None = None
    threshold: Decimal | None = None
    comment_required: bool = False
    levels: tuple[Level, ...] = ()

    def title(self, lang: str = "en") -> str:
        return localized(self.label, lang) or self.key

    def level_for(self, value: Decimal) -> Level | None:
        """The descriptor that applies to ``value``: the highest level at or below it."""
        best: Level | None = None
        for level in self.levels:
            if level.value <= value and (best is None or level.value > best.value):
                best = level
        return best


@dataclass(frozen=True)
class Gate:
    key: str
    label: LocalizedText


@dataclass(frozen=True)
class TieBreakKey:
    """One tie-break rule: a criterion, or a numeric submission field."""

    criterion: str | None = None
    field: str | None = None
    ascending: bool = False

    @staticmethod
    def parse(text: str) -> TieBreakKey:
        if text.startswith("field:"):
            rest = text[len("field:") :]
            if rest.endswith(":asc"):
                return TieBreakKey(field=rest[: -len(":asc")], ascending=True)
            if rest.endswith(":desc"):
                return TieBreakKey(field=rest[: -len(":desc")])
            return TieBreakKey(field=rest)
        return TieBreakKey(criterion=text)


@dataclass(frozen=True)
class Rubric:
    id: str
    title: LocalizedText
    scale: Scale
    criteria: tuple[Criterion, ...]
    total: TotalKind = "weighted_sum"
    overall_threshold: Decimal | None = None
    threshold_basis: ThresholdBasis = "total"
    disagreement_spread: Decimal = DEFAULT_DISAGREEMENT_SPREAD
    gates: tuple[Gate, ...] = ()
    tie_break: tuple[str, ...] = ()
    document: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def hash(self) -> str:
        return content_hash(self.document)

    @property
    def criterion_keys(self) -> list[str]:
        return [c.key for c in self.criteria]

    def criterion(self, key: str) -> Criterion | None:
        for c in self.criteria:
            if c.key == key:
                return c
        return None

    @property
    def weights(self) -> list[Decimal]:
        return [c.weight for c in self.criteria]

    def combine(self, values: Sequence[Decimal]) -> Decimal:
        """The rubric's total formula applied to one value per criterion, in rubric order."""
        weighted = sum(
            (c.weight * v for c, v in zip(self.criteria, values, strict=True)), Decimal(0)
        )
        if self.total == "weighted_mean":
            return weighted / sum(self.weights, Decimal(0))
        return weighted

    def review_total(self, scores: Mapping[str, Decimal]) -> Decimal:
        return self.combine([scores[c.key] for c in self.criteria])

    def total_range(self) -> tuple[Decimal, Decimal]:
        """The lowest and highest total a review can have."""
        return (
            self.combine([c.scale.min for c in self.criteria]),
            self.combine([c.scale.max for c in self.criteria]),
        )

    def tie_break_keys(self) -> list[TieBreakKey]:
        return [TieBreakKey.parse(t) for t in self.tie_break]

    def display_title(self, lang: str = "en") -> str:
        return localized(self.title, lang) or self.id
