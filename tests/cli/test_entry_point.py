"""The installed ``imin`` console script, each run a fresh process: ``imin validate`` knows
every format on its own (nothing depends on what another command imported first), and every
command of the command line runs once end to end on one small event."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from factories import (
    listing_csv,
    package_folder,
    package_zip,
    shipped_rubric_path,
    submission_doc,
)
from logistics_factories import LogisticsEvent, complete_entry, make_event, write_scores
from processes import run_imin

from imin_desktop.services import kits, sheets

PASSPHRASE = "frase secreta do coordenador"


@dataclass(frozen=True)
class Files:
    folder: Path
    event: Path
    by_kind: dict[str, Path]


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Files]:
    """One small event (6 submissions, 3 jurors, assigned) and a file of every kind, built
    once for the session."""
    folder = tmp_path_factory.mktemp("entry")
    ev: LogisticsEvent = make_event(folder / "event", submissions_count=6, jurors_count=3)
    issued = {k.juror_id: k.path for k in kits.export_kits(ev.db, folder / "kits", actor="t")}
    sealed = kits.export_kits(
        ev.db, folder / "sealed", passphrase=PASSPHRASE, jurors=["J02"], actor="t"
    )[0].path
    opened = ev.issue_kits(folder / "kits")
    sheet = sheets.export_sheets(ev.db, folder / "sheets", actor="t")[0]
    sid = ev.assignments()["J01"][0]
    scores = write_scores(opened["J01"], [complete_entry(sid)], 1, folder / "scores")
    consensus = folder / "consensus.csv"
    consensus.write_text(f"submission,criterion,score\n{sid},impact,3\n", encoding="utf-8")
    jurors = folder / "jurors.csv"
    jurors.write_text("id,name,email\nJ10,Inês Faria,ines@example.pt\n", encoding="utf-8")
    passphrase = folder / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    ev.db.dispose()
    yield Files(
        folder,
        ev.path,
        {
            "rubric (JSON)": shipped_rubric_path(),
            "rubric (xlsx)": shipped_rubric_path(suffix="xlsx"),
            "submission package": package_zip(folder / "pkg.zip", submission_doc("NEW-1")),
            "submission package folder": package_folder(folder / "pkg", submission_doc("NEW-2")),
            "submission listing": listing_csv(
                folder / "listing" / "list.csv",
                [{"id": "NEW-3", "title": "Listed", "attachments": "a.pdf"}],
                {"a.pdf": b"%PDF-1.4 listed"},
            ),
            "juror list": jurors,
            "consensus sheet": consensus,
            "juror kit": issued["J01"],
            "sealed juror kit": sealed,
            "score file": scores,
            "score sheet (xlsx)": sheet,
            "passphrase": passphrase,
        },
    )


VALIDATED = {
    "rubric (JSON)": "valid rubric (JSON): rubric 'health-innovation-2026'",
    "rubric (xlsx)": "valid rubric (xlsx): rubric 'health-innovation-2026'",
    "submission package": "valid submission package: 1 submission(s), 1 attachment(s)",
    "submission package folder": "valid submission package: 1 submission(s), 1 attachment(s)",
    "submission listing": "valid submission listing: 1 submission(s), 1 attachment(s)",
    "juror list": "valid juror list: 1 juror(s), 1 with an e-mail address",
    "consensus sheet": "valid consensus sheet: 1 consensus score(s) for 1 submission(s)",
    "juror kit": "valid juror kit: juror kit ",
    "sealed juror kit": "valid juror kit: encrypted juror kit (AES-256-GCM, scrypt n=",
    "score file": "valid score file: score file of juror J01 for event ",
    "score sheet (xlsx)": "valid score sheet (xlsx): score sheet of juror J01 for event ",
}


@pytest.mark.parametrize("kind", VALIDATED)
def test_validate_in_a_fresh_process_knows_the_format(files: Files, kind: str) -> None:
    path = files.by_kind[kind]

    run = run_imin("validate", path)

    assert (run.code, run.err) == (0, "")
    assert run.out.startswith(f"{path}: {VALIDATED[kind]}"), run.out


def test_validate_in_a_fresh_process_names_what_it_does_not_know(files: Files) -> None:
    unknown = files.folder / "notes.txt"
    unknown.write_text("hello", encoding="utf-8")

    run = run_imin("validate", unknown)

    assert run.code == 1
    assert run.err.startswith(f"{unknown}: refused: not a file imIN Desktop knows")


def test_every_command_runs_once_from_the_installed_entry_point(
    files: Files, tmp_path: Path
) -> None:
    event = tmp_path / "event.imin"
    shutil.copyfile(files.event, event)
    kit = tmp_path / "J01.iminkit"
    shutil.copyfile(files.by_kind["juror kit"], kit)
    sealed = files.by_kind["sealed juror kit"]
    secret = files.by_kind["passphrase"]
    new = tmp_path / "new.imin"
    back = tmp_path / "back"
    sid = "SUB-001"
    steps: list[tuple[str | Path, ...]] = [
        ("--version",),
        ("validate", files.by_kind["rubric (JSON)"]),
        ("event", "new", new, "--title", "Summit", "--rubric", shipped_rubric_path()),
        ("event", "show", event, "--json"),
        ("submissions", "import", new, files.by_kind["submission package"]),
        ("submissions", "list", new, "--json"),
        ("jurors", "add", new, "--id", "J01", "--name", "Ana Sousa"),
        ("jurors", "import", new, files.by_kind["juror list"]),
        ("jurors", "list", new),
        ("conflicts", "add", new, "--juror", "J01", "--submission", "NEW-1"),
        ("assign", new, "--per-submission", "1"),
        ("kits", "export", event, "--out", tmp_path / "kits", "--juror", "J03"),
        ("sheets", "export", event, "--out", tmp_path / "sheets"),
        ("juror", "open", sealed, "--passphrase-file", secret, "--json"),
        ("juror", "status", kit),
        ("juror", "score", kit, sid, "impact", "4"),
        ("juror", "score", kit, sid, "excellence", "3.5"),
        ("juror", "comment", kit, sid, "Clear aims.", "--criterion", "excellence"),
        ("juror", "comment", kit, sid, "Solid team."),
        ("juror", "gate", kit, sid, "eligible", "yes"),
        ("juror", "done", kit, sid),
        ("juror", "draft", kit, sid),
        ("juror", "conflict", kit, "SUB-002"),
        ("juror", "export", kit, "--out", back),
        ("scores", "import", event, back / "J01-001.iminscore"),
        ("scores", "status", event),
        ("results", event, "--draws", "50"),
        ("decide", event, sid, "--outcome", "finalist", "--rationale", "Strong"),
        ("export", "xlsx", event, tmp_path / "results.xlsx"),
        ("report", "pdf", event, tmp_path / "report.pdf"),
        ("demo", "--out", tmp_path / "demo"),
    ]
    failures = []
    for step in steps:
        run = run_imin(*step, cwd=tmp_path)
        if run.code != 0 or "Traceback" in run.err:
            failures.append((step, run.code, run.err[-500:]))
    assert failures == []
    assert json.loads(run_imin("submissions", "list", new, "--json").out)[0]["id"] == "NEW-1"
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "demo" / "demo.imin").is_file()
