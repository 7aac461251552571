"""The ``imin`` command line, run in-process on real files: exit codes, JSON, errors, ``--db``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from factories import (
    event_file,
    listing_csv,
    package_folder,
    package_zip,
    shipped_rubric_path,
    submission_doc,
    write_json,
)

from imin_desktop import __version__


@pytest.fixture
def event(tmp_path: Path) -> Path:
    return event_file(tmp_path)


# --- events --------------------------------------------------------------------------------


def test_event_new_creates_an_event_with_the_rubric(imin: Any, tmp_path: Path) -> None:
    path = tmp_path / "summit.imin"

    result = imin("event", "new", path, "--title", "Summit 2026", "--rubric", shipped_rubric_path())

    assert (result.code, result.err) == (0, "")
    assert result.out.startswith(f"created event 'Summit 2026' at {path} (rubric health-innovation")
    shown = imin("event", "show", path, "--json").json()
    assert (shown["title"], shown["rubric_id"], shown["is_blind"]) == (
        "Summit 2026",
        "health-innovation-2026",
        False,
    )


def test_event_new_from_an_xlsx_rubric_has_the_json_twin_hash(imin: Any, tmp_path: Path) -> None:
    xlsx, js = tmp_path / "x.imin", tmp_path / "j.imin"
    imin("event", "new", xlsx, "--title", "X", "--rubric", shipped_rubric_path(suffix="xlsx"))
    imin("event", "new", js, "--title", "J", "--rubric", shipped_rubric_path(suffix="json"))

    hashes = [imin("event", "show", p, "--json").json()["rubric_hash"] for p in (xlsx, js)]

    assert hashes[0] == hashes[1]


def test_event_new_with_a_refused_rubric_exits_1_and_creates_nothing(
    imin: Any, tmp_path: Path
) -> None:
    rubric = shipped_rubric_path()
    doc = json.loads(rubric.read_text(encoding="utf-8"))
    doc["criteria"][1]["weight"] = -1
    bad = write_json(tmp_path / "bad.json", doc)

    result = imin("event", "new", tmp_path / "e.imin", "--title", "T", "--rubric", bad)

    assert (result.code, result.out) == (1, "")
    assert result.err == f"imin: refused: {bad}: criteria[1].weight: must be greater than 0\n"
    assert not (tmp_path / "e.imin").exists()


def test_event_new_over_an_existing_file_exits_1(imin: Any, event: Path) -> None:
    result = imin("event", "new", event, "--title", "T", "--rubric", shipped_rubric_path())

    assert result.code == 1
    assert "already exists" in result.err


def test_event_show_json_prints_only_json(imin: Any, event: Path) -> None:
    result = imin("event", "show", event, "--json")

    assert (result.code, result.err) == (0, "")
    info = result.json()
    assert {k: info[k] for k in ("title", "submissions", "jurors", "conflicts", "location")} == {
        "title": "Summit",
        "submissions": 0,
        "jurors": 0,
        "conflicts": 0,
        "location": str(event),
    }
    assert info["rubric_hash"].startswith("sha256:")


def test_event_show_prints_a_table_for_people(imin: Any, event: Path) -> None:
    result = imin("event", "show", event)

    assert result.code == 0
    assert result.out.splitlines()[0].split() == ["event", "Summit"]


def test_event_show_of_a_missing_file_exits_1_naming_it(imin: Any, tmp_path: Path) -> None:
    result = imin("event", "show", tmp_path / "absent.imin")

    assert (result.code, result.out) == (1, "")
    assert result.err == f"imin: refused: {tmp_path / 'absent.imin'}: no such event file\n"


def test_event_show_of_a_file_that_is_not_an_event_exits_1(imin: Any, tmp_path: Path) -> None:
    path = tmp_path / "notes.imin"
    path.write_text("just text", encoding="utf-8")

    result = imin("event", "show", path)

    assert result.code == 1
    assert "not a SQLite database" in result.err


# --- submissions ---------------------------------------------------------------------------


def test_submissions_import_and_list(imin: Any, event: Path, tmp_path: Path) -> None:
    a = package_zip(tmp_path / "a.zip", submission_doc("S1"))
    b = package_folder(tmp_path / "b", submission_doc("S2"))

    imported = imin("submissions", "import", event, a, b)
    listed = imin("submissions", "list", event, "--json")

    assert (imported.code, imported.err) == (0, "")
    assert imported.out == (
        "imported 2 submission(s): 2 added, 0 replaced, 0 unchanged; "
        f"2 attachment file(s) stored ({2 * len(b'%PDF-1.4 pitch of S1')} bytes)\n"
    )
    assert [(s["id"], s["title"], s["attachments"]) for s in listed.json()] == [
        ("S1", "Remote triage S1", 1),
        ("S2", "Remote triage S2", 1),
    ]


def test_submissions_import_json_reports_what_changed(
    imin: Any, event: Path, tmp_path: Path
) -> None:
    source = package_zip(tmp_path / "a.zip", submission_doc("S1"))
    imin("submissions", "import", event, source)

    result = imin("submissions", "import", event, source, "--json")

    assert (result.code, result.err) == (0, "")
    assert result.json() == {
        "added": [],
        "replaced": [],
        "unchanged": ["S1"],
        "attachments_stored": 0,
        "bytes_stored": 0,
    }


def test_submissions_import_refused_names_file_submission_and_field(
    imin: Any, event: Path, tmp_path: Path
) -> None:
    good = package_zip(tmp_path / "a.zip", submission_doc("S1"))
    bad = package_zip(tmp_path / "b.zip", submission_doc("S2", team="Ana Sousa"))

    result = imin("submissions", "import", event, good, bad)

    assert (result.code, result.out) == (1, "")
    assert result.err == (
        f"imin: refused: {bad}:submission.json: S2 / team: expected a list, found text\n"
    )
    assert imin("submissions", "list", event, "--json").json() == []


def test_submissions_import_of_a_changed_submission_needs_replace(
    imin: Any, event: Path, tmp_path: Path
) -> None:
    imin("submissions", "import", event, package_zip(tmp_path / "v1.zip", submission_doc("S1")))
    v2 = package_zip(tmp_path / "v2.zip", submission_doc("S1", title="New title"))

    refused = imin("submissions", "import", event, v2)
    replaced = imin("submissions", "import", event, v2, "--replace", "--json")

    assert refused.code == 1
    assert f"{v2}: S1 / id: a different submission 'S1'" in refused.err
    assert (replaced.code, replaced.json()["replaced"]) == (0, ["S1"])


def test_submissions_list_prints_a_table(imin: Any, event: Path, tmp_path: Path) -> None:
    imin("submissions", "import", event, package_zip(tmp_path / "a.zip", submission_doc("S1")))

    result = imin("submissions", "list", event)

    assert result.out.splitlines()[2].split() == ["S1", "Remote", "triage", "S1", "Startups", "1"]


# --- jurors and conflicts ------------------------------------------------------------------


def test_jurors_add_and_list(imin: Any, event: Path) -> None:
    added = imin("jurors", "add", event, "--id", "J1", "--name", "Rui Costa", "--email", "r@x.pt")
    again = imin("jurors", "add", event, "--id", "J1", "--name", "Rui Costa", "--email", "r@x.pt")

    assert (added.code, added.out) == (0, "juror J1 added\n")
    assert (again.code, again.out) == (0, "juror J1 already present\n")
    assert imin("jurors", "list", event, "--json").json() == [
        {"id": "J1", "name": "Rui Costa", "email": "r@x.pt"}
    ]


def test_jurors_add_with_a_bad_id_exits_1(imin: Any, event: Path) -> None:
    result = imin("jurors", "add", event, "--id", "J 1", "--name", "Rui")

    assert result.code == 1
    assert result.err.startswith("imin: refused: 'J 1' is not an identifier")


def test_jurors_import_adds_every_juror(imin: Any, event: Path, tmp_path: Path) -> None:
    path = listing_csv(
        tmp_path / "jurors.csv",
        [
            {"id": "J1", "name": "Rui Costa", "email": "r@x.pt"},
            {"id": "J2", "name": "Eva", "email": ""},
        ],
    )

    result = imin("jurors", "import", event, path)

    assert (result.code, result.out) == (0, "2 juror(s) added: J1, J2\n")
    assert [j["id"] for j in imin("jurors", "list", event, "--json").json()] == ["J1", "J2"]


def test_jurors_import_refused_names_the_row_and_column(
    imin: Any, event: Path, tmp_path: Path
) -> None:
    path = listing_csv(
        tmp_path / "jurors.csv", [{"id": "J1", "name": "Rui"}, {"id": "J1", "name": "Eva"}]
    )

    result = imin("jurors", "import", event, path)

    assert result.code == 1
    assert result.err == (
        f"imin: refused: {path}: row 3 / id: juror 'J1' already appears in row 2\n"
    )
    assert imin("jurors", "list", event, "--json").json() == []


def test_conflicts_add_records_a_conflict(imin: Any, event: Path, tmp_path: Path) -> None:
    imin("submissions", "import", event, package_zip(tmp_path / "a.zip", submission_doc("S1")))
    imin("jurors", "add", event, "--id", "J1", "--name", "Rui")

    result = imin("conflicts", "add", event, "--juror", "J1", "--submission", "S1")
    again = imin("conflicts", "add", event, "--juror", "J1", "--submission", "S1")

    assert (result.code, result.out) == (0, "conflict J1 / S1 recorded\n")
    assert again.out == "conflict J1 / S1 already recorded\n"
    assert imin("event", "show", event, "--json").json()["conflicts"] == 1


def test_conflicts_add_for_an_unknown_juror_exits_1(imin: Any, event: Path, tmp_path: Path) -> None:
    imin("submissions", "import", event, package_zip(tmp_path / "a.zip", submission_doc("S1")))

    result = imin("conflicts", "add", event, "--juror", "J9", "--submission", "S1")

    assert (result.code, result.err) == (1, "imin: refused: no juror 'J9' in the event\n")


# --- validate ------------------------------------------------------------------------------


def test_validate_accepts_the_shipped_rubrics(imin: Any) -> None:
    files = [shipped_rubric_path(suffix="json"), shipped_rubric_path(suffix="xlsx")]

    result = imin("validate", *files)

    assert (result.code, result.err) == (0, "")
    assert [line.split(": ")[1] for line in result.out.splitlines()] == [
        "valid rubric (JSON)",
        "valid rubric (xlsx)",
    ]


def test_validate_accepts_a_package(imin: Any, tmp_path: Path) -> None:
    path = package_zip(tmp_path / "a.zip")

    result = imin("validate", path)

    assert (result.code, result.out) == (
        0,
        f"{path}: valid submission package: 1 submission(s), 1 attachment(s)\n",
    )


def test_validate_refuses_a_bad_file_with_exit_1_naming_the_field(
    imin: Any, tmp_path: Path
) -> None:
    good = package_zip(tmp_path / "good.zip")
    bad = write_json(tmp_path / "bad.json", {"format": "imin.rubric/1", "id": "x", "criteria": []})

    result = imin("validate", good, bad)

    assert result.code == 1
    assert result.out == f"{good}: valid submission package: 1 submission(s), 1 attachment(s)\n"
    assert result.err == (
        f"{bad}: refused (rubric (JSON)): {bad}: criteria: a rubric needs at least one criterion\n"
    )


def test_validate_refuses_a_file_it_does_not_know(imin: Any, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")

    result = imin("validate", path, tmp_path / "absent.zip")

    assert result.code == 1
    assert result.err.splitlines() == [
        f"{path}: refused: not a file imIN Desktop knows "
        "(rubric, submission package or listing, kit, score file, score sheet)",
        f"{tmp_path / 'absent.zip'}: refused: no such file or folder",
    ]


# --- usage ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["no-such-command"],
        ["event"],
        ["event", "new", "x.imin"],
        ["submissions", "import"],
        ["event", "show", "x.imin", "--no-such-option"],
    ],
)
def test_wrong_usage_exits_2(imin: Any, argv: list[str]) -> None:
    result = imin(*argv)

    assert (result.code, result.out) == (2, "")
    assert "usage: imin" in result.err


def test_version_prints_the_version(imin: Any) -> None:
    result = imin("--version")

    assert (result.code, result.out) == (0, f"imin {__version__}\n")


# --- a database URL instead of the EVENT argument ------------------------------------------


def test_db_option_replaces_the_event_argument(imin: Any, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.imin'}"
    source = package_zip(tmp_path / "a.zip", submission_doc("S1"))

    created = imin(
        "--db", url, "event", "new", "--title", "By URL", "--rubric", shipped_rubric_path()
    )
    imported = imin("--db", url, "submissions", "import", source)
    juror = imin("--actor", "Marta", "--db", url, "jurors", "add", "--id", "J1", "--name", "Rui")
    shown = imin("event", "show", "--json", f"--db={url}")

    assert [created.code, imported.code, juror.code, shown.code] == [0, 0, 0, 0]
    assert (shown.json()["title"], shown.json()["submissions"], shown.json()["jurors"]) == (
        "By URL",
        1,
        1,
    )
    assert (tmp_path / "by-url.imin").exists()


def test_imin_db_environment_variable_replaces_the_event_argument(
    imin: Any, event: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMIN_DB", f"sqlite:///{event}")

    added = imin("jurors", "add", "--id", "J1", "--name", "Rui")
    listed = imin("jurors", "list", "--json")

    assert (added.code, listed.code) == (0, 0)
    assert listed.json() == [{"id": "J1", "name": "Rui", "email": ""}]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("no-such-driver://user:secret@host/db", "is not a database URL"),
        ("nosuchdialect://user:secret@host/db", "is not a database this program can open"),
    ],
)
def test_db_option_with_a_bad_url_exits_1_without_the_password(
    imin: Any, url: str, message: str
) -> None:
    result = imin("--db", url, "event", "show")

    assert result.code == 1
    assert result.err.startswith(f"imin: refused: {url.replace('secret', '***')}: {message}")


# --- the installed console script ----------------------------------------------------------


def test_installed_imin_console_script_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "imin"

    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )

    assert (done.returncode, done.stdout, done.stderr) == (0, f"imin {__version__}\n", "")


def test_module_entry_point_validates_a_rubric_in_a_fresh_process() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "imin_desktop.cli.main",
            "validate",
            str(shipped_rubric_path(suffix="xlsx")),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert (done.returncode, done.stderr) == (0, "")
    assert ": valid rubric (xlsx): rubric 'health-innovation-2026'" in done.stdout
