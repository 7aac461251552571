"""Reading untrusted zip archives safely (no escaping paths, no links, no bombs), and
sealing an archive under a passphrase (scrypt + AES-256-GCM).

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
  number of entries stay within ``ArchiveLimits``. The ratio rule holds for every member,
  whatever its size: a member may expand to 100 times its compressed size plus 4 KiB (the
  allowance lets a tiny file that compresses very well through, and bounds what it gains).

``read_member`` never returns more than the size the directory declared (``zipfile`` stops
there and checks the CRC), so the declared sizes checked above bound the memory used.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import lzma
import os
import re
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from imin_desktop.domain.canonical import canonical_json
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.text import _
from imin_desktop.formats.base import JsonLimits, Node, load_json

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

    max_file_size: int = 100 * MIB
    """Largest expanded size of one member."""
    max_total_size: int = 2 * GIB
    """Largest sum of the expanded sizes of all members."""
    max_ratio: int = 100
    """Largest expanded-to-compressed ratio of any member (100 means 100:1) ..."""
    ratio_allowance: int = 4 * 1024
    """... plus this many bytes a member may expand to beyond ``max_ratio`` times its
    compressed size (a few KiB of blank text compress better than 100:1)."""
    max_members: int = 50_000
    """Most entries (files and folders) in the archive's directory."""


DEFAULT_LIMITS = ArchiveLimits()


class MemberError(InputError):
    """An archive member refused; ``member`` is its name inside the archive, so a caller
    that knows which submission the member belongs to can say so."""

    def __init__(self, file: str, location: str, message: str, member: str) -> None:
        super().__init__(file, location, message)
        self.member = member


def open_zip(source: bytes | Path | IO[bytes], file_name: str) -> zipfile.ZipFile:
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
        return MemberError(file_name, where, message, name)

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


def check_member(
    info: zipfile.ZipInfo, file_name: str, limits: ArchiveLimits = DEFAULT_LIMITS
) -> bool:
    """Check one directory entry on its own (name, kind, encryption, method, size, ratio).

    Returns True for a file, False for a folder; raises ``MemberError`` when it breaks a rule.
    """
    kind = _kind(info)
    # Not ``info.is_dir()``: it fails with IndexError on an empty name.
    is_dir = info.filename.endswith("/") or kind == stat.S_IFDIR
    name = check_member_name(info.filename, file_name, is_dir=is_dir)

    def refuse(message: str) -> InputError:
        return MemberError(file_name, repr(name)[:200], message, name)

    if kind == stat.S_IFLNK:
        raise refuse(_("symbolic links are not accepted in archives"))
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise refuse(_("not a regular file (a device, pipe or socket entry)"))
    if is_dir:
        return False
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
    if size > limits.max_ratio * info.compress_size + limits.ratio_allowance:
        ratio = size // max(info.compress_size, 1)
        raise refuse(
            _(
                "compression ratio {ratio}:1 is above the limit of {limit}:1 (a possible zip bomb)"
            ).format(ratio=ratio, limit=limits.max_ratio)
        )
    return True


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
        if info.filename in seen:
            raise MemberError(
                file_name,
                repr(info.filename)[:200],
                _("the archive holds two members with this name"),
                info.filename,
            )
        seen.add(info.filename)
        if not check_member(info, file_name, limits):
            continue
        total += info.file_size
        if total > limits.max_total_size:
            raise MemberError(
                file_name,
                repr(info.filename)[:200],
                _("the archive expands to more than the limit of {limit} bytes in all").format(
                    limit=limits.max_total_size
                ),
                info.filename,
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


@contextlib.contextmanager
def spool_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str) -> Iterator[IO[bytes]]:
    """The member's content in an anonymous temporary file (a nested zip, say), copied in
    chunks so it is never all in memory; ``InputError`` when it is damaged."""
    where = repr(info.filename)[:200]
    with tempfile.TemporaryFile() as spool:
        try:
            with zf.open(info) as handle:
                copied = 0
                while chunk := handle.read(1024 * 1024):
                    copied += len(chunk)
                    if copied > info.file_size:
                        break
                    spool.write(chunk)
        except (
            zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
            NotImplementedError, RuntimeError, ValueError,
        ) as exc:  # fmt: skip
            raise InputError(
                file_name, where, _("damaged archive member ({detail})").format(detail=exc)
            ) from None
        if copied != info.file_size:
            raise InputError(
                file_name, where, _("damaged archive member (its size differs from the directory)")
            )
        spool.seek(0)
        yield spool


