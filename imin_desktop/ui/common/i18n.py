"""The interface language: Qt translators from ``resources/translations``, the core's ``_()``
switched to the same language, and numbers and dates in that language's locale.

The language is, in this order: ``IMIN_LANG``, the choice saved in Settings, the system's.
"""

from __future__ import annotations

import importlib.resources
import os
from contextlib import ExitStack

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from imin_desktop.domain import text as core_text
from imin_desktop.domain.resources import resource
from imin_desktop.domain.text import LANGUAGES, LOCALES, LocalizedText, localized

LANGUAGE_KEY = "interface/language"  # AppSettings key: "" follows the system

_files = ExitStack()  # keeps extracted catalogue files alive when the package is zipped
_installed: list[QTranslator] = []


def language() -> str:
    """The interface language ("en" or "pt")."""
    return core_text.language()


def text(value: LocalizedText | None) -> str:
    """A rubric or kit text in the interface language (falling back to English)."""
    return localized(value, language())


def system_language() -> str:
    """The first interface language among the system's preferred ones (English otherwise)."""
    for name in QLocale.system().uiLanguages():
        code = core_text.normalize_language(name)
        if code != "en" or name.lower().startswith("en"):
            return code
    return "en"


def choose_language(saved: str = "") -> str:
    """``IMIN_LANG`` if set, else the saved choice, else the system's language."""
    forced = os.environ.get("IMIN_LANG", "")
    if forced:
        return core_text.normalize_language(forced)
    if saved in LANGUAGES:
        return saved
    return system_language()


def locale_for(lang: str) -> QLocale:
    """The locale numbers and dates use: the system's when it speaks ``lang``, else the
    language's usual one (European Portuguese for "pt")."""
    system = QLocale.system()
    if core_text.normalize_language(system.name()) == lang and lang != "en":
        return system
    if lang == "en" and system.language() == QLocale.Language.English:
        return system
    return QLocale(LOCALES[lang])


def _load(translator: QTranslator, path: str) -> bool:
    return bool(translator.load(path))


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Switch the whole program to ``lang`` (see ``choose_language``): imIN's catalogue, Qt's own
    strings (standard buttons, text menus, file dialogs) in the same language, the core's
    messages and the default locale. Replaces what an earlier call installed."""
    lang = lang if lang in LANGUAGES else choose_language()
    core_text.set_language(lang)
    QLocale.setDefault(locale_for(lang))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        # Qt's European Portuguese catalogue (file dialogs, text menus) first, so that the
        # catalogues installed after it (searched first) override it.
        (f"{qt_folder}/qt_{LOCALES[lang]}.qm", False),
        (f"qtbase_{lang}.qm", True),  # Qt 6's standard buttons and dialogs, in European Portuguese
        (f"imin_desktop_{lang}.qm", True),
    ]
    for name, ours in candidates:
        if ours:
            node = resource("translations", name)
            if not node.is_file():
                continue
            path = str(_files.enter_context(importlib.resources.as_file(node)))
        else:
            path = name
        translator = QTranslator(app)
        if _load(translator, path):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)
