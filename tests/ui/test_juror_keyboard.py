"""The juror's whole job by keyboard alone, and the keys that must work wherever the focus is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from ui_helpers import type_text

from imin_desktop.formats.scorefile import read_score_file
from imin_desktop.services.juror import JurorWorkspace
from imin_desktop.ui.common.attachments import PdfPage
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.juror.submission_list import SubmissionListPane, SubmissionRow
from imin_desktop.ui.juror.workspace_window import WorkspaceWindow
from imin_desktop.ui.start_window import StartWindow


def key(
    widget: QWidget | None, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press and release sent where a person's keyboard would send it (the focus)."""
    target = widget or QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, k, mods)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_path_into_next_dialog(path: Path, seen: list[str]) -> None:
    """In the next file dialog, type ``path`` into its file name field and press Enter."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: attempt(left - 1))
            return
        field = focused()
        if not isinstance(field, QLineEdit) or field.window() is not dialog:
            if left:  # the dialog is still being shown and activated
                QTimer.singleShot(20, lambda: attempt(left - 1))
            else:
                dialog.reject()
            return
        seen.append(dialog.windowTitle())
        field.selectAll()
        QTest.keyClicks(field, str(path))  # an ASCII path (non-ASCII keyClicks abort)
        QTest.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: attempt(200))


def score_current_by_keyboard(win: WorkspaceWindow) -> None:
    """Questions, criteria, overall comment and "Mark as done", by keys only, checking that
    Tab goes where a juror expects."""
    panel = win.panel
    key(win, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # the eligibility questions
    assert focused() is panel.gates[0].yes
    for _row in panel.gates:
        type_text(focused(), "s")  # "sim"
    assert all(row.answer() is True for row in panel.gates)
    assert focused() is panel.blocks[0].selector  # answered: on to the first criterion
    for block in panel.blocks:
        assert focused() is block.selector
        if block is panel.blocks[0]:
            for ch in "4,5":  # a decimal comma, as a Portuguese juror types it
                type_text(block.selector, ch)
        else:
            key(block.selector, Qt.Key.Key_4)
        key(None, Qt.Key.Key_Tab)
        if block.comment is not None:
            assert focused() is block.comment
            type_text(block.comment, "Boa fundamentação, impacto claro.")
            key(None, Qt.Key.Key_Tab)
    assert focused() is panel.comment  # after the last criterion: the overall comment
    type_text(panel.comment, "Candidatura sólida; equipa experiente.")
    key(None, Qt.Key.Key_Tab)
    assert focused() is panel.done_button  # then "Mark as done"
    key(None, Qt.Key.Key_Space)


def test_juror_does_everything_by_keyboard(qtbot, kits_made, settings, workspace_dir, tmp_path):
    runner = TaskRunner()
    start = StartWindow(runner, settings, workspace_dir)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    start.activateWindow()
    qtbot.waitUntil(start.isActiveWindow)
    opened: list[JurorWorkspace] = []
    start.workspace_opened.connect(opened.append)
    dialogs: list[str] = []

    type_path_into_next_dialog(kits_made.plain, dialogs)  # Ctrl+O, type the kit's path, Enter
    key(start, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    win = WorkspaceWindow(opened[0], runner, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)

    count = len(win.ws.submissions)
    for n in range(count):
        score_current_by_keyboard(win)
        assert win.ws.state(win.current_id) == "done"
        if n + 1 < count:
            key(win, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    first = win.ws.submissions[0].id
    assert win.ws.review(first).scores[win.ws.rubric.criteria[0].key] == Decimal("4.5")
    assert win.list.progress.text() == f"{count} of {count} done"

    out = tmp_path / "stick"
    out.mkdir()
    key(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is win.list.filter
    type_path_into_next_dialog(out, dialogs)
    key(win.list.filter, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # from the filter box
    qtbot.waitUntil(lambda: win.summary_box is not None, timeout=15_000)
    key(win.summary_box, Qt.Key.Key_Return)

    (written,) = sorted(out.glob("*.iminscore"))
    score_file = read_score_file(written)[0]
    assert [r.status for r in score_file.reviews] == ["final"] * count
    assert dialogs == ["Open a juror kit", "Where should the score file go? (e.g. your USB stick)"]
    win.close()
    runner.wait(10_000)


def test_window_shortcuts_win_over_the_filter_box(qtbot, window):
    window.list.filter.setFocus()
    type_text(window.list.filter, "SUB")
    sid = window.current_id

    key(window.list.filter, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.panel.gates[0].yes
    window.list.filter.setFocus()
    key(window.list.filter, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert focused() is window.panel.blocks[1].selector
    window.list.filter.setFocus()
    key(window.list.filter, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id != sid
    assert window.list.filter.text() == "SUB"  # and the field kept its text


def test_changing_a_done_review_puts_it_back_in_progress_visibly(qtbot, window):
    panel = window.panel
    score_current_by_keyboard(window)
    sid = window.current_id
    assert window.ws.state(sid) == "done"

    panel.focus_criterion(2)
    key(None, Qt.Key.Key_2)  # one stray digit

    assert window.ws.state(sid) == "in_progress"
    assert panel.done_button.text() == "Mark as done"
    assert "put it back in progress" in panel.reason.text()
    assert "put it back in progress" in window.statusBar().currentMessage()
    window.undo_stack.undo()  # undo restores the score and the done state together
    assert window.ws.state(sid) == "done"


def test_clicking_the_same_answer_again_keeps_a_done_review_done(qtbot, window):
    score_current_by_keyboard(window)
    sid = window.current_id

    window.panel.gates[0].yes.click()

    assert window.ws.state(sid) == "done"


def test_filter_ignores_accents_and_case(qtbot):
    pane = SubmissionListPane()
    qtbot.addWidget(pane)
    pane.set_rows([
        SubmissionRow("SUB-1", "Rede de Farmácias Comunitárias", "", "not_started", None),
        SubmissionRow("SUB-2", "Telemedicina rural", "", "not_started", None),
    ])  # fmt: skip

    pane.filter.setText("farmacias COMUNITARIAS")

    assert pane.proxy.rowCount() == 1
    assert pane.current_id() == "SUB-1"


def test_page_down_turns_the_pdf_page_and_pdfs_open_at_real_size(qtbot, window):
    page = window.viewer.current_page()
    assert isinstance(page, PdfPage)
    qtbot.waitUntil(lambda: page.document.pageCount() > 1, timeout=5_000)
    assert page.view.zoomFactor() == 1.0
    page.view.setFocus()

    QApplication.sendEvent(page.view, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_PageDown,
                                                Qt.KeyboardModifier.NoModifier))  # fmt: skip
    qtbot.waitUntil(lambda: page.page() == 1, timeout=2_000)
    assert page.page_box.value() == 2