# -- passphrase-sealed archives ---------------------------------------------------------
#
# A sealed archive is ``magic`` (an ASCII line ending in "\n"), one JSON header line
#   {"kdf":"scrypt","n":N,"r":R,"p":P,"salt":B64,"nonce":B64,"cipher":"AES-256-GCM"}
# ending in "\n", then the AES-256-GCM ciphertext (with its 16-byte tag) of the archive.
# The key is scrypt(NFC-normalised UTF-8 passphrase, salt, N, R, P, 32 bytes); the associated
# data is every byte before the ciphertext (both lines), so the header cannot be altered.

CIPHER = "AES-256-GCM"
SCRYPT_N = 2**17  # OWASP's recommendation with r=8, p=1: 128 MiB and ~0.35 s per seal
SCRYPT_R = 8
SCRYPT_P = 1
MAX_SCRYPT_MEMORY = 256 * MIB  # 128 * n * r: more is refused when unsealing
MAX_SCRYPT_WORK = 2**23  # n * r * p: more is refused when unsealing
MAX_HEADER = 4096


class PassphraseRequired(InputError):
    """The file is sealed and no passphrase was given: ask the user for one."""


class WrongPassphrase(InputError):
    """The passphrase does not open the file (or the sealed file is damaged)."""


@dataclass(frozen=True)
class SealHeader:
    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    length: int
    """Bytes from the start of the file to the ciphertext: the associated data."""


def base64_bytes(node: Node, lo: int, hi: int) -> bytes:
    """Strict base64 text decoding to ``lo``–``hi`` bytes."""
    try:
        value = base64.b64decode(node.string(max_len=4096).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise node.error(_("expected base64 text")) from None
    if not lo <= len(value) <= hi:
        raise node.error(
            _("expected {lo}–{hi} bytes, found {n}").format(lo=lo, hi=hi, n=len(value))
        )
    return value


def _passphrase_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def seal(plain: bytes, passphrase: str, magic: bytes, *, scrypt_n: int = SCRYPT_N) -> bytes:
    """``plain`` encrypted under ``passphrase``, as a sealed file starting with ``magic``."""
    if not passphrase:
        raise ValueError("an empty passphrase does not protect anything")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "kdf": "scrypt",
        "n": scrypt_n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "cipher": CIPHER,
    }
    head = magic + canonical_json(header) + b"\n"
    key = _passphrase_key(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    return head + AESGCM(key).encrypt(nonce, plain, head)


def _small_int(node: Node, lo: int, hi: int) -> int:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise node.error(_("expected a whole number from {lo} to {hi}").format(lo=lo, hi=hi))
    return value


def read_seal_header(data: bytes, magic: bytes, file: str) -> SealHeader:
    """Parse and check the header of a sealed file (its KDF cost is bounded)."""
    if not data.startswith(magic):
        raise InputError(file, "", _("not a sealed file"))
    end = data.find(b"\n", len(magic), len(magic) + MAX_HEADER)
    if end < 0:
        raise InputError(file, "header", _("the encryption header line is missing or too long"))
    header = load_json(
        data[len(magic) : end], f"{file} (header)", JsonLimits(MAX_HEADER, 100, max_depth=2)
    )
    node = Node(file, "header", header).obj()
    if node.require("kdf", Node.string) != "scrypt":
        raise node.child("kdf").error(_("unknown key derivation; expected scrypt"))
    if node.require("cipher", Node.string) != CIPHER:
        raise node.child("cipher").error(_("unknown cipher; expected AES-256-GCM"))
    n = node.require("n", lambda x: _small_int(x, 2, 2**24))
    if n & (n - 1):
        raise node.child("n").error(_("must be a power of two"))
    r = node.require("r", lambda x: _small_int(x, 1, 64))
    p = node.require("p", lambda x: _small_int(x, 1, 64))
    if 128 * n * r > MAX_SCRYPT_MEMORY or n * r * p > MAX_SCRYPT_WORK:
        raise node.error(_("the key derivation asks for more memory or time than allowed"))
    return SealHeader(
        n=n,
        r=r,
        p=p,
        salt=node.require("salt", lambda x: base64_bytes(x, 8, 1024)),
        nonce=node.require("nonce", lambda x: base64_bytes(x, 12, 12)),
        length=end + 1,
    )


def unseal(data: bytes, passphrase: str, magic: bytes, file: str, what: str = "") -> bytes:
    """The plain content of a sealed file; ``WrongPassphrase`` when it does not open.

    ``what`` names the thing in the message: "wrong passphrase (or the kit is damaged)".
    """
    header = read_seal_header(data, magic, file)
    key = _passphrase_key(passphrase, header.salt, header.n, header.r, header.p)
    view = memoryview(data)  # no copy of the ciphertext: only it and the plain text in memory
    try:
        return AESGCM(key).decrypt(header.nonce, view[header.length :], view[: header.length])
    except (InvalidTag, ValueError, OverflowError):
        raise WrongPassphrase(
            file,
            "",
            _("wrong passphrase (or the {what} is damaged)").format(what=what or _("file")),
        ) from None
