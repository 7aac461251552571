"""What the results engine consolidates: plain values the caller has already filtered.

Only counted reviews reach the engine: final, not conflicted, from the highest accepted
score file of each juror (or the live database). The engine never looks at drafts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class CountedReview:
    """One final, non-conflicted review: one exact score per rubric criterion."""

    submission_id: str
    juror_id: str
    scores: Mapping[str, Decimal]
    gates: Mapping[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class SubmissionInput:
    """A submission as the ranking sees it.

    ``assigned`` is the number of jurors assigned to it (a submission with fewer counted
    reviews is flagged ``few_reviews``); ``fields`` holds the numeric submission fields that
    ``field:NAME`` tie-break keys compare.
    """

    id: str
    title: str
    assigned: int = 0
    fields: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class JurorInput:
    """A juror of the event and the number of conflicts of interest they declared."""

    id: str
    conflicts: int = 0
