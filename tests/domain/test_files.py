"""Atomic writes: the temporary files of a killed writer are removed by the next write of the
same target; those of a live writer are left alone."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from imin_desktop.domain.files import atomic_path, atomic_write_bytes, remove_stale_parts

WRITER = """
import sys, time
from imin_desktop.domain.files import atomic_path
with atomic_path(sys.argv[1]) as tmp:
    tmp.write_bytes(b"half a report")
    print(tmp, flush=True)
    time.sleep(60)
"""


def start_writer(target: Path) -> tuple[subprocess.Popen[str], Path]:
    """A process in the middle of an atomic write of ``target``, and its temporary file."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    part = Path(writer.stdout.readline().strip())
    return writer, part


def test_a_killed_writers_part_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    writer, part = start_writer(target)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert writer.stdout is not None
    writer.stdout.close()
    assert part.exists() and not target.exists()

    atomic_write_bytes(target, b"%PDF-1.7 whole")

    assert target.read_bytes() == b"%PDF-1.7 whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_live_writers_part_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    writer, part = start_writer(target)
    try:
        removed = remove_stale_parts(target)
        atomic_write_bytes(target, b"%PDF-1.7 other")

        assert removed == []
        assert part.read_bytes() == b"half a report"
    finally:
        writer.kill()
        writer.wait()
        assert writer.stdout is not None
        writer.stdout.close()


def test_only_leftovers_of_the_same_target_are_removed(tmp_path: Path) -> None:
    mine = tmp_path / ".report.pdf.x1y2.part"
    other = tmp_path / ".results.xlsx.x1y2.part"
    lookalike = tmp_path / "report.pdf.part"
    for path in (mine, other, lookalike):
        path.write_bytes(b"")

    removed = remove_stale_parts(tmp_path / "report.pdf")

    assert removed == [mine]
    assert other.exists() and lookalike.exists()


def test_a_part_file_locked_in_this_process_is_not_removed(tmp_path: Path) -> None:
    target = tmp_path / "kit.iminkit"
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"in progress")
        assert remove_stale_parts(target) == []
        fd = os.open(tmp, os.O_RDONLY)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                locked = False
            except BlockingIOError:
                locked = True
        finally:
            os.close(fd)
        assert locked
    assert target.read_bytes() == b"in progress"
    assert [p.name for p in tmp_path.iterdir()] == ["kit.iminkit"]
    assert time.time() - target.stat().st_mtime < 60
