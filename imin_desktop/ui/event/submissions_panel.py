"""Submissions on the Setup page: the table, and importing packages by drop or dialog.

An import is all or nothing, like ``imin submissions import``: it runs in the background with
progress and Cancel; a refused import lists every problem (file, submission and field,
problem) and leaves the event unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.errors import InputError
from imin_desktop.ui.common.errors import show_error
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.table_model import Column
from imin_desktop.ui.common.tasks import TaskHandle
from imin_desktop.ui.event.widgets import DropFrame, RecordTable, action

if TYPE_CHECKING:
    from imin_desktop.services.submissions import ImportReport, SubmissionInfo
    from imin_desktop.ui.event.page import EventPage


class ProblemsDialog(QDialog):
    """Every problem of a refused import, one row each, copyable."""

    def __init__(self, problems: list[InputError], settings: AppSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nothing was imported"))
        self.problems = problems
        intro = QLabel(self.tr(
            "The import was refused and the event is unchanged. Fix these {n} problem(s) and "
            "import again:"
        ).format(n=len(problems)), self)  # fmt: skip
        intro.setWordWrap(True)
        columns: list[Column[InputError]] = [
            Column(self.tr("File"), lambda e: Path(e.file.split(":")[0]).name,
                   tooltip=lambda e: e.file),
            Column(self.tr("Submission / field"), lambda e: e.location),
            Column(self.tr("Problem"), lambda e: e.message, tooltip=lambda e: e.message),
        ]  # fmt: skip
        self.table: RecordTable[InputError] = RecordTable(
            columns, settings, "problems", self.tr("Problems"), self
        )
        self.table.set_rows(problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.problems))


class SubmissionsPanel(QWidget):
    def __init__(self, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        self.problems_dialog: ProblemsDialog | None = None
        self.task: TaskHandle | None = None
        editable = not self.ctx.read_only

        self.drop = DropFrame(self)
        self.drop.setAccessibleName(self.tr("Drop submission packages here"))
        self.drop.dropped.connect(self.import_paths)
        self.drop.setAcceptDrops(editable)
        hint = QLabel(self.tr(
            "Drop submission packages here — zips, folders, batches, or .csv/.xlsx listings. "
            "An import is all or nothing."
        ), self.drop)  # fmt: skip
        hint.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import submissions…"), self.drop)
        menu = QMenu(self.import_button)
        self.import_files_action = action(self, self.tr("Package files or listings…"), "Ctrl+I",
                                          self.choose_files)  # fmt: skip
        self.import_folder_action = action(self, self.tr("A folder of packages…"),
                                           "Ctrl+Shift+I", self.choose_folder)  # fmt: skip
        menu.addAction(self.import_files_action)
        menu.addAction(self.import_folder_action)
        self.import_button.setMenu(menu)
        self.replace_box = QCheckBox(self.tr("Replace submissions that changed"), self.drop)
        self.replace_box.setToolTip(self.tr(
            "Without this, a package whose id is already in the event with other content is "
            "refused."))  # fmt: skip
        drop_layout = QHBoxLayout(self.drop)
        drop_layout.addWidget(hint, 1)
        drop_layout.addWidget(self.replace_box)
        drop_layout.addWidget(self.import_button)
        self.drop.setVisible(editable)
        for act in (self.import_files_action, self.import_folder_action):
            act.setEnabled(editable)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Import result"))
        columns: list[Column[SubmissionInfo]] = [
            Column(self.tr("ID"), lambda s: s.id),
            Column(self.tr("Title"), lambda s: s.title, tooltip=lambda s: s.title),
            Column(self.tr("Track"), lambda s: s.track),
            Column(self.tr("Team"), lambda s: ", ".join(p.get("name", "") for p in s.team),
                   tooltip=lambda s: "\n".join(
                       " · ".join(v for v in p.values() if v) for p in s.team)),
            Column(self.tr("Files"), lambda s: s.attachments, align_right=True,
                   header_tip=self.tr("Attachments")),
        ]  # fmt: skip
        self.table: RecordTable[SubmissionInfo] = RecordTable(
            columns, self.ctx.settings, "event/submissions", self.tr("Submissions"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        from imin_desktop.services.submissions import list_submissions

        self.page.load("submissions", list_submissions, self.ctx.db, on_loaded=self.table.set_rows)

    # -- importing ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import submissions"), self.ctx.settings.folder("packages"),
            self.tr("Packages and listings (*.zip *.csv *.xlsx);;All files (*)"),
        )  # fmt: skip
        if paths:
            self.ctx.settings.set_folder("packages", Path(paths[0]).parent)
            self.import_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder of packages"), self.ctx.settings.folder("packages")
        )
        if folder:
            self.ctx.settings.set_folder("packages", Path(folder).parent)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        if self.ctx.read_only or not paths:
            return
        from imin_desktop.services.submissions import import_or_explain

        self.message.setText("")
        self.task = self.ctx.run(
            self, self.tr("Importing submissions"), import_or_explain, self.ctx.db, paths,
            replace=self.replace_box.isChecked(), on_success=self._imported,
            on_failure=self._refused, on_cancelled=self._cancelled,
        )  # fmt: skip

    def _imported(self, report: ImportReport) -> None:
        self.message.setText(self.tr(
            "Imported: {added} added, {replaced} replaced, {unchanged} unchanged "
            "({files} attachment file(s) stored)."
        ).format(added=len(report.added), replaced=len(report.replaced),
                 unchanged=len(report.unchanged), files=report.blobs_stored))  # fmt: skip

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Import cancelled: nothing was imported."))

    def _refused(self, exc: BaseException) -> None:
        from imin_desktop.services.submissions import SourcesRefused

        if isinstance(exc, SourcesRefused):
            self.message.setText(self.tr("Nothing was imported: {n} problem(s) to fix.")
                                 .format(n=len(exc.problems)))  # fmt: skip
            self.problems_dialog = ProblemsDialog(exc.problems, self.ctx.settings, self)
            self.problems_dialog.open()
        else:
            show_error(self, self.tr("The submissions could not be imported"), exc, wait=False)
