"""Simulated jurors at work: assignments and reviews that behave like a real panel's.

Each submission has a latent quality (plus a small per-criterion offset), each juror a
leniency and a noise level; a score is ``quality + offset + leniency + noise`` mapped onto
the criterion's scale, snapped to its grid and clipped to ``[min, max]``. Every draw comes
from a generator seeded by ``(seed, juror, submission)``, so a review does not change when
other assignments are added, removed or reordered.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from imin_desktop.domain.rubric import Criterion, Rubric
from imin_desktop.generator.vocabulary import CRITERION_COMMENTS, REVIEW_COMMENTS

LANGS = ("pt", "en")


@dataclass(frozen=True)
class SimulatedReview:
    juror_id: str
    submission_id: str
    status: str  # "final" (or "draft" when asked for)
    conflict: bool
    scores: Mapping[str, Decimal] = field(default_factory=dict)  # rubric order; empty if conflict
    gates: Mapping[str, bool] = field(default_factory=dict)
    comment: str = ""
    criterion_comments: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Juror:
    leniency: float
    noise: float
    lang: int  # index into LANGS


def _clip(value: float, low: float, high: float) -> float:
    return min(high, max(low, value))


def latent_quality(seed: int, submission_id: str, rubric: Rubric) -> tuple[float, dict[str, float]]:
    """A submission's quality in [0, 1] and its per-criterion offsets."""
    rng = random.Random(f"quality:{seed}:{submission_id}")
    quality = _clip(rng.gauss(0.58, 0.17), 0.03, 0.97)
    return quality, {c.key: rng.gauss(0.0, 0.08) for c in rubric.criteria}


def _juror(seed: int, juror_id: str) -> _Juror:
    rng = random.Random(f"juror:{seed}:{juror_id}")
    leniency = rng.gauss(0.0, 0.06)
    if rng.random() < 0.08:  # the occasional hawk or dove
        leniency += rng.choice((-0.15, 0.15))
    return _Juror(leniency, rng.uniform(0.03, 0.12), 0 if rng.random() < 0.6 else 1)


def snap(criterion: Criterion, fraction: float) -> Decimal:
    """The grid value nearest to ``fraction`` of the way from the scale's min to its max."""
    grid = criterion.scale.values()
    span = float(criterion.scale.max - criterion.scale.min)
    index = round(fraction * span / float(criterion.scale.step))
    return grid[int(_clip(index, 0, len(grid) - 1))]


def _band(fraction: float) -> int:
    return 0 if fraction < 0.4 else 1 if fraction < 0.7 else 2


def simulate_reviews(
    rubric: Rubric,
    assignments: Mapping[str, Sequence[str]],
    seed: int,
    *,
    conflict_rate: float = 0.0,
    draft_rate: float = 0.0,
) -> list[SimulatedReview]:
    """One review per (juror, assigned submission), in the order of ``assignments``.

    A fraction ``conflict_rate`` of reviews declare a conflict (no scores, gates or comments);
    a fraction ``draft_rate`` of the others is left as ``draft``; the rest are ``final``.
    Criteria with ``comment_required`` always get a criterion comment, others now and then.
    """
    qualities: dict[str, tuple[float, dict[str, float]]] = {}
    reviews = []
    for juror_id, submission_ids in assignments.items():
        juror = _juror(seed, juror_id)
        lang = LANGS[juror.lang]
        for submission_id in submission_ids:
            if submission_id not in qualities:
                qualities[submission_id] = latent_quality(seed, submission_id, rubric)
            quality, offsets = qualities[submission_id]
            rng = random.Random(f"review:{seed}:{juror_id}:{submission_id}")
            if rng.random() < conflict_rate:
                reviews.append(SimulatedReview(juror_id, submission_id, "final", True))
                continue
            scores: dict[str, Decimal] = {}
            criterion_comments: dict[str, str] = {}
            fractions = []
            for criterion in rubric.criteria:
                fraction = _clip(
                    quality + offsets[criterion.key] + juror.leniency + rng.gauss(0, juror.noise),
                    0.0,
                    1.0,
                )
                fractions.append(fraction)
                scores[criterion.key] = snap(criterion, fraction)
                if criterion.comment_required or rng.random() < 0.15:
                    template = CRITERION_COMMENTS[_band(fraction)][juror.lang]
                    criterion_comments[criterion.key] = template.format(label=criterion.title(lang))
            no_rate = 0.02 + (0.1 if quality < 0.3 else 0.0)
            gates = {gate.key: rng.random() >= no_rate for gate in rubric.gates}
            mean = sum(fractions) / len(fractions) if fractions else quality
            comment = rng.choice(REVIEW_COMMENTS[_band(mean)])[juror.lang]
            status = "draft" if rng.random() < draft_rate else "final"
            reviews.append(
                SimulatedReview(
                    juror_id,
                    submission_id,
                    status,
                    False,
                    scores,
                    gates,
                    comment,
                    criterion_comments,
                )
            )
    return reviews


def assign_reviewers(
    submission_ids: Sequence[str], juror_ids: Sequence[str], per_submission: int, seed: int
) -> dict[str, list[str]]:
    """Juror id -> submission ids: ``per_submission`` distinct jurors per submission, loads as
    even as possible (they differ by at most one), ties broken at random but reproducibly.
    ``per_submission == len(juror_ids)`` gives the summit case: everyone reviews everything.
    """
    if not 0 <= per_submission <= len(juror_ids):
        raise ValueError("per_submission must lie between 0 and the number of jurors")
    rng = random.Random(f"assign:{seed}")
    load = dict.fromkeys(juror_ids, 0)
    assigned: dict[str, list[str]] = {juror_id: [] for juror_id in juror_ids}
    for submission_id in submission_ids:
        order = list(juror_ids)
        rng.shuffle(order)
        order.sort(key=load.__getitem__)
        for juror_id in order[:per_submission]:
            load[juror_id] += 1
            assigned[juror_id].append(submission_id)
    return assigned
