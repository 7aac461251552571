"""Jurors and conflicts of interest on the Setup page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.errors import show_error
from imin_desktop.ui.common.table_model import Column
from imin_desktop.ui.event.widgets import (
    DropFrame,
    RecordTable,
    action,
    action_button,
    without_progress,
)

if TYPE_CHECKING:
    from imin_desktop.services.jurors import ConflictInfo, JurorInfo
    from imin_desktop.ui.event.page import EventPage


class JurorDialog(QDialog):
    """Add one juror: id, name, e-mail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a juror"))
        self.key = QLineEdit(self)
        self.key.setPlaceholderText(self.tr("e.g. J10"))
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Identifier"), self.key)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&E-mail"), self.email)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ConflictDialog(QDialog):
    """Declare a conflict: a juror and a submission, each chosen by typing part of it."""

    def __init__(self, jurors: list[tuple[str, str]], subs: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        self.juror = self._combo([f"{k} — {n}" for k, n in jurors], [k for k, _n in jurors])
        self.submission = self._combo([f"{k} — {t}" for k, t in subs], [k for k, _t in subs])
        form = QFormLayout(self)
        form.addRow(self.tr("&Juror"), self.juror)
        form.addRow(self.tr("&Submission"), self.submission)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _combo(self, labels: list[str], keys: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, key in zip(labels, keys, strict=True):
            combo.addItem(label, key)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def choice(self) -> tuple[str, str]:
        return str(self.juror.currentData() or ""), str(self.submission.currentData() or "")


class JurorsPanel(QWidget):
    def __init__(self, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        editable = not self.ctx.read_only
        self.drop = DropFrame(self)
        self.drop.setAccessibleName(self.tr("Drop a list of jurors here"))
        self.drop.dropped.connect(lambda paths: self.import_list(paths[0]))
        self.drop.setAcceptDrops(editable)
        hint = QLabel(self.tr("Drop a list of jurors (.csv or .xlsx: id, name, email) here, or"),
                      self.drop)  # fmt: skip
        hint.setWordWrap(True)
        self.add_action = action(self, self.tr("Add a juror…"), "Ctrl+J", self.add_juror)
        self.import_action = action(self, self.tr("Import a list…"), "Ctrl+Shift+J",
                                    self.choose_list)  # fmt: skip
        row = QHBoxLayout(self.drop)
        row.addWidget(hint, 1)
        for act in (self.add_action, self.import_action):
            row.addWidget(action_button(act, self.drop))
            act.setEnabled(editable)
        self.drop.setVisible(editable)
        columns: list[Column[JurorInfo]] = [
            Column(self.tr("ID"), lambda j: j.id),
            Column(self.tr("Name"), lambda j: j.name),
            Column(self.tr("E-mail"), lambda j: j.email),
        ]
        self.table: RecordTable[JurorInfo] = RecordTable(
            columns, self.ctx.settings, "event/jurors", self.tr("Jurors"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        from imin_desktop.services.jurors import list_jurors

        self.page.load("jurors", list_jurors, self.ctx.db, on_loaded=self.table.set_rows)

    def add_juror(self) -> None:
        dialog = JurorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add(dialog.key.text().strip(), dialog.name.text(), dialog.email.text())

    def add(self, key: str, name: str, email: str) -> bool:
        from imin_desktop.services.jurors import add_juror

        try:
            add_juror(self.ctx.db, key, name, email)  # one small transaction
        except Exception as exc:
            show_error(self, self.tr("The juror was not added"), exc, wait=False)
            return False
        self.ctx.notify_changed()
        return True

    def choose_list(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a list of jurors"), self.ctx.settings.folder("jurors"),
            self.tr("Juror lists (*.csv *.xlsx);;All files (*)"),
        )  # fmt: skip
        if path:
            self.ctx.settings.set_folder("jurors", Path(path).parent)
            self.import_list(Path(path))

    def import_list(self, path: Path) -> None:
        from imin_desktop.services.jurors import import_jurors

        if not self.ctx.read_only:
            self.ctx.run(self, self.tr("Importing jurors"), without_progress(import_jurors),
                         self.ctx.db, path, cancellable=False)  # fmt: skip


class ConflictsPanel(QWidget):
    def __init__(self, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        editable = not self.ctx.read_only
        self.add_action = action(self, self.tr("Declare a conflict…"), "Ctrl+K", self.declare)
        self.remove_action = action(self, self.tr("Withdraw the selected conflicts"), "Del",
                                    self.withdraw_selected)  # fmt: skip
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        intro = QLabel(self.tr("A juror never receives a submission they have a conflict with. "
                               "Conflicts declared by a juror in a score file come with it."),
                       self)  # fmt: skip
        intro.setWordWrap(True)
        buttons.addWidget(intro, 1)
        for act in (self.add_action, self.remove_action):
            button = action_button(act, self)
            button.setVisible(editable)
            buttons.addWidget(button)
            act.setEnabled(editable)
        source = {"coordinator": self.tr("coordinator"), "juror": self.tr("juror (score file)")}
        columns: list[Column[ConflictInfo]] = [
            Column(self.tr("Juror"), lambda c: c.juror_id),
            Column(self.tr("Name"), lambda c: c.juror_name),
            Column(self.tr("Submission"), lambda c: c.submission_id),
            Column(self.tr("Title"), lambda c: c.submission_title),
            Column(self.tr("Declared by"), lambda c: source.get(c.source, c.source)),
        ]
        self.table: RecordTable[ConflictInfo] = RecordTable(
            columns, self.ctx.settings, "event/conflicts", self.tr("Conflicts"), self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        from imin_desktop.services.jurors import list_conflicts

        self.page.load("conflicts", list_conflicts, self.ctx.db, on_loaded=self.table.set_rows)

    def declare(self) -> None:
        from imin_desktop.services.assignments import assignment_matrix

        matrix = assignment_matrix(self.ctx.db)
        dialog = ConflictDialog(matrix.jurors, matrix.submissions, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(*dialog.choice())

    def add(self, juror: str, submission: str) -> bool:
        from imin_desktop.services.jurors import add_conflict

        try:
            add_conflict(self.ctx.db, juror, submission)
        except Exception as exc:
            show_error(self, self.tr("The conflict was not declared"), exc, wait=False)
            return False
        self.ctx.notify_changed()
        return True

    def withdraw_selected(self) -> None:
        from imin_desktop.services.jurors import remove_conflict

        try:
            for row in self.table.selected():
                remove_conflict(self.ctx.db, row.juror_id, row.submission_id)
        except Exception as exc:
            show_error(self, self.tr("The conflict was not withdrawn"), exc, wait=False)
        self.ctx.notify_changed()
