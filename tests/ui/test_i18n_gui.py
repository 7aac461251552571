"""The GUI in European Portuguese: imIN's catalogue, Qt's own buttons, the locale's numbers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from imin_desktop.domain import text as core_text
from imin_desktop.ui.common.i18n import choose_language, install_translators


@pytest.fixture
def portuguese(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "pt")
    yield
    install_translators(qapp, "en")


def test_standard_buttons_in_european_portuguese(portuguese: None, qtbot) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)

    texts = sorted(b.text().replace("&", "") for b in box.buttons())

    assert texts == ["Cancelar", "Guardar"]


def test_imin_strings_translated_by_context(portuguese: None) -> None:
    assert QCoreApplication.translate("ScoringPanel", "Mark as done") == "Marcar como concluída"
    assert QCoreApplication.translate("State", "Done") == "Concluída"


def test_core_messages_follow_the_gui_language(portuguese: None) -> None:
    assert core_text.language() == "pt"
    assert core_text._("file not found") == "ficheiro não encontrado"


def test_numbers_use_decimal_comma_in_portuguese(portuguese: None) -> None:
    locale = QLocale()

    assert locale.toString(4.5, "f", 1) == "4,5"
    assert locale.toDouble("4,5") == (4.5, True)


def test_switching_back_to_english_restores_english(qapp: QApplication, qtbot) -> None:
    install_translators(qapp, "pt")
    install_translators(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)

    assert box.buttons()[0].text().replace("&", "") == "Cancel"
    assert core_text._("file not found") == "file not found"


def test_language_choice_prefers_environment_then_saved(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMIN_LANG", "pt")
    assert choose_language("en") == "pt"
    monkeypatch.delenv("IMIN_LANG")
    assert choose_language("pt") == "pt"


def test_settings_dialog_switches_and_remembers_the_language(
    qapp, qtbot, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IMIN_LANG")  # IMIN_LANG would override the choice
    from imin_desktop.ui.common.i18n import LANGUAGE_KEY
    from imin_desktop.ui.common.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("pt"))
    try:
        dialog.accept()

        assert settings.value(LANGUAGE_KEY) == "pt"
        assert core_text.language() == "pt"
        again = SettingsDialog(settings)  # a window opened now speaks Portuguese
        qtbot.addWidget(again)
        assert again.windowTitle() == "Definições"
        assert again.language.currentData() == "pt"
    finally:
        install_translators(qapp, "en")
