"""Finding a team's identity (names, e-mails, organisations) in text and in files.

Plain functions over text and bytes. Text is compared after Unicode normalisation: accents
folded, case folded, every run of white space one space — so ``"CONCEICAO  Giao"`` on two
lines of a PDF page still matches the team member ``Conceição Gião``. Files are searched
twice: their raw bytes (UTF-8, UTF-16 and Latin-1 encodings of each term, ASCII case
ignored), and their text — a PDF's text page by page as ``pypdf`` extracts it, any other
file's bytes read as UTF-8.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from imin_desktop.formats.scrub import PDF, ScrubError

__all__ = [
    "IdentityMatch",
    "IdentityTerm",
    "find_identity",
    "find_in_bytes",
    "find_in_text",
    "normalise",
    "pdf_pages_text",
]

#: Shorter terms (after normalisation) are not searched: they would match ordinary words.
MIN_TERM = 3
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, order=True)
class IdentityTerm:
    """Something that identifies a team: ``kind`` is name, email, organisation or field."""

    kind: str
    text: str


@dataclass(frozen=True, order=True)
class IdentityMatch:
    """A term found in a file; ``page`` is the 1-based PDF page where its text names it
    (``None`` when found in the raw bytes or in a file without pages)."""

    term: IdentityTerm
    page: int | None


def normalise(text: str) -> str:
    """Accents and case folded, white space collapsed: the form texts are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _SPACE.sub(" ", folded).strip()


def _searchable(terms: Iterable[IdentityTerm]) -> list[tuple[IdentityTerm, str]]:
    out = []
    for term in sorted(set(terms)):
        norm = normalise(term.text)
        if len(norm) >= MIN_TERM:
            out.append((term, norm))
    return out


def find_in_text(text: str, terms: Iterable[IdentityTerm]) -> list[IdentityTerm]:
    """The terms ``text`` mentions."""
    haystack = normalise(text)
    return [term for term, norm in _searchable(terms) if norm in haystack]


def _encodings(text: str) -> set[bytes]:
    variants = {text.lower(), unicodedata.normalize("NFC", text).lower(),
                unicodedata.normalize("NFD", text).lower()}  # fmt: skip
    folded = normalise(text)
    variants.add(folded)
    out: set[bytes] = set()
    for variant in variants:
        for codec in ("utf-8", "utf-16-be", "utf-16-le", "latin-1"):
            try:
                out.add(variant.encode(codec))
            except UnicodeEncodeError:
                continue
    return out


def find_in_bytes(data: bytes, terms: Iterable[IdentityTerm]) -> list[IdentityTerm]:
    """The terms whose text occurs in ``data`` in a common encoding (ASCII case ignored)."""
    haystack = data.lower()
    return [
        term
        for term, _norm in _searchable(terms)
        if any(needle in haystack for needle in _encodings(term.text))
    ]


def pdf_pages_text(data: bytes) -> list[str]:
    """The text of every page of a PDF, as ``pypdf`` extracts it."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ScrubError("the PDF is encrypted")
        return [page.extract_text() or "" for page in reader.pages]
    except ScrubError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, struct.error, zlib.error, AssertionError) as exc:  # fmt: skip
        raise ScrubError(f"its text cannot be read ({type(exc).__name__}: {exc})") from None


def find_identity(
    data: bytes, media_type: str, terms: Sequence[IdentityTerm]
) -> list[IdentityMatch]:
    """Every term ``data`` names: in its raw bytes, and in its text (a PDF page by page).

    Raises ``ScrubError`` when a PDF's text cannot be read.
    """
    found: set[IdentityMatch] = {IdentityMatch(t, None) for t in find_in_bytes(data, terms)}
    if media_type.lower() == PDF:
        for number, text in enumerate(pdf_pages_text(data), start=1):
            found.update(IdentityMatch(t, number) for t in find_in_text(text, terms))
    else:
        text = data.decode("utf-8", errors="replace")
        found.update(IdentityMatch(t, None) for t in find_in_text(text, terms))
    # A term the text finds on a page needs no second line for the raw bytes.
    paged = {m.term for m in found if m.page is not None}
    return sorted(
        (m for m in found if m.page is not None or m.term not in paged),
        key=lambda m: (m.page or 0, m.term),
    )
