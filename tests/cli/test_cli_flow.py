"""The whole coordinator's flow from the command line, once on a SQLite file and once on a
PostgreSQL server (``--db URL``): event, submissions, jurors, conflicts, assignment, kits,
score files, merge, status, results, decisions, workbook and report."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from logistics_factories import (
    complete_entry,
    generated_jurors,
    generated_submissions,
    merged_content,
    mini_rubric_path,
    write_scores,
    write_submission_packages,
)
from pg_cluster import Backend

from imin_desktop.cli.main import main
from imin_desktop.formats.kit import open_kit


@pytest.fixture
def imin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("IMIN_DB", raising=False)
    monkeypatch.setenv("IMIN_ACTOR", "coordinator")

    def run(*argv: str | Path) -> str:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), err
        return out

    return run


# Scores per juror position: excellence, impact (the mini rubric: weights 1 and 2).
SCORES = [("4.5", "3"), ("2", "1.5"), ("5", "4.5")]


def test_cli_flow_from_event_to_report(
    imin: Any, backend: Backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = backend.target(tmp_path)
    subs = generated_submissions(6, 7)
    people = generated_jurors(3, 7)
    packages = write_submission_packages(tmp_path / "packages", subs)
    roster = tmp_path / "jurors.csv"
    with open(roster, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "email"])
        writer.writerows([p.id, p.name, p.email] for p in people)

    imin("--db", target, "event", "new", "--title", "Desafio Saúde", "--rubric", mini_rubric_path())
    imported = json.loads(imin("--db", target, "submissions", "import", *packages, "--json"))
    imin("--db", target, "jurors", "import", roster)
    imin("--db", target, "conflicts", "add", "--juror", "J01", "--submission", subs[0].id)
    monkeypatch.setenv("IMIN_DB", str(target))  # the environment variable, from here on
    imin("assign", "--per-submission", "2", "--seed", "4")
    imin("kits", "export", "--out", tmp_path / "kits")
    returned = []
    expected_totals: dict[str, list[Decimal]] = {}
    for n, person in enumerate(people):
        kit = open_kit(tmp_path / "kits" / f"{person.id}.iminkit").kit
        excellence, impact = SCORES[n]
        entries = [complete_entry(s.id, excellence=excellence, impact=impact)
                   for s in kit.submissions]  # fmt: skip
        returned.append(write_scores(kit, entries, 1, tmp_path / "back"))
        for s in kit.submissions:
            expected_totals.setdefault(s.id, []).append(Decimal(excellence) + 2 * Decimal(impact))
    merged = json.loads(imin("scores", "import", *returned, "--json"))
    status = json.loads(imin("scores", "status", "--json"))
    result = json.loads(imin("results", "--json", "--draws", "50"))
    first = imin("decide", result["submissions"][0]["id"], "--outcome", "winner")
    second = imin("decide", result["submissions"][0]["id"], "--outcome", "finalist",
                  "--rationale", "Empate resolvido pelo painel", "--expected-version", "1")  # fmt: skip
    stale = main(["decide", result["submissions"][0]["id"], "--outcome", "winner",
                  "--expected-version", "1"])  # fmt: skip
    imin("export", "xlsx", tmp_path / "results.xlsx")
    imin("report", "pdf", tmp_path / "report.pdf")
    shown = json.loads(imin("event", "show", "--json"))

    assert len(imported["added"]) == 6
    assert [o["result"] for o in merged] == ["accepted"] * 3
    assert status["totals"] == {"done": 12, "draft": 0, "missing": 0, "conflict": 1}
    means = {sid: sum(t) / len(t) for sid, t in expected_totals.items()}
    assert {s["id"]: Decimal(str(s["total"])) for s in result["submissions"]} == means
    ranks = {s["id"]: s["rank"] for s in result["submissions"]}
    assert all(ranks[a] < ranks[b] for a in means for b in means if means[a] > means[b])
    assert first.endswith("(decision version 1)\n") and second.endswith("(decision version 2)\n")
    assert stale == 1  # a second coordinator working from version 1: refused, nothing overwritten
    assert json.loads(imin("results", "--json", "--draws", "10"))["submissions"][0]["decision"][
        "outcome"] == "finalist"  # fmt: skip
    assert (shown["title"], shown["submissions"], shown["jurors"], shown["reviews_final"],
            shown["score_files"], shown["decisions"]) == ("Desafio Saúde", 6, 3, 12, 3, 1)  # fmt: skip
    assert {row[3] for row in merged_content(target)["scores"]} <= {v for pair in SCORES
                                                                    for v in pair}  # fmt: skip
    book = openpyxl.load_workbook(tmp_path / "results.xlsx", read_only=True)
    ranking = [c for row in book["Ranking"].iter_rows(values_only=True) for c in row if c in ranks]
    book.close()
    assert ranking == [s["id"] for s in result["submissions"]]
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    # The text output shows the ranked list apart from the submissions that fail (as the report).
    text = imin("results", "--draws", "10")
    ranked_part = text.split("Below a threshold")[0].split("Ineligible")[0]
    passing = [s["id"] for s in result["submissions"] if s["passes"]]
    failing = [s["id"] for s in result["submissions"] if s["passes"] is False]
    assert text.index("Ranked list") < min(text.index(f" {i} ") for i in passing)
    assert all(f" {i} " in ranked_part for i in passing)
    assert not any(f" {i} " in ranked_part for i in failing)
