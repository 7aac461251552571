"""Rank stability (bootstrap) and the ``imin results --json`` document."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from consolidation_factories import Matrix, from_matrix, jurors, make_rubric, review, submissions

from imin_desktop.domain.consolidation import (
    METHODS,
    CountedReview,
    JurorInput,
    Method,
    SubmissionInput,
    consolidate,
    results_as_json,
)
from imin_desktop.domain.consolidation import bootstrap as bootstrap_module
from imin_desktop.domain.consolidation.bootstrap import bootstrap_ranks
from imin_desktop.domain.consolidation.design import build_design
from imin_desktop.domain.consolidation.ranking import resolve_tie_break
from imin_desktop.domain.rubric import Rubric

MATRIX: Matrix = [
    [9, 8, None, 7],
    [6, None, 7, 5],
    [None, 6, 6, 6],
    [4, 8, 3, None],
    [5, 5, None, 5],
    [2, None, 3, 4],
    [None, None, None, None],
]


def _event() -> tuple[Rubric, list[SubmissionInput], list[JurorInput], list[CountedReview]]:
    subs, jurs, reviews = from_matrix(MATRIX, assigned=3)
    return make_rubric(tie_break=("field:missing",)), subs, jurs, reviews


@pytest.mark.parametrize("method", METHODS)
def test_bootstrap_does_not_depend_on_the_chunk_size(
    method: Method, monkeypatch: pytest.MonkeyPatch
) -> None:
    rubric, subs, jurs, reviews = _event()
    design = build_design(rubric, subs, jurs, reviews)
    tie_break = resolve_tie_break(rubric, design)
    whole = bootstrap_ranks(design, method, tie_break, 7, 64, lambda d, n: None)

    monkeypatch.setattr(bootstrap_module, "CHUNK_ELEMENTS", 1)  # one draw per chunk
    one_by_one = bootstrap_ranks(design, method, tie_break, 7, 64, lambda d, n: None)

    assert np.array_equal(whole, one_by_one)


def test_rank_interval_and_p_top_summarise_the_draws() -> None:
    rubric, subs, jurs, reviews = _event()
    design = build_design(rubric, subs, jurs, reviews)
    ranks = bootstrap_ranks(
        design, "mean", resolve_tie_break(rubric, design), 3, 200, lambda d, n: None
    )

    results = consolidate(rubric, subs, jurs, reviews, seed=3, draws=200, top_k=2)

    for i, sub in enumerate(design.submissions):
        got = results.submission(sub.id)
        if got.reviews == 0:
            assert (got.rank_interval, got.p_top) == (None, None)
            continue
        low = np.percentile(ranks[:, i], 5, method="inverted_cdf")
        high = np.percentile(ranks[:, i], 95, method="inverted_cdf")
        assert got.rank_interval == (int(low), int(high))
        assert got.p_top == pytest.approx(np.mean(ranks[:, i] <= 2))


def test_a_clear_winner_is_always_first() -> None:
    subs, jurs, reviews = from_matrix([[10, 10, 10], [3, 5, 4], [4, 3, 5]])

    winner = consolidate(make_rubric(), subs, jurs, reviews, top_k=1).submission("S01")

    assert (winner.rank_interval, winner.p_top) == ((1, 1), 1.0)


def test_different_seeds_give_different_draws_and_the_seed_is_reported() -> None:
    rubric, subs, jurs, reviews = _event()

    one = consolidate(rubric, subs, jurs, reviews, seed=1, draws=300)
    two = consolidate(rubric, subs, jurs, reviews, seed=2, draws=300)

    assert (one.seed, two.seed, one.draws) == (1, 2, 300)
    assert [s.p_top for s in one.submissions] != [s.p_top for s in two.submissions]


def test_zero_draws_leaves_stability_missing_with_a_reason() -> None:
    rubric, subs, jurs, reviews = _event()

    results = consolidate(rubric, subs, jurs, reviews, draws=0)

    assert all(s.rank_interval is None and s.p_top is None for s in results.submissions)
    assert any(n.path == "submissions[*].rank_interval" for n in results.notes)


def _document(
    method: Method = "mean",
    decisions: dict[str, dict[str, Any]] | None = None,
    draws: int = 100,
) -> dict[str, Any]:
    rubric, subs, jurs, reviews = _event()
    results = consolidate(rubric, subs, jurs, reviews, method=method, draws=draws)
    return results_as_json(
        results, event_id="EV-1", rubric_hash="sha256:abc", decisions=decisions or {}
    )


def test_json_has_exactly_the_cli_shape() -> None:
    doc = _document(decisions={"S01": {"outcome": "winner", "rationale": "best"}})

    assert list(doc) == [
        "event_id",
        "method",
        "seed",
        "rubric_hash",
        "submissions",
        "jurors",
        "reliability",
        "notes",
    ]
    assert (doc["event_id"], doc["method"], doc["seed"], doc["rubric_hash"]) == (
        "EV-1",
        "mean",
        1,
        "sha256:abc",
    )
    first = doc["submissions"][0]
    assert list(first) == [
        "id",
        "title",
        "rank",
        "total",
        "criteria",
        "reviews",
        "assigned",
        "spread",
        "passes",
        "flags",
        "rank_interval",
        "p_top",
        "decision",
        "method_ranks",
        "consensus_gap",
    ]
    assert first["consensus_gap"] == {}
    assert first["id"] == "S01" and first["decision"] == {"outcome": "winner", "rationale": "best"}
    assert list(first["method_ranks"]) == list(METHODS)
    assert isinstance(first["rank_interval"], list) and len(first["rank_interval"]) == 2
    assert list(doc["jurors"][0]) == ["id", "reviews", "conflicts", "mean_total", "leniency"]
    assert list(doc["reliability"]) == ["total", "criteria"]
    total = doc["reliability"]["total"]
    assert list(total) == ["alpha_interval", "alpha_ordinal", "icc", "kendall_w"]
    assert list(total["icc"]) == ["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"]
    assert list(doc["reliability"]["criteria"]) == ["a"]
    ranks = [s["rank"] for s in doc["submissions"]]
    assert ranks == sorted(ranks)
    json.dumps(doc, allow_nan=False)


def _nulls(value: Any, path: str) -> list[str]:
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _nulls(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [p for item in value for p in _nulls(item, path)]
    return []


def _null_paths(doc: dict[str, Any]) -> list[str]:
    paths = []
    for s in doc["submissions"]:
        paths += [
            p.replace("submissions", f"submissions[{s['id']}]", 1) for p in _nulls(s, "submissions")
        ]
    for j in doc["jurors"]:
        paths += [p.replace("jurors", f"jurors[{j['id']}]", 1) for p in _nulls(j, "jurors")]
    paths += _nulls(doc["reliability"], "reliability")
    return paths


def _explained(path: str, notes: list[str]) -> bool:
    for note in notes:
        pattern = note.replace("[*]", "[")
        if (
            path == note
            or path.startswith(note + ".")
            or (
                "[*]" in note
                and path.startswith(pattern.split("[")[0] + "[")
                and path.endswith(note.split("]", 1)[1])
            )
        ):
            return True
    return False


@pytest.mark.parametrize("draws", [0, 100])
@pytest.mark.parametrize("method", METHODS)
def test_every_null_in_the_json_has_a_note(method: Method, draws: int) -> None:
    doc = _document(method, draws=draws)
    notes = [n["path"] for n in doc["notes"]]

    nulls = _null_paths(doc)

    assert nulls, "the example event has missing figures"
    assert [p for p in nulls if not _explained(p, notes)] == []
    assert all(n["message"] for n in doc["notes"])


def test_json_numbers_carry_no_binary_noise() -> None:
    rubric = make_rubric(step="0.1")
    reviews = [review("S", "J1", {"a": "0.1"}), review("S", "J2", {"a": "0.2"})]
    results = consolidate(rubric, submissions(["S"]), jurors(["J1", "J2"]), reviews, draws=0)

    doc = results_as_json(results, event_id="E", rubric_hash="h", decisions={})

    assert results.submission("S").total == 0.15000000000000002
    assert doc["submissions"][0]["total"] == 0.15


def test_figures_without_variation_are_missing_with_reasons() -> None:
    subs, jurs, reviews = from_matrix([[5, 5], [5, 5], [5, 5]])
    results = consolidate(make_rubric(), subs, jurs, reviews, draws=10)

    doc = results_as_json(results, event_id="E", rubric_hash="h", decisions={})

    total = doc["reliability"]["total"]
    assert (total["alpha_interval"], total["kendall_w"]) == (None, None)
    assert set(total["icc"].values()) == {None}
    notes = {n["path"]: n["message"] for n in doc["notes"]}
    assert "no variation" in notes["reliability.total.alpha_interval"]
    assert "zero" in notes["reliability.total.icc.ICC3"]
    assert "same value" in notes["reliability.total.kendall_w"]
    assert [p for p in _null_paths(doc) if not _explained(p, list(notes))] == []
