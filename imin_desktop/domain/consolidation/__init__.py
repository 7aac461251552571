"""The results engine: consolidated scores, ranks, flags, juror figures, reliability and
rank stability from the counted reviews. Pure (stdlib + numpy); see ``docs/statistics.md``.
"""

from imin_desktop.domain.consolidation.as_json import results_as_json
from imin_desktop.domain.consolidation.consensus import ConsensusInput
from imin_desktop.domain.consolidation.engine import consolidate
from imin_desktop.domain.consolidation.inputs import CountedReview, JurorInput, SubmissionInput
from imin_desktop.domain.consolidation.results import (
    FLAGS,
    METHODS,
    RESULT_METHODS,
    Flag,
    ICCFigures,
    JurorResult,
    Method,
    Note,
    Reliability,
    ReliabilityFigures,
    Results,
    SubmissionResult,
)

__all__ = [
    "FLAGS",
    "METHODS",
    "RESULT_METHODS",
    "ConsensusInput",
    "CountedReview",
    "Flag",
    "ICCFigures",
    "JurorInput",
    "JurorResult",
    "Method",
    "Note",
    "Reliability",
    "ReliabilityFigures",
    "Results",
    "SubmissionInput",
    "SubmissionResult",
    "consolidate",
    "results_as_json",
]
