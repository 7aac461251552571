"""Factories for the results-engine tests: rubrics, events and reviews as plain values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from imin_desktop.domain.consolidation import CountedReview, JurorInput, SubmissionInput
from imin_desktop.domain.rubric import Criterion, Gate, Rubric, Scale, ThresholdBasis, TotalKind

Number = int | float | str | Decimal


def dec(value: Number) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def make_rubric(
    criteria: Sequence[tuple[str, Number]] = (("a", 1),),
    *,
    low: Number = 0,
    high: Number = 10,
    step: Number = "0.5",
    total: TotalKind = "weighted_sum",
    thresholds: Mapping[str, Number] | None = None,
    overall_threshold: Number | None = None,
    threshold_basis: ThresholdBasis = "total",
    disagreement_spread: Number = "0.3",
    gates: Sequence[str] = (),
    tie_break: Sequence[str] = (),
) -> Rubric:
    scale = Scale(dec(low), dec(high), dec(step))
    thresholds = thresholds or {}
    return Rubric(
        id="test",
        title="Test rubric",
        scale=scale,
        criteria=tuple(
            Criterion(
                key,
                key.title(),
                scale,
                weight=dec(weight),
                threshold=dec(thresholds[key]) if key in thresholds else None,
            )
            for key, weight in criteria
        ),
        total=total,
        overall_threshold=dec(overall_threshold) if overall_threshold is not None else None,
        threshold_basis=threshold_basis,
        disagreement_spread=dec(disagreement_spread),
        gates=tuple(Gate(key, key) for key in gates),
        tie_break=tuple(tie_break),
    )


def review(
    submission: str,
    juror: str,
    scores: Mapping[str, Number],
    gates: Mapping[str, bool] | None = None,
) -> CountedReview:
    return CountedReview(
        submission, juror, {k: dec(v) for k, v in scores.items()}, dict(gates or {})
    )


def submissions(ids: Sequence[str], assigned: int = 0) -> list[SubmissionInput]:
    return [SubmissionInput(i, f"Title of {i}", assigned) for i in ids]


def jurors(ids: Sequence[str]) -> list[JurorInput]:
    return [JurorInput(i) for i in ids]


Matrix = Sequence[Sequence[Number | None]]


def from_matrix(
    matrix: Matrix, key: str = "a", assigned: int = 0
) -> tuple[list[SubmissionInput], list[JurorInput], list[CountedReview]]:
    """One criterion: rows are submissions S01…, columns jurors J01…, None = no review."""
    sub_ids = [f"S{i + 1:02d}" for i in range(len(matrix))]
    jur_ids = [f"J{j + 1:02d}" for j in range(max(len(row) for row in matrix))]
    reviews = [
        review(sub_ids[i], jur_ids[j], {key: value})
        for i, row in enumerate(matrix)
        for j, value in enumerate(row)
        if value is not None
    ]
    return submissions(sub_ids, assigned), jurors(jur_ids), reviews
