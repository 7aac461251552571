"""The self-contained bundle a juror double-clicks: built by scripts/build-app, smoke-tested.

The test command builds the bundle once before pytest and passes it in ``IMIN_BUNDLE``; run
alone, this module builds it itself (about three minutes), so it is never skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("IMIN_BUNDLE")
    if given:
        return Path(given)
    subprocess.run([str(ROOT / "scripts" / "build-app")], check=True, cwd=ROOT, timeout=1800)
    return ROOT / "dist" / "imin-desktop"


def _run(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "IMIN_WORKSPACE_DIR": str(home / "ws")}  # fmt: skip
    return subprocess.run([str(bundle / "imin-desktop"), *args], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def test_every_resource_the_program_reads_is_inside_the_bundle(bundle, tmp_path):
    done = _run(bundle, "--check-resources", home=tmp_path)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert {"rubrics/health-innovation.json", "migrations", "fonts", "guide"} <= set(found)
    outside = {k: v for k, v in found.items() if not v.startswith(str(bundle.resolve()))}
    assert outside == {}


def test_bundle_opens_an_event_and_a_kit_and_exits(bundle, kits_made, tmp_path):
    event = tmp_path / "event.imin"
    event.write_bytes(kits_made.event.read_bytes())
    opened = _run(bundle, "--smoke-test", str(event), home=tmp_path)
    assert (opened.returncode, opened.stdout.strip().split(":")[1]) == (0, " opened EventWindow")
    kit = _run(bundle, "--smoke-test", str(kits_made.plain), home=tmp_path)
    assert (kit.returncode, kit.stdout.strip().split(":")[1]) == (0, " opened WorkspaceWindow")


def test_bundle_ships_only_the_qt_modules_the_program_uses(bundle):
    modules = {p.name.split(".")[0] for p in (bundle / "_internal" / "PySide6").glob("Qt*.so")}
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPdf", "QtPdfWidgets"} | (
        modules & {"QtPrintSupport"}
    )
    assert not list(bundle.rglob("libQt6WebEngine*"))


def test_bundle_holds_every_module_of_the_program(bundle, tmp_path):
    """Modules imported on first use (pages by name, the blind check's PDF reader) are there."""
    import pkgutil

    import imin_desktop

    expected = {m.name for m in pkgutil.walk_packages(imin_desktop.__path__, "imin_desktop.")
                if ".migrations" not in m.name}  # fmt: skip
    names = tmp_path / "modules.txt"
    names.write_text("\n".join(sorted(expected | {"pypdf"})) + "\n")
    done = _run(bundle, "--check-modules", str(names), home=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
