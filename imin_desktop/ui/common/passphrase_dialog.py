"""The passphrase prompt for an encrypted kit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """Asks for the kit's passphrase; shows why when a first try was wrong."""

    def __init__(self, kit_name: str, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted kit"))
        self.setAccessibleName(self.tr("Passphrase for the encrypted kit"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("<b>{name}</b> is encrypted. Type the passphrase the coordinator gave you.")
            .replace("{name}", kit_name)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.show_box = QCheckBox(self.tr("Show the passphrase"), self)
        self.show_box.setAccessibleName(self.tr("Show the passphrase"))
        self.show_box.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_box)

        self.error = QLabel(error, self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Passphrase problem"))
        self.error.setStyleSheet("color: #c62828; font-weight: 600;")
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open kit"))
        self.ok_button.setAccessibleName(self.tr("Open kit"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.passphrase.setFocus()

    def _toggle_echo(self, visible: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        )

    def value(self) -> str:
        return self.passphrase.text()
