"""Submission packages (``imin.submission/1`` zips), folders of them, and batch zips."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from imin_desktop.generator.archives import write_file, zip_bytes
from imin_desktop.generator.submissions import GeneratedSubmission

SUBMISSION_JSON = "submission.json"
# Starting a worker process costs about a second (numpy, reportlab); below this many
# packages one process is faster.
PARALLEL_FROM = 200


def submission_json(sub: GeneratedSubmission) -> bytes:
    """``submission.json`` as written into packages: UTF-8, indented, accents unescaped."""
    return (json.dumps(sub.to_document(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def package_bytes(sub: GeneratedSubmission) -> bytes:
    """One package zip: ``submission.json`` then the attachments at the paths it references."""
    return zip_bytes([(SUBMISSION_JSON, submission_json(sub)), *sub.attachment_files()])


def package_name(sub: GeneratedSubmission) -> str:
    return f"{sub.id}.zip"


def write_package_zip(sub: GeneratedSubmission, path: str | os.PathLike[str]) -> Path:
    """Write one submission package to ``path`` (atomically) and return the path."""
    return write_file(path, package_bytes(sub))


def _write_chunk(subs: Sequence[GeneratedSubmission], folder: str) -> list[str]:
    return [str(write_package_zip(sub, Path(folder) / package_name(sub))) for sub in subs]


def write_packages(
    subs: Sequence[GeneratedSubmission], folder: str | os.PathLike[str], *, workers: int = 1
) -> list[Path]:
    """One ``<id>.zip`` package per submission in ``folder``; returns the paths in order.

    ``workers`` > 1 renders the PDFs and images in that many processes (from
    ``PARALLEL_FROM`` packages on); the files are byte-identical whatever the number of
    workers. Callers using ``workers`` > 1 need the ``if __name__ == "__main__":`` guard
    of ``multiprocessing``'s "spawn" start method.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if workers <= 1 or len(subs) < PARALLEL_FROM:
        return [Path(p) for p in _write_chunk(subs, str(folder))]
    size = max(1, min(50, len(subs) // (workers * 4)))
    chunks = [subs[i : i + size] for i in range(0, len(subs), size)]
    # "spawn" everywhere: no fork of a process that may hold threads (Qt, pytest), same on
    # every platform.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = pool.map(_write_chunk, chunks, [str(folder)] * len(chunks))
        return [Path(p) for chunk in results for p in chunk]


def write_batch_zip(subs: Sequence[GeneratedSubmission], path: str | os.PathLike[str]) -> Path:
    """One zip holding one ``<id>.zip`` package per submission (the "batch" import source)."""
    return write_file(path, zip_bytes((package_name(sub), package_bytes(sub)) for sub in subs))
