"""``imin letters`` on a real event file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from funding_factories import scored_event


def test_letters_command_writes_every_letter(imin: Any, tmp_path: Path) -> None:
    event = scored_event(tmp_path / "event")
    event.db.dispose()

    run = imin("letters", event.path, "--out", tmp_path / "letters", "--lang", "pt")

    assert run.code == 0
    assert f"wrote {len(event.submission_ids)} evaluation letters" in run.out
    assert (tmp_path / "letters" / "letters.csv").is_file()
    assert len(list((tmp_path / "letters").glob("SUB-*.pdf"))) == len(event.submission_ids)


def test_letters_into_a_file_is_refused(imin: Any, tmp_path: Path) -> None:
    event = scored_event(tmp_path / "event")
    event.db.dispose()
    (tmp_path / "taken").write_text("x", encoding="utf-8")

    run = imin("letters", event.path, "--out", tmp_path / "taken")

    assert run.code == 1
    assert "is a file, not a folder" in run.err
