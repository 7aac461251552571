"""Simulated reviews: on the rubric's grid, complete, and shaped like a real panel's."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from imin_desktop.domain.rubric import Criterion, Rubric, Scale
from imin_desktop.generator import assign_reviewers, reference_rubric, simulate_reviews
from imin_desktop.generator.reviews import snap

SUBS = [f"SUB-{i:03d}" for i in range(1, 31)]
JURORS = [f"J0{i}" for i in range(1, 10)]


def _mixed_scale_rubric() -> Rubric:
    """Two criteria with their own scales, one required comment, one gate."""
    base = reference_rubric(2)
    odd = Criterion(
        key="feasibility",
        label={"en": "Feasibility", "pt": "Exequibilidade"},
        scale=Scale(Decimal(1), Decimal(10), Decimal(3)),
        comment_required=True,
    )
    return Rubric(
        id="mixed",
        title="Mixed",
        scale=base.scale,
        criteria=(*base.criteria, odd),
        gates=base.gates,
    )


def test_scores_lie_on_each_criterions_grid() -> None:
    rubric = _mixed_scale_rubric()
    assignments = {juror: SUBS for juror in JURORS}

    reviews = simulate_reviews(rubric, assignments, seed=3)

    for review in reviews:
        assert list(review.scores) == rubric.criterion_keys
        for criterion in rubric.criteria:
            value = review.scores[criterion.key]
            assert isinstance(value, Decimal)
            assert criterion.scale.accepts(value), (criterion.key, value)
            assert value in criterion.scale.values()


def test_one_final_review_per_assignment_in_assignment_order() -> None:
    assignments = {"J01": ["SUB-002", "SUB-001"], "J02": ["SUB-001"]}

    reviews = simulate_reviews(reference_rubric(), assignments, seed=1)

    assert [(r.juror_id, r.submission_id) for r in reviews] == [
        ("J01", "SUB-002"),
        ("J01", "SUB-001"),
        ("J02", "SUB-001"),
    ]
    assert {r.status for r in reviews} == {"final"}
    assert not any(r.conflict for r in reviews)


def test_required_criterion_comments_are_always_given() -> None:
    rubric = reference_rubric()
    required = [c.key for c in rubric.criteria if c.comment_required]

    reviews = simulate_reviews(rubric, {j: SUBS for j in JURORS}, seed=2)

    assert required == ["excellence", "impact"]
    for review in reviews:
        assert all(review.criterion_comments.get(key) for key in required)
        assert review.comment


def test_comments_come_in_portuguese_and_english() -> None:
    reviews = simulate_reviews(reference_rubric(), {j: SUBS for j in JURORS}, seed=2)

    comments = " ".join(r.comment for r in reviews)
    assert "proposta" in comments.lower() and "proposal" in comments.lower()


def test_gates_are_mostly_yes_with_an_occasional_no() -> None:
    reviews = simulate_reviews(reference_rubric(), {j: SUBS for j in JURORS}, seed=2)

    answers = [answer for r in reviews for answer in r.gates.values()]
    assert len(answers) == 2 * len(reviews)
    assert 0 < answers.count(False) < 0.15 * len(answers)


def test_conflicts_carry_no_scores() -> None:
    reviews = simulate_reviews(
        reference_rubric(), {j: SUBS for j in JURORS}, seed=2, conflict_rate=0.2
    )

    conflicted = [r for r in reviews if r.conflict]
    assert 0.1 * len(reviews) < len(conflicted) < 0.3 * len(reviews)
    assert all(not r.scores and not r.gates and not r.criterion_comments for r in conflicted)


def test_draft_rate_leaves_some_reviews_in_progress() -> None:
    reviews = simulate_reviews(
        reference_rubric(), {j: SUBS for j in JURORS}, seed=2, draft_rate=0.5
    )

    assert {r.status for r in reviews} == {"draft", "final"}


def test_a_review_does_not_depend_on_the_other_assignments() -> None:
    rubric = reference_rubric()
    alone = simulate_reviews(rubric, {"J03": ["SUB-007"]}, seed=8)
    among = simulate_reviews(rubric, {"J01": SUBS, "J03": list(reversed(SUBS))}, seed=8)

    assert alone[0] in among


def test_jurors_agree_more_than_chance_because_quality_is_shared() -> None:
    rubric = reference_rubric()
    reviews = simulate_reviews(rubric, {j: SUBS for j in JURORS}, seed=5)
    totals = {(r.juror_id, r.submission_id): float(rubric.review_total(r.scores)) for r in reviews}
    matrix = np.array([[totals[(j, s)] for s in SUBS] for j in JURORS])

    correlations = np.corrcoef(matrix)[np.triu_indices(len(JURORS), k=1)]

    assert float(np.median(correlations)) > 0.5
    assert matrix.std(axis=1).min() > 0  # nobody gives everyone the same total


def test_snap_clips_to_the_scale_and_rounds_to_the_grid() -> None:
    criterion = Criterion("c", "C", Scale(Decimal(0), Decimal(5), Decimal("0.5")))

    assert [snap(criterion, f) for f in (-0.2, 0.0, 0.26, 0.5, 1.0, 1.7)] == [
        Decimal(0), Decimal(0), Decimal("1.5"), Decimal("2.5"), Decimal(5), Decimal(5),
    ]  # fmt: skip


def test_assignments_are_balanced_and_distinct() -> None:
    subs = [f"SUB-{i:04d}" for i in range(1, 2001)]
    jurors = [f"J{i:03d}" for i in range(1, 121)]

    assigned = assign_reviewers(subs, jurors, 5, seed=1)

    loads = [len(ids) for ids in assigned.values()]
    assert sum(loads) == 10_000 and max(loads) - min(loads) <= 1
    per_submission: dict[str, int] = {}
    for ids in assigned.values():
        assert len(set(ids)) == len(ids)
        for sub in ids:
            per_submission[sub] = per_submission.get(sub, 0) + 1
    assert set(per_submission.values()) == {5} and len(per_submission) == 2000


def test_summit_assignment_gives_everyone_everything() -> None:
    assigned = assign_reviewers(SUBS, JURORS, len(JURORS), seed=1)

    assert assigned == {juror: SUBS for juror in JURORS}


def test_assignments_refuse_more_reviews_than_jurors() -> None:
    with pytest.raises(ValueError):
        assign_reviewers(SUBS, JURORS, 10, seed=1)
