"""The panel's decisions: overrides, versions, ex aequo orders, withdrawal; all audited."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from imin_desktop.domain.errors import RefusedError
from imin_desktop.services import decisions, events
from imin_desktop.services.audit import list_audit
from imin_desktop.services.results import compute_results


def _open(path: Path):
    return events.open_event(path)


def test_decide_winner_below_threshold_needs_override_and_records_it(demo_copy):
    db = _open(demo_copy)
    try:
        er = compute_results(db, draws=0)
        failing = next(s for s in er.results.submissions if s.passes is False)
        with pytest.raises(decisions.OverrideRequiredError) as refused:
            decisions.decide(db, failing.id, "winner", "Strategic fit", actor="panel")
        assert refused.value.reasons == ["below_threshold"]
        assert failing.id not in decisions.list_decisions(db)
        version = decisions.decide(db, failing.id, "winner", "Strategic fit", override=True,
                                   actor="panel")  # fmt: skip
        assert decisions.list_decisions(db)[failing.id].version == version
        entry = [a for a in list_audit(db) if a.action == "decide"][-1]
        assert entry.submission == failing.id
        assert json.loads(entry.after)["override"] == ["below_threshold"]
        assert "overrides below_threshold" in entry.detail
    finally:
        db.dispose()


def test_decide_with_a_stale_version_is_refused_as_changed_elsewhere(demo_copy):
    db, other = _open(demo_copy), _open(demo_copy)
    try:
        key, seen = next(iter(decisions.list_decisions(db).items()))
        decisions.decide(other, key, "finalist", "Second session", expected_version=seen.version)
        with pytest.raises(decisions.ChangedElsewhereError):
            decisions.decide(db, key, "not_selected", "First session",
                             expected_version=seen.version)  # fmt: skip
        assert decisions.list_decisions(db)[key].rationale == "Second session"
    finally:
        db.dispose()
        other.dispose()


def test_settle_ex_aequo_records_places_and_keeps_shared_places(demo_copy):
    db = _open(demo_copy)
    try:
        keys = sorted(decisions.list_decisions(db))
        assert len(keys) == 3
        versions = {k: d.version for k, d in decisions.list_decisions(db).items()}
        decisions.settle_ex_aequo(db, [[keys[2]], [keys[0], keys[1]]], "Impact first",
                                  expected_versions=versions, actor="panel")  # fmt: skip
        orders = {k: d.panel_order for k, d in decisions.list_decisions(db).items()}
        assert orders == {keys[2]: 1, keys[0]: 2, keys[1]: 2}
        entry = list_audit(db)[-1]
        assert (entry.action, entry.detail) == ("order ex aequo", "Impact first")
        with pytest.raises(decisions.ChangedElsewhereError):
            decisions.settle_ex_aequo(db, [[keys[0]], [keys[1]]], "again",
                                      expected_versions=versions)  # fmt: skip
        with pytest.raises(RefusedError, match="needs a rationale"):
            decisions.settle_ex_aequo(db, [[keys[0]], [keys[1]]], " ")
    finally:
        db.dispose()


def test_settle_ex_aequo_refuses_a_member_without_a_decision(demo_copy):
    db = _open(demo_copy)
    try:
        er = compute_results(db, draws=0)
        undecided = next(s.id for s in er.results.submissions if s.id not in er.decisions)
        decided = next(iter(er.decisions))
        with pytest.raises(RefusedError, match="no decision yet"):
            decisions.settle_ex_aequo(db, [[decided], [undecided]], "Impact first")
    finally:
        db.dispose()


def test_withdraw_removes_a_decision_and_audits_it(demo_copy):
    db = _open(demo_copy)
    try:
        key, seen = next(iter(decisions.list_decisions(db).items()))
        decisions.withdraw(db, key, expected_version=seen.version, actor="panel")
        assert key not in decisions.list_decisions(db)
        assert list_audit(db)[-1].action == "withdraw"
    finally:
        db.dispose()
    rows = sqlite3.connect(demo_copy).execute("select count(*) from decisions").fetchone()
    assert rows == (2,)


def test_ex_aequo_groups_lists_tied_submissions_by_rank(demo_copy):
    con = sqlite3.connect(demo_copy)
    a, b = "SUB-003", "SUB-004"
    con.execute(
        "update scores set value = (select scale_max from criteria c where c.id = criterion_id) "
        "where review_id in (select r.id from reviews r join submissions s on s.id = r.submission_id "
        f"where s.key in ('{a}', '{b}'))"
    )
    con.commit()
    con.close()
    db = _open(demo_copy)
    try:
        er = compute_results(db, draws=0)
        assert decisions.ex_aequo_groups(er.results) == [[a, b]]
    finally:
        db.dispose()
