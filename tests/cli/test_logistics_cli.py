"""``imin assign``, ``kits``, ``sheets``, ``juror`` and ``scores`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from logistics_factories import LogisticsEvent, fill_sheet, prepared_event
from pg_cluster import Backend

from imin_desktop.cli.main import main
from imin_desktop.formats.kit import MAGIC, open_kit
from imin_desktop.formats.scorefile import read_score_file, verify_signature

PASSPHRASE = "frase secreta do coordenador"


def imin(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run ``imin`` in-process: exit code, stdout, stderr. Never a traceback, never exit 70."""
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    assert code != 70, err
    return code, out, err


@pytest.fixture(autouse=True)
def workspaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMIN_WORKSPACE_DIR", str(tmp_path / "workspaces"))
    monkeypatch.setenv("IMIN_ACTOR", "coordinator")
    return tmp_path / "workspaces"


@pytest.fixture
def unassigned(tmp_path: Path, backend: Backend) -> LogisticsEvent:
    """6 submissions and 3 jurors, nothing assigned, on SQLite and on PostgreSQL."""
    return prepared_event(tmp_path / "event", backend=backend, submissions_count=6,
                          jurors_count=3, per_submission=None)  # fmt: skip


@pytest.fixture
def event(tmp_path: Path, backend: Backend) -> LogisticsEvent:
    """6 submissions, 3 jurors, 2 per submission, on SQLite and on PostgreSQL."""
    return prepared_event(tmp_path / "event", backend=backend, submissions_count=6,
                          jurors_count=3)  # fmt: skip


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


# --- assign ----------------------------------------------------------------------------------------


def test_cli_assign_prints_the_design(
    capsys: pytest.CaptureFixture[str], unassigned: LogisticsEvent
) -> None:
    code, out, err = imin(capsys, "assign", unassigned.path, "--per-submission", "2", "--seed", "4")

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "12 assignments over 3 jurors; load per juror 4–4",
        "design connected: every juror is linked to every other through shared submissions",
        "juror pairs sharing at least one submission: 3 of 3 (overlap 2–2)",
    ]
    assert {len(v) for v in unassigned.assignments().values()} == {4}


def test_cli_assign_with_calibration_names_the_anchor_submissions(
    capsys: pytest.CaptureFixture[str], unassigned: LogisticsEvent
) -> None:
    code, out, _err = imin(capsys, "assign", unassigned.path, "--per-submission", "1",
                           "--calibration", "2")  # fmt: skip

    assert code == 0
    assert "calibration submissions reviewed by every juror: " in out.splitlines()[-1]


def test_cli_assign_impossible_request_is_refused_with_the_reason(
    capsys: pytest.CaptureFixture[str], unassigned: LogisticsEvent
) -> None:
    imin(capsys, "conflicts", "add", unassigned.path, "--juror", "J02", "--submission", "SUB-004")

    code, out, err = imin(capsys, "assign", unassigned.path, "--per-submission", "3")

    assert (code, out) == (1, "")
    assert err == (
        "imin: refused: SUB-004 has only 2 non-conflicted juror(s) for 3 per submission\n"
    )
    assert unassigned.assignments() == {"J01": (), "J02": (), "J03": ()}


def test_cli_assign_twice_needs_replace(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent
) -> None:
    before = event.assignments()

    code, _out, err = imin(capsys, "assign", event.path, "--per-submission", "2", "--seed", "9")
    replaced, _out2, _err2 = imin(capsys, "assign", event.path, "--per-submission", "3",
                                  "--replace")  # fmt: skip

    assert (code, err) == (1, "imin: refused: the event already has assignments; add --replace "
                              "to redo them\n")  # fmt: skip
    assert replaced == 0
    assert event.assignments() != before
    assert {len(v) for v in event.assignments().values()} == {6}


def test_cli_assign_by_hand_adds_and_removes(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent
) -> None:
    extra = event.unassigned("J01")
    gone = event.assignments()["J01"][0]

    code, out, _err = imin(capsys, "assign", event.path, "--add", f"J01:{extra}",
                           "--remove", f"J01:{gone}")  # fmt: skip

    assert code == 0
    assert out.splitlines()[:2] == [f"assigned {extra} to J01", f"unassigned {gone} from J01"]
    assert extra in event.assignments()["J01"] and gone not in event.assignments()["J01"]


# --- kits and sheets ---------------------------------------------------------------------------


