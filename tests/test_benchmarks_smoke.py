"""The command benchmarks run end to end at a tiny scale (no timing is asserted: speed is
measured by ``python -m benchmarks`` on a quiet machine, figures in docs/performance.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_command_benchmarks_run_every_step_and_report_json_rows(tmp_path):
    env = {**os.environ, "IMIN_BENCH_OUT": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--scale", "0.05", "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rows = json.loads(done.stdout)
    steps = [row["step"] for row in rows]
    assert {"imin --version", "imin event show", "import submission packages", "export kits",
            "export sealed kits (scrypt)", "import score files", "results --method mean",
            "results --method adjusted", "workbook (export xlsx)",
            "decision report (report pdf)"} <= set(steps)  # fmt: skip
    for row in rows:
        assert set(row) == {"step", "seconds", "floor_seconds", "ratio", "peak_rss_mb"}
        assert row["seconds"] > 0 and row["floor_seconds"] > 0 and row["peak_rss_mb"] > 10
