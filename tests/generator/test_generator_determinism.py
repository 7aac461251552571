"""Same seed, same files, byte for byte, in this process and in a fresh one."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from imin_desktop.generator import (
    generate_jurors,
    generate_submissions,
    write_batch_zip,
    write_jurors_csv,
    write_jurors_xlsx,
    write_listing_csv,
    write_listing_xlsx,
    write_packages,
)


def _write_event(folder: Path, seed: int) -> dict[str, bytes]:
    subs = generate_submissions(3, seed=seed)
    jurors = generate_jurors(4, seed=seed)
    write_packages(subs, folder / "packages")
    write_batch_zip(subs, folder / "batch.zip")
    write_listing_csv(subs, folder / "csv")
    write_listing_xlsx(subs, folder / "xlsx")
    write_jurors_csv(jurors, folder / "jurors.csv")
    write_jurors_xlsx(jurors, folder / "jurors.xlsx")
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _digest(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name, data in sorted(files.items()):
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def test_same_seed_writes_identical_files(tmp_path: Path) -> None:
    first = _write_event(tmp_path / "a", seed=21)
    second = _write_event(tmp_path / "b", seed=21)

    assert len(first) == 3 + 1 + 7 + 7 + 2
    assert first == second


def test_another_seed_writes_other_files(tmp_path: Path) -> None:
    first = _write_event(tmp_path / "a", seed=21)
    second = _write_event(tmp_path / "b", seed=22)

    assert first.keys() == second.keys()
    assert all(first[name] != second[name] for name in first)


@pytest.mark.slow  # starts a Python process
def test_a_fresh_process_with_another_hash_seed_writes_identical_files(tmp_path: Path) -> None:
    here = _digest(_write_event(tmp_path / "here", seed=21))
    script = (
        "import sys; from pathlib import Path; "
        "sys.path.insert(0, sys.argv[1]); "
        "from test_generator_determinism import _write_event, _digest; "
        "print(_digest(_write_event(Path(sys.argv[2]), 21)))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}

    result = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent), str(tmp_path / "there")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )

    assert result.stdout.strip() == here
