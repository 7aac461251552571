"""Scoring with the keyboard in the real workspace window: autosave, comments, done, undo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_helpers import answer_next_dialog, score_everything_by_keyboard, type_text

from imin_desktop.services.juror import JurorWorkspace
from imin_desktop.ui.juror.score_widgets import ScoreSelector
from imin_desktop.ui.juror.workspace_window import WorkspaceWindow

ACCENTED = "Ótima ligação ao SNS; ação clara — não há dúvidas, útil à população idosa."


def test_scoring_every_criterion_by_keyboard_stores_each_value_at_once(qtbot, window):
    sid = window.current_id
    for number, block in enumerate(window.panel.blocks, start=1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is block.selector
        QTest.keyClick(block.selector, Qt.Key.Key_3)
        QTest.keyClick(block.selector, Qt.Key.Key_Plus)  # half a step up: 3.5

    stored = window.ws.review(sid).scores
    assert stored == {c.key: Decimal("3.5") for c in window.ws.rubric.criteria}
    assert window.panel.total.text() == "Total 21 of 30"
    assert "Saved" in window.saved.text()


def test_minus_delete_and_two_digits_move_on_the_grid(qtbot, window):
    selector = window.panel.blocks[0].selector
    selector.setFocus()
    QTest.keyClick(selector, Qt.Key.Key_5)
    QTest.keyClick(selector, Qt.Key.Key_Minus)
    assert selector.value == Decimal("4.5")
    QTest.keyClick(selector, Qt.Key.Key_Delete)
    assert selector.value is None
    assert "relevance" not in window.ws.review(window.current_id).scores
    QTest.keyClick(selector, Qt.Key.Key_9)  # off the 0–5 scale: nothing happens
    assert selector.value is None


def test_clicking_a_value_button_scores_and_clicking_it_again_clears(qtbot, window):
    block = window.panel.blocks[1]
    button = block.selector.buttons[4]  # 2
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ws.review(window.current_id).scores["innovation"] == Decimal(2)
    assert (
        block.levels.current_text() == "2 Fair: addresses the criterion with significant weaknesses"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "innovation" not in window.ws.review(window.current_id).scores


def test_accented_comment_is_stored_as_typed(qtbot, window):
    type_text(window.panel.comment, ACCENTED)

    assert window.ws.review(window.current_id).comment == ACCENTED
    window.undo_stack.undo()  # one word, not the whole text
    assert (
        window.ws.review(window.current_id).comment
        == "Ótima ligação ao SNS; ação clara — não há dúvidas, útil à população "
    )
    assert window.panel.comment.toPlainText() == window.ws.review(window.current_id).comment
    window.undo_stack.undo()
    assert (
        window.ws.review(window.current_id).comment
        == "Ótima ligação ao SNS; ação clara — não há dúvidas, útil à "
    )


def test_undo_after_a_pause_takes_back_only_what_followed(qtbot, window):
    type_text(window.panel.comment, "Boa")
    qtbot.wait(1100)  # a pause ends the undo step, even inside a word
    type_text(window.panel.comment, "s ideias")

    window.undo_stack.undo()
    assert window.ws.review(window.current_id).comment == "Boas "
    window.undo_stack.undo()
    assert window.ws.review(window.current_id).comment == "Boa"


def test_mark_as_done_needs_a_complete_review_and_says_what_is_missing(qtbot, window):
    panel = window.panel
    assert not panel.done_button.isEnabled()
    assert "score Relevance" in panel.reason.text()

    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    for block in panel.blocks:
        block.selector.choose(Decimal(4))
    for row in panel.gates:
        row.yes.click()
    assert not panel.done_button.isEnabled()
    assert (
        panel.reason.text()
        == "To mark as done: comment on Relevance, Health impact and value for the NHS."
    )

    score_everything_by_keyboard(window)
    assert panel.done_button.isEnabled()
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)

    assert window.ws.state(window.current_id) == "done"
    assert window.list.progress.text() == "1 of 6 done"
    assert panel.done_button.text() == "Reopen as draft"


def test_conflict_is_confirmed_then_clears_the_scores_and_undo_brings_them_back(qtbot, window):
    sid = window.current_id
    window.panel.blocks[0].selector.choose(Decimal(3))
    seen: list[str] = []
    answer_next_dialog("Declare conflict", seen)
    window.panel.conflict.click()

    assert seen == ["Conflict of interest"]
    assert window.ws.state(sid) == "conflict"
    assert window.ws.review(sid).scores == {}
    assert not window.panel.blocks[0].isEnabled()
    assert window.panel.conflict.isChecked()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.state(sid) == "in_progress"
    assert window.ws.review(sid).scores == {"relevance": Decimal(3)}


def test_cancelling_the_conflict_question_changes_nothing(qtbot, window):
    sid = window.current_id
    window.panel.blocks[0].selector.choose(Decimal(3))
    answer_next_dialog("Cancel")
    window.panel.conflict.click()

    assert window.ws.state(sid) == "in_progress"
    assert not window.panel.conflict.isChecked()


def test_undo_and_redo_follow_ctrl_z_and_ctrl_shift_z_even_from_a_comment_box(qtbot, window):
    sid = window.current_id
    block = window.panel.blocks[0]
    block.selector.setFocus()
    QTest.keyClick(block.selector, Qt.Key.Key_2)
    assert block.comment is not None
    block.comment.setFocus()
    type_text(block.comment, "Pertinente")

    QTest.keyClick(block.comment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.review(sid).criterion_comments == {}
    QTest.keyClick(block.comment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.review(sid).scores == {}
    assert block.selector.value is None
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window, Qt.Key.Key_Z, redo)
    QTest.keyClick(window, Qt.Key.Key_Z, redo)
    assert window.ws.review(sid).scores == {"relevance": Decimal(2)}
    assert window.ws.review(sid).criterion_comments == {"relevance": "Pertinente"}
    assert block.comment.toPlainText() == "Pertinente"


def test_undo_goes_back_to_the_submission_it_changed(qtbot, window):
    first = window.current_id
    window.panel.blocks[0].selector.choose(Decimal(1))
    QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id != first

    window.undo_stack.undo()
    assert window.current_id == first
    assert window.ws.review(first).scores == {}


def test_next_and_previous_submission_shortcuts(qtbot, window):
    ids = [s.id for s in window.ws.submissions]
    assert window.current_id == ids[0]
    QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id == ids[2]
    assert window.viewer.submission_id == ids[2]
    QTest.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id == ids[1]


def test_filter_and_state_filter_narrow_the_list(qtbot, window):
    pane = window.list
    window.panel.blocks[0].selector.choose(Decimal(1))
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is pane.filter
    QTest.keyClicks(pane.filter, "sub-00 3")
    assert pane.proxy.rowCount() == 1
    pane.filter.clear()
    pane.state_filter.setCurrentIndex(pane.state_filter.findData("in_progress"))
    assert pane.proxy.rowCount() == 1
    pane.state_filter.setCurrentIndex(pane.state_filter.findData("done"))
    assert pane.proxy.rowCount() == 0
    assert pane.empty_hint.isVisibleTo(pane)


def test_help_overlay_lists_the_shortcuts(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert window.help.isVisible()
    assert "Ctrl+Down" in window.help.table.text()
    assert "Alt+1" in window.help.table.text()
    QTest.keyClick(window.help, Qt.Key.Key_Escape)
    assert not window.help.isVisible()


def test_shortcuts_are_in_tooltips_and_every_control_has_an_accessible_name(qtbot, window):
    assert "Ctrl+Down" in window.next_action.toolTip()
    assert "Alt+1" in window.panel.blocks[0].selector.toolTip()
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(ScoreSelector)
        + window.panel.findChildren(type(window.panel.done_button))
        if not w.accessibleName()
    ]
    assert unnamed == []
    for widget in (window.list.filter, window.list.table, window.list.progress, window.panel.comment,
                   window.panel.conflict, window.viewer.tabs, window.viewer.details):  # fmt: skip
        assert widget.accessibleName()


def test_reopening_the_kit_continues_where_the_juror_left_off(
    qtbot, window, kits_made, workspace_dir: Path, settings, runner
):
    QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    sid = window.current_id
    window.panel.blocks[2].selector.choose(Decimal("2.5"))
    type_text(window.panel.comment, ACCENTED)
    window.resize(780, 560)  # inside the offscreen screen, so the geometry comes back as is
    qtbot.wait(50)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0] + 40, sizes[1] - 40, sizes[2]])
    sizes = window.splitter.sizes()
    window.close()

    again = WorkspaceWindow(JurorWorkspace.open(kits_made.plain, folder=workspace_dir), runner,
                            settings)  # fmt: skip
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.current_id == sid
    assert again.panel.blocks[2].selector.value == Decimal("2.5")
    assert again.panel.comment.toPlainText() == ACCENTED
    assert again.splitter.sizes() == sizes
