"""Everything the workbook and the decision report show, as plain values.

The service gathers it from the event once; the exports only lay it out, so every number
in the workbook and the report is the one the results engine computed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from imin_desktop.domain.canonical import content_hash
from imin_desktop.domain.consolidation import Results
from imin_desktop.domain.funding import FundingProposal
from imin_desktop.domain.rubric import Rubric


@dataclass(frozen=True)
class SubmissionMeta:
    id: str
    title: str
    track: str = ""
    summary: str = ""
    team: tuple[Mapping[str, str], ...] = ()
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PanelMember:
    id: str
    name: str
    email: str = ""
    label: str = ""  # "Juror A" … — how the member is shown next to comments


@dataclass(frozen=True)
class ReviewRow:
    """One counted review (final, not conflicted, from the juror's current file)."""

    submission_id: str
    juror_id: str
    juror_label: str
    scores: Mapping[str, Decimal]
    total: Decimal
    gates: Mapping[str, bool]
    comment: str
    criterion_comments: Mapping[str, str]
    status: str
    updated_at: str


@dataclass(frozen=True)
class CellState:
    """A juror × submission cell of the matrix that holds no counted review."""

    juror_id: str
    submission_id: str
    state: str  # "conflict" | "missing" | "draft"


@dataclass(frozen=True)
class ScoreFileRow:
    juror_id: str
    juror_name: str
    kind: str  # "scores" | "sheet"
    sequence: int
    created_at: str
    imported_at: str
    sha256: str
    file_name: str
    is_current: bool


@dataclass(frozen=True)
class DecisionRow:
    submission_id: str
    outcome: str
    rationale: str
    panel_order: int | None
    decided_by: str
    decided_at: str


@dataclass(frozen=True)
class ConflictRow:
    juror_id: str
    submission_id: str
    source: str  # "coordinator" | "juror"


@dataclass(frozen=True)
class ChangeRow:
    """An audited change made after the first score file was merged."""

    at: str
    actor: str
    action: str
    entity: str
    key: str
    detail: str


@dataclass(frozen=True)
class ReportData:
    event_id: str
    event_title: str
    is_blind: bool
    generated_at: str
    software_version: str
    lang: str
    rubric: Rubric
    results: Results
    results_json: Mapping[str, Any]
    submissions: Mapping[str, SubmissionMeta]
    jurors: tuple[PanelMember, ...]
    reviews: tuple[ReviewRow, ...]
    cells: tuple[CellState, ...]
    conflicts: tuple[ConflictRow, ...]
    score_files: tuple[ScoreFileRow, ...]
    decisions: Mapping[str, DecisionRow]
    changes: tuple[ChangeRow, ...]
    outcomes: tuple[str, ...]
    funding: FundingProposal | None = None
    """The budget line under the event's funding settings, when a budget was applied."""
    funding_field: str = ""

    @property
    def fingerprint(self) -> str:
        """SHA-256 over the result data (the results JSON), printed on the report's cover."""
        return content_hash(self.results_json)

    def juror_label(self, juror_id: str) -> str:
        for member in self.jurors:
            if member.id == juror_id:
                return member.label or member.name
        return juror_id
