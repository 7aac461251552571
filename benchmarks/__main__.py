"""Benchmarks as the user runs them: each step is the installed ``imin`` command in its own
process, on the generated event stored in its database, beside its floor, with peak memory.

    python -m benchmarks [--scale S] [--repeat N] [--only STEP ...] [--json] [--library]

One row per step: the command's wall seconds (the best of ``--repeat`` runs, start-up
included), the floor's (the bare libraries doing the same work, also a whole process), their
ratio, and the command's peak resident memory (the operating system's own accounting of the
child process). ``--json`` prints the rows as ``{step, seconds, floor_seconds, ratio,
peak_rss_mb}``. ``--scale 0.25`` is quick enough for a smoke run (no timing is asserted
anywhere); the figures of the full runs are in ``docs/performance.md``. ``--library`` adds the
in-process library-level steps of ``benchmarks/run.py`` for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.dataset import ROOT, copy_event, prepare

BIN = Path(sys.executable).parent
IMIN = str(BIN / "imin")


@dataclass(frozen=True)
class Row:
    step: str
    seconds: float
    floor_seconds: float
    ratio: float | None
    peak_rss_mb: float


def timed(argv: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process; its output is discarded."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd,
                             env=env)  # fmt: skip
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])} … exited {child.returncode}: {errors[-800:]}")
    return seconds, usage.ru_maxrss / 1024


def floor(name: str, folder: Path, arg: object = "") -> list[str]:
    return [sys.executable, "-m", "benchmarks.floors", name, str(folder), str(arg)]


@dataclass
class Step:
    name: str
    command: Callable[[Path, Path], list[str]]  # (dataset, scratch) -> argv
    floor: Callable[[Path], list[str]]
    prepare: Callable[[Path, Path], None] | None = None  # untimed, before each run


def _fresh_event(dataset: Path, scratch: Path) -> None:
    subprocess.run([IMIN, "event", "new", str(scratch / "e.imin"), "--title", "Benchmark",
                    "--rubric", str(dataset / "rubric.json")], check=True,
                   capture_output=True)  # fmt: skip


def _copy(name: str) -> Callable[[Path, Path], None]:
    def prepare_copy(dataset: Path, scratch: Path) -> None:
        copy_event(dataset / name, scratch / "e.imin")

    return prepare_copy


def _copy_with_passphrase(dataset: Path, scratch: Path) -> None:
    copy_event(dataset / "setup.imin", scratch / "e.imin")
    (scratch / "pass.txt").write_text("tôrre-azul-42\n", encoding="utf-8")


def _counts(dataset: Path) -> dict[str, int]:
    stamp: dict[str, int] = json.loads((dataset / "stamp.json").read_text())
    return stamp


def _workbook_cells(dataset: Path) -> int:
    c = _counts(dataset)
    reviews = c["submissions"] * c["per_submission"]
    return c["submissions"] * (c["criteria"] * 2 + 14) + reviews * (c["criteria"] * 2 + 8)


def _report_pages(dataset: Path) -> int:
    return _counts(dataset)["submissions"] * 3 + 20  # ~2.8 pages per evaluation summary


def steps(dataset: Path, methods: list[str], has_letters: bool) -> list[Step]:
    full = str(dataset / "full.imin")
    out: list[Step] = [
        Step("imin --version", lambda d, s: [IMIN, "--version"], lambda d: floor("startup", d)),
        Step(
            "imin event show",
            lambda d, s: [IMIN, "event", "show", full],
            lambda d: floor("startup", d),
        ),
        Step(
            "import submission packages",
            lambda d, s: [IMIN, "submissions", "import", str(s / "e.imin"), str(d / "packages")],
            lambda d: floor("packages", d),
            _fresh_event,
        ),
        Step(
            "export kits",
            lambda d, s: [IMIN, "kits", "export", str(s / "e.imin"), "--out", str(s / "kits")],
            lambda d: floor("kits", d),
            _copy("setup.imin"),
        ),
        Step(
            "export sealed kits (scrypt)",
            lambda d, s: [
                IMIN,
                "kits",
                "export",
                str(s / "e.imin"),
                "--out",
                str(s / "kits"),
                "--passphrase-file",
                str(s / "pass.txt"),
            ],
            lambda d: floor("kits", d),
            _copy_with_passphrase,
        ),
        Step(
            "import score files",
            lambda d, s: [
                IMIN,
                "scores",
                "import",
                str(s / "e.imin"),
                *sorted(str(p) for p in (d / "scores").iterdir()),
            ],
            lambda d: floor("scorefiles", d),
            _copy("issued.imin"),
        ),
    ]
    for method in methods:
        out.append(Step(f"results --method {method}",
                        lambda d, s, m=method: [IMIN, "results", full, "--method", m, "--json"],
                        lambda d: floor("results", d)))  # fmt: skip
    out += [
        Step(
            "workbook (export xlsx)",
            lambda d, s: [IMIN, "export", "xlsx", full, str(s / "results.xlsx")],
            lambda d: floor("workbook", d, _workbook_cells(d)),
        ),
        Step(
            "decision report (report pdf)",
            lambda d, s: [IMIN, "report", "pdf", full, str(s / "report.pdf")],
            lambda d: floor("report", d, _report_pages(d)),
        ),
    ]
    if has_letters:
        out.append(Step("evaluation letters",
                        lambda d, s: [IMIN, "letters", full, "--out", str(s / "letters")],
                        lambda d: floor("letters", d, _counts(d)["submissions"])))  # fmt: skip
    return out


def available_methods() -> tuple[list[str], bool]:
    """The methods and commands this build of ``imin`` offers (read from its help)."""
    results = subprocess.run([IMIN, "results", "--help"], capture_output=True, text=True).stdout
    known = ["mean", "median", "trimmed", "zscore", "adjusted", "consensus"]
    methods = [m for m in known if m in results]
    top = subprocess.run([IMIN, "--help"], capture_output=True, text=True).stdout
    return methods, "letters" in top


def run_step(step: Step, dataset: Path, repeat: int) -> Row:
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="imin-bench-") as tmp:
            scratch = Path(tmp)
            if step.prepare is not None:
                step.prepare(dataset, scratch)
            seconds, rss = timed(step.command(dataset, scratch))
        best, peak = min(best, seconds), max(peak, rss)
    floor_seconds = min(timed(step.floor(dataset))[0] for _ in range(repeat))
    ratio = round(best / floor_seconds, 1) if floor_seconds > 0 else None
    return Row(step.name, round(best, 3), round(floor_seconds, 3), ratio, round(peak, 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", nargs="*", default=None, help="steps whose name contains …")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--library", action="store_true", help="also the in-process steps")
    args = parser.parse_args(argv)
    if shutil.which(IMIN) is None:
        parser.error(f"{IMIN} is not installed (scripts/setup-python.sh)")
    dataset = prepare(args.scale)
    for name in ("setup.imin", "issued.imin", "full.imin"):  # migrate once, untimed
        subprocess.run([IMIN, "event", "show", str(dataset / name)], check=True,
                       capture_output=True)  # fmt: skip
    methods, has_letters = available_methods()
    rows = []
    for step in steps(dataset, methods, has_letters):
        if args.only and not any(word in step.name for word in args.only):
            continue
        rows.append(run_step(step, dataset, args.repeat))
        if not args.json:
            r = rows[-1]
            print(f"{r.step:<34} {r.seconds:8.2f} s  floor {r.floor_seconds:7.2f} s  "
                  f"×{r.ratio if r.ratio is not None else '—':<6} {r.peak_rss_mb:7.0f} MB",
                  flush=True)  # fmt: skip
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=1))
    if args.library:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py")], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
