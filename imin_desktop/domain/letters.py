"""Evaluation letters as plain values: what one applicant is told, and nothing about anyone else.

A letter carries the submission's identification, each criterion's score against its threshold
with the consensus comment (or the reviewers' comments, labelled "Reviewer A/B/…" afresh in each
letter), the total and threshold status, the outcome, and the language it is written in. It never
carries a juror's name or id: :func:`scrub` removes any that a comment or rationale happens to
contain, and the labels are per letter, so two letters cannot be matched to one juror.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from imin_desktop.domain.rounding import fixed

REDACTED = "[…]"
PORTUGUESE_HINTS = re.compile(r"ção|ções|ões|ã|õ|\b(?:de|da|do|das|dos|para|com|em|na|no)\b", re.I)


@dataclass(frozen=True)
class LetterComment:
    label: str
    """``A``, ``B``, … — the reviewer's letter within this letter only."""
    text: str


@dataclass(frozen=True)
class LetterCriterion:
    key: str
    label: str
    weight: Decimal
    score: float | None
    threshold: Decimal | None
    met: bool | None
    consensus: str | None
    """The agreed comment, when a consensus was recorded for this criterion."""
    comments: tuple[LetterComment, ...]
    """The reviewers' comments, used where there is no consensus."""


@dataclass(frozen=True)
class Letter:
    submission_id: str
    title: str
    track: str
    applicant: str
    email: str
    lang: str
    criteria: tuple[LetterCriterion, ...]
    total: float | None
    total_range: tuple[Decimal, Decimal]
    overall_threshold: Decimal | None
    passes: bool | None
    eligible: bool
    outcome: str | None
    rationale: str
    general: tuple[LetterComment, ...]
    """The reviewers' overall comments (only where the consensus is not complete)."""

    @property
    def file_name(self) -> str:
        return f"{self.submission_id}.pdf"


def reviewer_label(index: int) -> str:
    """``A`` … ``Z``, ``AA`` …"""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = string.ascii_uppercase[rest] + name
    return name


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Identities:
    """The jurors' names, ids and e-mail addresses, to be found in free text."""

    pattern: re.Pattern[str]
    first_words: frozenset[str]
    """The first word of each identity, lower case: text without any of them is left alone
    without running the (long) pattern."""


def identities_pattern(identities: Iterable[str]) -> Identities | None:
    """Matches any of the jurors' names and ids as whole words, ignoring case."""
    words = sorted({i.strip() for i in identities if i and i.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in words)
    firsts = frozenset(m.group(0).lower() for w in words if (m := _WORD.search(w)))
    return Identities(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), firsts)


def scrub(text: str, identities: Identities | None) -> str:
    """``text`` with every juror name, id or e-mail address replaced by ``[…]``."""
    if identities is None or not text:
        return text
    if identities.first_words.isdisjoint(w.lower() for w in _WORD.findall(text)):
        return text
    return identities.pattern.sub(REDACTED, text)


def letter_language(choice: str, fields: Mapping[str, object], *texts: str) -> str:
    """``pt`` or ``en``: the one asked for, or with ``submission`` the submission's own — its
    ``language``/``lang`` field when that names one, else a guess from its title and summary."""
    if choice in ("pt", "en"):
        return choice
    for name in ("language", "lang", "idioma", "lingua", "língua"):
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            lowered = value.strip().lower()
            if lowered.startswith(("pt", "por")):
                return "pt"
            if lowered.startswith(("en", "ing")):
                return "en"
    sample = " ".join(texts)
    return "pt" if len(PORTUGUESE_HINTS.findall(sample)) >= 2 else "en"


def shown(value: float | Decimal | None, digits: int = 2, lang: str = "en") -> str:
    """A number as letters show it: rounded half away from zero (4.125 → 4.13), pt with a
    decimal comma."""
    return fixed(value, digits, comma=lang == "pt")
