"""Failures as readable dialogs: no traceback ever reaches the juror, every detail is logged."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from imin_desktop.domain.errors import InputError, RefusedError

translate = QCoreApplication.translate

log = logging.getLogger("imin_desktop")


def readable(exc: BaseException) -> tuple[str, bool]:
    """Words for an error, and whether it is one the program did not expect (a bug)."""
    if isinstance(exc, InputError):
        return exc.message if not exc.location else f"{exc.location}: {exc.message}", False
    if isinstance(exc, RefusedError):
        return str(exc), False
    if isinstance(exc, PermissionError):
        return translate("Errors", "You do not have permission to use {file}.").format(
            file=exc.filename or translate("Errors", "this file")
        ), False
    if isinstance(exc, FileNotFoundError):
        return translate("Errors", "{file} was not found.").format(
            file=exc.filename or translate("Errors", "The file")
        ), False
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return translate("Errors", "The computer refused the operation{where}: {why}").format(
            where=where, why=exc.strerror or str(exc)
        ), False
    return translate(
        "Errors", "Something unexpected went wrong. Everything you entered up to now is saved."
    ), True


def technical_detail(exc: BaseException, unexpected: bool) -> str:
    """What a supporter needs, behind "Show details…": the traceback of a defect, the error's
    kind, file and place otherwise."""
    if unexpected:
        return "".join(traceback.format_exception(exc))
    lines = [f"{type(exc).__module__}.{type(exc).__name__}"]
    if isinstance(exc, InputError):
        lines += [f"file: {exc.file}", f"location: {exc.location}", f"problem: {exc.message}"]
    else:
        lines.append(str(exc))
    if isinstance(exc, OSError) and exc.filename:
        lines.append(f"file: {exc.filename}")
    return "\n".join(lines)


def show_error(
    parent: QWidget | None, title: str, exc: BaseException, *, wait: bool = True
) -> QMessageBox:
    """A modal dialog with the error in words; technical details folded away. With ``wait``
    false it is window-modal and returns at once (for errors arriving from background work)."""
    text, unexpected = readable(exc)
    if unexpected:
        log.error("%s", title, exc_info=exc)
    else:  # the user's situation, not a defect: no traceback in the log
        log.info("%s: %s", title, text)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if unexpected else QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    box.setDetailedText(technical_detail(exc, unexpected))
    box.setAccessibleName(title)
    if wait:
        box.exec()
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return box


class ExceptHook:
    """``sys.excepthook`` for the GUI: log the traceback, show a calm dialog, keep running."""

    def __init__(self) -> None:
        self._showing = False
        self.previous = sys.excepthook

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unhandled error", exc_info=(kind, exc, tb))
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            show_error(
                QApplication.activeWindow(), translate("Errors", "Something went wrong"), exc
            )
        finally:
            self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self.previous
