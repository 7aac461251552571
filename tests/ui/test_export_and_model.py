"""Handing back: the score file the window writes is what the coordinator's merge accepts.
And the list's Qt item model, checked against Qt's contract."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_helpers import answer_next_dialog, score_everything_by_keyboard

from imin_desktop.formats.scorefile import read_score_file, verify_signature
from imin_desktop.services import events, scores
from imin_desktop.ui.juror.submission_list import SubmissionRow, SubmissionTableModel


def run_export(qtbot, window, folder: Path) -> None:
    window.choose_export_folder = lambda: str(folder)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.summary_box is not None and window.summary_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    qtbot.waitUntil(lambda: window.export_task is None)


def test_export_writes_a_signed_score_file_the_merge_accepts(qtbot, window, kits_made, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    sids = [s.id for s in window.ws.submissions]
    for sid in sids[:-2]:
        score_everything_by_keyboard(window)
        qtbot.mouseClick(window.panel.done_button, Qt.MouseButton.LeftButton)
        assert window.ws.state(sid) == "done"
        QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    answer_next_dialog("Declare conflict")
    window.panel.conflict.click()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    window.panel.blocks[0].selector.choose(Decimal(2))  # the last one stays a draft

    seen: list[str] = []
    answer_next_dialog("Export anyway", seen)
    run_export(qtbot, window, usb)

    assert seen == ["Some reviews are not done"]
    summary = window.last_export
    assert summary is not None
    assert (summary.done, summary.drafts, summary.conflicts, summary.not_started) == (4, 1, 1, 0)
    assert "Drafts (in progress)" in window.summary_box.informativeText()
    assert summary.path == usb / "J01-001.iminscore"
    score_file, document = read_score_file(summary.path)
    assert verify_signature(document, window.ws.kit.key)
    by_id = {r.submission_id: r for r in score_file.reviews}
    assert [by_id[s].status for s in sids[:-2]] == ["final"] * 4
    assert by_id[sids[-2]].conflict
    assert by_id[sids[-1]].status == "draft"
    assert "ação concreta" in by_id[sids[0]].criterion_comments["relevance"]

    event = tmp_path / "event.imin"
    shutil.copyfile(kits_made.event, event)
    db = events.open_event(event)
    try:
        (outcome,) = scores.import_score_files(db, [summary.path], actor="test")
        info = events.event_info(db)
    finally:
        db.dispose()
    assert outcome.result != "refused", outcome.reason
    assert (info.reviews_final, info.reviews_draft) == (4, 1)


def test_export_of_a_finished_kit_asks_nothing_and_numbers_files(qtbot, window, tmp_path):
    for _sid in [s.id for s in window.ws.submissions]:
        score_everything_by_keyboard(window, digit=5)
        QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.list.progress.text() == "6 of 6 done"

    run_export(qtbot, window, tmp_path)
    window.summary_box.accept()
    run_export(qtbot, window, tmp_path)

    assert window.last_export is not None
    assert window.last_export.path.name == "J01-002.iminscore"
    assert "not done" not in window.summary_box.informativeText()
    assert sorted(p.name for p in tmp_path.glob("*.iminscore")) == [
        "J01-001.iminscore", "J01-002.iminscore"]  # fmt: skip


def test_submission_table_model_follows_qts_contract(qtmodeltester):
    rows = [
        SubmissionRow("SUB-001", "Saúde mental por videoconsulta", "Internal", "done", Decimal(21)),
        SubmissionRow("SUB-002", "Triagem remota", "Start-ups", "in_progress", None),
        SubmissionRow("SUB-003", "Rastreio da retinopatia", "", "conflict", None),
        SubmissionRow("SUB-004", "Apoio à decisão", "", "not_started", None),
    ]
    model = SubmissionTableModel(rows)
    qtmodeltester.check(model, force_py=True)
    model.update_row(SubmissionRow("SUB-002", "Triagem remota", "Start-ups", "done",
                                   Decimal("17.5")))  # fmt: skip
    assert model.index(1, SubmissionTableModel.TOTAL).data() == "17.5"
    qtmodeltester.check(model, force_py=True)
