"""Rules of the consensus step: what a rapporteur may record, and who may be the rapporteur."""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from imin_desktop.domain.rubric import Criterion
from imin_desktop.domain.text import _

MAX_COMMENT = 20_000
"""Longest consensus comment or minority view, in characters (a letter page holds ~4,000)."""

COORDINATOR = "coordinator"
"""How a consensus recorded without a juror as rapporteur names its rapporteur."""


def score_problem(
    criterion: Criterion, value: Decimal, comment: str, minority: str = ""
) -> str | None:
    """Why this consensus score cannot be recorded, or None when it can."""
    if not value.is_finite():
        return _("{value} is not a score").format(value=value)
    problem = criterion.scale.problem(value)
    if problem is not None:
        return problem
    if criterion.comment_required and not comment.strip():
        return _("the criterion {key!r} needs a comment with its score").format(key=criterion.key)
    if len(comment) > MAX_COMMENT or len(minority) > MAX_COMMENT:
        return _("a consensus comment is limited to {n} characters").format(n=MAX_COMMENT)
    return None


def rapporteur_problem(
    rapporteur: str | None, panel: Collection[str], conflicted: Collection[str]
) -> str | None:
    """A rapporteur is a juror of the submission's panel (assigned, no conflict) or, when
    ``rapporteur`` is None, the coordinator."""
    if rapporteur is None:
        return None
    if rapporteur in conflicted:
        return _("juror {id!r} declared a conflict of interest with this submission").format(
            id=rapporteur
        )
    if rapporteur not in panel:
        return _(
            "juror {id!r} is not on this submission's panel; the rapporteur is one of its "
            "assigned jurors ({panel}) or the coordinator"
        ).format(id=rapporteur, panel=", ".join(sorted(panel)) or _("none assigned"))
    return None
