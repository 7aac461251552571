"""Decisions: the panel records an outcome and rationale per submission and settles ex aequo
groups by ordering them; every change is audited and can be undone.

A decision changed elsewhere (another window, ``imin decide``) is never overwritten: the page
says so and offers to reload. A winner or funded decision for a submission below a threshold
or ineligible asks for confirmation; the override is recorded in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.table_model import Column
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.decision_commands import DecisionCommand, DecisionState, report_error
from imin_desktop.ui.event.ex_aequo_panel import ExAequoPanel
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.sorting_table import SortingTable
from imin_desktop.ui.event.widgets import action
from imin_desktop.ui.event.wording import (
    flags_tooltip,
    flags_words,
    number,
    outcome_label,
    standing_word,
)

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.decisions import DecisionInfo


@dataclass(frozen=True)
class DecisionRow:
    id: str
    title: str
    standing: str
    rank: int
    shown_rank: str
    order: int
    total: float | None
    flags: tuple[str, ...]
    decision: DecisionInfo | None


@dataclass(frozen=True)
class DecisionsView:
    rows: list[DecisionRow]
    outcomes: list[str]
    groups: list[list[str]]
    method: str


def load_view(db: Database, method: str) -> DecisionsView:
    """What the page shows, read in one background task from the services."""
    from imin_desktop.services import decisions
    from imin_desktop.services.results import compute_results
    from imin_desktop.ui.event.ranking_model import ranking_rows

    er = compute_results(db, method=method, draws=0)  # type: ignore[arg-type]
    recorded = decisions.list_decisions(db)
    rows = [
        DecisionRow(r.id, r.title, r.standing, r.rank, r.shown_rank, r.order, r.total, r.flags,
                    recorded.get(r.id))
        for r in ranking_rows(er.results.submissions, er.decisions, er.rubric)
    ]  # fmt: skip
    return DecisionsView(rows, decisions.event_outcomes(db),
                         decisions.ex_aequo_groups(er.results), method)  # fmt: skip


class DecisionsPage(EventPage):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: DecisionsView | None = None
        self.undo_stack = QUndoStack(self)
        columns: list[Column[DecisionRow]] = [
            Column(self.tr("Standing"), lambda r: standing_word(r.standing), lambda r: r.order),
            Column(self.tr("Rank"), lambda r: r.shown_rank, lambda r: r.order, align_right=True),
            Column(self.tr("Submission"), lambda r: r.id),
            Column(self.tr("Outcome"), lambda r: outcome_label(r.decision.outcome) if r.decision else ""),
            Column(self.tr("Total"), lambda r: number(r.total), lambda r: r.total, align_right=True),
            Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Flags"), lambda r: flags_words(r.flags),
                   tooltip=lambda r: flags_tooltip(r.flags)),
            Column(self.tr("Panel order"), lambda r: r.decision.panel_order if r.decision else None,
                   align_right=True),
            Column(self.tr("Rationale"), lambda r: r.decision.rationale if r.decision else "",
                   tooltip=lambda r: r.decision.rationale if r.decision else None),
            Column(self.tr("Decided by"), lambda r: r.decision.decided_by if r.decision else ""),
        ]  # fmt: skip
        self.table: SortingTable[DecisionRow] = SortingTable(columns, self.tr("Decisions"), self)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.editor = QGroupBox(self.tr("Decision"), self)
        self.subject = QLabel(self.tr("Select a submission."), self.editor)
        self.subject.setWordWrap(True)
        self.outcome_box = QComboBox(self.editor)
        self.outcome_box.setAccessibleName(self.tr("Outcome"))
        self.rationale_edit = QPlainTextEdit(self.editor)
        self.rationale_edit.setAccessibleName(self.tr("Rationale"))
        self.rationale_edit.setPlaceholderText(
            self.tr("Why the panel decided so (shown in the report)")
        )
        self.record_button = QPushButton(self.tr("&Record decision"), self.editor)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self.editor)
        self.withdraw_button.clicked.connect(self.withdraw)
        form = QFormLayout(self.editor)
        form.addRow(self.subject)
        form.addRow(self.tr("&Outcome:"), self.outcome_box)
        form.addRow(self.tr("R&ationale:"), self.rationale_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        form.addRow(buttons)

        self.ex_aequo = ExAequoPanel(self)
        self.ex_aequo.settle_requested.connect(self.settle)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(self.tr("Undo: {what}").replace("{what}", t))
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        action(self, self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo_stack.undo)
        action(self, self.tr("Redo"), QKeySequence.StandardKey.Redo, self.undo_stack.redo)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.editor)
        side_layout.addWidget(self.ex_aequo, 1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.redo_button)
        undo_row.addStretch(1)
        side_layout.addLayout(undo_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        if ctx.read_only:
            self.editor.setTitle(self.tr("Decision (read-only: shown, not changed)"))
            self.editor.setToolTip(self.tr("Opened read-only: decisions cannot be changed here."))
            self.rationale_edit.setReadOnly(True)
            for widget in (self.record_button, self.withdraw_button, self.undo_button,
                           self.redo_button):  # fmt: skip
                widget.hide()
            self.ex_aequo.set_read_only()

    # -- loading -----------------------------------------------------------------------------

    @property
    def method(self) -> str:
        return str(self.ctx.settings.value("results/method") or "mean")

    def refresh(self) -> None:
        self.load("decisions", load_view, self.ctx.db, self.method, on_loaded=self._show)

    def _show(self, view: DecisionsView) -> None:
        selected = self.selected_id()
        self.view = view
        self.outcome_box.clear()
        for outcome in view.outcomes:
            self.outcome_box.addItem(outcome_label(outcome), outcome)
        self.table.set_rows(view.rows)
        if selected is not None:
            self.select(selected)
        self._selected()
        self.ex_aequo.show_groups(view.groups, {r.id: r for r in view.rows})

    def row(self, key: str) -> DecisionRow | None:
        if self.view is None:
            return None
        return next((r for r in self.view.rows if r.id == key), None)

    def select(self, key: str) -> None:
        for r, row in enumerate(self.table.model.rows):
            if row.id == key:
                self.table.view.selectRow(r)
                return

    def selected_id(self) -> str | None:
        rows = self.table.selected()
        return rows[0].id if rows else None

    def _selected(self) -> None:
        key = self.selected_id()
        row = self.row(key) if key else None
        enabled = row is not None and not self.ctx.read_only
        for widget in (self.outcome_box, self.record_button):
            widget.setEnabled(enabled)
        self.rationale_edit.setEnabled(row is not None)
        self.withdraw_button.setEnabled(enabled and row is not None and row.decision is not None)
        if row is None:
            self.subject.setText(self.tr("Select a submission."))
            return
        self.subject.setText(f"{row.id} — {row.title}\n{standing_word(row.standing)}")
        if row.decision is not None:
            self.outcome_box.setCurrentIndex(
                max(self.outcome_box.findData(row.decision.outcome), 0)
            )
            self.rationale_edit.setPlainText(row.decision.rationale)
        else:
            self.rationale_edit.clear()

    # -- asking ------------------------------------------------------------------------------

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question to the user (tests answer it in their place)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, title: str) -> Any:
        from imin_desktop.services.decisions import ChangedElsewhereError

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ChangedElsewhereError):
                if self.ask(self.tr("Changed elsewhere"), self.tr(
                        "This decision was changed elsewhere (another window or imin decide) "
                        "since you read it. Nothing was overwritten. Reload?")):  # fmt: skip
                    self.undo_stack.clear()
                    self.ctx.notify_changed()
                return
            report_error(self, title)(exc)

        return failed

    # -- recording ---------------------------------------------------------------------------

    def _apply(self, key: str, state: DecisionState | None, version: int) -> int:
        from imin_desktop.services import decisions

        if state is None:
            decisions.withdraw(self.ctx.db, key, expected_version=version)
            self.ctx.notify_changed()
            return 0
        new = decisions.decide(self.ctx.db, key, state.outcome, state.rationale,
                               panel_order=state.panel_order, expected_version=version,
                               override=True, method=self.method)  # type: ignore[arg-type]  # fmt: skip
        self.ctx.notify_changed()
        return new

    def record(self, override: bool = False) -> None:
        from imin_desktop.services import decisions

        key = self.selected_id()
        row = self.row(key) if key else None
        if row is None:
            return
        outcome = str(self.outcome_box.currentData())
        rationale = self.rationale_edit.toPlainText().strip()
        before = _state(row.decision)
        after = DecisionState(
            outcome, rationale, row.decision.panel_order if row.decision else None
        )
        seen = row.decision.version if row.decision else 0

        def done(version: int) -> None:
            self.undo_stack.push(DecisionCommand(
                self._apply, {row.id: (before, after)}, {row.id: version},
                self.tr("decide {id}").replace("{id}", row.id),
                self._failed(self.tr("The decision could not be undone"))))  # fmt: skip

        def failed(exc: BaseException) -> None:
            if isinstance(exc, decisions.OverrideRequiredError):
                words = ", ".join(standing_word(r) for r in exc.reasons)
                if self.ask(self.tr("Override the results?"), self.tr(
                        "{id} is {reasons}. Decide “{outcome}” anyway? The override is recorded "
                        "in the audit trail.").replace("{id}", row.id).replace("{reasons}", words)
                        .replace("{outcome}", outcome_label(outcome))):  # fmt: skip
                    self.record(override=True)
                return
            self._failed(self.tr("The decision was not recorded"))(exc)

        self.ctx.run(self, self.tr("Recording the decision…"), _no_progress(decisions.decide),
                     self.ctx.db,
                     row.id, outcome, rationale, panel_order=after.panel_order,
                     expected_version=seen, override=override, method=self.method,
                     on_success=done, on_failure=failed, cancellable=False)  # fmt: skip

    def withdraw(self) -> None:
        from imin_desktop.services import decisions

        key = self.selected_id()
        row = self.row(key) if key else None
        if row is None or row.decision is None:
            return
        before = _state(row.decision)

        def done(_result: object) -> None:
            self.undo_stack.push(DecisionCommand(
                self._apply, {row.id: (before, None)}, {row.id: 0},
                self.tr("withdraw {id}").replace("{id}", row.id),
                self._failed(self.tr("The decision could not be undone"))))  # fmt: skip

        self.ctx.run(self, self.tr("Withdrawing the decision…"), _no_progress(decisions.withdraw),
                     self.ctx.db, row.id, expected_version=row.decision.version,
                     on_success=done, on_failure=self._failed(self.tr("Not withdrawn")),
                     cancellable=False)  # fmt: skip

    def settle(self, order: list[list[str]], rationale: str) -> None:
        from imin_desktop.services import decisions

        rows = {key: self.row(key) for place in order for key in place}
        expected = {k: r.decision.version for k, r in rows.items() if r and r.decision}
        befores = {k: _state(r.decision) if r else None for k, r in rows.items()}
        position = {k: i for i, place in enumerate(order, start=1) for k in place}

        def done(versions: dict[str, int]) -> None:
            changes = {}
            for k, before in befores.items():
                after = DecisionState(before.outcome, before.rationale, position[k]) if before \
                    else None  # fmt: skip
                changes[k] = (before, after)
            self.undo_stack.push(DecisionCommand(
                self._apply, changes, versions, self.tr("order {ids}").replace(
                    "{ids}", ", ".join(position)),
                self._failed(self.tr("The order could not be undone"))))  # fmt: skip

        self.ctx.run(self, self.tr("Recording the order…"),
                     _no_progress(decisions.settle_ex_aequo), self.ctx.db, order, rationale,
                     expected_versions=expected, on_success=done,
                     on_failure=self._failed(self.tr("The order was not recorded")),
                     cancellable=False)  # fmt: skip


def _state(decision: DecisionInfo | None) -> DecisionState | None:
    if decision is None:
        return None
    return DecisionState(decision.outcome, decision.rationale, decision.panel_order)


def _no_progress(fn: Any) -> Any:
    from imin_desktop.ui.event.widgets import without_progress

    return without_progress(fn)
