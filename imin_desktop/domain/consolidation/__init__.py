"""The results engine: consolidated scores, ranks, flags, juror figures, reliability and
rank stability from the counted reviews. Pure (stdlib + numpy); see ``docs/statistics.md``.

The package's names load on first use (PEP 562), so reading ``METHODS`` or ``FLAGS`` — as the
command line does to build its help — does not import numpy and the engine.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {
    "results_as_json": "as_json",
    "consolidate": "engine",
    "CountedReview": "inputs",
    "JurorInput": "inputs",
    "SubmissionInput": "inputs",
    "FLAGS": "results",
    "METHODS": "results",
    "RESULT_METHODS": "results",
    "ConsensusInput": "consensus",
    "Flag": "results",
    "ICCFigures": "results",
    "JurorResult": "results",
    "Method": "results",
    "Note": "results",
    "Reliability": "results",
    "ReliabilityFigures": "results",
    "Results": "results",
    "SubmissionResult": "results",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


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
