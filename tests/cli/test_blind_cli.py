"""``imin kits check`` and ``imin kits confirm``, and a blind ``imin kits export``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from logistics_factories import LogisticsEvent, prepared_event
from sqlalchemy import select

from imin_desktop.cli.main import main
from imin_desktop.models import AuditEntry


def audit_entries(event: LogisticsEvent, action: str) -> list[AuditEntry]:
    with event.db.begin() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def imin(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    assert code != 70, err
    return code, out, err


@pytest.fixture(autouse=True)
def actor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMIN_ACTOR", "coordinator")  # --actor sets it; restored after each test


@pytest.fixture
def named(tmp_path: Path) -> LogisticsEvent:
    """A blind event whose pitch decks still carry a team page."""
    return prepared_event(tmp_path / "event", submissions_count=3, jurors_count=2,
                          per_submission=2, blind=True, realistic=True,
                          blind_variants=False)  # fmt: skip


def test_cli_kits_check_lists_findings_and_exits_1(
    capsys: pytest.CaptureFixture[str], named: LogisticsEvent
) -> None:
    first = named.submissions[0]

    code, out, err = imin(capsys, "kits", "check", named.path)

    lines = out.splitlines()
    assert (code, err) == (1, "")
    assert lines[0] == "blind event: 3 submission(s) checked, 3 with findings, 3 not yet confirmed"
    assert lines[1] == f"{first.id} (needs an anonymised copy or a confirmation)"
    assert (f"  attachment 1 (pitch.pdf), page 1: names the team's name {first.team[0].name!r}"
            in lines)  # fmt: skip


def test_cli_kits_check_json_gives_every_finding(
    capsys: pytest.CaptureFixture[str], named: LogisticsEvent
) -> None:
    first = named.submissions[0]

    code, out, _err = imin(capsys, "kits", "check", named.path, "--submission", first.id, "--json")

    document = json.loads(out)
    assert code == 1
    assert (document["blind"], document["checked"], document["blocking"]) == (True, 1, [first.id])
    [sub] = document["submissions"]
    assert {"place": "attachment 1 (pitch.pdf)", "page": 1, "kind": "name",
            "text": first.team[0].name} in sub["findings"]  # fmt: skip


def test_cli_kits_export_blind_with_findings_is_refused_then_confirmed(
    capsys: pytest.CaptureFixture[str], named: LogisticsEvent, tmp_path: Path
) -> None:
    ids = named.submission_ids

    refused = imin(capsys, "kits", "export", named.path, "--out", tmp_path / "kits")
    confirmed = imin(capsys, "--actor", "rita", "kits", "confirm", named.path, *ids,
                     "--rationale", "the teams are public partners")  # fmt: skip
    checked = imin(capsys, "kits", "check", named.path)
    exported = imin(capsys, "kits", "export", named.path, "--out", tmp_path / "kits")

    assert refused[0] == 1
    assert refused[2].startswith("imin: refused: kits not issued: 3 submission(s)")
    assert confirmed[0] == 0
    assert [line.split(":")[0] for line in confirmed[1].splitlines()] == [
        f"confirmed {sid}" for sid in ids
    ]
    assert all(line.endswith("finding(s) may go into blind kits")
               for line in confirmed[1].splitlines())  # fmt: skip
    assert [e.actor for e in audit_entries(named, "confirm")] == ["rita"] * 3
    assert checked[0] == 0 and f"{ids[0]} (confirmed)" in checked[1]
    assert exported[0] == 0 and exported[1].endswith(f"2 kit(s) written to {tmp_path / 'kits'}\n")


def test_cli_kits_confirm_without_rationale_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], named: LogisticsEvent
) -> None:
    code, _out, err = imin(capsys, "kits", "confirm", named.path, "SUB-001")

    assert code == 2
    assert "--rationale" in err


def test_cli_kits_check_of_an_open_event_says_there_is_nothing_to_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    event = prepared_event(tmp_path / "event", submissions_count=3, jurors_count=2)

    code, out, _err = imin(capsys, "kits", "check", event.path)

    assert (code, out) == (0, "the event is not blind: its kits carry the team openly; "
                              "nothing to check\n")  # fmt: skip
