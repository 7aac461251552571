"""The reference-scale rubric: up to eight criteria on a 0–5 scale in half points.

``reference_rubric_document`` is the ``imin.rubric/1`` object (what a rubric file holds and
what the rubric hash is computed over); ``reference_rubric`` is the same rubric as the
domain's ``Rubric``, built from the same table so the two cannot drift apart.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from imin_desktop.domain.rubric import Criterion, Gate, Level, Rubric, Scale

# key, (en, pt) label, weight, threshold, comment_required
_CRITERIA: tuple[tuple[str, tuple[str, str], int | float, int | None, bool], ...] = (
    ("excellence", ("Excellence", "Excelência"), 1, 3, True),
    ("impact", ("Impact", "Impacto"), 1.5, 3, True),
    ("implementation", ("Implementation", "Implementação"), 1, None, False),
    ("innovation", ("Innovation", "Inovação"), 1, None, False),
    ("scalability", ("Scalability", "Escalabilidade"), 1, None, False),
    ("team", ("Team", "Equipa"), 0.5, None, False),
    ("sustainability", ("Sustainability", "Sustentabilidade"), 1, None, False),
    ("equity", ("Equity and access", "Equidade e acesso"), 1, None, False),
)

_LEVELS = (
    (0, "Fails to address the criterion", "Não responde ao critério"),
    (1, "Poor", "Fraco"),
    (2, "Fair", "Razoável"),
    (3, "Good", "Bom"),
    (4, "Very good", "Muito bom"),
    (5, "Excellent", "Excelente"),
)

_GATES = (
    ("eligible", "The submission is eligible for this challenge",
     "A candidatura é elegível para este desafio"),
    ("in_scope", "The submission addresses a public-health need",
     "A candidatura responde a uma necessidade de saúde pública"),
)  # fmt: skip


def _number(value: float) -> int | float:
    """Whole numbers as JSON integers, as the canonical form writes them."""
    return int(value) if float(value).is_integer() else value


def reference_rubric_document(criteria: int = 8) -> dict[str, Any]:
    """The ``imin.rubric/1`` object with the first ``criteria`` (1–8) criteria."""
    if not 1 <= criteria <= len(_CRITERIA):
        raise ValueError(f"criteria must lie between 1 and {len(_CRITERIA)}")
    rows = _CRITERIA[:criteria]
    document: dict[str, Any] = {
        "format": "imin.rubric/1",
        "id": f"reference-{criteria}",
        "title": {
            "en": "National public-health innovation challenge",
            "pt": "Desafio nacional de inovação em saúde pública",
        },
        "scale": {"min": 0, "max": 5, "step": 0.5},
        "total": "weighted_sum",
        "overall_threshold": _number(sum(w for _, _, w, _, _ in rows) * 2.5),
        "threshold_basis": "total",
        "disagreement_spread": 0.3,
        "criteria": [],
        "gates": [{"key": k, "label": {"en": en, "pt": pt}} for k, en, pt in _GATES],
        "tie_break": [key for key, *_ in rows[:2]] + ["field:gender_balance_distance:asc"],
    }
    for key, (en, pt), weight, threshold, comment_required in rows:
        criterion: dict[str, Any] = {
            "key": key,
            "label": {"en": en, "pt": pt},
            "description": {
                "en": f"How well the submission does on {en.lower()}.",
                "pt": f"Avaliação da candidatura quanto a: {pt.lower()}.",
            },
            "weight": weight,
            "comment_required": comment_required,
            "levels": [
                {"value": v, "label": {"en": level_en, "pt": level_pt}}
                for v, level_en, level_pt in _LEVELS
            ],
        }
        if threshold is not None:
            criterion["threshold"] = threshold
        document["criteria"].append(criterion)
    return document


def _decimal(value: int | float) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def reference_rubric(criteria: int = 8) -> Rubric:
    """``reference_rubric_document(criteria)`` as a domain ``Rubric``."""
    document = reference_rubric_document(criteria)
    scale = Scale(Decimal(0), Decimal(5), Decimal("0.5"))
    return Rubric(
        id=document["id"],
        title=document["title"],
        scale=scale,
        criteria=tuple(
            Criterion(
                key=c["key"],
                label=c["label"],
                scale=scale,
                weight=_decimal(c["weight"]),
                description=c["description"],
                threshold=_decimal(c["threshold"]) if "threshold" in c else None,
                comment_required=c["comment_required"],
                levels=tuple(Level(Decimal(lv["value"]), lv["label"]) for lv in c["levels"]),
            )
            for c in document["criteria"]
        ),
        total="weighted_sum",
        overall_threshold=_decimal(document["overall_threshold"]),
        threshold_basis="total",
        disagreement_spread=Decimal("0.3"),
        gates=tuple(Gate(g["key"], g["label"]) for g in document["gates"]),
        tie_break=tuple(document["tie_break"]),
        document=document,
    )
