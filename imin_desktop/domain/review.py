"""One juror's review of one submission, as plain values, and the rubric's rules for it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from imin_desktop.domain.rubric import Rubric

ReviewStatus = Literal["draft", "final"]
STATUSES: tuple[ReviewStatus, ...] = ("draft", "final")


@dataclass(frozen=True)
class ReviewEntry:
    """What a score file or a score sheet says about one submission."""

    submission_id: str
    status: ReviewStatus = "draft"
    conflict: bool = False
    scores: Mapping[str, Decimal] = field(default_factory=dict)
    gates: Mapping[str, bool] = field(default_factory=dict)
    comment: str = ""
    criterion_comments: Mapping[str, str] = field(default_factory=dict)
    updated_at: str = ""


def review_problems(rubric: Rubric, entry: ReviewEntry) -> list[str]:
    """Every way ``entry`` breaks ``rubric``, each as ``field: problem``; empty when it is fine."""
    problems: list[str] = []
    if entry.conflict:
        if entry.scores:
            problems.append("scores: a review declaring a conflict of interest carries no scores")
        return problems
    for key, value in entry.scores.items():
        criterion = rubric.criterion(key)
        if criterion is None:
            problems.append(f"scores.{key}: no criterion {key!r} in the rubric")
            continue
        if (problem := criterion.scale.problem(value)) is not None:
            problems.append(f"scores.{key}: {problem}")
    for key in entry.criterion_comments:
        if rubric.criterion(key) is None:
            problems.append(f"criterion_comments.{key}: no criterion {key!r} in the rubric")
    gate_keys = {g.key for g in rubric.gates}
    for key in entry.gates:
        if key not in gate_keys:
            problems.append(f"gates.{key}: no gate {key!r} in the rubric")
    if entry.status == "final":
        for criterion in rubric.criteria:
            if criterion.key not in entry.scores:
                problems.append(f"scores.{criterion.key}: a final review scores every criterion")
            elif (
                criterion.comment_required
                and not entry.criterion_comments.get(criterion.key, "").strip()
            ):
                problems.append(
                    f"criterion_comments.{criterion.key}: the rubric requires a comment "
                    "on this criterion in a final review"
                )
        for gate in rubric.gates:
            if gate.key not in entry.gates:
                problems.append(f"gates.{gate.key}: a final review answers every gate")
    return problems


def missing_for_done(rubric: Rubric, entry: ReviewEntry) -> list[str]:
    """What still stands between a draft and a final review (for the juror's 'Mark as done')."""
    return review_problems(rubric, ReviewEntry(**{**entry.__dict__, "status": "final"}))