def test_cli_kits_export_writes_one_kit_per_juror(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path
) -> None:
    code, out, err = imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits")

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        *(f"{tmp_path / 'kits' / j}.iminkit: juror {j}, 4 submissions" for j in event.juror_ids),
        f"3 kit(s) written to {tmp_path / 'kits'}",
    ]
    assert open_kit(tmp_path / "kits" / "J03.iminkit").kit.juror_id == "J03"


def test_cli_kits_export_with_passphrase_file_encrypts(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path,
    passphrase_file: Path,
) -> None:  # fmt: skip
    code, out, _err = imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits",
                           "--passphrase-file", passphrase_file, "--juror", "J02")  # fmt: skip

    kit = tmp_path / "kits" / "J02.iminkit"
    assert code == 0
    assert out.splitlines()[0] == f"{kit}: juror J02, 4 submissions, encrypted"
    assert kit.read_bytes().startswith(MAGIC)
    assert open_kit(kit, PASSPHRASE).kit.juror_id == "J02"


def test_cli_kits_export_missing_passphrase_file_is_refused(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path
) -> None:
    code, _out, err = imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits",
                           "--passphrase-file", tmp_path / "nowhere.txt")  # fmt: skip

    assert code == 1
    assert err.startswith(f"imin: refused: {tmp_path / 'nowhere.txt'}: cannot read")


def test_cli_sheets_export_writes_one_sheet_per_juror(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path
) -> None:
    code, out, _err = imin(capsys, "sheets", "export", event.path, "--out", tmp_path / "sheets",
                           "--lang", "pt")  # fmt: skip

    assert code == 0
    assert out.splitlines()[-1] == f"3 score sheet(s) written to {tmp_path / 'sheets'}"
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == [
        "J01-scores.xlsx", "J02-scores.xlsx", "J03-scores.xlsx"]  # fmt: skip


# --- the juror's side ---------------------------------------------------------------------------


def test_cli_juror_scores_exports_and_the_coordinator_merges(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path
) -> None:
    imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits")
    kit = tmp_path / "kits" / "J01.iminkit"
    a, b, c = event.assignments()["J01"][:3]

    code, out, _err = imin(capsys, "juror", "open", kit, "--json")
    opened = json.loads(out)
    steps = [
        ("juror", "score", kit, a, "excellence", "4,5"),
        ("juror", "score", kit, a, "impact", "3"),
        ("juror", "comment", kit, a, "Objetivos claros; ação concreta.", "--criterion",
         "excellence"),
        ("juror", "comment", kit, a, "Equipa sólida; preço pouco claro."),
        ("juror", "gate", kit, a, "eligible", "yes"),
        ("juror", "done", kit, a),
        ("juror", "score", kit, b, "impact", "2.5"),
        ("juror", "conflict", kit, c),
    ]  # fmt: skip
    results = [imin(capsys, *step) for step in steps]
    code_export, out_export, _ = imin(capsys, "juror", "export", kit, "--out", tmp_path / "back")
    code_import, out_import, _ = imin(capsys, "scores", "import", event.path,
                                      tmp_path / "back" / "J01-001.iminscore")  # fmt: skip
    _code, status, _ = imin(capsys, "scores", "status", event.path, "--json")

    assert code == 0
    assert (opened["juror"], opened["sequence"]) == ("J01", 0)
    assert [s["state"] for s in opened["submissions"]] == ["not_started"] * 4
    assert [r[0] for r in results] == [0] * len(steps)
    assert results[0][1] == f"{a} excellence = 4,5\n"
    assert results[7][1] == f"{c}: conflict of interest declared\n"
    assert code_export == 0
    assert out_export.splitlines() == [
        f"wrote {tmp_path / 'back' / 'J01-001.iminscore'} (sequence 1): 1 done, 1 draft(s), "
        "1 conflict(s), 1 not started",
        "note: only reviews marked done count in the results",
    ]
    sf, document = read_score_file(tmp_path / "back" / "J01-001.iminscore")
    assert verify_signature(document, open_kit(kit).kit.key)
    assert {r.submission_id: r.status for r in sf.reviews} == {a: "final", b: "draft", c: "draft"}
    assert code_import == 0
    assert out_import == (f"{tmp_path / 'back' / 'J01-001.iminscore'}: accepted juror J01 "
                          "sequence 1\n")  # fmt: skip
    counts = json.loads(status)
    assert counts["totals"] == {"done": 1, "draft": 1, "missing": 9, "conflict": 1}
    assert counts["jurors"][0] == {"id": "J01", "name": event.jurors[0].name, "assigned": 4,
                                   "done": 1, "draft": 1, "missing": 1, "conflict": 1}  # fmt: skip


