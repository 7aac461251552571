"""Deterministic zip archives: fixed member times and permissions, members in the order given."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from imin_desktop.domain.files import atomic_write_bytes

# Every member carries this time, so the same content always zips to the same bytes.
FIXED_TIME = (2026, 1, 1, 0, 0, 0)

# Already-compressed content is stored, everything else deflated.
_STORED_SUFFIXES = (".pdf", ".png", ".zip", ".jpg", ".jpeg")


def zip_bytes(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of ``(name, data)`` members: no directory entries, Unix mode 0644, fixed times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            stored = name.lower().endswith(_STORED_SUFFIXES)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=None if stored else 6)
    return buffer.getvalue()


def normalise_zip(data: bytes, replacements: dict[str, tuple[str, str]] | None = None) -> bytes:
    """Rewrite a zip made by another library (openpyxl) so that it is byte-reproducible.

    ``replacements`` maps a member name to a ``(regex, replacement)`` applied to its text,
    e.g. to pin a timestamp the library wrote from the clock.
    """
    replacements = replacements or {}
    members = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            content = archive.read(name)
            if name in replacements:
                pattern, replacement = replacements[name]
                content = re.sub(pattern, replacement, content.decode("utf-8")).encode("utf-8")
            members.append((name, content))
    return zip_bytes(members)


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` atomically (a crash never leaves half a file) and return the path."""
    atomic_write_bytes(path, data)
    return Path(path)
