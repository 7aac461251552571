"""Handing out work: kits (optionally one passphrase per juror, shown once and written to a
list to print) and Excel score sheets, written to a folder in the background."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.table_model import Column
from imin_desktop.ui.event.widgets import RecordTable

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.kits import IssuedKit
    from imin_desktop.services.passphrases import PassphraseRow

PASSPHRASE_LIST = "passphrases.csv"


@dataclass(frozen=True)
class HandedOut:
    kits: list[IssuedKit]
    passphrases: list[PassphraseRow]
    passphrase_list: Path | None


def export_kits_task(db: Database, out: Path, encrypt: bool, *,
                     progress: Progress = SILENT) -> HandedOut:  # fmt: skip
    """Kits for every juror with assignments; with ``encrypt``, a new passphrase each and the
    list of them written beside the kits (background work)."""
    from imin_desktop.services import jurors, kits, passphrases

    out.mkdir(parents=True, exist_ok=True)
    secrets = passphrases.new_passphrases(j.id for j in jurors.list_jurors(db)) if encrypt else None
    issued = kits.export_kits(db, out, passphrases=secrets, progress=progress)
    if not secrets:
        return HandedOut(issued, [], None)
    rows = passphrases.passphrase_rows(issued, secrets)
    listed = passphrases.write_passphrase_list(out / PASSPHRASE_LIST, rows)
    return HandedOut(issued, rows, listed)


def export_sheets_task(db: Database, out: Path, lang: str, *,
                       progress: Progress = SILENT) -> list[Path]:  # fmt: skip
    from imin_desktop.services.sheets import export_sheets

    out.mkdir(parents=True, exist_ok=True)
    return export_sheets(db, out, lang=lang, progress=progress)


class FolderDialog(QDialog):
    """Where to write: a folder, and the options of this export."""

    def __init__(self, title: str, intro: str, settings: AppSettings, key: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.settings = settings
        self.key = key
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.folder = QLineEdit(settings.folder(key), self)
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Folder"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _accept(self) -> None:
        if self.folder.text().strip():
            self.settings.set_folder(self.key, self.folder.text().strip())
            self.accept()

    def path(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()


class KitsDialog(FolderDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Export kits"),
            self.tr("One kit per juror with assignments (<juror>.iminkit). Exporting again keeps "
                    "each juror's kit identity, so score files already handed back stay valid."),
            settings, "kits", parent,
        )  # fmt: skip
        self.encrypt = QCheckBox(self.tr("Encrypt each kit with its own passphrase"), self)
        self.encrypt.setChecked(True)
        self.encrypt.setToolTip(self.tr(
            "The passphrases are shown once and written to passphrases.csv in the folder; "
            "give each juror theirs separately from the kit."))  # fmt: skip
        self.form.addRow("", self.encrypt)


class SheetsDialog(FolderDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Export score sheets"),
            self.tr("One Excel score sheet per juror with assignments, for jurors who will not "
                    "install the program. Filled sheets are merged on the Collect page."),
            settings, "sheets", parent,
        )  # fmt: skip
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem(self.tr("Portuguese"), "pt")
        self.form.addRow(self.tr("&Language"), self.lang)


class PassphrasesDialog(QDialog):
    """The passphrases, shown this once; the list file to print is named."""

    def __init__(self, result: HandedOut, settings: AppSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kit passphrases"))
        self.rows = result.passphrases
        intro = QLabel(self.tr(
            "<b>{n} encrypted kit(s) written.</b> These passphrases are shown only now. The list "
            "was saved as <b>{file}</b> — print it or keep it safe, and give each juror their "
            "passphrase separately from their kit (in person, by phone or text message)."
        ).format(n=len(result.kits), file=str(result.passphrase_list)), self)  # fmt: skip
        intro.setWordWrap(True)
        columns: list[Column[PassphraseRow]] = [
            Column(self.tr("Juror"), lambda r: r.juror_id),
            Column(self.tr("Name"), lambda r: r.juror_name),
            Column(self.tr("Kit"), lambda r: r.kit_file),
            Column(self.tr("Passphrase"), lambda r: r.passphrase),
        ]
        self.table: RecordTable[PassphraseRow] = RecordTable(
            columns, settings, "event/passphrases", self.tr("Passphrases"), self
        )
        font = self.table.view.font()
        font.setFamily("monospace")
        self.table.view.setFont(font)
        self.table.set_rows(self.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy all"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(
            "\n".join(f"{r.juror_id}\t{r.juror_name}\t{r.passphrase}" for r in self.rows)
        )
