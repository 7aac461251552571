"""Hostile PDFs in a blind event: ``imin kits check`` and ``imin kits export``, run as the
installed command, report the attachment as one whose text cannot be checked (it needs a
blind variant or a confirmation) within seconds and well under the promised 600 MB, and
leave the event unchanged."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import hostile_pdfs
import pytest
from factories import iterdump
from logistics_factories import LogisticsEvent, prepared_event
from processes import run_imin
from sqlalchemy import select

from imin_desktop.models import Blob, Submission

PEAK_MB = 300
"""Well under the promised 600 MB."""
SECONDS = 60
"""A generous bound: each attack is caught in a few seconds."""


@pytest.fixture
def event(tmp_path: Path) -> Iterator[LogisticsEvent]:
    ev = prepared_event(tmp_path / "event", submissions_count=3, jurors_count=2,
                        per_submission=2, blind=True, realistic=True,
                        blind_variants=True)  # fmt: skip
    yield ev
    ev.db.dispose()


def carry(event: LogisticsEvent, data: bytes, media_type: str = "application/pdf") -> str:
    """The first submission's pitch deck replaced by ``data``; that submission's key."""
    sha = hashlib.sha256(data).hexdigest()
    with event.db.begin() as session:
        sub = session.scalars(select(Submission).order_by(Submission.id)).first()
        assert sub is not None
        att = next(a for a in sub.attachments if a.media_type == "application/pdf")
        session.add(Blob(sha256=sha, size=len(data), data=data))
        session.flush()
        att.blob_sha256 = sha
        att.blind_blob_sha256 = None
        att.blind_media_type = None
        att.media_type = media_type
        key = sub.key
    return key


ATTACKS: dict[str, tuple[Callable[[], bytes], str]] = {
    # 3 pages whose one content stream inflates to 70 MB: 210 MB of content in 200 KB
    "70 MB content streams": (lambda: hostile_pdfs.inflating_pages(3, 70), "tokens per stream"),
    # 2 MB a page: under the token limit, 178,000 text operations a page
    "2 MB content streams": (lambda: hostile_pdfs.inflating_pages(3, 2), "more than 200000"),
    # 1,999 pages (under the page limit) of 30 text groups: 240,000 operations
    "1,999 dense pages": (lambda: hostile_pdfs.dense_pages(1999, 30), "more than 200000"),
    "20,000 pages": (lambda: hostile_pdfs.many_pages(20_000), "entry limit"),
    "page tree cycle": (hostile_pdfs.page_tree_cycle, "cyclic page references"),
    "reference chain 100,000 deep": (lambda: hostile_pdfs.reference_chain(100_000), "Recursion"),
    "arrays 100,000 levels deep": (lambda: hostile_pdfs.nested_arrays(100_000), "reading PDF"),
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_kits_check_reports_a_hostile_pdf_as_unreadable_within_bounds(
    event: LogisticsEvent, attack: str
) -> None:
    build, problem = ATTACKS[attack]
    data = build()
    assert len(data) < 10 * 1024 * 1024
    key = carry(event, data)
    before = iterdump(event.path)

    run = run_imin("kits", "check", event.path, "--submission", key, timeout=SECONDS)

    assert run.code == 1, (run.code, run.out, run.err)
    assert "Traceback" not in run.err and "internal error" not in run.err
    lines = run.out.splitlines()
    assert f"{key} (needs an anonymised copy or a confirmation)" in lines, run.out
    [finding] = [line for line in lines if line.startswith("  attachment 1 (pitch.pdf)")]
    assert "cannot be" in finding and problem in finding, finding
    assert run.peak_mb < PEAK_MB, run.peak_mb
    assert run.seconds < SECONDS
    assert iterdump(event.path) == before


def test_kits_export_refuses_kits_with_a_hostile_pdf_within_bounds(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    key = carry(event, hostile_pdfs.inflating_pages(3, 70))
    before = iterdump(event.path)

    run = run_imin("kits", "export", event.path, "--out", tmp_path / "kits", timeout=SECONDS)

    assert run.code == 1, (run.code, run.out, run.err)
    assert run.err.startswith("imin: refused: kits not issued: 1 submission(s)"), run.err
    assert key in run.err and "Traceback" not in run.err
    assert run.peak_mb < PEAK_MB, run.peak_mb
    assert run.seconds < SECONDS
    assert not (tmp_path / "kits").exists()
    assert iterdump(event.path) == before


def test_kits_check_reads_a_large_binary_attachment_in_bounded_memory(
    event: LogisticsEvent,
) -> None:
    # 16 MB that is no text: read as UTF-8 whole it became 16 million replacement characters
    # (1.6 GB at its peak before; 40 MB took 4 GB)
    data = bytes(range(128, 256)) * (16 * 1024 * 1024 // 128)
    key = carry(event, data, "application/octet-stream")
    before = iterdump(event.path)

    run = run_imin("kits", "check", event.path, "--submission", key, timeout=SECONDS)

    assert run.code == 1, (run.code, run.out, run.err)
    assert ("  attachment 1 (pitch.pdf): a application/octet-stream file: its metadata cannot "
            "be removed and its text cannot be read") in run.out.splitlines(), run.out  # fmt: skip
    assert run.peak_mb < PEAK_MB, run.peak_mb
    assert iterdump(event.path) == before
