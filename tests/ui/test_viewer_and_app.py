"""The submission viewer (PDF pages and zoom, images, other files) and the application's entry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from ui_helpers import EVENT_TITLE, JUROR_NAME

from imin_desktop import app as app_module
from imin_desktop.domain.errors import RefusedError
from imin_desktop.formats.kit import KitAttachment, KitSubmission
from imin_desktop.services.juror import JurorWorkspace
from imin_desktop.ui.common.attachments import FilePage, ImagePage, PdfPage
from imin_desktop.ui.common.errors import ExceptHook, readable
from imin_desktop.ui.juror.submission_viewer import SubmissionViewer
from imin_desktop.ui.juror.workspace_window import WorkspaceWindow


def test_pdf_opens_in_the_embedded_viewer_with_pages_and_zoom(qtbot, window):
    page = window.viewer.current_page()
    assert isinstance(page, PdfPage)
    qtbot.waitUntil(lambda: page.document.pageCount() > 1)
    assert page.page_count.text() == f"of {page.document.pageCount()}"
    page.next_page.click()
    assert page.page() == 1
    assert page.page_box.value() == 2
    page.step_zoom(1)
    assert page.zoom.currentData() == 1.0 or page.view.zoomFactor() > 0
    page.zoom.setCurrentIndex(page.zoom.findData(2.0))
    assert page.view.zoomFactor() == 2.0


def test_image_tab_loads_when_shown_and_fits_the_tab(qtbot, window):
    tabs = window.viewer.tabs
    image = tabs.widget(1)
    assert isinstance(image, ImagePage)
    assert not image.loaded
    tabs.setCurrentIndex(1)
    assert image.loaded
    pixmap = image.image_label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() / pixmap.devicePixelRatio() <= image.scroll_area.viewport().width() + 1


def test_blind_kit_hides_the_team(qtbot, window):
    sub = window.ws.submission(window.current_id)
    name = sub.team[0]["name"]
    assert name in window.viewer.details.toPlainText()
    window.viewer.show_submission(sub, window.ws.opened.read_attachment, blind=True)
    assert name not in window.viewer.details.toPlainText()
    assert "Blind review" in window.viewer.details.toPlainText()


def test_submission_text_is_shown_as_text_never_as_markup(qtbot):
    viewer = SubmissionViewer()
    qtbot.addWidget(viewer)
    sub = KitSubmission(id="SUB-009", title="<b>bold</b> & <script>x</script>",
                        summary="1 < 2", fields={"trl": 4})  # fmt: skip
    viewer.show_submission(sub, lambda sha: b"", blind=False)
    assert "<b>bold</b> & <script>x</script>" in viewer.details.toPlainText()
    assert "No submission" not in viewer.details.toPlainText()
    assert viewer.no_files.isVisibleTo(viewer)


def test_other_files_open_outside_only_from_plain_kits(qtbot, tmp_path):
    attachment = KitAttachment("budget.xlsx", "Budget", "ab" * 32, 5, "application/vnd.ms-excel")
    sub = KitSubmission(id="SUB-010", title="x", attachments=(attachment,))
    reads: list[str] = []

    def reader(sha: str) -> bytes:
        reads.append(sha)
        return b"hello"

    encrypted = SubmissionViewer()
    qtbot.addWidget(encrypted)
    encrypted.set_temp_folder(False)
    encrypted.show_submission(sub, reader, blind=False)
    page = encrypted.current_page()
    assert isinstance(page, FilePage)
    assert page.open_button() is None
    assert not page.open_externally()
    assert reads == []

    plain = SubmissionViewer()
    qtbot.addWidget(plain)
    plain.set_temp_folder(True)
    plain.show_submission(sub, reader, blind=False)
    page = plain.current_page()
    assert isinstance(page, FilePage) and page.open_button() is not None
    assert page.temp is not None
    folder = Path(page.temp.path())
    page.open_externally()  # the system may have no application for it: the copy is there
    assert [p.read_bytes() for p in folder.rglob("budget.xlsx")] == [b"hello"]
    plain.cleanup()
    assert not folder.exists()


def test_encrypted_kit_writes_no_attachment_to_disk(qtbot, kits_made, tmp_path, settings, runner):
    from ui_helpers import PASSPHRASE

    workspace = JurorWorkspace.open(kits_made.encrypted, PASSPHRASE, folder=tmp_path / "ws")
    win = WorkspaceWindow(workspace, runner, settings)
    qtbot.addWidget(win)
    win.show()
    page = win.viewer.current_page()
    assert isinstance(page, PdfPage)
    assert page.temp is None and page.open_button() is None
    qtbot.waitUntil(lambda: page.document.pageCount() > 0)


def test_build_opens_a_kit_given_on_the_command_line(qtbot, kits_made, tmp_path, monkeypatch):
    monkeypatch.setenv("IMIN_WORKSPACE_DIR", str(tmp_path / "ws"))
    app, shell = app_module.build([str(kits_made.plain)])
    try:
        qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
        assert shell.workspace is not None
        assert JUROR_NAME in shell.workspace.windowTitle()
        assert not shell.start.isVisible()
        assert app.applicationName() == "imIN Desktop"
        assert app.organizationName() == "imIN"
        shell.workspace.close_kit()
        assert shell.start.isVisible()
    finally:
        shell.shutdown()
        shell.setParent(None)


def test_build_with_an_event_file_opens_the_event_window(qtbot, kits_made, monkeypatch,
                                                          tmp_path):  # fmt: skip
    monkeypatch.setenv("IMIN_WORKSPACE_DIR", str(tmp_path / "ws"))
    event = tmp_path / "event.imin"
    event.write_bytes(kits_made.event.read_bytes())
    _app, shell = app_module.build([str(event)])
    try:
        qtbot.waitUntil(lambda: bool(shell.events), timeout=10_000)
        (window,) = shell.events.values()
        assert window.title_label.text() == EVENT_TITLE
        assert shell.workspace is None
    finally:
        shell.shutdown()
        shell.setParent(None)


def test_unexpected_errors_become_a_calm_dialog_with_details(qtbot, monkeypatch):
    shown: list[tuple[str, str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    hook = ExceptHook()
    try:
        raise KeyError("boom")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    ((title, text, details),) = shown
    assert title == "Something went wrong"
    assert "saved" in text
    assert "KeyError" in details
    assert readable(RefusedError("no more")) == ("no more", False)


def test_python_dash_m_runs_the_program():
    done = subprocess.run([sys.executable, "-m", "imin_desktop", "--version"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0
    assert done.stdout.startswith("imin-desktop ")
