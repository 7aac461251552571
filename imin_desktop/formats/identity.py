"""Finding a team's identity (names, e-mails, organisations) in text and in files.

Plain functions over text and bytes. Text is compared after Unicode normalisation: accents
folded, case folded, every run of white space one space — so ``"CONCEICAO  Giao"`` on two
lines of a PDF page still matches the team member ``Conceição Gião``. Files are searched
twice: their raw bytes (UTF-8, UTF-16 and Latin-1 encodings of each term, ASCII case
ignored), and their text — a PDF's text page by page as ``pypdf`` extracts it, any other
file's bytes read as UTF-8, 1 MiB at a time.

A PDF's text is read within the limits of ``formats/scrub.py`` and at most
``MAX_PDF_OPERATIONS`` content-stream operations and ``MAX_PDF_TEXT`` characters per
document: past them its text cannot be checked (``ScrubError``), which the caller reports.
"""

from __future__ import annotations

import codecs
import functools
import re
import struct
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pypdf.errors import PyPdfError

from imin_desktop.formats.scrub import PDF, ScrubError, open_pdf, pdf_limits

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
MAX_PDF_OPERATIONS = 200_000
"""Content-stream operations one PDF's text extraction runs (a dense text page has a few
thousand; extraction costs about 40 µs each, and more on a page with hundreds of thousands)."""
MAX_PDF_TEXT = 5_000_000
"""Characters of text extracted from one PDF (a 500-page book has about 1.5 million)."""


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


@functools.cache
def _combining() -> re.Pattern[str]:
    """Every combining character (what accents decompose into), as one character class."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                                    for a, b in ranges) + "]+")  # fmt: skip


def normalise(text: str) -> str:
    """Accents and case folded, white space collapsed: the form texts are compared in."""
    folded = _combining().sub("", unicodedata.normalize("NFKD", text)).casefold()
    return _SPACE.sub(" ", folded).strip()


TEXT_CHUNK = 1 << 20
"""Bytes of a file read as text at a time (its text is never held whole)."""
CHUNK_OVERLAP = 4096
"""Characters each chunk repeats from the previous one, so a term across the seam is found."""


def _text_chunks(data: bytes) -> Iterator[str]:
    """``data`` read as UTF-8, in overlapping pieces of about ``TEXT_CHUNK`` characters."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    tail = ""
    for start in range(0, max(len(data), 1), TEXT_CHUNK):
        end = start + TEXT_CHUNK
        text = decoder.decode(data[start:end], final=end >= len(data))
        yield tail + text
        tail = text[-CHUNK_OVERLAP:]


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


class _Budget:
    """Counts a document's operations and text as pypdf extracts it; raises past the limits."""

    def __init__(self) -> None:
        self.page = 0
        self.operations = 0
        self.text = 0

    def operation(self, *_args: Any) -> None:
        self.operations += 1
        if self.operations > MAX_PDF_OPERATIONS:
            raise ScrubError(
                f"the PDF's pages draw more than {MAX_PDF_OPERATIONS} operations "
                f"(by page {self.page})"
            )

    def add(self, text: str) -> str:
        self.text += len(text)
        if self.text > MAX_PDF_TEXT:
            raise ScrubError(
                f"the PDF holds more than {MAX_PDF_TEXT} characters of text (by page {self.page})"
            )
        return text


def pdf_pages_text(data: bytes) -> list[str]:
    """The text of every page of a PDF, as ``pypdf`` extracts it."""
    budget = _Budget()
    texts = []
    try:
        with pdf_limits():
            for number, page in enumerate(open_pdf(data).pages, start=1):
                budget.page = number
                text = page.extract_text(visitor_operand_before=budget.operation) or ""
                texts.append(budget.add(text))
    except ScrubError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, struct.error, zlib.error, AssertionError) as exc:  # fmt: skip
        raise ScrubError(f"its text cannot be read ({type(exc).__name__}: {exc})") from None
    return texts


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
        for chunk in _text_chunks(data):
            found.update(IdentityMatch(t, None) for t in find_in_text(chunk, terms))
    # A term the text finds on a page needs no second line for the raw bytes.
    paged = {m.term for m in found if m.page is not None}
    return sorted(
        (m for m in found if m.page is not None or m.term not in paged),
        key=lambda m: (m.page or 0, m.term),
    )
