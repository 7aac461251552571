"""benchmarks/generate.py writes an event once and reuses it for the same scale and seed."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


@pytest.fixture(scope="module")
def script() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("benchmark_generate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


@pytest.fixture(scope="module")
def summit(script: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The summit event generated once with seed 3, and what the script printed."""
    out = tmp_path_factory.mktemp("summit")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert script.main(["--out", str(out), "--scale", "summit", "--seed", "3"]) == 0
    return out, buffer.getvalue()


def test_summit_scale_writes_packages_jurors_rubric_and_assignments(
    summit: tuple[Path, str],
) -> None:
    out, printed = summit

    assert len(list((out / "packages").glob("SUB-*.zip"))) == 30
    assert len((out / "jurors.csv").read_text(encoding="utf-8").splitlines()) == 10
    assignments = json.loads((out / "assignments.json").read_text(encoding="utf-8"))
    assert len(assignments) == 9 and all(len(ids) == 30 for ids in assignments.values())
    rubric = json.loads((out / "rubric.json").read_text(encoding="utf-8"))
    assert rubric["format"] == "imin.rubric/1" and len(rubric["criteria"]) == 3
    stamp = json.loads((out / "generated.json").read_text(encoding="utf-8"))
    assert (stamp["scale"], stamp["seed"]) == ("summit", 3)
    assert "30 packages" in printed


def test_same_scale_and_seed_reuses_the_output(
    summit: tuple[Path, str], script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = summit
    first = (out / "packages" / "SUB-001.zip").stat().st_mtime_ns

    script.main(["--out", str(out), "--scale", "summit", "--seed", "3"])

    assert "reused" in capsys.readouterr().out
    assert (out / "packages" / "SUB-001.zip").stat().st_mtime_ns == first


def test_another_seed_regenerates_the_output(
    summit: tuple[Path, str], script: ModuleType, tmp_path: Path
) -> None:
    out = tmp_path / "event"
    shutil.copytree(summit[0], out)
    before = (out / "packages" / "SUB-001.zip").read_bytes()

    script.main(["--out", str(out), "--scale", "summit", "--seed", "4"])

    after = (out / "packages" / "SUB-001.zip").read_bytes()
    stamp = json.loads((out / "generated.json").read_text(encoding="utf-8"))
    assert before != after and stamp["seed"] == 4
