"""``imin funding`` on a real event file: the proposal, its JSON, ``--apply``, and the decision
report's budget line."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from funding_factories import scored_event


@pytest.fixture
def event(tmp_path: Path) -> Iterator[Path]:
    ev = scored_event(tmp_path)
    ev.db.dispose()
    yield ev.path


def test_funding_json_has_the_issue_shape(imin: Any, event: Path) -> None:
    run = imin("funding", event, "--budget", "800000", "--reserve", "1", "--json")

    doc = run.json()
    assert run.code == 0
    assert doc["budget"] == 800000
    assert {"main", "reserve", "insufficient_budget", "below_threshold", "ineligible",
            "panel"} <= set(doc)  # fmt: skip
    assert doc["main"] == [
        {"id": "SUB-003", "rank": 1, "request": 144000, "cumulative": 144000},
        {"id": "SUB-001", "rank": 4, "request": 611500, "cumulative": 755500},
    ]
    assert [e["id"] for e in doc["reserve"]] == ["SUB-008"]


def test_funding_table_and_skip_to_fit_rule(imin: Any, event: Path) -> None:
    run = imin("funding", event, "--budget", "700000", "--rule", "skip-to-fit")

    assert run.code == 0
    assert "skip to fit" in run.out
    assert "Budget line: €622 500 of €700 000 committed" in run.out


def test_funding_apply_then_report_shows_the_budget_line(
    imin: Any, event: Path, tmp_path: Path
) -> None:
    applied = imin("funding", event, "--budget", "800000", "--reserve", "1", "--apply")
    results = imin("results", event, "--json", "--draws", "0").json()
    report = imin("report", "pdf", event, tmp_path / "report.pdf")

    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    decisions = {s["id"]: s["decision"]["outcome"] for s in results["submissions"]}
    assert (applied.code, report.code) == (0, 0)
    assert "decisions recorded for 8 submissions" in applied.out
    assert decisions["SUB-003"] == "funded" and decisions["SUB-008"] == "reserve"
    assert "Budget line: €755 500 of €800 000 committed" in text
    assert "2 on the main list (€755 500, €44 500 left)" in " ".join(text.split())


def test_funding_without_budget_is_refused(imin: Any, event: Path) -> None:
    run = imin("funding", event)

    assert run.code == 1
    assert "no budget" in run.err
