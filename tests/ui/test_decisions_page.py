"""Decisions: record, override with confirmation, undo, ex aequo order, changes made elsewhere."""

from __future__ import annotations

import json
import sqlite3

from event_helpers import open_window, settle, show

from imin_desktop.services import decisions, events
from imin_desktop.services.audit import list_audit


def _decisions(path):
    db = events.open_event(path)
    try:
        return decisions.list_decisions(db), list_audit(db)
    finally:
        db.dispose()


def _choose(page, key, outcome, rationale):
    page.select(key)
    assert page.selected_id() == key
    page.outcome_box.setCurrentIndex(page.outcome_box.findData(outcome))
    page.rationale_edit.setPlainText(rationale)


def test_decisions_page_records_an_override_after_confirmation_and_undoes_it(
    qtbot, demo_event, runner, settings
):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "decisions")
    failing = next(r for r in page.view.rows if r.standing == "below_threshold")
    asked: list[str] = []
    page.ask = lambda title, text: asked.append(text) or True
    _choose(page, failing.id, "winner", "Strategic fit for the region")
    page.record_button.click()
    settle(qtbot, window)
    assert asked and failing.id in asked[0] and "below threshold" in asked[0]
    recorded, audit = _decisions(demo_event)
    assert recorded[failing.id].outcome == "winner"
    assert json.loads(audit[-1].after)["override"] == ["below_threshold"]
    assert page.row(failing.id).decision.outcome == "winner"  # the table follows

    page.undo_button.click()
    settle(qtbot, window)
    recorded, audit = _decisions(demo_event)
    assert failing.id not in recorded and audit[-1].action == "withdraw"
    page.redo_button.click()
    settle(qtbot, window)
    assert _decisions(demo_event)[0][failing.id].rationale == "Strategic fit for the region"
    window.close()


def test_decisions_page_declined_override_records_nothing(qtbot, demo_event, runner, settings):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "decisions")
    failing = next(r for r in page.view.rows if r.standing == "below_threshold")
    page.ask = lambda title, text: False
    _choose(page, failing.id, "winner", "no")
    page.record_button.click()
    settle(qtbot, window)
    assert failing.id not in _decisions(demo_event)[0]
    assert not page.undo_stack.canUndo()
    window.close()


def test_decisions_page_refuses_to_overwrite_a_change_made_elsewhere(
    qtbot, demo_event, runner, settings
):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "decisions")
    key = next(r.id for r in page.view.rows if r.decision is not None)
    other = events.open_event(demo_event)  # a second session: imin decide, another window
    try:
        seen = decisions.list_decisions(other)[key].version
        decisions.decide(other, key, "finalist", "Changed in the other window",
                         expected_version=seen, actor="other")  # fmt: skip
    finally:
        other.dispose()
    asked: list[str] = []
    page.ask = lambda title, text: asked.append(title) or True
    _choose(page, key, "not_selected", "Overwrite attempt")
    page.record_button.click()
    settle(qtbot, window)
    assert asked == ["Changed elsewhere"]
    assert _decisions(demo_event)[0][key].rationale == "Changed in the other window"
    settle(qtbot, window)  # reloaded
    assert page.row(key).decision.rationale == "Changed in the other window"
    window.close()


def test_decisions_page_settles_an_ex_aequo_group_in_the_panels_order(
    qtbot, demo_event, runner, settings
):
    a, b = "SUB-003", "SUB-004"
    con = sqlite3.connect(demo_event)  # two submissions with identical top scores: ex aequo
    con.execute(
        "update scores set value = (select scale_max from criteria c where c.id = criterion_id) "
        "where review_id in (select r.id from reviews r join submissions s "
        f"on s.id = r.submission_id where s.key in ('{a}', '{b}'))"
    )
    con.commit()
    con.close()
    db = events.open_event(demo_event)
    try:
        for key in (a, b):
            decisions.decide(db, key, "finalist", "Both excellent", actor="panel")
    finally:
        db.dispose()
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "decisions")
    panel = page.ex_aequo
    assert page.view.groups == [[a, b]]
    assert [panel.members.item(i).text().split(" ")[0] for i in range(2)] == [a, b]
    panel.members.setCurrentRow(1)
    panel.down_button.click()  # already last: nothing moves
    panel.up_button.click()
    assert panel.order() == [[b], [a]]
    panel.rationale.setText("Stronger evidence of impact")
    panel.settle_button.click()
    settle(qtbot, window)
    recorded, audit = _decisions(demo_event)
    assert (recorded[b].panel_order, recorded[a].panel_order) == (1, 2)
    assert (audit[-1].action, audit[-1].detail) == ("order ex aequo", "Stronger evidence of impact")
    assert [panel.members.item(i).text().split(" ")[0] for i in range(2)] == [b, a]
    page.undo_button.click()
    settle(qtbot, window)
    recorded, _audit = _decisions(demo_event)
    assert (recorded[a].panel_order, recorded[b].panel_order) == (None, None)
    window.close()


def test_sorting_table_model_follows_qt_contract_while_sorting_and_filtering(qtbot):
    from PySide6.QtCore import Qt
    from pytestqt.modeltest import ModelTester

    from imin_desktop.ui.common.table_model import Column
    from imin_desktop.ui.event.sorting_table import SortingTableModel

    model = SortingTableModel([Column("Id", lambda r: r[0]),
                               Column("Total", lambda r: r[1], align_right=True)])  # fmt: skip
    ModelTester(qtbot).check(model, force_py=True)
    model.set_rows([(f"SUB-{i:03d}", (i * 37) % 11 or None) for i in range(40)])
    model.sort(1, Qt.SortOrder.DescendingOrder)
    totals = [r[1] for r in model.rows if r[1] is not None]
    assert totals == sorted(totals, reverse=True)
    model.set_filter_text("sub-01")
    assert len(model.rows) == 10 and {r[0][:6] for r in model.rows} == {"SUB-01"}
    model.set_filter_text("")
    assert len(model.rows) == 40
