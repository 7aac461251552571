"""``imin consensus`` and ``imin results --method consensus`` on a real event file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from funding_factories import scored_event

SUB = "SUB-003"


@pytest.fixture
def event(tmp_path: Path) -> Iterator[Path]:
    ev = scored_event(tmp_path)
    ev.db.dispose()
    yield ev.path


def test_consensus_set_then_show_json(imin: Any, event: Path) -> None:
    done = imin("consensus", "set", event, SUB, "--criterion", "excellence", "--score", "4",
                "--comment", "Objetivos claros.", "--rapporteur", "J04")  # fmt: skip
    shown = imin("consensus", "show", event, SUB, "--json")

    doc = shown.json()
    assert (done.code, shown.code) == (0, 0)
    assert "version 1" in done.out
    assert doc["panel"] == ["J01", "J04"]
    assert doc["criteria"][0]["consensus"]["value"] == "4"
    assert doc["criteria"][0]["consensus"]["rapporteur"] == "J04"
    assert [r["juror"] for r in doc["criteria"][0]["reviews"]] == ["J01", "J04"]
    assert doc["complete"] is False


def test_consensus_show_table_lists_reviews_and_gap(imin: Any, event: Path) -> None:
    imin("consensus", "set", event, SUB, "--criterion", "impact", "--score", "5")

    shown = imin("consensus", "show", event, SUB)

    assert shown.code == 0
    assert "criterion" in shown.out and "J01" in shown.out and "5 (v1, coordinator)" in shown.out


def test_consensus_set_refused_exits_1_without_traceback(imin: Any, event: Path) -> None:
    run = imin("consensus", "set", event, SUB, "--criterion", "impact", "--score", "3.3")

    assert run.code == 1
    assert "off the grid" in run.err


def test_results_method_consensus_flags_every_submission_without_one(
    imin: Any, event: Path
) -> None:
    imin("consensus", "set", event, SUB, "--criterion", "excellence", "--score", "5",
         "--comment", "Excelente.")  # fmt: skip
    imin("consensus", "set", event, SUB, "--criterion", "impact", "--score", "5")

    agreed = imin("results", event, "--method", "consensus", "--json", "--draws", "0").json()
    mean = imin("results", event, "--json", "--draws", "0").json()

    by_id = {s["id"]: s for s in agreed["submissions"]}
    assert agreed["method"] == "consensus"
    assert by_id[SUB]["criteria"] == {"excellence": 5.0, "impact": 5.0}
    assert by_id[SUB]["rank"] == 1
    assert "no_consensus" not in by_id[SUB]["flags"]
    assert all("no_consensus" in s["flags"] for s in agreed["submissions"] if s["id"] != SUB)
    mean_sub = next(s for s in mean["submissions"] if s["id"] == SUB)
    assert mean_sub["consensus_gap"] == pytest.approx({
        k: 5.0 - v for k, v in mean_sub["criteria"].items()
    })  # fmt: skip


def test_consensus_import_command(imin: Any, event: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "agreed.csv"
    sheet.write_text(
        "submission;criterion;score;comment\nSUB-003;impact;4;Bom impacto\nSUB-001;impact;2,5;\n",
        encoding="utf-8",
    )

    run = imin("consensus", "import", event, sheet)

    assert run.code == 0
    assert "2 consensus scores recorded for 2 submissions" in run.out
    assert (
        imin("consensus", "show", event, "SUB-001", "--json").json()["criteria"][1]["consensus"][
            "value"
        ]
        == "2.5"
    )
