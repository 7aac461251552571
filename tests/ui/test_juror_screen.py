"""The juror workspace on small and scaled screens: a 1366 × 768 laptop with fresh settings,
and 200 % scaling on 1600 × 1000 (an 800 × 500 logical screen); remembered sizes that no
longer fit are not restored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QMainWindow

PROBE = Path(__file__).with_name("screen_probe.py")


def probe(kits_made, tmp_path: Path, width: int, height: int, scale: int = 1) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "test", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": str(scale)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(PROBE), str(kits_made.plain), str(tmp_path / "ws"),
         str(tmp_path / "settings.ini")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale"), [(1366, 768, 1), (1600, 1000, 2)], ids=["laptop", "200%"]
)
def test_every_scoring_control_is_reachable_and_visible(kits_made, tmp_path, width, height, scale):
    report = probe(kits_made, tmp_path, width, height, scale)

    assert report["screen"] == [width // scale, height // scale]
    assert report["window_fits"]
    assert report["fixed"] == dict.fromkeys(report["fixed"], True)
    assert report["reached_done"]
    assert report["hidden_when_focused"] == []
    assert report["tab_stops"] > 8


def test_a_remembered_size_larger_than_the_screen_is_not_restored(qapp, kits_made, tmp_path):
    settings_file = tmp_path / "settings.ini"
    big = QSettings(str(settings_file), QSettings.Format.IniFormat)
    # what a 2560 × 1440 monitor left behind: a window far larger than the laptop's screen
    window = QMainWindow()
    window.setGeometry(QRect(100, 100, 2400, 1300))
    big.setValue("workspace/geometry", window.saveGeometry())
    big.sync()

    report = probe(kits_made, tmp_path, 1366, 768)

    assert report["window_fits"]
    assert report["fixed"]["mark_as_done"]
