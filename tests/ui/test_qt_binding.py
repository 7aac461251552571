"""The installed Qt binding is one the GUI can live on for a whole summit day."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QToolButton


def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    """PySide6 6.12.0 under Python 3.11 drops a reference to None on every void call, which
    aborts the program after a few thousand clicks; pyproject keeps such a pair out."""
    button = QToolButton()
    before = sys.getrefcount(None)
    for i in range(2_000):
        button.setChecked(i % 2 == 0)
        button.setEnabled(True)
    assert sys.getrefcount(None) - before > -50


def test_the_pdf_viewer_modules_are_installed():
    from PySide6 import QtPdf, QtPdfWidgets

    assert QtPdf.QPdfDocument and QtPdfWidgets.QPdfView
