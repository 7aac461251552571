"""``results_as_json``: the ``imin results --json`` document (see the CLI specification)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from imin_desktop.domain.consolidation.reliability import ICC_KEYS, icc_value
from imin_desktop.domain.consolidation.results import ReliabilityFigures, Results
from imin_desktop.domain.text import _

SIGNIFICANT_DIGITS = 12
"""Floats are written with 12 significant digits: far finer than any scale, and free of
binary noise (4.25, not 4.250000000000001)."""


def number(value: float | None) -> float | None:
    """A statistic as JSON: None stays null; otherwise 12 significant digits."""
    if value is None:
        return None
    if not math.isfinite(value):
        raise ValueError(_("a statistic is not a finite number"))
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}") + 0.0


def _figures(figures: ReliabilityFigures) -> dict[str, Any]:
    return {
        "alpha_interval": number(figures.alpha_interval),
        "alpha_ordinal": number(figures.alpha_ordinal),
        "icc": {key: number(icc_value(figures.icc, key)) for key in ICC_KEYS},
        "kendall_w": number(figures.kendall_w),
    }


def results_as_json(
    results: Results,
    *,
    event_id: str,
    rubric_hash: str,
    decisions: Mapping[str, dict[str, Any]],
) -> dict[str, Any]:
    """The results as the CLI prints them: submissions in rank order, nulls explained in notes.

    ``decisions`` maps a submission id to its recorded decision (``outcome``, ``rationale``).
    """
    notes = [{"path": n.path, "message": n.message} for n in results.notes]
    if any(s.id not in decisions for s in results.submissions):
        notes.append(
            {
                "path": "submissions[*].decision",
                "message": _("null where the panel has recorded no decision"),
            }
        )
    return {
        "event_id": event_id,
        "method": results.method,
        "seed": results.seed,
        "rubric_hash": rubric_hash,
        "submissions": [
            {
                "id": s.id,
                "title": s.title,
                "rank": s.rank,
                "total": number(s.total),
                "criteria": {key: number(v) for key, v in s.criteria.items()},
                "reviews": s.reviews,
                "assigned": s.assigned,
                "spread": number(s.spread),
                "passes": s.passes,
                "flags": list(s.flags),
                "rank_interval": list(s.rank_interval) if s.rank_interval else None,
                "p_top": number(s.p_top),
                "decision": dict(decisions[s.id]) if s.id in decisions else None,
                "method_ranks": dict(s.method_ranks),
                "consensus_gap": {key: number(v) for key, v in s.consensus_gaps.items()},
            }
            for s in results.submissions
        ],
        "jurors": [
            {
                "id": j.id,
                "reviews": j.reviews,
                "conflicts": j.conflicts,
                "mean_total": number(j.mean_total),
                "leniency": number(j.leniency),
            }
            for j in results.jurors
        ],
        "reliability": {
            "total": _figures(results.reliability.total),
            "criteria": {
                key: _figures(figures) for key, figures in results.reliability.criteria.items()
            },
        },
        "notes": notes,
    }
