"""The Assignments page driven offscreen: the matrix model, automatic assignment in words,
manual changes with undo, an impossible request explained, kits with passphrases."""

from __future__ import annotations

from pathlib import Path

from event_helpers import open_window, settle, show
from factories import event_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from imin_desktop.formats.kit import open_kit
from imin_desktop.services import assignments, jurors, submissions
from imin_desktop.services.passphrases import read_passphrase_list
from imin_desktop.ui.event.assignments_page import AssignmentsPage
from imin_desktop.ui.event.matrix_model import FIXED, STATE_ROLE


def _messages() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _fresh_event(folder: Path, demo_folder: Path) -> Path:
    event = event_file(folder)
    from imin_desktop.services import events

    db = events.open_event(event)
    try:
        submissions.import_submissions(db, [demo_folder / "packages"], actor="test")
        jurors.import_jurors(db, demo_folder / "jurors.csv", actor="test")
        jurors.add_conflict(db, "J01", "SUB-001", actor="test")
    finally:
        db.dispose()
    return event


def test_matrix_shows_the_demo_assignments_and_follows_qt_contract(
    qtbot, qtmodeltester, demo_event, runner, settings
):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "assignments")
    assert isinstance(page, AssignmentsPage)
    model = page.model
    matrix = assignments.assignment_matrix(window.ctx.db)

    assert (model.rowCount(), model.columnCount()) == (30, FIXED + 9)
    states = {
        (model.jurors[c - FIXED][0], model.submissions[model.order[r]][0]): model.index(r, c).data(STATE_ROLE)
        for r in range(model.rowCount()) for c in range(FIXED, model.columnCount())
    }  # fmt: skip
    assert {p for p, s in states.items() if s in ("assigned", "calibration", "reviewed")} == (
        set(matrix.assigned) - matrix.conflicts
    )
    assert {p for p, s in states.items() if s == "conflict"} == matrix.conflicts
    assert {p for p, s in states.items() if s == "reviewed"} == matrix.reviewed - matrix.conflicts
    assert "Connected" in page.summary.text()
    qtmodeltester.check(model)
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.filter.setText("sub-01")
    qtmodeltester.check(model)
    assert model.rowCount() == 10
    window.close()


def test_auto_assign_then_manual_change_with_undo_and_redo(
    qtbot, demo_folder, runner, settings, tmp_path
):
    event = _fresh_event(tmp_path, demo_folder)
    window = open_window(qtbot, event, runner, settings)
    page = show(qtbot, window, "assignments")
    assert "No assignments yet" in page.summary.text()

    page.run_auto_assign(3, calibration=1)
    settle(qtbot, window)

    design = assignments.show_design(window.ctx.db)
    assert sum(design.loads.values()) == page.model.rowCount() * 3 + 9 - 3
    assert "Connected" in page.summary.text() and "Calibration" in page.summary.text()
    free = next(
        (j, s) for j, _n in page.model.jurors for s, _t in page.model.submissions
        if page.model.state(j, s) == ""
    )  # fmt: skip
    assert page.set_assigned(*free, True)
    assert free in assignments.assignment_matrix(window.ctx.db).assigned

    page.undo_action.trigger()
    settle(qtbot, window)
    assert free not in assignments.assignment_matrix(window.ctx.db).assigned
    assert page.model.state(*free) == ""
    page.redo_action.trigger()
    settle(qtbot, window)
    assert free in assignments.assignment_matrix(window.ctx.db).assigned
    window.close()


def test_conflict_and_impossible_request_are_explained(
    qtbot, demo_folder, runner, settings, tmp_path
):
    event = _fresh_event(tmp_path, demo_folder)
    window = open_window(qtbot, event, runner, settings)
    page = show(qtbot, window, "assignments")

    assert page.set_assigned("J01", "SUB-001", True) is False
    (box,) = _messages()
    assert "conflict of interest" in box.informativeText()
    box.close()

    page.run_auto_assign(10)  # 9 jurors cannot give every submission 10 reviewers
    settle(qtbot, window)
    (box,) = _messages()
    assert box.text() == "The submissions could not be assigned"
    assert box.informativeText()
    assert assignments.assignment_matrix(window.ctx.db).assigned == {}
    box.close()
    window.close()


def test_kits_exported_with_a_passphrase_each_and_the_list_written(
    qtbot, qtmodeltester, demo_event, runner, settings, tmp_path
):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "assignments")

    page.run_export_kits(tmp_path / "handout", True)
    settle(qtbot, window)

    dialog = page.passphrases_dialog
    assert dialog is not None and dialog.isVisible()
    listed = read_passphrase_list(tmp_path / "handout" / "passphrases.csv")
    assert [(r.juror_id, r.passphrase) for r in listed] == [
        (r.juror_id, r.passphrase) for r in dialog.rows
    ]
    assert len(listed) == 9
    qtmodeltester.check(dialog.table.model)
    first = listed[0]
    opened = open_kit(tmp_path / "handout" / first.kit_file, first.passphrase)
    assert opened.kit.juror_id == first.juror_id
    dialog.close()
    window.close()


def test_score_sheets_exported_to_a_folder(qtbot, demo_event, runner, settings, tmp_path):
    window = open_window(qtbot, demo_event, runner, settings)
    page = show(qtbot, window, "assignments")

    page.run_export_sheets(tmp_path / "sheets", "pt")
    settle(qtbot, window)

    assert len(list((tmp_path / "sheets").glob("*-scores.xlsx"))) == 9
    assert "9 score sheet(s)" in page.status.text()
    window.close()


def test_read_only_window_offers_no_assignment_changes(qtbot, demo_event, runner, settings):
    window = open_window(qtbot, demo_event, runner, settings, read_only=True)
    page = show(qtbot, window, "assignments")
    before = assignments.assignment_matrix(window.ctx.db).assigned

    page.toggle([page.model.index(0, FIXED)])

    assert not page.assign_action.isEnabled() and not page.kits_action.isEnabled()
    assert not page.sheets_action.isEnabled()
    assert assignments.assignment_matrix(window.ctx.db).assigned == before
    assert page.undo_stack.count() == 0
    window.close()
