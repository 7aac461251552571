"""Collect: drop any number of score files and filled score sheets (or folders of them); one
row per file with its outcome in words; the coverage heat map and who is still missing.

Each file is all or nothing: a refused file never blocks the others. The merge runs in the
background with progress and Cancel; a cancelled merge keeps nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.ui.common.table_model import Column
from imin_desktop.ui.common.tasks import TaskHandle
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.coverage_view import CoveragePanel
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.widgets import DropFrame, RecordTable, action, action_button

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.coverage import Coverage
    from imin_desktop.services.jurors import JurorInfo
    from imin_desktop.services.scores import FileOutcome

SUFFIXES = (".iminscore", ".xlsx")
OUTCOME_COLOURS = {"accepted": QColor(40, 130, 60), "superseded": QColor(150, 110, 20),
                   "duplicate": QColor(90, 90, 90), "refused": QColor(190, 40, 30)}  # fmt: skip


def score_files_in(paths: list[Path]) -> list[Path]:
    """The files to merge: files as given, folders searched (recursively) for score files and
    score sheets, in name order; hidden files and lock files left out."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not p.name.startswith((".", "~$"))
            )  # fmt: skip
        else:
            found.append(path)
    return found


def merge_task(
    db: Database, paths: list[Path], *, progress: Progress = SILENT
) -> list[FileOutcome]:
    """Background work: find the files, merge them (one outcome each)."""
    from imin_desktop.services.scores import import_score_files

    files = score_files_in(paths)
    if not files:
        return []
    return import_score_files(db, files, progress=progress)


def _preload(*, progress: Progress = SILENT) -> None:
    import imin_desktop.services.scores  # noqa: F401
    from imin_desktop.services.events import warm_up

    warm_up()


def _coverage(db: Database) -> tuple[Coverage, list[JurorInfo]]:
    from imin_desktop.services.coverage import coverage
    from imin_desktop.services.jurors import list_jurors

    return coverage(db), list_jurors(db)


class CollectPage(EventPage):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("collectPage")
        editable = not ctx.read_only
        self.outcomes: list[FileOutcome] = []
        self.task: TaskHandle | None = None
        self.words = {"accepted": self.tr("accepted"), "superseded": self.tr("superseded"),
                      "duplicate": self.tr("duplicate"), "refused": self.tr("refused")}  # fmt: skip

        self.drop = DropFrame(self)
        self.drop.setAccessibleName(self.tr("Drop score files here"))
        self.drop.setAcceptDrops(editable)
        self.drop.dropped.connect(self.receive_files)
        hint = QLabel(self.tr(
            "Drop the score files (.iminscore) and filled score sheets (.xlsx) jurors handed "
            "back — any number, or whole folders, in any order. A refused file never blocks the "
            "others; dropping the same files again changes nothing."), self.drop)  # fmt: skip
        hint.setWordWrap(True)
        self.files_action = action(self, self.tr("Import score files…"), "Ctrl+M",
                                   self.choose_files)  # fmt: skip
        self.folder_action = action(self, self.tr("Import a folder…"), "Ctrl+Shift+M",
                                    self.choose_folder)  # fmt: skip
        row = QHBoxLayout(self.drop)
        row.addWidget(hint, 1)
        for act in (self.files_action, self.folder_action):
            row.addWidget(action_button(act, self.drop))
            act.setEnabled(editable)
        self.drop.setVisible(editable)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Merge result"))
        columns: list[Column[FileOutcome]] = [
            Column(self.tr("File"), lambda o: Path(o.path).name, tooltip=lambda o: o.path),
            Column(self.tr("Juror"), lambda o: o.juror),
            Column(self.tr("Sequence"), lambda o: o.sequence, align_right=True),
            Column(self.tr("Outcome"), lambda o: self.words[o.result],
                   foreground=lambda o: OUTCOME_COLOURS[o.result]),
            Column(self.tr("Reason"), lambda o: self.reason(o), tooltip=lambda o: self.reason(o)),
        ]  # fmt: skip
        self.table: RecordTable[FileOutcome] = RecordTable(
            columns, ctx.settings, "event/outcomes", self.tr("Files handed back"), self
        )
        self.table.view.setSortingEnabled(False)  # rows stay in the order the files were merged
        self.coverage = CoveragePanel(ctx.settings, self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.coverage)
        self.splitter.setStretchFactor(1, 1)
        if not ctx.settings.restore_splitter("event/collect", self.splitter):
            self.splitter.setSizes([220, 380])
        self.splitter.splitterMoved.connect(
            lambda *_a: ctx.settings.save_splitter("event/collect", self.splitter)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addWidget(self.splitter, 1)
        self.summary.setText(self.tr("No files merged in this session yet."))
        ctx.runner.start("preload merging", _preload)  # a first drop does not wait for imports

    def reason(self, outcome: FileOutcome) -> str:
        if outcome.reason:
            return outcome.reason
        if outcome.result == "accepted":
            return self.tr("merged: the juror's reviews now come from this file")
        return ""

    def refresh(self) -> None:
        self.load("coverage", _coverage, self.ctx.db,
                  on_loaded=lambda pair: self.coverage.set_coverage(*pair))  # fmt: skip

    # -- merging -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import score files"), self.ctx.settings.folder("scores"),
            self.tr("Score files and sheets (*.iminscore *.xlsx);;All files (*)"),
        )  # fmt: skip
        if paths:
            self.ctx.settings.set_folder("scores", Path(paths[0]).parent)
            self.receive_files([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder of score files"), self.ctx.settings.folder("scores")
        )
        if folder:
            self.ctx.settings.set_folder("scores", folder)
            self.receive_files([Path(folder)])

    def receive_files(self, paths: list[Path]) -> None:
        """Merge dropped or opened files and folders in the background."""
        if self.ctx.read_only or not paths:
            return
        self.task = self.ctx.run(self, self.tr("Merging score files"), merge_task, self.ctx.db, list(paths),
                     on_success=self._merged, on_cancelled=self._cancelled,
                     error_title=self.tr("The score files could not be merged"))  # fmt: skip

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Merge cancelled: nothing was merged."))

    def _merged(self, outcomes: list[FileOutcome]) -> None:
        self.outcomes = outcomes
        self.table.set_rows(outcomes)
        counts = {r: sum(o.result == r for o in outcomes) for r in self.words}
        if not outcomes:
            text = self.tr("No score file or score sheet was found in what was dropped.")
        elif not counts["accepted"] and not counts["superseded"]:
            text = self.tr("Nothing changed in the event: {duplicate} of the {n} file(s) had "
                           "been merged before, {refused} refused.").format(
                n=len(outcomes), **counts)  # fmt: skip
        else:
            text = self.tr("{n} file(s): {accepted} accepted, {superseded} superseded, "
                           "{duplicate} duplicate, {refused} refused.").format(
                n=len(outcomes), **counts)  # fmt: skip
            if counts["refused"]:
                text += " " + self.tr("The refused files changed nothing; the others are merged.")
        self.summary.setText(text)