def test_cli_juror_done_while_incomplete_is_refused_with_reasons(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path
) -> None:
    imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits")
    kit = tmp_path / "kits" / "J02.iminkit"
    sid = event.assignments()["J02"][0]
    imin(capsys, "juror", "score", kit, sid, "impact", "4")

    code, out, err = imin(capsys, "juror", "done", kit, sid)

    assert (code, out) == (1, "")
    assert err.startswith(f"imin: refused: {sid} is not complete: ")
    assert "scores.excellence" in err and "gates.eligible" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("score", "{kit}", "{sid}", "impact", "muito"), "'muito' is not a number"),
        (("score", "{kit}", "{sid}", "impact", "9"), "Impact: 9 is off the scale 0–5"),
        (("score", "{kit}", "{sid}", "novelty", "1"), "no criterion 'novelty'"),
        (("score", "{kit}", "SUB-999", "impact", "1"), "SUB-999 is not in this kit"),
        (("open", "{missing}"), "missing.iminkit"),
    ],
)
def test_cli_juror_bad_requests_are_refused_without_traceback(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path,
    args: tuple[str, ...], message: str,
) -> None:  # fmt: skip
    imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits")
    values = {"kit": str(tmp_path / "kits" / "J01.iminkit"), "sid": event.assignments()["J01"][0],
              "missing": str(tmp_path / "missing.iminkit")}  # fmt: skip

    code, out, err = imin(capsys, "juror", *(a.format(**values) for a in args))

    assert (code, out) == (1, "")
    assert err.startswith("imin: refused: ") and message in err


def test_cli_juror_encrypted_kit_needs_the_passphrase_file(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path,
    passphrase_file: Path,
) -> None:  # fmt: skip
    imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits", "--juror", "J03",
         "--passphrase-file", passphrase_file)  # fmt: skip
    kit = tmp_path / "kits" / "J03.iminkit"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("outra frase qualquer", encoding="utf-8")

    without = imin(capsys, "juror", "open", kit)
    mistaken = imin(capsys, "juror", "open", kit, "--passphrase-file", wrong)
    right = imin(capsys, "juror", "open", kit, "--passphrase-file", passphrase_file, "--json")

    assert without[0] == 1 and "this kit is encrypted" in without[2]
    assert mistaken[0] == 1 and "wrong passphrase (or the kit is damaged)" in mistaken[2]
    assert right[0] == 0 and json.loads(right[1])["juror"] == "J03"


# --- merging from the command line ----------------------------------------------------------------


def test_cli_scores_import_prints_one_line_per_file_and_exit_1_when_any_is_refused(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path
) -> None:
    imin(capsys, "kits", "export", event.path, "--out", tmp_path / "kits")
    kit = tmp_path / "kits" / "J02.iminkit"
    sid = event.assignments()["J02"][0]
    imin(capsys, "juror", "score", kit, sid, "impact", "1")
    imin(capsys, "juror", "export", kit, "--out", tmp_path / "back")
    good = tmp_path / "back" / "J02-001.iminscore"
    bad = tmp_path / "back" / "notes.iminscore"
    bad.write_text('{"format": "imin.scores/1"', encoding="utf-8")

    code, out, _err = imin(capsys, "scores", "import", event.path, good, bad, good)

    lines = out.splitlines()
    assert code == 1
    assert len(lines) == 3
    assert lines[0] == f"{good}: accepted juror J02 sequence 1"
    assert lines[1].startswith(f"{bad}: refused: ")
    assert lines[2] == f"{good}: duplicate juror J02 sequence 1: this very file was imported before"


def test_cli_scores_import_json_and_a_filled_sheet(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent, tmp_path: Path
) -> None:
    imin(capsys, "sheets", "export", event.path, "--out", tmp_path / "sheets")
    sheet = tmp_path / "sheets" / "J03-scores.xlsx"
    sid = event.assignments()["J03"][0]
    fill_sheet(sheet, {(sid, "scores.impact"): 2})

    code, out, _err = imin(capsys, "scores", "import", event.path, sheet, "--json")

    [outcome] = json.loads(out)
    assert code == 0
    assert (outcome["path"], outcome["result"], outcome["juror"]) == (str(sheet), "accepted", "J03")


def test_cli_scores_status_table_lists_every_juror_and_submission(
    capsys: pytest.CaptureFixture[str], event: LogisticsEvent
) -> None:
    code, out, _err = imin(capsys, "scores", "status", event.path)

    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "coverage: 0 done, 0 draft, 12 missing, 0 conflict"
    assert sum(1 for line in lines if line.startswith("J0")) == 3
    assert sum(1 for line in lines if line.startswith("SUB-")) == 6
