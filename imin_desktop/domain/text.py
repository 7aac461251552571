"""Translatable and multilingual text.

``_()`` translates a user-visible string of the core (formats, services, the command line) into
the interface language; ``localized()`` picks a language from a text that is either a plain
string or a language map (rubric and kit texts).

The catalogue is the same one the GUI uses: ``resources/translations/imin_desktop_<lang>.ts``
(Qt Linguist's XML). ``pyside6-lupdate`` extracts ``_("...")`` as a ``tr`` call with the empty
context, and the core reads the finished translations of that file directly, so the command line
needs neither Qt nor a compiled file (see ``docs/translations.md``).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field

from imin_desktop.domain.resources import resource

LANGUAGES = ("en", "pt")
LANGUAGE_NAMES = {"en": "English", "pt": "Português (Portugal)"}
# The locale each interface language formats numbers and dates with.
LOCALES = {"en": "en_GB", "pt": "pt_PT"}

LocalizedText = str | Mapping[str, str]

_language: str | None = None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the environment asks for: ``IMIN_LANG`` first, then the POSIX
    locale variables (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English otherwise."""
    env = os.environ if environ is None else environ
    for name in ("IMIN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return normalize_language(value)
    return "en"


def normalize_language(value: str) -> str:
    """``pt_PT.UTF-8``, ``pt-PT``, ``pt:en`` → ``pt``; anything not offered → ``en``."""
    code = re.split(r"[:._@-]", value.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else "en"


def set_language(code: str | None) -> str:
    """Switch the core's messages to ``code`` (None: the environment's); returns the language."""
    global _language
    _language = normalize_language(code) if code else language_from_environment()
    return _language


def language() -> str:
    """The interface language ("en" or "pt")."""
    return _language if _language is not None else set_language(None)


@dataclass
class Catalogue:
    """The finished translations of one ``.ts`` file: (context, source, comment) → forms."""

    language: str
    messages: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, comment: str = "") -> list[str] | None:
        return self.messages.get((context, source, comment))


def read_catalogue(data: bytes, language: str) -> Catalogue:
    """Parse a Qt ``.ts`` file, keeping finished translations only (not unfinished, vanished
    or obsolete ones)."""
    catalogue = Catalogue(language)
    root = ET.fromstring(data)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [nf.text or "" for nf in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if not any(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            catalogue.messages[key] = forms
    return catalogue


_catalogues: dict[str, Catalogue] = {}


def catalogue(lang: str) -> Catalogue:
    """The shipped catalogue of ``lang`` (empty for English, the source language)."""
    if lang not in _catalogues:
        node = resource("translations", f"imin_desktop_{lang}.ts")
        _catalogues[lang] = (
            read_catalogue(node.read_bytes(), lang) if lang != "en" and node.is_file()
            else Catalogue(lang)
        )  # fmt: skip
    return _catalogues[lang]


def plural_index(lang: str, n: int) -> int:
    """Which numerus form ``n`` takes (English and European Portuguese: singular for 1 only)."""
    return 0 if n == 1 else 1


def translate(context: str, message: str, comment: str | None = None, n: int = -1) -> str:
    """``message`` of ``context`` in the interface language; ``%n`` becomes ``n`` (Qt's rules)."""
    lang = language()
    forms = catalogue(lang).lookup(context, message, comment or "")
    text = message
    if forms:
        text = forms[min(plural_index(lang, n), len(forms) - 1)] if n >= 0 else forms[0]
    return text.replace("%n", str(n)) if n >= 0 else text


def _(message: str, comment: str | None = None, n: int = -1) -> str:
    """A core message in the interface language (extracted by lupdate like Qt's ``tr``)."""
    return translate("", message, comment, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it here (``_(value)`` later)."""
    return message


def localized(text: LocalizedText | None, lang: str = "en") -> str:
    """The text in ``lang``, falling back to English, then to any language present."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for key in (lang, "en", *sorted(text)):
        value = text.get(key)
        if value:
            return value
    return ""
