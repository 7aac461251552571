"""``imin-desktop`` without a display says so in one line and exits 1 (Qt would abort)."""

from __future__ import annotations

import os
import subprocess
import sys


def _run_without_display(lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["IMIN_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "imin_desktop"], env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip


def test_no_display_exits_1_with_one_line() -> None:
    done = _run_without_display("en")

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "imin-desktop: no display found (DISPLAY is not set). Start it in a desktop session, "
        "or use the imin command line."
    ]


def test_no_display_message_in_portuguese() -> None:
    done = _run_without_display("pt")

    assert done.returncode == 1
    assert done.stderr.startswith("imin-desktop: não foi encontrado nenhum ecrã")
