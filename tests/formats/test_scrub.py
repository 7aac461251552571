"""Removing document metadata: real PDFs (reportlab, pypdf) and images (Pillow) carrying
metadata are cleaned and read back by the same libraries, which find none of it left."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    StreamObject,
    TextStringObject,
)
from reportlab.pdfgen.canvas import Canvas

from imin_desktop.formats.scrub import (
    PNG_SIGNATURE,
    ScrubError,
    scrub,
    scrub_jpeg,
    scrub_pdf,
    scrub_png,
)

AUTHOR = "Conceição Gião"
SECRETS = [AUTHOR, "ULS São João", "Equipa Gião", "gião-keywords", "Gião Producer", "Gião Creator"]


def _xmp(text: str) -> StreamObject:
    stream = StreamObject()
    stream.set_data(f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{text}</dc:creator>'
                    "</x:xmpmeta>".encode())  # fmt: skip
    stream.update(
        {NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")}
    )
    return stream


def pdf_with_metadata() -> bytes:
    """A two-page reportlab PDF with every kind of metadata a blind kit must not carry:
    the Info dictionary, XMP on the catalog and on a page, and an annotation's author."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setAuthor(AUTHOR)
    canvas.setTitle("Equipa Gião")
    canvas.setSubject("ULS São João")
    canvas.setKeywords("gião-keywords")
    canvas.setCreator("Gião Creator")
    canvas.setProducer("Gião Producer")
    canvas.drawString(72, 720, "Remote triage for rural health centres")
    canvas.showPage()
    canvas.drawString(72, 720, "Second page of the pitch")
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.root_object[NameObject("/Metadata")] = writer._add_object(_xmp(AUTHOR))
    page = writer.pages[1]
    page[NameObject("/Metadata")] = writer._add_object(_xmp("ULS São João"))
    note = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 30, 30)]),
        NameObject("/T"): TextStringObject(AUTHOR),
        NameObject("/Contents"): TextStringObject("Looks good"),
    })  # fmt: skip
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(note)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encoded(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-be")]


def test_scrub_pdf_removes_info_xmp_and_annotation_authors() -> None:
    original = pdf_with_metadata()
    before = PdfReader(io.BytesIO(original))
    assert before.metadata is not None and before.metadata.author == AUTHOR
    assert any(s in original for s in _encoded(AUTHOR))

    cleaned = scrub_pdf(original)

    after = PdfReader(io.BytesIO(cleaned))
    assert after.metadata is None
    assert after.xmp_metadata is None
    assert "/Metadata" not in after.pages[1]
    annotation = after.pages[1]["/Annots"][0].get_object()
    assert "/T" not in annotation
    assert annotation["/Contents"] == "Looks good"
    assert [s for s in SECRETS for form in _encoded(s) if form in cleaned] == []
    assert b"xmpmeta" not in cleaned


def test_scrub_pdf_keeps_every_page_and_its_text() -> None:
    original = pdf_with_metadata()

    cleaned = scrub_pdf(original)

    texts = [p.extract_text().strip() for p in PdfReader(io.BytesIO(cleaned)).pages]
    assert texts == [p.extract_text().strip() for p in PdfReader(io.BytesIO(original)).pages]
    assert texts == ["Remote triage for rural health centres", "Second page of the pitch"]


def test_scrub_pdf_gives_the_same_bytes_every_time() -> None:
    original = pdf_with_metadata()

    assert scrub_pdf(original) == scrub_pdf(original)


def test_scrub_pdf_not_a_pdf_is_refused() -> None:
    with pytest.raises(ScrubError) as caught:
        scrub_pdf(b"%PDF-1.4\n% not really\n%%EOF\n")

    assert str(caught.value).startswith("not a readable PDF")


def test_scrub_pdf_encrypted_is_refused() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_metadata())))
    writer.encrypt("owner-and-user")
    out = io.BytesIO()
    writer.write(out)

    with pytest.raises(ScrubError) as caught:
        scrub_pdf(out.getvalue())

    assert str(caught.value) == "the PDF is encrypted"


# -- PNG ------------------------------------------------------------------------------------


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def _chunks(data: bytes) -> list[bytes]:
    tags, pos = [], len(PNG_SIGNATURE)
    while pos < len(data):
        length, tag = struct.unpack(">I4s", data[pos : pos + 8])
        tags.append(tag)
        pos += 12 + length
    return tags


