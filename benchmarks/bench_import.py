"""Benchmark: importing the reference scale's 2,000 submission packages.

Floor: reading every package zip, inflating its members, hashing them with SHA-256 and
copying the bytes into a fresh SQLite table — the bare work the import cannot avoid.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate
from imin_desktop.services import events, submissions

OUT = Path(__file__).resolve().parent / "out"


def data(scale: str = "reference", seed: int = 1) -> Path:
    folder = OUT / scale
    generate(folder, scale, seed, workers=2)
    return folder


def floor(packages: list[Path], target: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, data BLOB)")
    for path in packages:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                content = zf.read(info)
                conn.execute(
                    "INSERT OR IGNORE INTO blobs VALUES (?, ?)",
                    (hashlib.sha256(content).hexdigest(), content),
                )
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def run(scale: str = "reference") -> list[tuple[str, float, float]]:
    folder = data(scale)
    packages = sorted((folder / "packages").glob("*.zip"))
    work = Path(tempfile.mkdtemp(prefix="imin-bench-"))
    try:
        floor_seconds = floor(packages, work / "floor.sqlite")
        db = events.create_event(
            work / "bench.imin", "Benchmark", folder / "rubric.json", actor="bench"
        )
        try:
            start = time.perf_counter()
            report = submissions.import_submissions(db, [folder / "packages"], actor="bench")
            seconds = time.perf_counter() - start
        finally:
            db.dispose()
        assert len(report.added) == len(packages)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [(f"import {len(packages)} submission packages", seconds, floor_seconds)]


if __name__ == "__main__":
    for step, seconds, floor_s in run(sys.argv[1] if len(sys.argv) > 1 else "reference"):
        print(f"{step}: {seconds:.2f} s (floor {floor_s:.2f} s, ratio {seconds / floor_s:.1f})")
