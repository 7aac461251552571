"""Nothing from a file reaches the terminal raw: control characters and direction overrides
are written as visible escapes, and ``--json`` output stays JSON of the very same text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from factories import event_file, listing_csv, package_zip, submission_doc

from imin_desktop.cli.main import main
from imin_desktop.cli.output import terminal_safe

HOSTILE = "Triage\x1b[2J\x1b]0;owned\x07 \x00\x9b\u202egnp.exe\r"


@pytest.fixture
def event(tmp_path: Path) -> Path:
    """An event holding a title with terminal escapes, as an event file from before imports
    refused them could hold (written straight into the database)."""
    path = event_file(tmp_path)
    assert main(["submissions", "import", str(path),
                 str(package_zip(tmp_path / "p.zip", submission_doc()))]) == 0  # fmt: skip
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE submissions SET title = ?", (HOSTILE,))
    conn.close()
    return path


def test_submissions_list_escapes_control_characters(
    event: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()

    code = main(["submissions", "list", str(event)])

    out = capsys.readouterr().out
    assert code == 0
    assert "Triage\\u001b[2J\\u001b]0;owned\\u0007 \\u0000\\u009b\\u202egnp.exe\\u000d" in out
    assert not any(ch in out for ch in "\x1b\x07\x00\x9b\u202e\r")


def test_submissions_list_json_is_valid_and_holds_the_same_text(
    event: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()

    code = main(["submissions", "list", str(event), "--json"])

    out = capsys.readouterr().out
    assert code == 0
    assert not any(ch in out for ch in "\x1b\x07\x00\x9b\u202e\r")
    assert json.loads(out)[0]["title"] == HOSTILE


def test_an_import_with_control_characters_is_refused_and_the_error_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = event_file(tmp_path)
    listing = listing_csv(tmp_path / "l.csv", [{"id": "S1", "title": "Bell\x07\x1b[31m"}])
    capsys.readouterr()

    code = main(["submissions", "import", str(path), str(listing)])

    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"imin: refused: {listing}: row 2 / S1 / title: holds the control "
                          "character U+0007 at position 5")  # fmt: skip
    assert "\x1b" not in err and "\x07" not in err


def test_terminal_safe_keeps_tabs_newlines_and_ordinary_text() -> None:
    text = "Saúde\tLda\nرسالة — 東京 😀"

    assert terminal_safe(text) == text
