"""The panel's consensus on one submission: per criterion the reviews' mean, the agreed score
and its gap, and a form to record or remove an agreed score (``services.consensus``).

Each change is version-checked (an agreed score changed elsewhere is refused, never overwritten)
and audited by the service; in a read-only window the form is hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.errors import show_error
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.wording import number

if TYPE_CHECKING:
    from imin_desktop.domain.rubric import Rubric
    from imin_desktop.services.consensus_view import ConsensusView, CriterionConsensus

COORDINATOR = ""


class ConsensusPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: EventContext, rubric: Rubric, key: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.rubric, self.key = ctx, rubric, key
        self.view: ConsensusView | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Consensus per criterion"))
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Reviews"),
                self.tr("Mean"),
                self.tr("Agreed"),
                self.tr("Gap"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.criterion_box = QComboBox(self)
        self.criterion_box.setAccessibleName(self.tr("Criterion"))
        for c in rubric.criteria:
            self.criterion_box.addItem(c.title(), c.key)
        self.criterion_box.currentIndexChanged.connect(lambda _i: self._fill_form())
        self.score_edit = QLineEdit(self)
        self.score_edit.setAccessibleName(self.tr("Agreed score"))
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setAccessibleName(self.tr("Comment on the agreed score"))
        self.minority_edit = QLineEdit(self)
        self.minority_edit.setAccessibleName(self.tr("Minority view"))
        self.minority_edit.setPlaceholderText(self.tr("Optional: a juror who disagrees, in words"))
        self.rapporteur_box = QComboBox(self)
        self.rapporteur_box.setAccessibleName(self.tr("Rapporteur"))
        self.record_button = QPushButton(self.tr("Record &consensus"), self)
        self.record_button.clicked.connect(self.record)
        self.clear_button = QPushButton(self.tr("Remove"), self)
        self.clear_button.clicked.connect(self.clear)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.addRow(self.tr("Criterion:"), self.criterion_box)
        form.addRow(self.tr("Agreed score:"), self.score_edit)
        form.addRow(self.tr("Comment:"), self.comment_edit)
        form.addRow(self.tr("Minority view:"), self.minority_edit)
        form.addRow(self.tr("Rapporteur:"), self.rapporteur_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        self.form.setVisible(not ctx.read_only)
        self.reload()

    def reload(self) -> None:
        from imin_desktop.services.consensus_view import show_consensus

        self.view = view = show_consensus(self.ctx.db, self.key)
        self.table.setRowCount(len(view.criteria))
        titles = {c.key: c.title() for c in self.rubric.criteria}
        for row, c in enumerate(view.criteria):
            reviews = ", ".join(f"{r.juror_id} {number(r.value, 1)}" for r in c.reviews
                                if r.value is not None and not isinstance(r.value, bool))  # fmt: skip
            agreed = c.agreed
            cells = [titles.get(c.key, c.key), reviews, number(c.mean),
                     number(agreed.value, 1) if agreed and not isinstance(agreed.value, bool)
                     else "—", number(c.gap)]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col == 3 and agreed is not None:
                    item.setToolTip(self.tr("{comment}\nrapporteur {who}, recorded by {by}")
                                    .replace("{comment}", agreed.comment)
                                    .replace("{who}", agreed.rapporteur)
                                    .replace("{by}", agreed.recorded_by))  # fmt: skip
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        done = sum(1 for c in view.criteria if c.agreed is not None)
        self.summary.setText(self.tr("Agreed scores on {done} of {all} criteria. Under the "
                                     "consensus method they replace the mean of the reviews.")
                             .replace("{done}", str(done)).replace("{all}", str(len(view.criteria))))  # fmt: skip
        current = self.rapporteur_box.currentData()
        self.rapporteur_box.clear()
        self.rapporteur_box.addItem(self.tr("the coordinator"), COORDINATOR)
        for juror in view.panel:
            self.rapporteur_box.addItem(juror, juror)
        self.rapporteur_box.setCurrentIndex(max(self.rapporteur_box.findData(current), 0))
        self._fill_form()

    def _pick(self, row: int) -> None:
        if self.view is not None and 0 <= row < len(self.view.criteria):
            self.criterion_box.setCurrentIndex(
                self.criterion_box.findData(self.view.criteria[row].key)
            )

    def _current(self) -> CriterionConsensus | None:
        key = self.criterion_box.currentData()
        if self.view is None:
            return None
        return next((c for c in self.view.criteria if c.key == key), None)

    def _fill_form(self) -> None:
        c = self._current()
        agreed = c.agreed if c is not None else None
        self.score_edit.setText("" if agreed is None else str(agreed.value))
        self.score_edit.setPlaceholderText(
            self.tr("mean of the reviews: {mean}").replace("{mean}", number(c.mean if c else None))
        )
        self.comment_edit.setText(agreed.comment if agreed else "")
        self.minority_edit.setText(agreed.minority_view if agreed else "")
        self.clear_button.setEnabled(agreed is not None)

    def record(self) -> None:
        from imin_desktop.services.consensus import set_consensus

        c = self._current()
        if c is None:
            return
        rapporteur = self.rapporteur_box.currentData() or None
        try:
            set_consensus(self.ctx.db, self.key, c.key, self.score_edit.text(),
                          self.comment_edit.text().strip(),
                          minority_view=self.minority_edit.text().strip(), rapporteur=rapporteur,
                          expected_version=c.agreed.version if c.agreed else 0)  # fmt: skip
        except Exception as exc:
            show_error(self, self.tr("The consensus was not recorded"), exc, wait=False)
            return
        self._after_change()

    def clear(self) -> None:
        from imin_desktop.services.consensus import clear_consensus

        c = self._current()
        if c is None or c.agreed is None:
            return
        try:
            clear_consensus(self.ctx.db, self.key, c.key, expected_version=c.agreed.version)
        except Exception as exc:
            show_error(self, self.tr("The consensus was not removed"), exc, wait=False)
            return
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.ctx.notify_changed()
        self.changed.emit()
