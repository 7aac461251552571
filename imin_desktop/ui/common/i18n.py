"""The interface language: Qt translators from ``resources/translations`` and localized text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from imin_desktop.domain.resources import resource
from imin_desktop.domain.text import LANGUAGES, LocalizedText, localized

_language = "en"


def language() -> str:
    """The interface language ("en" or "pt")."""
    return _language


def text(value: LocalizedText | None) -> str:
    """A rubric or kit text in the interface language (falling back to English)."""
    return localized(value, _language)


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load imIN's and Qt's own translations for ``locale`` (the system's by default)."""
    global _language
    locale = locale or QLocale.system()
    code = locale.name().split("_")[0]
    _language = code if code in LANGUAGES else "en"
    installed: list[QTranslator] = []
    folder = resource("translations")
    candidate = folder / f"imin_desktop_{_language}.qm"
    if candidate.is_file():
        translator = QTranslator(app)
        if translator.load(str(Path(str(candidate)))):
            app.installTranslator(translator)
            installed.append(translator)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
