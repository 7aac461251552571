"""Audit: who changed what, when, on which submission; filtered and exported to CSV.

The filter boxes narrow the table by actor, action, submission and a time span (ISO dates,
as the entries are stamped in UTC); the words box searches every column. Export writes the rows
shown, as filtered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.table_model import ROW_ROLE, Column
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.widgets import RecordTable, without_progress

if TYPE_CHECKING:
    from imin_desktop.services.audit import AuditRow

EVERYONE = ""


class AuditPage(EventPage):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.all_rows: list[AuditRow] = []
        columns: list[Column[AuditRow]] = [
            Column(self.tr("When (UTC)"), lambda r: r.at.replace("T", " ").removesuffix("Z"),
                   lambda r: r.id),
            Column(self.tr("Who"), lambda r: r.actor),
            Column(self.tr("What"), lambda r: r.action),
            Column(self.tr("On"), lambda r: r.entity),
            Column(self.tr("Key"), lambda r: r.entity_key, tooltip=lambda r: r.entity_key),
            Column(self.tr("Submission"), lambda r: r.submission),
            Column(self.tr("Before"), lambda r: r.before[:120], tooltip=lambda r: r.before or None),
            Column(self.tr("After"), lambda r: r.after[:120], tooltip=lambda r: r.after or None),
            Column(self.tr("Detail"), lambda r: r.detail, tooltip=lambda r: r.detail or None),
        ]  # fmt: skip
        self.table: RecordTable[AuditRow] = RecordTable(
            columns, ctx.settings, "audit/table", self.tr("Audit trail"), self
        )
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.who_box = QComboBox(self)
        self.who_box.setAccessibleName(self.tr("Who"))
        self.what_box = QComboBox(self)
        self.what_box.setAccessibleName(self.tr("What"))
        self.submission_edit = QLineEdit(self)
        self.submission_edit.setPlaceholderText(self.tr("Submission id"))
        self.submission_edit.setAccessibleName(self.tr("Submission"))
        self.since_edit = QLineEdit(self)
        self.since_edit.setPlaceholderText(self.tr("From (YYYY-MM-DD)"))
        self.since_edit.setAccessibleName(self.tr("From date"))
        self.until_edit = QLineEdit(self)
        self.until_edit.setPlaceholderText(self.tr("To (YYYY-MM-DD)"))
        self.until_edit.setAccessibleName(self.tr("To date"))
        for box in (self.who_box, self.what_box):
            box.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.submission_edit, self.since_edit, self.until_edit):
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self.apply_filters)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setToolTip(self.tr("The entries shown, as filtered, in a CSV file"))
        self.export_button.clicked.connect(self.choose_export)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Who:"), self.who_box), (self.tr("What:"), self.what_box)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(widget)
        bar.addWidget(self.submission_edit)
        bar.addWidget(self.since_edit)
        bar.addWidget(self.until_edit)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        from imin_desktop.services.audit import list_audit

        self.load("audit", list_audit, self.ctx.db, on_loaded=self._show)

    def _fill(self, box: QComboBox, values: list[str], everyone: str) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everyone, EVERYONE)
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(box.findData(current), 0) if current else 0)
        box.blockSignals(False)

    def _show(self, rows: list[AuditRow]) -> None:
        self.all_rows = rows
        self._fill(self.who_box, sorted({r.actor for r in rows}), self.tr("anyone"))
        self._fill(self.what_box, sorted({r.action for r in rows}), self.tr("anything"))
        self.apply_filters()

    def shown_rows(self) -> list[AuditRow]:
        """The entries the filters let through, newest first as on screen."""
        proxy = self.table.proxy
        return [self.table.model.row_at(proxy.index(r, 0).data(ROW_ROLE))
                for r in range(proxy.rowCount())]  # fmt: skip

    def apply_filters(self) -> None:
        who, what = self.who_box.currentData(), self.what_box.currentData()
        submission = self.submission_edit.text().strip().casefold()
        since, until = self.since_edit.text().strip(), self.until_edit.text().strip()
        kept = [
            r for r in self.all_rows
            if (not who or r.actor == who) and (not what or r.action == what)
            and (not submission or submission in r.submission.casefold())
            and (not since or r.at[: len(since)] >= since)
            and (not until or r.at[: len(until)] <= until)
        ]  # fmt: skip
        self.table.set_rows(kept)
        self.status.setText(self.tr("{shown} of {total} entries").replace(
            "{shown}", str(len(kept))).replace("{total}", str(len(self.all_rows))))  # fmt: skip

    def choose_export(self) -> None:
        folder = Path(str(self.ctx.settings.value("outputs/folder") or Path.home()))
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                                 str(folder / "audit.csv"),
                                                 self.tr("CSV (*.csv)"))  # fmt: skip
        if chosen:
            self.export_csv(Path(chosen))

    def export_csv(self, path: Path) -> None:
        from imin_desktop.services.audit import write_audit_csv

        rows = self.shown_rows()
        self.ctx.run(self, self.tr("Exporting the audit trail…"), without_progress(write_audit_csv),
                     rows, path, changes_event=False, cancellable=False,
                     on_success=lambda p: self.status.setText(
                         self.tr("Written: {path}").replace("{path}", str(p))),
                     error_title=self.tr("The audit trail was not exported"))  # fmt: skip
