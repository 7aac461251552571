"""Running the installed ``imin`` entry point as a child process, and measuring it.

``run_imin`` starts ``.venv/bin/imin`` (the console script the package installs, beside the
test interpreter) in a fresh process. A small Python parent stands between the test runner
and ``imin``: Linux keeps a process's peak memory across ``exec``, so a child forked straight
from the (large) test runner would report the runner's size. The parent runs ``imin`` and
reports ``getrusage(RUSAGE_CHILDREN).ru_maxrss``: the peak resident memory of ``imin`` alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

IMIN = Path(sys.executable).with_name("imin")
"""The installed console script (``[project.scripts]`` in ``pyproject.toml``)."""

_PARENT = """
import json, resource, subprocess, sys, time
started = time.monotonic()
code = subprocess.call(sys.argv[2:])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as report:
    json.dump({"code": code, "maxrss_kib": usage.ru_maxrss,
               "seconds": time.monotonic() - started}, report)
"""


@dataclass(frozen=True)
class Finished:
    code: int
    out: str
    err: str
    peak_mb: float
    """The child's peak resident set size, in MB (10^6 bytes)."""
    seconds: float


def run_imin(*args: str | Path, cwd: Path | None = None, timeout: float = 300) -> Finished:
    """Run ``imin ARGS`` as its own process; its exit code, output, peak memory and time."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("IMIN_DB", None)
    with tempfile.TemporaryDirectory(prefix="imin-run-") as folder:
        report = Path(folder) / "report.json"
        done = subprocess.run(
            [sys.executable, "-c", _PARENT, str(report), str(IMIN), *map(str, args)],
            capture_output=True, cwd=cwd, env=env, timeout=timeout, check=False,
        )  # fmt: skip
        measured = json.loads(report.read_text(encoding="utf-8"))
    return Finished(
        code=measured["code"],
        out=done.stdout.decode("utf-8", "replace"),
        err=done.stderr.decode("utf-8", "replace"),
        peak_mb=measured["maxrss_kib"] * 1024 / 1e6,  # Linux reports KiB
        seconds=measured["seconds"],
    )
