"""PNG images written by hand (zlib + struct): a chart-like cover picture per submission."""

from __future__ import annotations

import struct
import zlib

import numpy as np

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
COVER_WIDTH = 320
COVER_HEIGHT = 200


def _chunk(tag: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + tag
        + data
        + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    )


def encode_png(pixels: np.ndarray) -> bytes:
    """An 8-bit RGB PNG of ``pixels`` (height × width × 3, uint8); filter 0 on every row."""
    if pixels.ndim != 3 or pixels.shape[2] != 3 or pixels.dtype != np.uint8:
        raise ValueError("encode_png wants a height × width × 3 array of uint8")
    height, width = pixels.shape[:2]
    rows = np.zeros((height, width * 3 + 1), dtype=np.uint8)
    rows[:, 1:] = pixels.reshape(height, width * 3)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows.tobytes(), 6))
        + _chunk(b"IEND", b"")
    )


def cover_pixels(seed: int, width: int = COVER_WIDTH, height: int = COVER_HEIGHT) -> np.ndarray:
    """A gradient background, a bar chart and a trend line, all varied by ``seed``."""
    rng = np.random.default_rng(seed)
    top, bottom = rng.integers(40, 230, size=(2, 3))
    t = np.linspace(0.0, 1.0, height)[:, None, None]
    shade = np.linspace(0.85, 1.0, width)[None, :, None]
    image = (top * (1 - t) + bottom * t) * shade

    bars = int(rng.integers(4, 9))
    bar_color = rng.integers(0, 256, size=3)
    slot = (width - 40) // bars
    heights = rng.uniform(0.2, 0.85, size=bars) * (height - 40)
    for i, bar_height in enumerate(heights):
        x0 = 20 + i * slot + slot // 6
        x1 = 20 + (i + 1) * slot - slot // 6
        image[height - 20 - int(bar_height) : height - 20, x0:x1] = bar_color

    line_color = 255 - bar_color
    xs = np.arange(20, width - 20)
    walk = np.cumsum(rng.normal(0.0, 2.0, size=xs.size)) + rng.uniform(40, height - 60)
    ys = np.clip(walk, 10, height - 12).astype(int)
    for dy in (-1, 0, 1):
        image[ys + dy, xs] = line_color

    image[height - 20 : height - 18, 10 : width - 10] = 30  # x axis
    pixels: np.ndarray = np.clip(image, 0, 255).astype(np.uint8)
    return pixels


def cover_png(seed: int) -> bytes:
    """The ``media/cover.png`` attachment of a generated submission."""
    return encode_png(cover_pixels(seed))
