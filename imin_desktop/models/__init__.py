"""SQLAlchemy models of the event store, one module per aggregate."""

from imin_desktop.models.audit import AuditEntry
from imin_desktop.models.base import Base
from imin_desktop.models.consensus import ConsensusGate, ConsensusScore
from imin_desktop.models.decision import Decision
from imin_desktop.models.event import Event
from imin_desktop.models.juror import Assignment, Conflict, Juror, Kit
from imin_desktop.models.review import GateAnswer, Review, Score
from imin_desktop.models.rubric import Criterion, Gate, Level, Rubric
from imin_desktop.models.scorefile import ScoreFileRecord
from imin_desktop.models.setting import EventSetting
from imin_desktop.models.submission import Attachment, Blob, Submission

__all__ = [
    "Assignment",
    "Attachment",
    "AuditEntry",
    "Base",
    "Blob",
    "Conflict",
    "ConsensusGate",
    "ConsensusScore",
    "Criterion",
    "Decision",
    "Event",
    "EventSetting",
    "Gate",
    "GateAnswer",
    "Juror",
    "Kit",
    "Level",
    "Review",
    "Rubric",
    "Score",
    "ScoreFileRecord",
    "Submission",
]
