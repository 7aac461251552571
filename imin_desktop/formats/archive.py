"""Reading untrusted zip archives safely: no escaping paths, no links, no bombs.

Used by every format that is a zip (juror kits, submission packages and batches).
Nothing here extracts to disk: callers read members into memory with ``read_member``,
after ``safe_members`` has checked every entry of the archive's directory.

Checked for every entry, before anything is read:

- the name is a plain relative path: not empty, no ``..``, ``.`` or empty components,
  not absolute (``/x``), no drive letter (``C:x``), no backslash, no control characters;
- no two entries share a name;
- it is a regular file or a folder (symbolic links and other special files are refused,
  judged by the Unix mode in ``external_attr``), not password-protected, and compressed
  with a method Python reads (stored, deflate, bzip2, lzma);
- its expanded size, the archive's total expanded size, its compression ratio and the
  number of entries stay within ``ArchiveLimits``.

``read_member`` never returns more than the size the directory declared (``zipfile`` stops
there and checks the CRC), so the declared sizes checked above bound the memory used.
"""

from __future__ import annotations

import io
import lzma
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.text import _

MIB = 1024 * 1024
GIB = 1024 * MIB

READABLE_METHODS = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class ArchiveLimits:
    """How far an archive may expand. The defaults are the product's documented limits."""

    max_file_size: int = 200 * MIB
    """Largest expanded size of one member."""
    max_total_size: int = 2 * GIB
    """Largest sum of the expanded sizes of all members."""
    max_ratio: int = 100
    """Largest expanded-to-compressed ratio of one member (100 means 100:1) ..."""
    ratio_floor: int = 1 * MIB
    """... checked only for members that expand to more than this (small files may compress
    extremely well and do no harm)."""
    max_members: int = 50_000
    """Most entries (files and folders) in the archive's directory."""


DEFAULT_LIMITS = ArchiveLimits()


def open_zip(source: bytes | Path, file_name: str) -> zipfile.ZipFile:
    """Open a zip from bytes in memory or from a path; ``InputError`` when it is not one.

    The caller closes it (``with open_zip(...) as zf:``).
    """
    try:
        return zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except FileNotFoundError:
        raise InputError(file_name, "", _("file not found")) from None
    except IsADirectoryError:
        raise InputError(file_name, "", _("is a folder, not a file")) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise InputError(
            file_name, "", _("not a zip archive, or a damaged one ({detail})").format(detail=exc)
        ) from None
    except (OSError, NotImplementedError, RuntimeError) as exc:
        raise InputError(
            file_name, "", _("cannot be read as a zip archive ({detail})").format(detail=exc)
        ) from None


def check_member_name(name: str, file_name: str, *, is_dir: bool = False) -> str:
    """Return ``name`` when it is a plain relative path inside the archive, else refuse it."""
    where = repr(name)[:200]

    def refuse(message: str) -> InputError:
        return InputError(file_name, where, message)

    body = name[:-1] if is_dir and name.endswith("/") else name
    if not body:
        raise refuse(_("an archive member has an empty name"))
    if _CONTROL.search(body):
        raise refuse(_("the name holds control characters"))
    if "\\" in body:
        raise refuse(_("the name holds a backslash; archive paths use '/'"))
    if body.startswith("/"):
        raise refuse(_("absolute path: archive members must stay inside the archive"))
    if _DRIVE.match(body):
        raise refuse(_("path with a drive letter: archive members must stay inside the archive"))
    parts = body.split("/")
    if ".." in parts:
        raise refuse(_("path with '..': archive members must stay inside the archive"))
    if any(part in ("", ".") for part in parts):
        raise refuse(_("the path has an empty or '.' component"))
    return name


def _kind(info: zipfile.ZipInfo) -> int:
    """The file-type bits of the member's Unix mode (0 when the archiver recorded none)."""
    return stat.S_IFMT(info.external_attr >> 16)


def safe_members(
    zf: zipfile.ZipFile, file_name: str, limits: ArchiveLimits = DEFAULT_LIMITS
) -> list[zipfile.ZipInfo]:
    """Check every entry of ``zf``; return its files (folders left out), in archive order.

    Raises ``InputError`` naming the file, the member and the problem at the first entry
    that breaks a rule, before any content is read.
    """
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise InputError(
            file_name,
            "",
            _("the archive holds {count} entries, more than the limit of {limit}").format(
                count=len(infos), limit=limits.max_members
            ),
        )
    seen: set[str] = set()
    files: list[zipfile.ZipInfo] = []
    total = 0
    for info in infos:
        kind = _kind(info)
        is_dir = info.is_dir() or kind == stat.S_IFDIR
        name = check_member_name(info.filename, file_name, is_dir=is_dir)
        where = repr(name)[:200]

        def refuse(message: str, where: str = where) -> InputError:
            return InputError(file_name, where, message)

        if name in seen:
            raise refuse(_("the archive holds two members with this name"))
        seen.add(name)
        if kind == stat.S_IFLNK:
            raise refuse(_("symbolic links are not accepted in archives"))
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise refuse(_("not a regular file (a device, pipe or socket entry)"))
        if is_dir:
            continue
        if info.flag_bits & 0x1:
            raise refuse(_("password-protected archive members are not accepted"))
        if info.compress_type not in READABLE_METHODS:
            raise refuse(
                _("compressed with method {method}, which this program cannot read").format(
                    method=info.compress_type
                )
            )
        size = info.file_size
        if size > limits.max_file_size:
            raise refuse(
                _("expands to {size} bytes, more than the limit of {limit} per file").format(
                    size=size, limit=limits.max_file_size
                )
            )
        if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise refuse(
                _(
                    "compression ratio {ratio}:1 is above the limit of {limit}:1 "
                    "(a possible zip bomb)"
                ).format(ratio=ratio, limit=limits.max_ratio)
            )
        total += size
        if total > limits.max_total_size:
            raise refuse(
                _("the archive expands to more than the limit of {limit} bytes in all").format(
                    limit=limits.max_total_size
                )
            )
        files.append(info)
    return files


def read_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str, limit: int | None = None
) -> bytes:
    """The member's content, checked against its CRC; ``InputError`` when damaged or too big.

    ``limit`` optionally caps the size below the archive limits (e.g. for a JSON document).
    """
    where = repr(info.filename)[:200]
    if limit is not None and info.file_size > limit:
        raise InputError(
            file_name,
            where,
            _("is {size} bytes, more than the limit of {limit}").format(
                size=info.file_size, limit=limit
            ),
        )
    try:
        with zf.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        lzma.LZMAError,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise InputError(
            file_name, where, _("damaged archive member ({detail})").format(detail=exc)
        ) from None
    if len(data) != info.file_size:
        raise InputError(
            file_name, where, _("damaged archive member (its size differs from the directory)")
        )
    return data
