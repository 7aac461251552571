"""Translatable and multilingual text.

``_()`` marks a user-visible string of the core for translation; ``localized()``
picks a language from a text that is either a plain string or a language map.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("en", "pt")

LocalizedText = str | Mapping[str, str]


def _(message: str) -> str:
    """Mark a core message as translatable (the GUI installs a translator later)."""
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
