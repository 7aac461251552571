"""The counted reviews as arrays: the one place inputs become numbers.

Submissions and jurors are put in id order and reviews in (submission, juror) order, so the
results depend only on what was reviewed, never on the order the caller listed things in.
Reviews of one submission are contiguous: ``starts[i] .. starts[i] + counts[i]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import numpy.typing as npt

from imin_desktop.domain.consolidation.inputs import CountedReview, JurorInput, SubmissionInput
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class SizeClass:
    """The reviewed submissions that have exactly ``n`` counted reviews."""

    n: int
    rows: IntArray
    """Their indices among the reviewed submissions."""
    positions: IntArray
    """``(len(rows), n)``: the review positions of each."""


@dataclass(frozen=True, eq=False)
class Groups:
    """How review positions group into the reviewed submissions (those with reviews)."""

    starts: IntArray
    counts: IntArray
    classes: tuple[SizeClass, ...]
    owner: IntArray
    """``(R,)``: index among the reviewed submissions of the review at each position."""

    @property
    def size(self) -> int:
        return int(self.starts.shape[0])


@dataclass(frozen=True, eq=False)
class JurorOrder:
    """The review positions regrouped by juror (for per-juror sums without scattering)."""

    perm: IntArray
    """``(R,)`` review positions in (juror, position) order."""
    starts: IntArray
    """Start of each juror's segment in ``perm`` (jurors with reviews only)."""
    lengths: IntArray
    jurors: IntArray
    """The juror index of each segment."""


def make_juror_order(juror: IntArray) -> JurorOrder:
    perm = np.argsort(juror, kind="stable").astype(np.int64)
    present, starts, lengths = np.unique(juror[perm], return_index=True, return_counts=True)
    return JurorOrder(
        perm, starts.astype(np.int64), lengths.astype(np.int64), present.astype(np.int64)
    )


@dataclass(frozen=True, eq=False)
class Design:
    submissions: tuple[SubmissionInput, ...]
    jurors: tuple[JurorInput, ...]
    criterion_keys: tuple[str, ...]
    weights: FloatArray
    divisor: float
    """Σ w for ``weighted_mean``, 1 for ``weighted_sum``."""
    scores: FloatArray
    """``(R, C)`` counted scores."""
    exact_totals: tuple[Decimal, ...]
    totals: FloatArray
    """``(R,)`` review totals (the exact totals as floats)."""
    submission: IntArray
    juror: IntArray
    counts: IntArray
    """``(S,)`` counted reviews per submission."""
    starts: IntArray
    gate_no: IntArray
    """``(S, G)`` how many counted reviews answered each gate ``no``."""
    reviewed: IntArray
    """Indices of the submissions with at least one counted review."""
    groups: Groups
    juror_order: JurorOrder

    @property
    def n_reviews(self) -> int:
        return int(self.scores.shape[0])

    @property
    def n_submissions(self) -> int:
        return len(self.submissions)

    @property
    def n_jurors(self) -> int:
        return len(self.jurors)

    def combine(self, values: FloatArray) -> FloatArray:
        """The rubric's total formula over the last axis (criteria), in rubric order."""
        total = np.zeros(values.shape[:-1], dtype=np.float64)
        for c, weight in enumerate(self.weights):
            total = total + weight * values[..., c]
        if self.divisor != 1.0:
            total = total / self.divisor
        return total


def _unique_ids(ids: Sequence[str], what: str) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, item in enumerate(ids):
        if item in index:
            raise ValueError(_("{what} {id!r} is listed twice").format(what=what, id=item))
        index[item] = position
    return index


def make_groups(starts: IntArray, counts: IntArray) -> Groups:
    """Group the review positions of submissions with ``counts > 0`` (``starts`` increasing)."""
    keep = counts > 0
    starts = starts[keep]
    counts = counts[keep]
    classes = []
    for n in np.unique(counts):
        rows = np.flatnonzero(counts == n).astype(np.int64)
        positions = starts[rows][:, None] + np.arange(n, dtype=np.int64)[None, :]
        classes.append(SizeClass(int(n), rows, positions))
    owner = np.repeat(np.arange(starts.shape[0], dtype=np.int64), counts)
    return Groups(starts, counts, tuple(classes), owner)


def build_design(
    rubric: Rubric,
    submissions: Sequence[SubmissionInput],
    jurors: Sequence[JurorInput],
    reviews: Sequence[CountedReview],
) -> Design:
    """Check the inputs against each other and lay the counted reviews out as arrays."""
    subs = tuple(sorted(submissions, key=lambda s: s.id))
    jurs = tuple(sorted(jurors, key=lambda j: j.id))
    sub_index = _unique_ids([s.id for s in subs], _("submission"))
    jur_index = _unique_ids([j.id for j in jurs], _("juror"))
    keys = tuple(rubric.criterion_keys)
    key_set = set(keys)
    gate_keys = [g.key for g in rubric.gates]

    ordered = []
    seen: set[tuple[int, int]] = set()
    for review in reviews:
        s = sub_index.get(review.submission_id)
        if s is None:
            raise ValueError(
                _("a review names an unknown submission {id!r}").format(id=review.submission_id)
            )
        j = jur_index.get(review.juror_id)
        if j is None:
            raise ValueError(_("a review names an unknown juror {id!r}").format(id=review.juror_id))
        if (s, j) in seen:
            raise ValueError(
                _("juror {juror!r} has two counted reviews of {submission!r}").format(
                    juror=review.juror_id, submission=review.submission_id
                )
            )
        if set(review.scores) != key_set:
            raise ValueError(
                _(
                    "the review of {submission!r} by {juror!r} does not score exactly the "
                    "rubric's criteria"
                ).format(submission=review.submission_id, juror=review.juror_id)
            )
        seen.add((s, j))
        ordered.append((s, j, review))
    ordered.sort(key=lambda item: (item[0], item[1]))

    n_reviews = len(ordered)
    scores = np.empty((n_reviews, len(keys)), dtype=np.float64)
    submission = np.empty(n_reviews, dtype=np.int64)
    juror = np.empty(n_reviews, dtype=np.int64)
    gate_no = np.zeros((len(subs), len(gate_keys)), dtype=np.int64)
    exact: list[Decimal] = []
    for r, (s, j, review) in enumerate(ordered):
        values = [review.scores[k] for k in keys]
        scores[r] = [float(v) for v in values]
        exact.append(rubric.combine(values))
        submission[r] = s
        juror[r] = j
        for g, key in enumerate(gate_keys):
            if review.gates.get(key) is False:
                gate_no[s, g] += 1

    counts = np.bincount(submission, minlength=len(subs)).astype(np.int64)
    starts = (np.cumsum(counts) - counts).astype(np.int64)
    weights = np.array([float(w) for w in rubric.weights], dtype=np.float64)
    divisor = float(sum(rubric.weights, Decimal(0))) if rubric.total == "weighted_mean" else 1.0
    return Design(
        submissions=subs,
        jurors=jurs,
        criterion_keys=keys,
        weights=weights,
        divisor=divisor,
        scores=scores,
        exact_totals=tuple(exact),
        totals=np.array([float(t) for t in exact], dtype=np.float64),
        submission=submission,
        juror=juror,
        counts=counts,
        starts=starts,
        gate_no=gate_no,
        reviewed=np.flatnonzero(counts > 0).astype(np.int64),
        groups=make_groups(starts, counts),
        juror_order=make_juror_order(juror),
    )
