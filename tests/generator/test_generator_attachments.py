"""Attachments are real files: a PDF that pypdf reads, a PNG whose chunks check out."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from pypdf import PdfReader

from imin_desktop.generator import GeneratedSubmission
from imin_desktop.generator.png import PNG_SIGNATURE, encode_png


def _pdf(sub: GeneratedSubmission) -> bytes:
    return sub.attachment_bytes(sub.attachments[0])


def _png(sub: GeneratedSubmission) -> bytes:
    return sub.attachment_bytes(sub.attachments[1])


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == PNG_SIGNATURE
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        tag = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(tag + body) & 0xFFFFFFFF
        chunks.append((tag, body))
        offset += 12 + length
    return chunks


def test_pitch_deck_is_a_readable_pdf_of_two_to_four_pages(subs: list[GeneratedSubmission]) -> None:
    for sub in subs:
        reader = PdfReader(io.BytesIO(_pdf(sub)))

        assert 2 <= len(reader.pages) <= 4
        assert reader.metadata is not None and reader.metadata.title == sub.title_pair[0]


def test_pitch_deck_text_is_bilingual_with_accents(subs: list[GeneratedSubmission]) -> None:
    sub = subs[0]
    reader = PdfReader(io.BytesIO(_pdf(sub)))

    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert " ".join(sub.title_pair[1].split()) in flat
    assert "O problema / The problem" in flat or "A solução / The solution" in flat
    assert set("çãé") <= set(text)
    assert sub.team[0].name in flat


def test_pitch_decks_weigh_about_fifty_kilobytes(subs: list[GeneratedSubmission]) -> None:
    sizes = [len(_pdf(sub)) for sub in subs]

    assert all(40_000 <= size <= 75_000 for size in sizes), sizes


def test_pitch_decks_differ_between_submissions(subs: list[GeneratedSubmission]) -> None:
    assert len({_pdf(sub) for sub in subs}) == len(subs)


def test_pitch_deck_is_byte_identical_when_rendered_again(
    subs: list[GeneratedSubmission],
) -> None:
    assert _pdf(subs[1]) == _pdf(subs[1])


def test_cover_is_a_320_by_200_rgb_png(subs: list[GeneratedSubmission]) -> None:
    chunks = _chunks(_png(subs[0]))

    tags = [tag for tag, _ in chunks]
    assert tags == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(
        ">IIBBBBB", chunks[0][1]
    )
    assert (width, height, depth, colour) == (320, 200, 8, 2)
    assert (compression, filtering, interlace) == (0, 0, 0)
    raw = zlib.decompress(chunks[1][1])
    assert len(raw) == height * (1 + width * 3)
    assert all(raw[row * (1 + width * 3)] == 0 for row in range(height))


def test_covers_differ_between_submissions(subs: list[GeneratedSubmission]) -> None:
    assert len({_png(sub) for sub in subs}) == len(subs)


def test_encode_png_round_trips_the_pixels() -> None:
    pixels = np.arange(4 * 5 * 3, dtype=np.uint8).reshape(4, 5, 3)

    chunks = dict(_chunks(encode_png(pixels)))

    rows = np.frombuffer(zlib.decompress(chunks[b"IDAT"]), dtype=np.uint8).reshape(4, 16)
    assert rows[:, 1:].reshape(4, 5, 3).tolist() == pixels.tolist()


def test_encode_png_refuses_anything_but_rgb_bytes() -> None:
    with pytest.raises(ValueError):
        encode_png(np.zeros((4, 5), dtype=np.uint8))
