"""Opening kits from the start window: plain, encrypted (wrong then right), events, strays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import EVENT_TITLE, JUROR_NAME, PASSPHRASE, SUBMISSIONS

from imin_desktop.ui.common.passphrase_dialog import PassphraseDialog
from imin_desktop.ui.start_window import StartWindow


def make_start(qtbot, runner, settings, workspace_dir) -> StartWindow:
    window = StartWindow(runner, settings, workspace_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def drag_enter(data: QMimeData) -> QDragEnterEvent:
    """A drag entering at (20, 20): Qt 6.12 takes a QPointF, earlier ones a QPoint."""
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    try:
        return QDragEnterEvent(QPointF(20, 20), *args)
    except TypeError:
        return QDragEnterEvent(QPoint(20, 20), *args)


def opened(qtbot, window: StartWindow, action) -> object:
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000) as blocker:
        action()
    workspace = blocker.args[0]
    return workspace


def test_opening_a_plain_kit_gives_the_workspace_and_remembers_it(
    qtbot, kits_made, runner, settings, workspace_dir
):
    window = make_start(qtbot, runner, settings, workspace_dir)
    workspace = opened(qtbot, window, lambda: window.open_path(kits_made.plain))
    try:
        assert workspace.kit.juror_name == JUROR_NAME
        assert len(workspace.submissions) == SUBMISSIONS
        assert settings.recent_files() == [
            (str(kits_made.plain.resolve()), f"{EVENT_TITLE} — {JUROR_NAME}")
        ]
        qtbot.waitUntil(lambda: window.task is None)
        assert window.recent.item(0).data(Qt.ItemDataRole.UserRole) == str(
            kits_made.plain.resolve()
        )
    finally:
        workspace.close()


def test_recent_kit_opens_on_activation(qtbot, kits_made, runner, settings, workspace_dir):
    settings.add_recent(kits_made.plain, "earlier")
    window = make_start(qtbot, runner, settings, workspace_dir)
    item = window.recent.item(0)
    workspace = opened(qtbot, window, lambda: window.recent.itemActivated.emit(item))
    workspace.close()


def test_dropping_a_kit_on_the_window_opens_it(qtbot, kits_made, runner, settings, workspace_dir):
    window = make_start(qtbot, runner, settings, workspace_dir)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(kits_made.plain))])
    enter = drag_enter(data)
    QApplication.sendEvent(window.drop_area, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    workspace = opened(qtbot, window, lambda: window.drop_area.dropEvent(drop))
    workspace.close()


def test_encrypted_kit_asks_for_the_passphrase_and_says_when_it_is_wrong(
    qtbot, kits_made, runner, settings, workspace_dir
):
    window = make_start(qtbot, runner, settings, workspace_dir)
    window.open_path(kits_made.encrypted)
    first = window.passphrase_dialog
    assert isinstance(first, PassphraseDialog)
    assert not first.error.isVisibleTo(first)
    assert not first.ok_button.isEnabled()

    first.passphrase.setText("not the passphrase")
    first.ok_button.click()
    qtbot.waitUntil(lambda: window.passphrase_dialog not in (None, first), timeout=10_000)
    second = window.passphrase_dialog
    assert second is not None
    assert second.error.isVisibleTo(second)
    assert "does not open this kit" in second.error.text()

    second.passphrase.setText(PASSPHRASE)
    workspace = opened(qtbot, window, second.ok_button.click)
    try:
        assert workspace.encrypted
        assert workspace.kit.juror_name == JUROR_NAME
    finally:
        workspace.close()


def test_cancelling_the_passphrase_leaves_the_start_window_as_it_was(
    qtbot, kits_made, runner, settings, workspace_dir
):
    window = make_start(qtbot, runner, settings, workspace_dir)
    window.open_path(kits_made.encrypted)
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.reject()
    assert window.task is None
    assert window.open_button.isEnabled()
    assert settings.recent_files() == []


def test_event_file_is_opened_for_the_event_window(qtbot, kits_made, runner, settings,
                                                   workspace_dir):  # fmt: skip
    window = make_start(qtbot, runner, settings, workspace_dir)
    with qtbot.waitSignal(window.event_opened, timeout=10_000) as opened:
        window.open_path(kits_made.event)
    db, read_only = opened.args
    try:
        from imin_desktop.services.events import event_info

        info = event_info(db)
        assert (info.title, info.submissions, info.jurors) == (EVENT_TITLE, SUBMISSIONS, 1)
        assert read_only is False
        assert settings.recent_files()[0][0] == str(kits_made.event.resolve())
    finally:
        db.dispose()


def test_broken_event_file_is_explained_in_words(qtbot, tmp_path, runner, settings,
                                                 workspace_dir):  # fmt: skip
    window = make_start(qtbot, runner, settings, workspace_dir)
    broken = tmp_path / "broken.imin"
    broken.write_bytes(b"this is not a database at all")
    window.open_path(broken)
    qtbot.waitUntil(lambda: window.task is None, timeout=10_000)
    assert "could not be opened as an event file" in window.message.text()


def test_a_file_that_is_not_a_kit_is_explained(qtbot, tmp_path: Path, runner, settings,
                                               workspace_dir):  # fmt: skip
    window = make_start(qtbot, runner, settings, workspace_dir)
    stray = tmp_path / "notes.txt"
    stray.write_text("hello")
    window.open_path(stray)
    assert "neither" in window.message.text()

    broken = tmp_path / "broken.iminkit"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    window.open_path(broken)
    qtbot.waitUntil(lambda: window.task is None, timeout=10_000)
    assert "is not a juror kit imIN Desktop can open. Ask your coordinator" in window.message.text()
    window.message.linkActivated.emit("details")  # the technical detail, one click away
    details = window.findChildren(QMessageBox)[-1]
    assert "InputError" in details.detailedText()
    assert "broken.iminkit" in details.detailedText()
    details.close()

    window.open_path(tmp_path / "gone.iminkit")
    assert "was not found" in window.message.text()
