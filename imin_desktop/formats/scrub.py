"""Removing document metadata from attachments that go into blind kits.

Plain functions over bytes. A PDF is rewritten with ``pypdf`` without its Info dictionary
(Author, Creator, Producer, Title, Subject, Keywords, dates), without any XMP metadata stream
(the catalog's, a page's, an image's) or ``/PieceInfo``, and without the author (``/T``) of
markup annotations; earlier incremental revisions are dropped on the way. PNG and JPEG are
filtered chunk by chunk (no image library): only the chunks and segments that carry the
picture are kept, so text chunks (PNG ``tEXt``, ``iTXt``, ``zTXt``, ``eXIf``, ``tIME``),
EXIF and XMP (JPEG ``APP1``), IPTC (``APP13``), comments (``COM``) and anything after the
end of the image are gone. A file that cannot be parsed raises ``ScrubError``: the caller
then cannot promise it is clean.

Every PDF is read within ``pdf_limits()`` (pypdf's own limits, set explicitly and lowered
where a submission's attachment never needs more) and holds at most ``MAX_PDF_PAGES`` pages,
so a hostile file costs seconds and tens of MB, never minutes or GB.
"""

from __future__ import annotations

import io
import logging
import struct
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager

from pypdf import Configuration, PdfReader, PdfWriter, apply_configuration
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, PdfObject

__all__ = [
    "MAX_PDF_PAGES",
    "ScrubError",
    "open_pdf",
    "pdf_limits",
    "scrub",
    "scrub_jpeg",
    "scrub_pdf",
    "scrub_png",
    "scrubbable",
]

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"

#: Keys removed from every dictionary of a PDF: XMP streams and application private data.
_PDF_DROPPED_KEYS = ("/Metadata", "/PieceInfo")

MAX_PDF_PAGES = 2_000
"""Pages of one PDF attachment (a pitch deck has tens, a long report hundreds)."""
PDF_LIMITS = Configuration(
    zlib_maximum_output_length=75_000_000,  # bytes one Flate stream inflates to
    maximum_declared_stream_length=75_000_000,
    stream_decoding_work_maximum_length=300_000_000,
    stream_parsing_work_maximum_count=500_000,  # tokens of one content stream
    page_tree_maximum_entries=2 * MAX_PDF_PAGES,  # pages and page-tree nodes
    page_tree_maximum_depth=100,
    page_tree_maximum_page_entries=200_000,
    xform_maximum_invocations_per_extraction=5_000,  # form XObjects drawn on one page
    array_maximum_element_count=100_000,
    dictionary_maximum_element_count=100_000,
)
"""pypdf's limits (``pypdf.Configuration``) while any PDF is read; ``docs/reliability.md``
tables them."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Chunks that carry the picture (and its colour); every other chunk is dropped.
PNG_KEPT = frozenset(
    {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP"}
    | {b"sBIT", b"bKGD", b"pHYs", b"hIST", b"acTL", b"fcTL", b"fdAT", b"cICP"}
)

# JPEG markers.
_SOI, _EOI, _SOS, _APP0, _APP2, _APP14 = 0xD8, 0xD9, 0xDA, 0xE0, 0xE2, 0xEE
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and RSTn carry no length
_ICC = b"ICC_PROFILE\x00"


class ScrubError(ValueError):
    """The file cannot be read well enough to remove its metadata."""


def scrubbable(media_type: str) -> bool:
    """Whether ``scrub`` knows how to clean files of this media type."""
    return media_type.lower() in (PDF, PNG, JPEG)


def scrub(data: bytes, media_type: str) -> bytes:
    """``data`` without document metadata; other media types come back unchanged."""
    kind = media_type.lower()
    if kind == PDF:
        return scrub_pdf(data)
    if kind == PNG:
        return scrub_png(data)
    if kind == JPEG:
        return scrub_jpeg(data)
    return data


# -- PDF ------------------------------------------------------------------------------------


def pdf_limits() -> AbstractContextManager[object]:
    """pypdf's ``PDF_LIMITS`` in force for the ``with`` block (the PDF is read lazily:
    everything done with a reader belongs inside it)."""
    return apply_configuration(PDF_LIMITS)


def open_pdf(data: bytes) -> PdfReader:
    """A reader over ``data`` (call within ``pdf_limits()``); ``ScrubError`` when it is
    encrypted or has more than ``MAX_PDF_PAGES`` pages."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are our error to raise
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise ScrubError("the PDF is encrypted")
    pages = len(reader.pages)
    if pages > MAX_PDF_PAGES:
        raise ScrubError(f"the PDF has {pages} pages, more than the limit of {MAX_PDF_PAGES}")
    return reader


