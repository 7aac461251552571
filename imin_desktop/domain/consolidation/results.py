"""The consolidated results: plain frozen values, floats for every statistic.

The GUI, the CLI, the workbook and the report all read these; none of them recomputes a
figure. A figure that cannot be computed is ``None`` and a :class:`Note` says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Method = Literal["mean", "median", "trimmed", "zscore", "adjusted", "consensus"]
METHODS: tuple[Method, ...] = ("mean", "median", "trimmed", "zscore", "adjusted")
"""The statistical methods, compared side by side for method sensitivity."""
RESULT_METHODS: tuple[Method, ...] = (*METHODS, "consensus")
"""Every method results can be computed with: the statistical ones and ``consensus`` (the
agreed scores where recorded, ``mean`` elsewhere)."""

Flag = Literal[
    "disagreement",
    "few_reviews",
    "ex_aequo",
    "below_threshold",
    "ineligible",
    "gate_disputed",
    "disconnected",
    "method_sensitive",
    "no_consensus",
    "consensus_gap",
]
FLAGS: tuple[Flag, ...] = (
    "disagreement",
    "few_reviews",
    "ex_aequo",
    "below_threshold",
    "ineligible",
    "gate_disputed",
    "disconnected",
    "method_sensitive",
    "no_consensus",
    "consensus_gap",
)
"""Every flag, in the order flags are listed on a submission."""

ICCModel = Literal["two-way", "one-way"]


@dataclass(frozen=True)
class Note:
    """Why a figure is missing (or needs care): ``path`` names it as in the JSON output."""

    path: str
    message: str


@dataclass(frozen=True)
class ICCFigures:
    """Shrout & Fleiss intraclass correlations.

    ``model`` is ``"two-way"`` when computed over the submissions every juror reviewed
    (``rows`` of them, ``k`` jurors), ``"one-way"`` for the fallback where every submission has
    the same ``k`` reviews from different jurors (only ``icc1``/``icc1k``), ``None`` when nothing
    could be computed.
    """

    icc1: float | None = None
    icc2: float | None = None
    icc3: float | None = None
    icc1k: float | None = None
    icc2k: float | None = None
    icc3k: float | None = None
    model: ICCModel | None = None
    rows: int = 0
    k: int | None = None


@dataclass(frozen=True)
class ReliabilityFigures:
    """Agreement between jurors on one matrix (review totals, or one criterion)."""

    alpha_interval: float | None
    alpha_ordinal: float | None
    icc: ICCFigures
    kendall_w: float | None
    complete_rows: int
    """Submissions reviewed by every juror who has counted reviews."""
    raters: int
    """Jurors with at least one counted review (the columns of the matrix)."""


@dataclass(frozen=True)
class Reliability:
    total: ReliabilityFigures
    criteria: Mapping[str, ReliabilityFigures]


@dataclass(frozen=True)
class SubmissionResult:
    """One submission's consolidated figures under the chosen method."""

    id: str
    title: str
    rank: int
    """Competition rank (1, 2, 2, 4); submissions without counted reviews come after all others."""
    total: float | None
    criteria: Mapping[str, float | None]
    reviews: int
    assigned: int
    spread: float | None
    """Highest minus lowest review total."""
    passes: bool | None
    """Thresholds met; ``None`` without counted reviews."""
    eligible: bool
    """False when more than half of the counted reviews answered a gate ``no``."""
    flags: tuple[Flag, ...]
    rank_interval: tuple[int, int] | None
    """5th–95th percentile of the bootstrap ranks."""
    p_top: float | None
    """Share of bootstrap draws in which the submission finished in the top k."""
    method_ranks: Mapping[Method, int]
    consensus_gaps: Mapping[str, float] = field(default_factory=dict)
    """Per criterion with a recorded consensus: consensus minus the mean of the reviews."""


@dataclass(frozen=True)
class JurorResult:
    id: str
    reviews: int
    conflicts: int
    mean_total: float | None
    leniency: float | None
    """The juror's offset in the ``adjusted`` model, on the total's scale; positive = generous."""


@dataclass(frozen=True)
class Results:
    method: Method
    seed: int
    draws: int
    top_k: int
    submissions: tuple[SubmissionResult, ...]
    """In rank order; equal ranks by submission id."""
    jurors: tuple[JurorResult, ...]
    """By juror id."""
    reliability: Reliability
    notes: tuple[Note, ...]
    components: int
    """Connected groups of jurors that share submissions (1 = every juror comparable)."""

    def submission(self, submission_id: str) -> SubmissionResult:
        for result in self.submissions:
            if result.id == submission_id:
                return result
        raise KeyError(submission_id)

    def juror(self, juror_id: str) -> JurorResult:
        for result in self.jurors:
            if result.id == juror_id:
                return result
        raise KeyError(juror_id)
