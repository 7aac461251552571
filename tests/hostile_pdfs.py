"""Hostile PDFs a submission package can carry, built byte by byte (no PDF library): each is
a valid PDF with a correct cross-reference table, small on disk, costly to read naively."""

from __future__ import annotations

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf (Confidential team deck) Tj ET\n"
"""One text-showing group: 7 tokens, 4 operations."""


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def flate(raw: bytes, extra: bytes = b"") -> bytes:
    """A Flate-compressed stream object holding ``raw``."""
    packed = zlib.compress(raw, 9)
    head = b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra)
    return head + packed + b"\nendstream"


def with_pages(pages: int, extra: list[bytes], contents: int, resources: bytes) -> bytes:
    """``pages`` pages drawing object ``contents``; ``extra`` objects numbered from 4."""
    first = 4 + len(extra)
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages), FONT, *extra]  # fmt: skip
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s "
            b"/Contents %d 0 R >>") % (resources, contents)  # fmt: skip
    return pdf(objects + [page] * pages)


FONTS = b"<< /Font << /F1 3 0 R >> >>"


def inflating_pages(pages: int, megabytes: int) -> bytes:
    """Every page's content stream inflates to ``megabytes`` MB of text (~70 KB packed)."""
    raw = TEXT * (megabytes * 1_000_000 // len(TEXT))
    return with_pages(pages, [flate(raw)], 4, FONTS)


def many_pages(pages: int) -> bytes:
    """``pages`` pages of one word each (about 130 bytes a page)."""
    return with_pages(pages, [flate(TEXT)], 4, FONTS)


def page_tree_cycle() -> bytes:
    """A page tree whose node lists itself (and its parent) among its kids."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>"])  # fmt: skip


def form_recursion(fanout: int = 10) -> bytes:
    """A form XObject that draws itself ``fanout`` times: 10^depth forms unless capped."""
    body = TEXT + b"/X0 Do\n" * fanout
    form = flate(body, b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] "
                       b"/Resources << /XObject << /X0 4 0 R >> /Font << /F1 3 0 R >> >>")  # fmt: skip
    return with_pages(1, [form, flate(b"/X0 Do\n")], 5,
                      b"<< /XObject << /X0 4 0 R >> /Font << /F1 3 0 R >> >>")  # fmt: skip


def reference_chain(length: int) -> bytes:
    """The catalog refers to an array that refers to an array ... ``length`` objects deep."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R /Junk 4 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]  # fmt: skip
    objects += [b"[%d 0 R]" % (5 + i) for i in range(length - 1)] + [b"[]"]
    return pdf(objects)


def nested_arrays(depth: int) -> bytes:
    """An array ``depth`` levels deep inside the catalog."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R /Junk " + b"[" * depth + b"]" * depth + b" >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])  # fmt: skip


def dense_pages(pages: int, groups: int) -> bytes:
    """``pages`` pages each drawing ``groups`` text groups (one shared content stream)."""
    return with_pages(pages, [flate(TEXT * groups)], 4, FONTS)
