"""Results: the ranking with its uncertainty, and the panels a panel reads before deciding.

Every figure comes from ``services.results.compute_results`` (the same numbers as
``imin results``), computed in the background for the chosen method. Submissions below a
threshold, ineligible or not yet assessed are shown apart from the ranked list: greyed, marked
in the Standing column, and sorted after it unless the user sorts otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.i18n import language
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.ranking_model import RankingTableModel, ranking_rows
from imin_desktop.ui.event.reliability_panel import ReliabilityPanel
from imin_desktop.ui.event.results_panels import LeniencyPanel, SensitivityPanel
from imin_desktop.ui.event.wording import method_help, method_label

if TYPE_CHECKING:
    from imin_desktop.services.results import EventResults

METHODS = ("mean", "median", "trimmed", "zscore", "adjusted", "consensus")


class ResultsPage(EventPage):
    """The ranking table over the method selector, with the sensitivity, leniency and
    reliability panels below; double-click a submission to read its reviews."""

    results_shown = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.results: EventResults | None = None
        self.method_box = QComboBox(self)
        for method in METHODS:
            self.method_box.addItem(method_label(method), method)
            self.method_box.setItemData(self.method_box.count() - 1, method_help(method),
                                        Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.method_box.setAccessibleName(self.tr("Consolidation method"))
        saved = str(ctx.settings.value("results/method") or "mean")
        self.method_box.setCurrentIndex(METHODS.index(saved) if saved in METHODS else 0)
        self.method_box.currentIndexChanged.connect(self._method_chosen)
        self.method_help = QLabel(self)
        self.method_help.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by id, title, flag, decision…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the ranking"))
        self.open_button = QPushButton(self.tr("Open reviews…"), self)
        self.open_button.setToolTip(self.tr("Every review of the selected submission, side by "
                                            "side (or double-click a row)"))  # fmt: skip
        self.open_button.clicked.connect(self.open_selected)

        self.model = RankingTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAccessibleName(self.tr("Ranking"))
        self.table.doubleClicked.connect(self._double_clicked)
        self.filter_edit.textChanged.connect(self.model.set_filter_text)
        self.count_label = QLabel(self)
        legend = QLabel(self.tr(
            "Grey rows marked “Apart” are not in the ranked list: below a threshold, ineligible, "
            "or without counted reviews; their rank is shown for reference. Hover a flag for "
            "its explanation."
        ), self)  # fmt: skip
        legend.setWordWrap(True)

        self.sensitivity = SensitivityPanel(self)
        self.leniency = LeniencyPanel(self)
        self.reliability = ReliabilityPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sensitivity, self.tr("Method sensitivity"))
        self.tabs.addTab(self.leniency, self.tr("Juror leniency"))
        self.tabs.addTab(self.reliability, self.tr("Reliability"))

        bar = QHBoxLayout()
        method_label_widget = QLabel(self.tr("&Method:"), self)
        method_label_widget.setBuddy(self.method_box)
        bar.addWidget(method_label_widget)
        bar.addWidget(self.method_box)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.open_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.method_help)
        top_layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(legend, 1)
        footer.addWidget(self.count_label)
        top_layout.addLayout(footer)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.method_help.setText(method_help(self.method))

    @property
    def method(self) -> str:
        return str(self.method_box.currentData())

    def set_method(self, method: str) -> None:
        self.method_box.setCurrentIndex(METHODS.index(method))

    def _method_chosen(self, _index: int) -> None:
        self.ctx.settings.set_value("results/method", self.method)
        self.method_help.setText(method_help(self.method))
        self.refresh()

    def refresh(self) -> None:
        from imin_desktop.services.results import compute_results

        method = self.method
        self.ctx.run(self, self.tr("Computing the results ({method})…").replace(
            "{method}", method_label(method)), compute_results, self.ctx.db, method=method,
            on_success=lambda er: self._show(er, method), changes_event=False,
            error_title=self.tr("The results could not be computed"))  # fmt: skip

    def _show(self, er: EventResults, method: str) -> None:
        if method != self.method:  # a later choice is on its way
            return
        self.results = er
        lang = language()
        criteria = [(c.key, c.title(lang)) for c in er.rubric.criteria]
        rows = ranking_rows(er.results.submissions, er.decisions, er.rubric)
        self.model.set_results(rows, criteria, er.results.top_k)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), 170))
        title_col = 3
        header.resizeSection(title_col, min(max(header.sectionSize(title_col), 160), 280))
        ranked = sum(1 for r in rows if not r.is_apart)
        self.count_label.setText(
            self.tr("{ranked} ranked · {apart} apart").replace("{ranked}", str(ranked))
            .replace("{apart}", str(len(rows) - ranked))
        )  # fmt: skip
        self.sensitivity.show_results(er.results)
        self.leniency.show_results(er.results)
        self.reliability.show_results(er.results)
        self.results_shown.emit()

    # -- a submission's reviews --------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).id

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_submission(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        key = self.selected_id()
        if key is not None:
            self.open_submission(key)

    def open_submission(self, key: str) -> QWidget | None:
        """The submission's detail dialog (reviews side by side, flags, attachments)."""
        from imin_desktop.ui.event.submission_dialog import SubmissionDialog

        if self.results is None:
            return None
        dialog = SubmissionDialog(self.ctx, self.results, key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
