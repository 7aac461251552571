"""Atomic file writing: a crash never leaves a half file under the real name.

A writer writes to ``.NAME.<random>.part`` beside the target, fsyncs it and renames it into
place. While it writes it holds an advisory lock (``flock``) on that temporary file; the lock
ends with the process, however it ends. So the next write of the same target can tell a
leftover of a killed writer (no lock held: removed) from the work of a live one (locked:
left alone). Where ``flock`` does not exist (Windows), leftovers older than a day are removed.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STALE_AFTER = 24 * 3600
"""Seconds after which a leftover is stale where locks cannot tell (no ``flock``)."""


def _umask() -> int:
    """The process's file-creation mask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _unlocked(fd: int) -> bool:
    """Whether no live writer holds the temporary file open with ``fd`` (by its lock)."""
    if fcntl is None:  # pragma: no cover - Windows
        return time.time() - os.fstat(fd).st_mtime > STALE_AFTER
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def remove_stale_parts(target: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that killed writers of ``target`` left beside it; return them."""
    target = Path(target)
    removed: list[Path] = []
    pattern = str(target.parent / f".{glob.escape(target.name)}.*.part")
    for name in glob.glob(pattern):
        part = Path(name)
        try:
            fd = os.open(part, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:  # gone already, a link, or not ours to read
            continue
        try:
            if _unlocked(fd):
                part.unlink()
                removed.append(part)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def created_file_mode() -> int:
    """The permissions a newly created file gets here (0o666 less the umask)."""
    return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; move it into place when the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        remove_stale_parts(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    if fcntl is None:  # pragma: no cover - Windows cannot rename a file that is open
        os.close(fd)
        fd = -1
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # held until the file is in place or removed
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, created_file_mode())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if fd >= 0:
            os.close(fd)


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
