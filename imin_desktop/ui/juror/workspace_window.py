"""The juror's workspace: list, viewer and scoring panel; autosave, undo, export."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSplitter,
    QWidget,
)

from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.review import ReviewEntry
from imin_desktop.services.juror import ExportSummary, JurorWorkspace, export_scores
from imin_desktop.ui.common.accessible import name_internal_controls
from imin_desktop.ui.common.errors import show_error
from imin_desktop.ui.common.i18n import text
from imin_desktop.ui.common.icons import app_icon
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.settings_dialog import settings_action
from imin_desktop.ui.common.shortcuts import WindowShortcutGuard
from imin_desktop.ui.common.tasks import TaskHandle, TaskRunner
from imin_desktop.ui.common.undo import ReviewEditCommand
from imin_desktop.ui.juror import export_flow
from imin_desktop.ui.juror.help_overlay import HelpOverlay
from imin_desktop.ui.juror.scoring_panel import ScoringPanel
from imin_desktop.ui.juror.submission_list import SubmissionListPane, SubmissionRow
from imin_desktop.ui.juror.submission_viewer import SubmissionViewer

log = logging.getLogger(__name__)


class WorkspaceWindow(QMainWindow):
    """Scoring one kit. Holds the juror service object, ids and plain values only."""

    closed_kit = Signal()  # "Close kit": back to the start window

    def __init__(self, workspace: JurorWorkspace, runner: TaskRunner, settings: AppSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ws = workspace
        self.runner = runner
        self.settings = settings
        self.export_task: TaskHandle | None = None
        self.last_export: ExportSummary | None = None
        self.summary_box: QMessageBox | None = None
        self._returning = False
        kit = workspace.kit
        self.setWindowTitle(self.tr("%1 — %2 — imIN Desktop").replace("%1", text(kit.event_title))
                            .replace("%2", kit.juror_name))  # fmt: skip
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("Juror workspace"))
        self.undo_stack = QUndoStack(self)

        self.list = SubmissionListPane(self)
        self.viewer = SubmissionViewer(self)
        self.viewer.set_temp_folder(not workspace.encrypted)
        self.panel = ScoringPanel(self)
        self.panel.set_rubric(workspace.rubric)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspaceSplitter")
        for pane in (self.list, self.viewer, self.panel):
            self.splitter.addWidget(pane)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 620, 480])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.help = HelpOverlay(self)

        self.who = QLabel(self)
        self.who.setText(self.tr("%1 · %2").replace("%1", kit.juror_name)
                         .replace("%2", text(kit.event_title)))  # fmt: skip
        self.who.setAccessibleName(self.tr("Juror and event"))
        bold = self.who.font()
        bold.setBold(True)
        self.who.setFont(bold)
        self.who.setContentsMargins(8, 0, 8, 0)
        self.saved = QLabel(self.tr("✓ All changes saved"), self)
        self.saved.setAccessibleName(self.tr("Save status"))
        self.saved.setToolTip(self.tr("Every change is stored on this computer as you make it"))
        self.statusBar().addPermanentWidget(self.saved)

        self._build_actions()
        self._connect()
        self.list.set_rows([self._row(s.id) for s in workspace.submissions])
        if not settings.restore_window_fitted("workspace", self, QSize(1400, 860)):
            self._size_panes()
        settings.restore_splitter("workspace", self.splitter)
        settings.restore_splitter("viewer", self.viewer.splitter)
        name_internal_controls(self)
        last = settings.value(f"kits/{kit.kit_id}/current")
        if not (last and self.list.select(last)):
            self.list.step(0) or self.list.select(workspace.submissions[0].id)

    def _size_panes(self) -> None:
        """Share the width between list, viewer and scoring panel; a narrow window (a laptop,
        200 % scaling) keeps the scoring panel whole and gives the viewer what is left."""
        width = max(self.width(), 640)
        listing = 300 if width >= 1300 else max(180, width // 5)
        panel = 480 if width >= 1300 else max(320, width * 2 // 5)
        self.splitter.setSizes([listing, max(120, width - listing - panel), panel])

    # -- wiring ------------------------------------------------------------------------------

    def _action(self, label: str, shortcut: QKeySequence | str | list[QKeySequence] | None,
                slot: Callable[[], object], tip: str = "") -> QAction:  # fmt: skip
        action = QAction(label, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or label} ({keys})" if keys else tip or label)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.next_action = a(self.tr("&Next submission"), "Ctrl+Down", lambda: self.list.step(1))
        self.previous_action = a(self.tr("&Previous submission"), "Ctrl+Up",
                                 lambda: self.list.step(-1))  # fmt: skip
        stack = self.undo_stack
        self.undo_action = a(self.tr("&Undo"), [QKeySequence("Ctrl+Z")], stack.undo)
        self.redo_action = a(self.tr("&Redo"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                             stack.redo)  # fmt: skip
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.undo_action.setToolTip(
            self.tr("Undo %1 (Ctrl+Z)").replace("%1", t) if t else self.tr("Undo (Ctrl+Z)")))  # fmt: skip
        stack.redoTextChanged.connect(lambda t: self.redo_action.setToolTip(
            self.tr("Redo %1 (Ctrl+Shift+Z)").replace("%1", t) if t else self.tr("Redo (Ctrl+Shift+Z)")))  # fmt: skip
        self.done_action = a(self.tr("Mark as &done / reopen"), "Ctrl+D", self.toggle_done)
        self.export_action = a(self.tr("&Export score file…"), "Ctrl+E", self.export_scores,
                               self.tr("Write your signed score file for the coordinator"))  # fmt: skip
        self.filter_action = a(self.tr("&Filter the list"), "Ctrl+F", self._focus_filter)
        self.help_action = a(self.tr("&Keyboard shortcuts"), "F1", self.help.toggle)
        self.close_action = a(self.tr("&Close kit"), "Ctrl+W", self.close_kit)
        self.quit_action = a(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.criterion_actions = [
            a(self.tr("Criterion %1").replace("%1", str(n)), f"Alt+{n}", self._focuser(n))
            for n in range(1, min(9, len(self.ws.rubric.criteria)) + 1)
        ]
        self.gate_action = a(self.tr("&Eligibility questions"), "Ctrl+G", self.panel.focus_gate,
                             self.tr("Go to the next unanswered eligibility question"))  # fmt: skip
        self.gate_action.setEnabled(bool(self.ws.rubric.gates))
        self.comment_action = a(self.tr("Overall &comment"), "Alt+0", self.panel.focus_comment)
        self.shortcut_guard = WindowShortcutGuard(self, [
            self.next_action, self.previous_action, self.done_action, self.export_action,
            self.filter_action, self.help_action, self.close_action, self.quit_action,
            self.gate_action, self.comment_action, *self.criterion_actions,
        ])  # fmt: skip
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.export_action, self.close_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = menu.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.done_action, self.filter_action])
        go = menu.addMenu(self.tr("&Go"))
        go.addActions([self.next_action, self.previous_action])
        go.addSeparator()
        go.addActions(self.criterion_actions)
        go.addActions([self.gate_action, self.comment_action])
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(settings_action(self, self.settings))
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.previous_action, self.next_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.export_action, self.help_action])
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.who)
        for action in toolbar.actions():
            if (button := toolbar.widgetForAction(action)) is not None:
                button.setAccessibleName(action.text().replace("&", ""))
        self.help.set_shortcuts(self.shortcut_groups())

    def _focuser(self, number: int) -> Callable[[], bool]:
        return lambda: self.panel.focus_criterion(number)

    def shortcut_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        def keys(action: QAction) -> str:
            return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                              for s in action.shortcuts())  # fmt: skip

        def label(action: QAction) -> str:
            return action.text().replace("&", "")

        last = len(self.criterion_actions)
        return [
            (self.tr("Moving around"), [(keys(self.next_action), label(self.next_action)),
                                        (keys(self.previous_action), label(self.previous_action)),
                                        (f"Alt+1 … Alt+{last}", self.tr("Go to criterion 1 … %1")
                                         .replace("%1", str(last))),
                                        (keys(self.gate_action), label(self.gate_action)),
                                        (keys(self.comment_action), label(self.comment_action)),
                                        ("Tab / Shift+Tab", self.tr("Next / previous field")),
                                        (keys(self.filter_action), label(self.filter_action))]),
            (self.tr("Scoring (on a criterion)"), [
                ("0 … 9", self.tr("Choose that score")),
                ("+ / −", self.tr("One step up / down (half a point)")),
                ("Delete", self.tr("Clear the score")),
                (self.tr("Y or S / N"), self.tr("Answer an eligibility question yes / no")),
                (keys(self.done_action), label(self.done_action))]),
            (self.tr("Editing"), [(keys(self.undo_action), self.tr("Undo")),
                                  (keys(self.redo_action), self.tr("Redo")),
                                  (keys(self.export_action), label(self.export_action)),
                                  (keys(self.help_action), self.tr("Show or hide this list"))]),
        ]  # fmt: skip

    def _connect(self) -> None:
        self.list.current_changed.connect(self.show_submission)
        p = self.panel
        p.score_changed.connect(lambda key, value: self._edit(
            self.tr("score %1").replace("%1", key),
            lambda sid: self.ws.set_score(sid, key, value)))  # fmt: skip
        p.criterion_comment_changed.connect(lambda key, value: self._edit(
            self.tr("comment on %1").replace("%1", key),
            lambda sid: self.ws.set_criterion_comment(sid, key, value), f"comment:{key}"))  # fmt: skip
        p.comment_changed.connect(lambda value: self._edit(
            self.tr("overall comment"), lambda sid: self.ws.set_comment(sid, value), "comment"))  # fmt: skip
        p.gate_changed.connect(lambda key, value: self._edit(
            self.tr("answer"), lambda sid: self.ws.set_gate(sid, key, value)))  # fmt: skip
        p.conflict_requested.connect(self._conflict_requested)
        p.done_requested.connect(self.toggle_done)
        p.draft_requested.connect(self.toggle_done)

    # -- showing -----------------------------------------------------------------------------

    @property
    def current_id(self) -> str:
        return self.list.current_id()

    def _row(self, sid: str) -> SubmissionRow:
        sub = self.ws.submission(sid)
        return SubmissionRow(sid, text(sub.title), text(sub.track), self.ws.state(sid),
                             self.ws.total(sid))  # fmt: skip

    def show_submission(self, sid: str) -> None:
        if not sid:
            return
        sub = self.ws.submission(sid)
        self.viewer.show_submission(sub, self.ws.opened.read_attachment, blind=self.ws.kit.blind)
        self._display(sid)

    def _display(self, sid: str) -> None:
        self.panel.display(self.ws.review(sid), self.ws.state(sid), self.ws.total(sid),
                           self.ws.missing_parts(sid))  # fmt: skip

    def _refresh(self, sid: str) -> None:
        self.list.update_row(self._row(sid))
        if sid == self.current_id:
            self._display(sid)

    def _mark_saved(self) -> None:
        self.saved.setText(
            self.tr("✓ Saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
        )
        self.saved.setStyleSheet("")

    def _save_failed(self, exc: BaseException) -> None:
        self.saved.setText(self.tr("✗ Last change NOT saved"))
        self.saved.setStyleSheet("color: #c62828; font-weight: 600;")
        show_error(self, self.tr("Your last change could not be saved"), exc)

    # -- editing -----------------------------------------------------------------------------

    def _edit(self, description: str, apply: Callable[[str], None], merge_key: str = "",
              status_change: bool = False) -> bool:  # fmt: skip
        """Store one change at once through the service, then make it undoable. A change to a
        review marked as done puts it back in progress (one stray key must not silently alter
        a final review); the juror marks it as done again."""
        sid = self.current_id
        if not sid:
            return False
        before = self.ws.review(sid)
        was_done = self.ws.state(sid) == "done"
        try:
            apply(sid)
            changed = _content(self.ws.review(sid)) != _content(before)
            if was_done and not status_change and changed and self.ws.state(sid) == "done":
                self.ws.mark_draft(sid)  # a final review changed: back to "in progress"
            reopened = was_done and not status_change and self.ws.state(sid) != "done"
        except RefusedError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            self._refresh(sid)
            return False
        except Exception as exc:
            log.exception("storing a change failed")
            self._refresh(sid)
            self._save_failed(exc)
            return False
        after = self.ws.review(sid)
        self.undo_stack.push(ReviewEditCommand(self._restore, before, after,
                                               f"{description} ({sid})", merge_key))  # fmt: skip
        self._mark_saved()
        self._refresh(sid)
        if reopened:
            message = self.tr("This review was done; your change put it back in progress. "
                              "Mark it as done again when you are sure (Ctrl+D).")  # fmt: skip
            self.statusBar().showMessage(message, 10000)
            self.panel.announce(message)
        return True

    def _restore(self, entry: ReviewEntry) -> None:
        try:
            self.ws.restore(entry)
        except Exception as exc:
            log.exception("undo/redo failed")
            self._save_failed(exc)
            return
        if self.current_id != entry.submission_id:
            self.list.select(entry.submission_id)
        self._mark_saved()
        self._refresh(entry.submission_id)

    def toggle_done(self) -> None:
        sid = self.current_id
        if not sid:
            return
        state = self.ws.state(sid)
        if state == "done":
            self._edit(self.tr("reopen"), self.ws.mark_draft, status_change=True)
        elif state != "conflict" and self.ws.missing_parts(sid).complete:
            self._edit(self.tr("mark as done"), self.ws.mark_done, status_change=True)
        else:
            self.statusBar().showMessage(self.panel.reason.text(), 6000)

    def _conflict_requested(self, declare: bool) -> None:
        sid = self.current_id
        if declare and not self.confirm_conflict(sid):
            self._display(sid)
            return
        self._edit(self.tr("conflict of interest"),
                   lambda s: self.ws.set_conflict(s, declare), status_change=True)  # fmt: skip

    def confirm_conflict(self, sid: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Conflict of interest"))
        box.setText(self.tr("Declare a conflict of interest with %1?").replace("%1", sid))
        box.setInformativeText(
            self.tr(
                "You will not score this submission. The scores, comments and answers you "
                "entered for it are cleared now (Ctrl+Z brings them back)."
            )
        )
        declare = box.addButton(self.tr("Declare conflict"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Confirm the conflict of interest"))
        export_flow.widen(box, 420)
        box.exec()
        return box.clickedButton() is declare

    def _focus_filter(self) -> None:
        self.list.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.filter.selectAll()

    # -- handing back ------------------------------------------------------------------------

    def choose_export_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Where should the score file go? (e.g. your USB stick)"),
            self.settings.folder("export") or str(Path.home()),
        )  # fmt: skip

    def export_scores(self) -> None:
        if self.export_task is not None:
            return
        counts: dict[str, int] = {str(k): v for k, v in self.ws.counts().items()}
        if export_flow.incomplete_warning(counts):
            box = export_flow.confirm_box(self, counts)
            box.exec()
            if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.AcceptRole:
                return
        folder = self.choose_export_folder()
        if not folder:
            return
        self.settings.set_folder("export", folder)
        self.splitter.setEnabled(False)  # nothing edits the workspace while it is read
        progress = QProgressDialog(
            self.tr("Writing the score file…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAccessibleName(self.tr("Export progress"))
        task = self.runner.start(
            "export", export_scores, self.ws, Path(folder),
            on_success=self._exported,
            on_failure=lambda exc: show_error(
                self, self.tr("The score file was not written"), exc, wait=False
            ),
            on_finished=lambda: self._export_finished(progress),
        )  # fmt: skip
        self.export_task = task
        progress.canceled.connect(task.cancel)

    def _exported(self, summary: ExportSummary) -> None:
        self.last_export = summary
        self.statusBar().showMessage(
            self.tr("Score file written: %1").replace("%1", str(summary.path))
        )
        self.summary_box = export_flow.summary_box(self, summary)
        self.summary_box.open()

    def _export_finished(self, progress: QProgressDialog) -> None:
        progress.reset()
        self.export_task = None
        self.splitter.setEnabled(True)

    # -- closing -----------------------------------------------------------------------------

    def close_kit(self) -> None:
        self._returning = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export_task is not None:
            event.ignore()
            return
        self.settings.save_window("workspace", self)
        self.settings.save_splitter("workspace", self.splitter)
        self.settings.save_splitter("viewer", self.viewer.splitter)
        if self.current_id:
            self.settings.set_value(f"kits/{self.ws.kit.kit_id}/current", self.current_id)
        self.settings.sync()
        self.viewer.cleanup()
        self.ws.close()
        super().closeEvent(event)
        if self._returning:
            self.closed_kit.emit()


def _content(entry: ReviewEntry) -> ReviewEntry:
    """What the juror wrote, without the status and the time of the last change."""
    return replace(entry, status="draft", updated_at="")