def _children(obj: PdfObject) -> Iterator[PdfObject]:
    if isinstance(obj, DictionaryObject):
        yield from obj.values()
    elif isinstance(obj, ArrayObject):
        yield from obj


def _strip_tree(root: PdfObject) -> None:
    """Walk every object reachable from ``root`` once, removing metadata keys."""
    seen: set[tuple[int, int]] = set()
    stack: list[PdfObject] = [root]
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            resolved = obj.get_object()
            if resolved is None:
                continue
            obj = resolved
        if isinstance(obj, DictionaryObject):
            for key in _PDF_DROPPED_KEYS:
                obj.pop(NameObject(key), None)
            if obj.get("/Type") == "/Annot" and obj.get("/Subtype") != "/Widget":
                obj.pop(NameObject("/T"), None)  # a markup annotation's author
        stack.extend(_children(obj))


def scrub_pdf(data: bytes) -> bytes:
    """The PDF rewritten without its Info dictionary, XMP streams and annotation authors."""
    try:
        with pdf_limits():
            reader = open_pdf(data)
            writer = PdfWriter(clone_from=reader)
            writer.metadata = None
            _strip_tree(writer.root_object)
            # Removed references leave orphans (the XMP streams themselves): drop them too.
            writer.compress_identical_objects()
            out = io.BytesIO()
            writer.write(out)
    except ScrubError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, struct.error, zlib.error, AssertionError) as exc:  # fmt: skip
        raise ScrubError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    return out.getvalue()


# -- PNG ------------------------------------------------------------------------------------


def scrub_png(data: bytes) -> bytes:
    """The PNG with only the chunks that carry the picture (nothing after ``IEND``)."""
    if not data.startswith(PNG_SIGNATURE):
        raise ScrubError("not a PNG file (no PNG signature)")
    out = [PNG_SIGNATURE]
    pos = len(PNG_SIGNATURE)
    while True:
        if pos + 8 > len(data):
            raise ScrubError(f"the PNG ends inside a chunk header at byte {pos}")
        length, tag = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise ScrubError(f"the PNG chunk {tag!r} at byte {pos} runs past the end of the file")
        if tag in PNG_KEPT:
            out.append(data[pos:end])
        pos = end
        if tag == b"IEND":
            return b"".join(out)


# -- JPEG -----------------------------------------------------------------------------------


def _jpeg_kept(marker: int, payload: bytes) -> bool:
    if marker == 0xFE:  # COM
        return False
    if _APP0 <= marker <= 0xEF:
        return (
            (marker == _APP0 and payload.startswith((b"JFIF\x00", b"JFXX\x00")))
            or (marker == _APP2 and payload.startswith(_ICC))
            or (marker == _APP14 and payload.startswith(b"Adobe"))
        )
    return True


def _entropy_end(data: bytes, pos: int) -> int:
    """The position of the first marker after entropy-coded data starting at ``pos``."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise ScrubError("the JPEG ends inside its image data (no end-of-image marker)")
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2  # a stuffed 0xFF byte or a restart marker belongs to the data
        elif following == 0xFF:
            pos += 1  # fill byte
        else:
            return pos


def scrub_jpeg(data: bytes) -> bytes:
    """The JPEG without EXIF/XMP (APP1), IPTC (APP13), comments and other application
    segments except JFIF (APP0), the colour profile (APP2 ICC) and Adobe (APP14)."""
    if not data.startswith(b"\xff\xd8"):
        raise ScrubError("not a JPEG file (no start-of-image marker)")
    out = [b"\xff\xd8"]
    pos = 2
    while True:
        if pos + 2 > len(data) or data[pos] != 0xFF:
            raise ScrubError(f"the JPEG has no marker where one belongs (byte {pos})")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == _EOI:
            out.append(b"\xff\xd9")
            return b"".join(out)
        if marker in _STANDALONE or marker == _SOI:
            out.append(data[pos : pos + 2])
            pos += 2
            continue
        if pos + 4 > len(data):
            raise ScrubError(f"the JPEG ends inside a segment header at byte {pos}")
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise ScrubError(f"the JPEG segment at byte {pos} runs past the end of the file")
        if _jpeg_kept(marker, data[pos + 4 : end]):
            out.append(data[pos:end])
        pos = end
        if marker == _SOS:
            scan_end = _entropy_end(data, pos)
            out.append(data[pos:scan_end])
            pos = scan_end
