"""The reference rubric: the document and the domain value describe the same rubric."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from imin_desktop.domain.canonical import content_hash
from imin_desktop.generator import reference_rubric, reference_rubric_document


def test_reference_rubric_has_eight_criteria_on_half_points() -> None:
    rubric = reference_rubric()

    assert len(rubric.criteria) == 8
    assert rubric.scale.values()[:3] == [Decimal(0), Decimal("0.5"), Decimal(1)]
    assert rubric.total_range() == (Decimal(0), Decimal(40))
    assert [g.key for g in rubric.gates] == ["eligible", "in_scope"]
    assert rubric.tie_break_keys()[-1].field == "gender_balance_distance"


def test_rubric_hash_is_the_documents_content_hash() -> None:
    document = reference_rubric_document(3)

    assert reference_rubric(3).hash == content_hash(document)
    assert json.loads(json.dumps(document)) == document


def test_document_and_rubric_agree_on_weights_and_thresholds() -> None:
    document = reference_rubric_document()
    rubric = reference_rubric()

    for entry, criterion in zip(document["criteria"], rubric.criteria, strict=True):
        assert Decimal(str(entry["weight"])) == criterion.weight
        assert entry.get("threshold") == (
            None if criterion.threshold is None else int(criterion.threshold)
        )


@pytest.mark.parametrize("criteria", [0, 9])
def test_reference_rubric_refuses_an_impossible_size(criteria: int) -> None:
    with pytest.raises(ValueError):
        reference_rubric_document(criteria)
