"""The in-process ``imin`` runner every command-line test uses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from imin_desktop.cli.main import main


class Run:
    """One in-process run of ``imin``: its exit code, stdout and stderr."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def imin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("IMIN_DB", raising=False)
    monkeypatch.setenv("IMIN_ACTOR", "tester")  # --actor sets it; monkeypatch restores it

    def run(*argv: str | Path) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse: usage errors, --help, --version
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Run(code, out, err)

    return run
