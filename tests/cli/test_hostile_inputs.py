"""The attacks of a hostile-input review, rerun against the installed ``imin`` in a child
process: each is refused clearly (or handled), the child's peak memory stays well under the
600 MB every command promises, and the event is unchanged.

Attack files are made of repeated bytes, so they are built in milliseconds and compress to
almost nothing, however large they claim to be.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import iterdump
from logistics_factories import LogisticsEvent, complete_entry, prepared_event, write_scores
from processes import Finished, run_imin

from imin_desktop.services import sheets

MIB = 1024 * 1024
PEAK_MB = 300
"""Well under the promised 600 MB: a refused attack costs little more than start-up."""


@pytest.fixture
def event(tmp_path: Path) -> Iterator[LogisticsEvent]:
    ev = prepared_event(tmp_path / "event", issue_kits=True, submissions_count=6,
                        jurors_count=3)  # fmt: skip
    yield ev
    ev.db.dispose()


def refused(run: Finished) -> str:
    """The refusal's text; the run was refused with exit 1, no traceback and no crash."""
    assert run.code == 1, (run.code, run.out, run.err)
    assert "Traceback" not in run.err and "internal error" not in run.err
    return run.out + run.err


# --- a score file of 50 MB of nested empty lists under an unknown key --------------------------


def score_file_with(event: LogisticsEvent, tmp_path: Path, padding: bytes) -> Path:
    """J01's real signed score file with ``"padding": <padding>`` added (signature now void)."""
    kit = event.kits["J01"]
    sid = event.assignments()["J01"][0]
    real = write_scores(kit, [complete_entry(sid)], 1, tmp_path / "real")
    body = json.dumps(json.loads(real.read_bytes())).encode("utf-8")
    path = tmp_path / "J01-002.iminscore"
    path.write_bytes(body[:-1] + b', "padding": ' + padding + b"}")
    return path


