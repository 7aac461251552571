"""The words and dialogs of "Export score file…": the warning before, the summary after."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from imin_desktop.services.juror import ExportSummary


def _fill(template: str, **values: object) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def widen(box: QMessageBox, width: int = 460) -> QMessageBox:
    """Give a message box room for its text (Qt wraps informative text very narrowly)."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        layout.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Minimum,
                                   QSizePolicy.Policy.Expanding),
                       layout.rowCount(), 0, 1, layout.columnCount())  # fmt: skip
    return box


def incomplete_warning(counts: dict[str, int]) -> str:
    """The warning shown when some reviews are not done; empty when all are."""
    total = sum(counts.values())
    not_done = counts.get("in_progress", 0) + counts.get("not_started", 0)
    if not not_done:
        return ""
    return _fill(
        translate("Export", "{not_done} of {total} submissions are not done: {in_progress} in progress "
            "(sent as drafts) and {not_started} not started (not sent)."),
        not_done=not_done, total=total, in_progress=counts.get("in_progress", 0),
        not_started=counts.get("not_started", 0),
    )  # fmt: skip


def confirm_box(parent: QWidget, counts: dict[str, int]) -> QMessageBox:
    """Asks before exporting while some reviews are not done."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Export", "Some reviews are not done"))
    box.setText(translate("Export", "Some reviews are not done yet"))
    box.setInformativeText(
        incomplete_warning(counts) + "<br><br>"
        + translate("Export", "You can export now and export again later: the coordinator keeps the newest "
              "score file.")
    )  # fmt: skip
    export = box.addButton(translate("Export", "Export anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.setAccessibleName(translate("Export", "Some reviews are not done"))
    return widen(box)


def summary_html(summary: ExportSummary) -> str:
    rows = [
        (translate("Export", "Done"), summary.done),
        (translate("Export", "Drafts (in progress)"), summary.drafts),
        (translate("Export", "Conflicts of interest"), summary.conflicts),
        (translate("Export", "Not started (not included)"), summary.not_started),
    ]
    table = "".join(
        f"<tr><td style='padding-right:18px'>{html.escape(label)}</td>"
        f"<td align='right'><b>{value}</b></td></tr>"
        for label, value in rows
    )
    text = (
        _fill(translate("Export", "Score file number {n} was written to:"), n=summary.sequence)
        + f"<br><b>{html.escape(str(summary.path))}</b><br><br>"
        + f"<table cellspacing='0' cellpadding='2'>{table}</table><br>"
    )
    if summary.drafts or summary.not_started:
        text += (
            "⚠ "
            + translate("Export", "Some reviews are not done; export again when you finish them.")
            + "<br>"
        )
    return text + translate("Export", "Hand this file to the coordinator (USB stick or e-mail).")


def summary_box(parent: QWidget, summary: ExportSummary) -> QMessageBox:
    box = QMessageBox(parent)
    complete = not (summary.drafts or summary.not_started)
    box.setIcon(QMessageBox.Icon.Information if complete else QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Export", "Score file exported"))
    box.setText(translate("Export", "Your score file is ready"))
    box.setInformativeText(summary_html(summary))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(translate("Export", "Score file exported"))
    return widen(box, 520)
