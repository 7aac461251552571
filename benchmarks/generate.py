"""Write a generated event to disk for the benchmarks; reuse it when it is already there.

    python benchmarks/generate.py --out DIR --scale reference|summit --seed N [--workers K]

Writes into DIR:

    packages/SUB-….zip   one imin.submission/1 package per submission
    jurors.csv           id, name, email
    rubric.json          the imin.rubric/1 rubric the reviews are simulated against
    assignments.json     {juror id: [submission ids]}
    generated.json       the stamp: scale, seed, generator version, counts, seconds taken

The stamp is written last; when it matches the request and every file is present the
output is reused as it is. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from imin_desktop.generator import (
    assign_reviewers,
    generate_jurors,
    generate_submissions,
    reference_rubric_document,
    write_jurors_csv,
    write_packages,
)

GENERATOR_VERSION = 1
STAMP = "generated.json"


@dataclass(frozen=True)
class Scale:
    submissions: int
    jurors: int
    reviews_per_submission: int  # 0: every juror reviews everything
    criteria: int


SCALES = {
    "reference": Scale(submissions=2000, jurors=120, reviews_per_submission=5, criteria=8),
    "summit": Scale(submissions=30, jurors=9, reviews_per_submission=0, criteria=3),
}


def _stamp(scale_name: str, seed: int) -> dict[str, object]:
    scale = SCALES[scale_name]
    return {
        "generator": GENERATOR_VERSION,
        "scale": scale_name,
        "seed": seed,
        "submissions": scale.submissions,
        "jurors": scale.jurors,
    }


def _reusable(out: Path, expected: dict[str, object]) -> bool:
    try:
        stamp = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(stamp, dict) or {k: stamp.get(k) for k in expected} != expected:
        return False
    packages = list((out / "packages").glob("SUB-*.zip"))
    others = ("jurors.csv", "rubric.json", "assignments.json")
    return len(packages) == expected["submissions"] and all((out / f).is_file() for f in others)


def generate(out: Path, scale_name: str, seed: int, workers: int) -> float:
    """Write the event; return the seconds it took."""
    scale = SCALES[scale_name]
    started = time.perf_counter()
    (out / STAMP).unlink(missing_ok=True)
    packages = out / "packages"
    if packages.is_dir():
        for stale in packages.glob("SUB-*.zip"):
            stale.unlink()
    subs = generate_submissions(scale.submissions, seed)
    jurors = generate_jurors(scale.jurors, seed)
    write_packages(subs, packages, workers=workers)
    write_jurors_csv(jurors, out / "jurors.csv")
    rubric = reference_rubric_document(scale.criteria)
    (out / "rubric.json").write_text(
        json.dumps(rubric, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    per_submission = scale.reviews_per_submission or scale.jurors
    assignments = assign_reviewers(
        [s.id for s in subs], [j.id for j in jurors], per_submission, seed
    )
    lines = [f"  {json.dumps(juror)}: {json.dumps(ids)}" for juror, ids in assignments.items()]
    (out / "assignments.json").write_text("{\n" + ",\n".join(lines) + "\n}\n", "utf-8")
    seconds = time.perf_counter() - started
    stamp = {**_stamp(scale_name, seed), "seconds": round(seconds, 1), "workers": workers}
    (out / STAMP).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--scale", choices=sorted(SCALES), default="reference")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes rendering PDFs"
    )
    parser.add_argument("--force", action="store_true", help="regenerate even if present")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if not args.force and _reusable(out, _stamp(args.scale, args.seed)):
        print(f"{out}: {args.scale} event with seed {args.seed} already generated, reused")
        return 0
    seconds = generate(out, args.scale, args.seed, args.workers)
    size = sum(p.stat().st_size for p in (out / "packages").glob("SUB-*.zip"))
    scale = SCALES[args.scale]
    print(
        f"{out}: {args.scale} event, seed {args.seed}: {scale.submissions} packages "
        f"({size / 1e6:.1f} MB), {scale.jurors} jurors in {seconds:.1f} s "
        f"with {args.workers} worker(s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
