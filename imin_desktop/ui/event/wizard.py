"""The new-event wizard: title and blind evaluation, the rubric (a bundled one or a file, with
a preview), and where to save the event file. The event is created in the background."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from imin_desktop.ui.common.errors import readable, show_error
from imin_desktop.ui.common.i18n import text
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.event.rubric_view import RubricView
from imin_desktop.ui.event.widgets import without_progress

if TYPE_CHECKING:
    from imin_desktop.domain.rubric import Rubric
    from imin_desktop.persistence.database import Database


class EventPageOne(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The event"))
        self.setSubTitle(self.tr("What the challenge is called, and whether jurors see who "
                                 "submitted."))  # fmt: skip
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the event"))
        self.title_edit.setPlaceholderText(self.tr("e.g. eHealth Summit 2026 challenge"))
        self.registerField("title*", self.title_edit)
        self.blind = QCheckBox(self.tr("Blind evaluation: jurors do not see the teams"), self)
        self.hidden_fields = QLineEdit(self)
        self.hidden_fields.setPlaceholderText(self.tr("e.g. organisation, website"))
        self.hidden_fields.setToolTip(self.tr("Submission fields that identify the team, left "
                                              "out of the kits (comma-separated)"))  # fmt: skip
        self.hidden_fields.setEnabled(False)
        self.blind.toggled.connect(self.hidden_fields.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", self.blind)
        form.addRow(self.tr("Also &hide fields"), self.hidden_fields)

    def fields(self) -> list[str]:
        return [f.strip() for f in self.hidden_fields.text().split(",") if f.strip()]


class RubricPage(QWizardPage):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from imin_desktop.services.rubrics import BUNDLED

        self.settings = settings
        self.setTitle(self.tr("The rubric"))
        self.setSubTitle(self.tr("The criteria jurors score. It can be replaced until the first "
                                 "kit or score sheet is handed out."))  # fmt: skip
        self.rubric: Rubric | None = None
        self.rubric_path: Path | None = None
        self.bundled = QRadioButton(self.tr("A rubric that comes with imIN (English and "
                                            "Portuguese)"), self)  # fmt: skip
        self.choice = QComboBox(self)
        for name in BUNDLED:
            self.choice.addItem(name, name)
        self.from_file = QRadioButton(self.tr("A rubric file (.json or .xlsx)"), self)
        group = QButtonGroup(self)
        group.addButton(self.bundled)
        group.addButton(self.from_file)
        self.bundled.setChecked(True)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Rubric file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        self.preview = RubricView(self)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bundled)
        layout.addWidget(self.choice)
        layout.addWidget(self.from_file)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 1)
        for signal in (self.bundled.toggled, self.choice.currentIndexChanged,
                       self.file.editingFinished):  # fmt: skip
            signal.connect(self.update_preview)
        self._titles()

    def _titles(self) -> None:
        from imin_desktop.services.rubrics import bundled_rubric_path, read_rubric

        for i in range(self.choice.count()):
            rubric = read_rubric(bundled_rubric_path(str(self.choice.itemData(i))))
            self.choice.setItemText(i, text(rubric.title) or rubric.id)

    def initializePage(self) -> None:
        self.update_preview()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a rubric"), self.settings.folder("rubric"),
            self.tr("Rubrics (*.json *.xlsx);;All files (*)"),
        )  # fmt: skip
        if path:
            self.settings.set_folder("rubric", Path(path).parent)
            self.file.setText(path)
            self.from_file.setChecked(True)
            self.update_preview()

    def update_preview(self, *_args: object) -> None:
        from imin_desktop.services.rubrics import bundled_rubric_path, read_rubric

        self.rubric, self.rubric_path = None, None
        self.problem.setText("")
        if self.bundled.isChecked():
            path: Path | None = bundled_rubric_path(str(self.choice.currentData()))
        else:
            path = Path(self.file.text().strip()) if self.file.text().strip() else None
        if path is not None:
            try:
                self.rubric, self.rubric_path = read_rubric(path), path
            except Exception as exc:
                self.problem.setText(self.tr("This rubric cannot be used: {why}")
                                     .format(why=readable(exc)[0]))  # fmt: skip
        self.preview.show_rubric(self.rubric)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.rubric is not None


class SavePage(QWizardPage):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Where to save the event"))
        self.setSubTitle(self.tr("The event is one file (.imin) holding everything: submissions, "
                                 "jurors, scores, decisions. Keep it somewhere backed up."))  # fmt: skip
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Event file"))
        self.path.textChanged.connect(lambda _t: self._check())
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if not self.path.text():
            folder = Path(self.settings.folder("events") or Path.home())
            slug = re.sub(r"[^\w\- ]+", "", str(self.field("title"))).strip() or "event"
            self.path.setText(str(folder / f"{slug}.imin"))

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".imin" else path.with_name(path.name + ".imin")

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the event as"), self.path.text(),
            self.tr("Event files (*.imin)"),
        )  # fmt: skip
        if path:
            self.path.setText(path)

    def _check(self) -> None:
        self.problem.setText("")
        if self.path.text().strip():
            target = self.target()
            if target.exists():
                self.problem.setText(self.tr("{file} already exists: choose another name.")
                                     .format(file=target.name))  # fmt: skip
            elif not target.parent.is_dir():
                self.problem.setText(self.tr("The folder {folder} does not exist.")
                                     .format(folder=str(target.parent)))  # fmt: skip
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.problem.text()


def create_event_file(target: Path, title: str, rubric: Path, blind: bool,
                      fields: list[str]) -> Database:  # fmt: skip
    from imin_desktop.services.events import create_event

    return create_event(target, title, rubric, blind=blind, identifying_fields=fields)


class NewEventWizard(QWizard):
    """``created`` carries the new event's open database and its path."""

    created = Signal(object, object)

    def __init__(self, runner: TaskRunner, settings: AppSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.setWindowTitle(self.tr("New event"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.first = EventPageOne(self)
        self.rubric_page = RubricPage(settings, self)
        self.save_page = SavePage(settings, self)
        for page in (self.first, self.rubric_page, self.save_page):
            self.addPage(page)
        self.busy = False
        self.resize(760, 600)

    def accept(self) -> None:
        """Create the event in the background; the wizard closes once it exists."""
        if self.busy or self.rubric_page.rubric_path is None:
            return
        self.busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        target = self.save_page.target()
        self.settings.set_folder("events", target.parent)
        self.runner.start(
            "create event", without_progress(create_event_file), target,
            self.first.title_edit.text(), self.rubric_page.rubric_path, self.first.blind.isChecked(),
            self.first.fields(), on_success=lambda db: self._created(db, target),
            on_failure=self._failed,
        )  # fmt: skip

    def _created(self, db: Database, target: Path) -> None:
        self.busy = False
        self.settings.add_recent(target, self.first.title_edit.text().strip())
        super().accept()
        self.created.emit(db, target)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, self.tr("The event could not be created"), exc, wait=False)