def png_with_metadata() -> bytes:
    """A Pillow PNG with tEXt, iTXt, zTXt, eXIf and tIME chunks and bytes after IEND."""
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", AUTHOR)
    info.add_itxt("Description", "ULS São João")
    info.add_text("Comment", "Equipa Gião", zip=True)
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = AUTHOR  # Artist
    Image.new("RGB", (4, 3), (200, 30, 60)).save(buffer, "PNG", pnginfo=info, exif=exif)
    data = buffer.getvalue()
    end = data.rindex(b"IEND") - 4
    return data[:end] + _chunk(b"tIME", b"\x07\xea\x0c\x06\x14\x00\x00") + data[end:] + b"trailing"


def test_scrub_png_keeps_the_picture_and_drops_text_exif_and_time() -> None:
    original = png_with_metadata()
    assert {b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME"} <= set(_chunks(original[:-8]))

    cleaned = scrub_png(original)

    assert _chunks(cleaned) == [b"IHDR", b"IDAT", b"IEND"]
    image = Image.open(io.BytesIO(cleaned))
    assert image.text == {}
    assert dict(image.getexif()) == {}
    assert image.tobytes() == Image.open(io.BytesIO(original)).tobytes()
    assert [s for s in SECRETS for form in _encoded(s) if form in cleaned] == []


@pytest.mark.parametrize(
    "data",
    [b"GIF89a", PNG_SIGNATURE + b"\x00\x00", PNG_SIGNATURE + _chunk(b"IHDR", b"x" * 13)[:-3]],
    ids=["not a png", "cut in a header", "cut in a chunk"],
)
def test_scrub_png_damaged_file_is_refused(data: bytes) -> None:
    with pytest.raises(ScrubError):
        scrub_png(data)


# -- JPEG -----------------------------------------------------------------------------------


def jpeg_with_metadata(*, progressive: bool = False) -> bytes:
    """A Pillow JPEG with EXIF (APP1), an XMP packet (APP1), IPTC (APP13) and a comment."""
    exif = Image.Exif()
    exif[0x013B] = AUTHOR  # Artist
    buffer = io.BytesIO()
    image = Image.new("RGB", (16, 16), (20, 120, 220))
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{AUTHOR}</dc:creator></x:xmpmeta>'
    image.save(buffer, "JPEG", exif=exif, comment="Equipa Gião".encode(), xmp=xmp.encode(),
               progressive=progressive)  # fmt: skip
    data = buffer.getvalue()
    iptc = b"Photoshop 3.0\x00" + "ULS São João".encode()
    app13 = b"\xff\xed" + struct.pack(">H", len(iptc) + 2) + iptc
    return data[:2] + app13 + data[2:] + b"after the end"


def _markers(data: bytes) -> list[int]:
    found, pos = [], 2
    while data[pos + 1] != 0xDA:
        found.append(data[pos + 1])
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return found


@pytest.mark.parametrize("progressive", [False, True], ids=["baseline", "progressive"])
def test_scrub_jpeg_drops_exif_xmp_iptc_and_comments(progressive: bool) -> None:
    original = jpeg_with_metadata(progressive=progressive)
    assert {0xE1, 0xED, 0xFE} <= set(_markers(original))

    cleaned = scrub_jpeg(original)

    assert not {0xE1, 0xED, 0xFE} & set(_markers(cleaned))
    assert cleaned.endswith(b"\xff\xd9")
    image = Image.open(io.BytesIO(cleaned))
    assert dict(image.getexif()) == {}
    assert "comment" not in image.info
    assert image.tobytes() == Image.open(io.BytesIO(original)).tobytes()
    assert [s for s in SECRETS for form in _encoded(s) if form in cleaned] == []


@pytest.mark.parametrize(
    "data", [b"\xff\xd8\xff\xe1\x00", b"\xff\xd8\x00\x00", b"\xff\xd8\xff\xda\x00\x02abc"],
    ids=["cut in a segment", "no marker", "no end of image"],
)  # fmt: skip
def test_scrub_jpeg_damaged_file_is_refused(data: bytes) -> None:
    with pytest.raises(ScrubError):
        scrub_jpeg(data)


def test_scrub_other_media_types_come_back_unchanged() -> None:
    assert scrub(b"plain words", "text/plain") == b"plain words"


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["application/pdf", "image/png", "image/jpeg"]),
    st.binary(max_size=300),
    st.sampled_from([b"", b"%PDF-1.4\n", PNG_SIGNATURE, b"\xff\xd8"]),
)
def test_scrub_random_bytes_give_bytes_or_one_scrub_error(
    media_type: str, tail: bytes, head: bytes
) -> None:
    try:
        result = scrub(head + tail, media_type)
    except ScrubError:
        return
    assert isinstance(result, bytes)
