"""Settings: the interface language (the system's, English or European Portuguese)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.text import LANGUAGE_NAMES
from imin_desktop.ui.common.i18n import (
    LANGUAGE_KEY,
    choose_language,
    install_translators,
    system_language,
)
from imin_desktop.ui.common.settings import AppSettings


class SettingsDialog(QDialog):
    """Choose the language; it applies at once to windows opened from now on, and everywhere
    at the next start."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the program"))
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(self.tr("Same as the system (%1)").replace("%1", system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.value(LANGUAGE_KEY))))
        label = QLabel(self.tr("&Language"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        layout.addLayout(form)
        self.note = QLabel(self.tr("Windows opened from now on use the new language; the ones "
                                   "already open change when imIN Desktop starts again."), self)  # fmt: skip
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        choice = str(self.language.currentData() or "")
        self.settings.set_value(LANGUAGE_KEY, choice)
        self.settings.sync()
        app = QCoreApplication.instance()
        if app is not None:
            install_translators(app, choose_language(choice))
        super().accept()


def settings_action(window: QWidget, settings: AppSettings | None = None) -> QAction:
    """File/Help ▸ Settings… (Ctrl+,) opening the dialog over ``window``."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Settings…"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def show() -> None:
        SettingsDialog(settings or AppSettings(), window).exec()

    action.triggered.connect(lambda _checked=False: show())
    return action