SCORE_FILE_ATTACKS = {
    "50 MB of empty lists": b"[" + b"[]," * (50 * MIB // 3) + b"[]]",
    "just under the size limit, all empty lists": b"[" + b"[]," * (8 * MIB // 3 - 200) + b"[]]",
    "a million levels deep": b"[" * 1_000_000 + b"]" * 1_000_000,
    "40 levels deep": b"[" * 40 + b"]" * 40,
}


@pytest.mark.parametrize("attack", SCORE_FILE_ATTACKS)
def test_scores_import_refuses_a_padded_score_file_within_bounds(
    event: LogisticsEvent, tmp_path: Path, attack: str
) -> None:
    path = score_file_with(event, tmp_path, SCORE_FILE_ATTACKS[attack])
    before = iterdump(event.path)

    run = run_imin("scores", "import", event.path, path)

    text = refused(run)
    assert f"{path}: refused" in text
    assert any(
        words in text
        for words in ("bytes, more than the limit of", "more than 500000 values", "levels deep")
    ), text
    assert run.peak_mb < PEAK_MB, run.peak_mb
    assert iterdump(event.path) == before


# --- a score sheet with 3.4 million cells outside the table ------------------------------------


def sheet_with_rows(sheet: Path, target: Path, rows: bytes) -> Path:
    """``sheet`` with ``rows`` (worksheet XML) added after the score table of its Scores sheet."""
    with zipfile.ZipFile(sheet) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", rows + b"</sheetData>")
            out.writestr(info, data, zipfile.ZIP_DEFLATED)
    return target


def rows_of(cell: bytes, rows: int, per_row: int, first: int = 40) -> bytes:
    return b"".join(
        b'<row r="%d">' % r + cell * per_row + b"</row>" for r in range(first, first + rows)
    )


SHEET_ATTACKS = {
    "3.4 M numbers in 3,400 rows": rows_of(b"<c><v>1</v></c>", 3_400, 1_000),
    "3.4 M empty styled cells in 3,400 rows": rows_of(b'<c s="1"/>', 3_400, 1_000),
    "3.4 M empty cells in one row": rows_of(b"<c/>", 1, 3_400_000),
    "3.4 M rows far below": rows_of(b"", 1, 0, first=3_400_000),
}


@pytest.mark.parametrize("attack", SHEET_ATTACKS)
def test_scores_import_refuses_a_sheet_with_millions_of_cells_within_bounds(
    event: LogisticsEvent, tmp_path: Path, attack: str
) -> None:
    issued = sheets.export_sheets(event.db, tmp_path / "sheets", actor="tester")
    path = sheet_with_rows(issued[0], tmp_path / "attack.xlsx", SHEET_ATTACKS[attack])
    before = iterdump(event.path)

    run = run_imin("scores", "import", event.path, path)

    text = refused(run)
    assert f"{path}: refused" in text and "sheet 'Scores'" in text, text
    assert run.peak_mb < PEAK_MB, run.peak_mb
    assert iterdump(event.path) == before


# --- five package zips, each with 200 members of exactly 1 MiB ---------------------------------


def package_of_members(path: Path, sub_id: str, members: dict[str, bytes]) -> Path:
    manifest = {
        "format": "imin.submission/1",
        "id": sub_id,
        "title": f"Package {sub_id}",
        "attachments": [{"path": name} for name in members],
    }
    # Deflate at level 1: the attack files are 1 GiB of content; level 1 makes them in seconds.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("submission.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_submissions_import_refuses_five_zips_of_200_one_mib_members(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    zips = [
        package_of_members(
            tmp_path / f"big{k}.zip", f"BIG-{k}",
            {f"f{i:03d}.bin": bytes([k, i % 256]) * (MIB // 2) for i in range(200)},
        )
        for k in range(5)
    ]  # fmt: skip
    before = iterdump(event.path)

    run = run_imin("submissions", "import", event.path, *zips)

    text = refused(run)
    assert "BIG-0 / attachments[0].path: 'f000.bin': compression ratio" in text, text
    assert "above the limit of 100:1" in text
    assert run.peak_mb < PEAK_MB, run.peak_mb
    assert iterdump(event.path) == before


def test_submissions_import_holds_one_submission_in_memory_not_the_whole_import(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    # 5 packages of 40 MiB each that compress 64:1 (inside the ratio rule): 200 MiB are stored,
    # but only one package's attachments are ever in memory.
    block = os.urandom(16 * 1024)
    zips = [
        package_of_members(
            tmp_path / f"p{k}.zip", f"P-{k}",
            {f"f{i:02d}.bin": bytes([k, i]) + block * 64 for i in range(40)},
        )
        for k in range(5)
    ]  # fmt: skip

    run = run_imin("submissions", "import", event.path, *zips)

    assert run.code == 0, run.err
    assert "5 added" in run.out and "200 attachment file(s) stored" in run.out
    assert run.peak_mb < 240, run.peak_mb  # holding all 200 MiB would pass 300 MB


def test_submissions_import_refuses_several_sources_that_expand_beyond_the_limit_together(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    # Each zip declares 600 MiB (a stored member of zeros would be refused by ratio; these
    # declare their size in the directory, which is checked before any content is read).
    zips = [tmp_path / f"d{k}.zip" for k in range(4)]
    for k, path in enumerate(zips):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("submission.json", json.dumps({"format": "imin.submission/1",
                        "id": f"D-{k}", "title": "t"}))  # fmt: skip
            for i in range(6):
                info = zipfile.ZipInfo(f"f{i}.bin")
                zf.writestr(info, os.urandom(64))
        _declare_sizes(path, 100 * MIB)
    before = iterdump(event.path)

    run = run_imin("submissions", "import", event.path, *zips)

    text = refused(run)
    assert "the import expands to more than the limit of 2147483648 bytes in all" in text, text
    assert run.peak_mb < PEAK_MB
    assert iterdump(event.path) == before


def _declare_sizes(path: Path, size: int) -> None:
    """Rewrite the central directory so every ``f*.bin`` member declares ``size`` bytes
    (and a matching compressed size, so only the total rule can refuse it)."""
    data = bytearray(path.read_bytes())
    start = 0
    while (at := data.find(b"PK\x01\x02", start)) >= 0:
        name_len = int.from_bytes(data[at + 28 : at + 30], "little")
        name = bytes(data[at + 46 : at + 46 + name_len])
        if name.startswith(b"f"):
            data[at + 20 : at + 24] = size.to_bytes(4, "little")
            data[at + 24 : at + 28] = size.to_bytes(4, "little")
        start = at + 4
    path.write_bytes(bytes(data))
