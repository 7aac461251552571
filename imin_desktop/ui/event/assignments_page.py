"""Assignments: the juror × submission matrix, automatic assignment with its design in words,
manual changes with undo, and handing out kits and score sheets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.errors import show_error
from imin_desktop.ui.event.assign_dialog import AutoAssignDialog, design_words
from imin_desktop.ui.event.blind_check import BlindGate
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.handout import (
    HandedOut,
    KitsDialog,
    PassphrasesDialog,
    SheetsDialog,
    export_kits_task,
    export_sheets_task,
)
from imin_desktop.ui.event.matrix_model import (
    FIXED,
    SYMBOLS,
    JurorSubmissionMatrixTableModel,
    MatrixCellDelegate,
)
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.widgets import action, without_progress

if TYPE_CHECKING:
    from pathlib import Path

    from imin_desktop.domain.assignment import Design
    from imin_desktop.services.assignments import AssignmentMatrix
    from imin_desktop.services.events import EventInfo


class AssignmentCommand(QUndoCommand):
    """One manual assignment or unassignment, already stored when pushed."""

    def __init__(self, page: AssignmentsPage, juror: str, submission: str, add: bool) -> None:
        verb = (QCoreApplication.translate("AssignmentsPage", "Assign") if add
                else QCoreApplication.translate("AssignmentsPage", "Unassign"))  # fmt: skip
        super().__init__(f"{verb} {submission} — {juror}")
        self.page, self.juror, self.submission, self.add = page, juror, submission, add
        self._stored = True

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            return
        self.page.store(self.juror, self.submission, self.add)

    def undo(self) -> None:
        self.page.store(self.juror, self.submission, not self.add)


def _matrix_and_design(db: object) -> tuple[AssignmentMatrix, Design]:
    from imin_desktop.services.assignments import assignment_matrix, show_design

    return assignment_matrix(db), show_design(db)  # type: ignore[arg-type]


class AssignmentsPage(EventPage):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("assignmentsPage")
        editable = not ctx.read_only
        self.undo_stack = QUndoStack(self)
        self.model = JurorSubmissionMatrixTableModel(self)
        self.passphrases_dialog: PassphrasesDialog | None = None
        self.design: Design | None = None
        self.blind_gate = BlindGate(ctx, self)

        self.assign_action = action(self, self.tr("Assign &automatically…"), "Ctrl+Shift+A",
                                    self.auto_assign)  # fmt: skip
        self.toggle_action = action(self, self.tr("Assign or unassign the selected cells"),
                                    "Space", self.toggle_selected)  # fmt: skip
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action: QAction = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut("Ctrl+Z")
        self.redo_action: QAction = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut("Ctrl+Shift+Z")
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
        self.kits_action = action(self, self.tr("Export &kits…"), "Ctrl+E", self.export_kits)
        self.sheets_action = action(self, self.tr("Export score &sheets…"), "Ctrl+Shift+E",
                                    self.export_sheets)  # fmt: skip
        self.check_action = action(self, self.tr("Check &blind attachments…"), None,
                                   self.check_blind)  # fmt: skip
        bar = QHBoxLayout()
        acts: list[QAction | None] = [self.assign_action, self.undo_action, self.redo_action,
                                      None, self.kits_action, self.sheets_action,
                                      self.check_action]  # fmt: skip
        for item in acts:
            if item is None:
                bar.addSpacing(16)
                continue
            button = QToolButton(self)
            button.setDefaultAction(item)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setVisible(editable)
            bar.addWidget(button)
            if item is self.check_action:
                self.check_button = button
            if item not in (self.undo_action, self.redo_action):
                item.setEnabled(editable)
        bar.addStretch(1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter submissions"))
        self.filter.setAccessibleName(self.tr("Filter submissions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter_text)
        self.filter.setMaximumWidth(280)
        bar.addWidget(self.filter)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Assignment design"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Hand-out result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legend = QLabel(self.tr(
            "{a} assigned   {c} calibration   {r} review received   {x} conflict of interest — "
            "double-click a cell or press Space to assign or unassign; Ctrl+Z undoes."
        ).format(a=SYMBOLS["assigned"], c=SYMBOLS["calibration"], r=SYMBOLS["reviewed"],
                 x=SYMBOLS["conflict"]), self)  # fmt: skip
        legend.setWordWrap(True)

        self.view = QTableView(self)
        self.view.setObjectName("assignmentMatrix")
        self.view.setAccessibleName(self.tr("Juror × submission matrix"))
        self.view.setModel(self.model)
        self.delegate = MatrixCellDelegate(self.view)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        columns = self.view.horizontalHeader()
        columns.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("J0000") + 14)
        columns.setMinimumSectionSize(24)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.addAction(self.toggle_action)
        self.model.modelReset.connect(self._widths)
        self.model.modelReset.connect(self._delegates)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(legend)
        layout.addWidget(self.view, 1)
        ctx.info_changed.connect(self._show_blind)
        self._show_blind(ctx.info)

    def _show_blind(self, info: EventInfo | None) -> None:
        """The blind check is offered in a blind event's editable window only."""
        offered = info is not None and info.is_blind and not self.ctx.read_only
        self.check_action.setEnabled(offered)
        self.check_action.setVisible(offered)
        self.check_button.setVisible(offered)

    def _delegates(self) -> None:
        for column in range(FIXED, self.model.columnCount()):
            self.view.setItemDelegateForColumn(column, self.delegate)

    def _widths(self) -> None:
        header = self.view.horizontalHeader()
        if self.model.columnCount() > 1:
            header.resizeSection(0, self.fontMetrics().horizontalAdvance("Reviewers") + 24)
            header.resizeSection(1, 260)

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.load("matrix", _matrix_and_design, self.ctx.db, on_loaded=self._loaded)

    def _loaded(self, result: tuple[AssignmentMatrix, Design]) -> None:
        matrix, design = result
        self.model.set_matrix(matrix)
        self.show_design(design)

    def show_design(self, design: Design) -> None:
        self.design = design
        counts = [self.model.reviewers[s] for s, _t in self.model.submissions]
        reviewers = (min(counts), max(counts)) if counts else None
        self.summary.setText(" ".join(design_words(design, reviewers)))

    # -- manual changes ----------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        self.toggle([index])

    def toggle_selected(self) -> None:
        self.toggle(self.view.selectionModel().selectedIndexes())

    def toggle(self, indexes: list[QModelIndex]) -> None:
        """Assign the unassigned cells and unassign the assigned ones (one undo step each)."""
        if self.ctx.read_only:
            return
        pairs = [p for p in (self.model.pair_at(i) for i in indexes) if p is not None]
        done: list[AssignmentCommand] = []
        for juror, sub in pairs:
            state = self.model.state(juror, sub)
            if state == "conflict":
                continue
            if self.store(juror, sub, state == ""):
                done.append(AssignmentCommand(self, juror, sub, state == ""))
            else:
                break
        if len(done) == 1:
            self.undo_stack.push(done[0])
        elif done:
            self.undo_stack.beginMacro(self.tr("Change {n} assignments").format(n=len(done)))
            for command in done:
                self.undo_stack.push(command)
            self.undo_stack.endMacro()

    def set_assigned(self, juror: str, submission: str, add: bool) -> bool:
        """Assign or unassign one pair by hand (undoable); False when refused."""
        if not self.store(juror, submission, add):
            return False
        self.undo_stack.push(AssignmentCommand(self, juror, submission, add))
        return True

    def store(self, juror: str, submission: str, add: bool) -> bool:
        """Store one change through the service (a single small transaction); refusals (a
        conflict, a review already received) are explained in a dialog."""
        from imin_desktop.services.assignments import edit_assignment

        try:
            design = edit_assignment(self.ctx.db, juror, submission, add=add)
        except Exception as exc:
            show_error(self, self.tr("The assignment was not changed"), exc, wait=False)
            return False
        self.model.set_cell(juror, submission, "assigned" if add else "")
        self.show_design(design)
        self.ctx.notify_changed()
        return True

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        pair = self.model.pair_at(index)
        if pair is None or self.ctx.read_only:
            return
        menu = QMenu(self)
        state = self.model.state(*pair)
        if state == "":
            menu.addAction(self.tr("Assign {sub} to {juror}").format(sub=pair[1], juror=pair[0]),
                           lambda: self.set_assigned(*pair, True))  # fmt: skip
        elif state != "conflict":
            menu.addAction(self.tr("Unassign {sub} from {juror}").format(sub=pair[1], juror=pair[0]),
                           lambda: self.set_assigned(*pair, False))  # fmt: skip
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- automatic assignment and handing out -------------------------------------------------

    def auto_assign(self) -> None:
        dialog = AutoAssignDialog(len(self.model.jurors), bool(self.model.loads), self)
        dialog.accepted.connect(lambda: self.run_auto_assign(
            dialog.per_submission.value(), dialog.calibration.value(), dialog.seed.value(),
            dialog.replace.isChecked()))  # fmt: skip
        dialog.open()

    def run_auto_assign(self, per_submission: int, calibration: int = 0, seed: int = 1,
                        replace: bool = False) -> None:  # fmt: skip
        from imin_desktop.services.assignments import auto_assign

        self.ctx.run(self, self.tr("Assigning submissions"), without_progress(auto_assign),
                     self.ctx.db, per_submission, calibration=calibration, seed=seed,
                     replace=replace, cancellable=False, on_success=self._assigned,
                     error_title=self.tr("The submissions could not be assigned"))  # fmt: skip

    def _assigned(self, design: Design) -> None:
        self.undo_stack.clear()  # manual edits before a new design cannot be undone into it
        self.show_design(design)

    def export_kits(self) -> None:
        dialog = KitsDialog(self.ctx.settings, self)
        dialog.accepted.connect(lambda: self.run_export_kits(dialog.path(),
                                                             dialog.encrypt.isChecked()))  # fmt: skip
        dialog.open()

    def run_export_kits(self, out: Path, encrypt: bool) -> None:
        """Export the kits once the blind check has nothing unconfirmed."""
        self.blind_gate.before(lambda: self._run_export_kits(out, encrypt))

    def _run_export_kits(self, out: Path, encrypt: bool) -> None:
        self.ctx.run(self, self.tr("Exporting kits"), export_kits_task, self.ctx.db, out, encrypt,
                     on_success=self._kits_exported,
                     error_title=self.tr("The kits could not be exported"))  # fmt: skip

    def _kits_exported(self, result: HandedOut) -> None:
        self.status.setText(self.tr("{n} kit(s) written to {folder}.").format(
            n=len(result.kits), folder=str(result.kits[0].path.parent)))  # fmt: skip
        if result.passphrases:
            self.passphrases_dialog = PassphrasesDialog(result, self.ctx.settings, self)
            self.passphrases_dialog.open()

    def export_sheets(self) -> None:
        dialog = SheetsDialog(self.ctx.settings, self)
        dialog.accepted.connect(lambda: self.run_export_sheets(dialog.path(),
                                                               str(dialog.lang.currentData())))  # fmt: skip
        dialog.open()

    def run_export_sheets(self, out: Path, lang: str) -> None:
        """Export the sheets once no title or track shown on them names a team unconfirmed."""
        from imin_desktop.services.blinding import SHEET_PLACES

        self.blind_gate.before(lambda: self._run_export_sheets(out, lang), places=SHEET_PLACES)

    def _run_export_sheets(self, out: Path, lang: str) -> None:
        self.ctx.run(self, self.tr("Exporting score sheets"), export_sheets_task, self.ctx.db,
                     out, lang, error_title=self.tr("The score sheets could not be exported"),
                     on_success=lambda paths: self.status.setText(
                         self.tr("{n} score sheet(s) written to {folder}.").format(
                             n=len(paths), folder=str(out))))  # fmt: skip

    def check_blind(self) -> None:
        """Check every submission now, confirming findings as at an export."""
        if self.check_action.isEnabled():
            self.blind_gate.before(self._blind_checked, assigned_only=False)

    def _blind_checked(self) -> None:
        self.status.setText(self.tr("Blind check: nothing unconfirmed names a team."))


__all__ = ["FIXED", "AssignmentsPage"]
