"""Floors: the bare libraries doing the same work as a step, each run as its own process.

A floor is what the step would cost with nothing of the program around it: the interpreter
starting, the library reading or writing the same amount of data. Each function here is run as
``python -m benchmarks.floors NAME FOLDER [ARG]`` so that its figure includes start-up, like
the command it stands beside.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path


def startup(_folder: Path, _arg: str) -> None:
    """The interpreter alone (beside ``imin --version`` and ``imin event show``)."""


def packages(folder: Path, _arg: str) -> None:
    """Inflate every package member, hash it and copy it into a SQLite file."""
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(Path(tmp) / "floor.sqlite")
        db.execute("CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, data BLOB)")
        for path in sorted((folder / "packages").glob("*.zip")):
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    data = zf.read(info)
                    digest = hashlib.sha256(data).hexdigest()
                    db.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?)", (digest, data))
        db.commit()
        db.close()


def kits(folder: Path, _arg: str) -> None:
    """Zip the same members the kits hold (read from the issued kits)."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((folder / "kits").glob("*.iminkit")):
            with zipfile.ZipFile(path) as zf, zipfile.ZipFile(Path(tmp) / path.name, "w") as out:
                for info in zf.infolist():
                    out.writestr(info.filename, zf.read(info), compress_type=info.compress_type)


def scorefiles(folder: Path, _arg: str) -> None:
    """Parse every score file and compute one HMAC over its bytes."""
    for path in sorted((folder / "scores").glob("*")):
        data = path.read_bytes()
        json.loads(data)
        hmac.new(b"k" * 32, data, "sha256").hexdigest()


def results(folder: Path, _arg: str) -> None:
    """numpy: read every score and take each submission's mean per criterion."""
    import numpy as np

    db = sqlite3.connect(f"file:{folder / 'full.imin'}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT r.submission_id, s.value FROM scores s JOIN reviews r ON r.id = s.review_id "
        "WHERE s.value IS NOT NULL"
    ).fetchall()
    db.close()
    ids = np.array([r[0] for r in rows])
    values = np.array([float(r[1]) for r in rows])
    np.bincount(ids, weights=values) / np.maximum(np.bincount(ids), 1)


def workbook(folder: Path, arg: str) -> None:
    """openpyxl in write-only mode writing as many cells as the program's workbook has."""
    from openpyxl import Workbook

    cells = int(arg)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("floor")
    row = [1.5] * 20
    for _ in range(cells // 20):
        sheet.append(row)
    with tempfile.TemporaryDirectory() as tmp:
        book.save(Path(tmp) / "floor.xlsx")


def _pages(count: int, target: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    text = ("A plain paragraph of evaluation text, as long as a juror's comment usually is, "
            "with nothing but words to lay out. ") * 3  # fmt: skip
    story = []
    for _ in range(count):
        story += [Paragraph(text, style) for _ in range(12)] + [PageBreak()]
    SimpleDocTemplate(str(target)).build(story)


def report(folder: Path, arg: str) -> None:
    """reportlab platypus: as many pages of plain paragraphs as the program's report has."""
    with tempfile.TemporaryDirectory() as tmp:
        _pages(int(arg), Path(tmp) / "floor.pdf")


def letters(folder: Path, arg: str) -> None:
    """reportlab platypus: one single-page PDF of plain paragraphs per submission."""
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(int(arg)):
            _pages(1, Path(tmp) / f"{n}.pdf")


FLOORS = {f.__name__: f for f in (startup, packages, kits, scorefiles, results, workbook,
                                  report, letters)}  # fmt: skip

if __name__ == "__main__":
    FLOORS[sys.argv[1]](Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "")
