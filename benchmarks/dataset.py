"""The generated event at a scale, prepared once for the command benchmarks and reused.

Scale 1 is the reference event of quality.md: 2,000 submissions (each with a ~55 KB PDF and a
~20 KB PNG), 120 jurors, 8 criteria, 5 reviews per submission. Scale S multiplies submissions
and jurors by S. Written into ``benchmarks/out/scale-S/``:

    packages/           one imin.submission/1 zip per submission
    jurors.csv, rubric.json
    setup.imin          submissions, jurors, assignments (nothing issued yet)
    issued.imin         the same after kits were issued (score files can be imported into it)
    kits/               one kit per juror      scores/   one signed score file per juror
    full.imin           issued.imin with every score file merged (results, workbook, report)
    stamp.json          what was built; everything is reused while it matches
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(os.environ.get("IMIN_BENCH_OUT") or ROOT / "benchmarks" / "out")
SEED = 2026
VERSION = 1


def scale_folder(scale: float) -> Path:
    return OUT / f"scale-{scale:g}"


def counts(scale: float) -> dict[str, Any]:
    return {
        "version": VERSION,
        "scale": scale,
        "submissions": max(8, round(2000 * scale)),
        "jurors": max(6, round(120 * scale)),
        "criteria": 8,
        "per_submission": 5,
        "seed": SEED,
    }


def copy_event(source: Path, target: Path) -> Path:
    """A consistent copy of an event file (SQLite's backup API)."""
    target.unlink(missing_ok=True)
    src, dest = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    return target


def prepare(scale: float, log: Any = sys.stderr) -> Path:
    """The dataset folder for ``scale``, built if missing or stale."""
    folder = scale_folder(scale)
    wanted = counts(scale)
    try:
        if json.loads((folder / "stamp.json").read_text()) == wanted:
            return folder
    except (OSError, ValueError):
        pass
    from benchmarks.bench_logistics import write_simulated_score_files
    from imin_desktop.generator import (
        generate_jurors,
        generate_submissions,
        reference_rubric_document,
        write_jurors_csv,
        write_packages,
    )
    from imin_desktop.services import assignments, events, jurors, kits, scores, submissions

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"preparing {folder} …", file=log, flush=True)
    write_packages(generate_submissions(wanted["submissions"], SEED), folder / "packages",
                   workers=2)  # fmt: skip
    write_jurors_csv(generate_jurors(wanted["jurors"], SEED), folder / "jurors.csv")
    rubric = folder / "rubric.json"
    rubric.write_text(json.dumps(reference_rubric_document(wanted["criteria"]), indent=2,
                                 ensure_ascii=False), encoding="utf-8")  # fmt: skip
    db = events.create_event(folder / "setup.imin", "Desafio nacional (benchmark)", rubric,
                             actor="bench")  # fmt: skip
    try:
        submissions.import_submissions(db, [folder / "packages"], actor="bench")
        jurors.import_jurors(db, folder / "jurors.csv", actor="bench")
        assignments.auto_assign(db, wanted["per_submission"], seed=SEED, actor="bench")
    finally:
        db.dispose()
    copy_event(folder / "setup.imin", folder / "issued.imin")
    db = events.open_event(folder / "issued.imin")
    try:
        issued = kits.export_kits(db, folder / "kits", actor="bench")
    finally:
        db.dispose()
    files = write_simulated_score_files([k.path for k in issued], wanted["criteria"],
                                        folder / "scores")  # fmt: skip
    copy_event(folder / "issued.imin", folder / "full.imin")
    db = events.open_event(folder / "full.imin")
    try:
        scores.import_score_files(db, files, actor="bench")
    finally:
        db.dispose()
    (folder / "stamp.json").write_text(json.dumps(wanted, indent=2) + "\n")
    return folder
