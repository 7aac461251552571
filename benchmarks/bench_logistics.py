"""Benchmark: jury logistics at the reference scale — kits out, score files back in.

The reference event (docs: quality) has 2,000 generated submissions (a ~50 KB PDF and a cover
image each), 120 jurors, an 8-criterion rubric and 5 reviews per submission. It is built once
from ``benchmarks/generate.py``'s packages (import, jurors, automatic assignment) and cached
in ``benchmarks/out/logistics-<scale>/``; each run works on a fresh copy of it.

Steps, each beside its floor:
- ``export 120 kits`` (target ≤ 15 s): ``kits.export_kits`` vs writing zips of the very same
  members (kit.json deflated, attachments stored, as the kits hold them) with ``zipfile``.
- ``import 120 score files`` (target ≤ 3 s): ``scores.import_score_files`` (verify, validate,
  store) of one signed score file per juror, simulated by ``generator.simulate_reviews`` and
  written by ``formats.scorefile``, vs ``json.loads`` + HMAC-SHA256 of the same files.

Run:  python benchmarks/bench_logistics.py [reference|summit]
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import SCALES, generate
from imin_desktop.domain.review import ReviewEntry
from imin_desktop.formats.scorefile import ScoreFile, write_score_file
from imin_desktop.generator import reference_rubric, reference_rubric_document, simulate_reviews
from imin_desktop.services import assignments, events, jurors, kits, scores, submissions

OUT = Path(__file__).resolve().parent / "out"
SEED = 1
CACHE_VERSION = 1
CREATED_AT = "2026-11-26T16:20:00Z"


def _stamp(scale: str) -> dict[str, Any]:
    s = SCALES[scale]
    return {"version": CACHE_VERSION, "scale": scale, "seed": SEED, "submissions": s.submissions,
            "jurors": s.jurors, "criteria": s.criteria,
            "per_submission": s.reviews_per_submission or s.jurors}  # fmt: skip


def prepared_event(scale: str) -> Path:
    """The cached event with submissions, jurors and assignments (built when missing)."""
    folder = OUT / f"logistics-{scale}"
    stamp = _stamp(scale)
    event = folder / "event.imin"
    try:
        if json.loads((folder / "stamp.json").read_text()) == stamp and event.is_file():
            return event
    except (OSError, ValueError):
        pass
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    generated = OUT / scale
    generate_if_needed(generated, scale)
    rubric = folder / "rubric.json"
    rubric.write_text(json.dumps(reference_rubric_document(stamp["criteria"]), indent=2,
                                 ensure_ascii=False), encoding="utf-8")  # fmt: skip
    db = events.create_event(event, "Desafio nacional (benchmark)", rubric, actor="bench")
    try:
        started = time.perf_counter()
        submissions.import_submissions(db, [generated / "packages"], actor="bench")
        jurors.import_jurors(db, generated / "jurors.csv", actor="bench")
        design = assignments.auto_assign(db, stamp["per_submission"], seed=SEED, actor="bench")
        print(f"built {event} in {time.perf_counter() - started:.1f} s: "
              + "; ".join(design.summary_lines()), file=sys.stderr)  # fmt: skip
    finally:
        db.dispose()
    (folder / "stamp.json").write_text(json.dumps(stamp, indent=2) + "\n")
    return event


def generate_if_needed(folder: Path, scale: str) -> None:
    from benchmarks.generate import _reusable
    from benchmarks.generate import _stamp as generated_stamp

    if not _reusable(folder, generated_stamp(scale, SEED)):
        folder.mkdir(parents=True, exist_ok=True)
        generate(folder, scale, SEED, workers=2)


def copy_event(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dest:
        src.backup(dest)
    src.close()
    dest.close()
    return target


def kit_facts(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as zf:
        doc: dict[str, Any] = json.loads(zf.read("kit.json"))
    return doc


def zip_floor(kit_paths: list[Path], folder: Path) -> float:
    """Seconds to zip the same members with zipfile (each kit read into memory untimed)."""
    folder.mkdir()
    total = 0.0
    for path in kit_paths:
        with zipfile.ZipFile(path) as zf:
            members = [(info, zf.read(info)) for info in zf.infolist()]
        started = time.perf_counter()
        with zipfile.ZipFile(folder / path.name, "w") as out:
            for info, data in members:
                out.writestr(info.filename, data, compress_type=info.compress_type)
        total += time.perf_counter() - started
    return total


def write_simulated_score_files(kit_paths: list[Path], criteria: int, folder: Path) -> list[Path]:
    """One signed score file per kit: the generator's simulated reviews (a few drafts and
    conflicts), written by ``formats.scorefile``."""
    rubric = reference_rubric(criteria)
    folder.mkdir()
    paths = []
    for kit_path in kit_paths:
        kit = kit_facts(kit_path)
        juror = kit["juror"]["id"]
        simulated = simulate_reviews(rubric, {juror: [s["id"] for s in kit["submissions"]]}, SEED,
                                     conflict_rate=0.01, draft_rate=0.02)  # fmt: skip
        entries = tuple(
            ReviewEntry(
                submission_id=r.submission_id,
                status="final" if r.status == "final" else "draft",
                conflict=r.conflict,
                scores=dict(r.scores),
                gates=dict(r.gates),
                comment=r.comment,
                criterion_comments=dict(r.criterion_comments),
                updated_at="2026-11-26T16:18:03Z",
            )
            for r in simulated
        )
        sf = ScoreFile(kit["event"]["id"], kit["kit_id"], juror, kit["rubric_hash"], 1,
                       CREATED_AT, entries)  # fmt: skip
        path = folder / f"{juror}-001.iminscore"
        write_score_file(sf, base64.b64decode(kit["key"]), path)
        paths.append(path)
    return paths


def verify_floor(paths: list[Path], keys: dict[str, bytes]) -> float:
    """Seconds to read, ``json.loads`` and HMAC-verify the same files."""
    started = time.perf_counter()
    for path in paths:
        doc = json.loads(path.read_bytes())
        body = {k: v for k, v in doc.items() if k != "signature"}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        mac = hmac.new(keys[doc["juror_id"]], canonical.encode("utf-8"), hashlib.sha256)
        assert hmac.compare_digest(doc["signature"], "hmac-sha256:" + mac.hexdigest())
    return time.perf_counter() - started


def run(scale: str = "reference") -> list[tuple[str, float, float]]:
    source = prepared_event(scale)
    work = Path(tempfile.mkdtemp(prefix="imin-bench-logistics-"))
    try:
        db = events.open_event(copy_event(source, work / "event.imin"))
        try:
            started = time.perf_counter()
            issued = kits.export_kits(db, work / "kits", actor="bench")
            export_seconds = time.perf_counter() - started
            kit_paths = [k.path for k in issued]
            export_floor = zip_floor(kit_paths, work / "floor")

            files = write_simulated_score_files(kit_paths, SCALES[scale].criteria, work / "back")
            keys = {(f := kit_facts(p))["juror"]["id"]: base64.b64decode(f["key"])
                    for p in kit_paths}  # fmt: skip
            started = time.perf_counter()
            outcomes = scores.import_score_files(db, files, actor="bench")
            import_seconds = time.perf_counter() - started
            import_floor = verify_floor(files, keys)
        finally:
            db.dispose()
        refused = [o.line() for o in outcomes if o.result != "accepted"]
        assert not refused, refused[:3]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        (f"export {len(kit_paths)} kits", export_seconds, export_floor),
        (f"import {len(files)} score files", import_seconds, import_floor),
    ]


if __name__ == "__main__":
    rows = run(sys.argv[1] if len(sys.argv) > 1 else "reference")
    width = max(len(r[0]) for r in rows)
    print(f"{'step'.ljust(width)}  {'time (s)':>9}  {'floor (s)':>9}  {'ratio':>6}")
    for step, seconds, floor in rows:
        print(f"{step.ljust(width)}  {seconds:9.3f}  {floor:9.3f}  {seconds / floor:6.1f}")
