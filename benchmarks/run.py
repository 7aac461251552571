"""Run the benchmarks and print one table: step, time, floor, ratio.

    python benchmarks/run.py [--only NAME …] [--scale reference|summit]

Each ``bench_*.py`` exposes ``run()`` returning ``(step, seconds, floor_seconds)`` rows.
Figures are recorded in ``docs/performance.md`` with the machine they came from.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import platform
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BENCHES = [
    "bench_import",
    "bench_logistics",
    "bench_results",
    "bench_exports",
    "bench_letters",
    "bench_gui",
    "bench_ranking",
]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--scale", default="reference")
    args = parser.parse_args()
    rows: list[tuple[str, float, float]] = []
    for name in args.only or BENCHES:
        path = Path(__file__).with_name(f"{name}.py")
        if not path.exists():
            continue
        module = importlib.import_module(f"benchmarks.{name}")
        run = module.run
        rows += run(args.scale) if "scale" in inspect.signature(run).parameters else run()
    print(f"machine: {machine()}")
    width = max(len(r[0]) for r in rows) if rows else 10
    print(f"{'step'.ljust(width)}  {'time (s)':>9}  {'floor (s)':>9}  {'ratio':>6}")
    for step, seconds, floor in rows:
        ratio = f"{seconds / floor:.1f}" if floor > 0 else "—"
        print(f"{step.ljust(width)}  {seconds:9.3f}  {floor:9.3f}  {ratio:>6}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
