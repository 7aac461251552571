"""The consensus step on a real event file: recorded, versioned, audited, used by the results."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from funding_factories import scored_event
from logistics_factories import LogisticsEvent
from sqlalchemy import select

from imin_desktop.domain.errors import InputError, NotFoundError, RefusedError
from imin_desktop.models import AuditEntry, ConsensusScore
from imin_desktop.services import consensus
from imin_desktop.services.consensus_view import show_consensus
from imin_desktop.services.results import compute_results

SUB = "SUB-003"  # reviewed by J01 and J04


@pytest.fixture
def event(tmp_path: Path) -> LogisticsEvent:
    ev = scored_event(tmp_path)
    yield ev
    ev.db.dispose()


def test_consensus_set_is_shown_beside_the_reviews(event: LogisticsEvent) -> None:
    version = consensus.set_consensus(
        event.db, SUB, "excellence", "4.5", "Objetivos claros.", minority_view="J04 viu riscos.",
        rapporteur="J01", actor="rapporteur",
    )  # fmt: skip

    view = show_consensus(event.db, SUB)
    excellence = view.criteria[0]
    assert version == 1
    assert view.panel == ("J01", "J04")
    assert [r.juror_id for r in excellence.reviews] == ["J01", "J04"]
    assert excellence.agreed is not None
    assert (excellence.agreed.value, excellence.agreed.comment, excellence.agreed.rapporteur) == (
        Decimal("4.5"), "Objetivos claros.", "J01",
    )  # fmt: skip
    assert excellence.agreed.minority_view == "J04 viu riscos."
    assert excellence.mean is not None and excellence.gap == pytest.approx(4.5 - excellence.mean)
    assert view.criteria[1].agreed is None and not view.complete


def test_consensus_change_is_versioned_and_audited(event: LogisticsEvent) -> None:
    consensus.set_consensus(event.db, SUB, "impact", "3", actor="ana")
    version = consensus.set_consensus(event.db, SUB, "impact", "4", expected_version=1, actor="rui")

    with event.db.begin() as session:
        entries = list(session.scalars(
            select(AuditEntry).where(AuditEntry.action == "consensus").order_by(AuditEntry.id)
        ))  # fmt: skip
        audited = [(e.actor, e.entity_key, e.before, e.after["score"]) for e in entries]
    assert version == 2
    assert audited == [
        ("ana", f"{SUB} / impact", None, "3"),
        ("rui", f"{SUB} / impact",
         {"score": "3", "comment": "", "minority_view": "", "rapporteur": "coordinator"}, "4"),
    ]  # fmt: skip


def test_consensus_based_on_an_old_version_is_refused(event: LogisticsEvent) -> None:
    consensus.set_consensus(event.db, SUB, "impact", "3")
    consensus.set_consensus(event.db, SUB, "impact", "4", expected_version=1)

    with pytest.raises(RefusedError, match="changed by someone else"):
        consensus.set_consensus(event.db, SUB, "impact", "5", expected_version=1)
    assert show_consensus(event.db, SUB).criteria[1].agreed.value == Decimal(4)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("rapporteur", "message"),
    [("J02", "not on this submission's panel"), ("NOBODY", "not on this submission's panel")],
)
def test_consensus_rapporteur_outside_the_panel_is_refused(
    event: LogisticsEvent, rapporteur: str, message: str
) -> None:
    with pytest.raises(RefusedError, match=message):
        consensus.set_consensus(event.db, SUB, "impact", "3", rapporteur=rapporteur)


@pytest.mark.parametrize(
    ("criterion", "score", "comment", "message"),
    [
        ("impact", "3.25", "", "off the grid"),
        ("impact", "7", "", "off the scale"),
        ("excellence", "4", "", "needs a comment"),
        ("nothing", "4", "", "no criterion 'nothing'"),
        ("impact", "abc", "", "not a score"),
    ],
)
def test_consensus_invalid_score_is_refused(
    event: LogisticsEvent, criterion: str, score: str, comment: str, message: str
) -> None:
    with pytest.raises(RefusedError, match=message):
        consensus.set_consensus(event.db, SUB, criterion, score, comment)
    with event.db.begin() as session:
        assert session.scalars(select(ConsensusScore)).all() == []


def test_consensus_on_unknown_submission_is_refused(event: LogisticsEvent) -> None:
    with pytest.raises(NotFoundError):
        consensus.set_consensus(event.db, "SUB-999", "impact", "3")


def test_consensus_replaces_values_in_the_results(event: LogisticsEvent) -> None:
    consensus.set_consensus(event.db, SUB, "excellence", "1", "Fraco.")
    consensus.set_consensus(event.db, SUB, "impact", "1")

    agreed = compute_results(event.db, method="consensus", draws=0).results
    mean = compute_results(event.db, method="mean", draws=0).results

    assert agreed.submission(SUB).criteria == {"excellence": 1.0, "impact": 1.0}
    assert agreed.submission(SUB).total == 3.0  # weights 1 and 2
    assert "no_consensus" not in agreed.submission(SUB).flags
    for other in mean.submissions:
        if other.id != SUB:
            assert agreed.submission(other.id).criteria == other.criteria
            assert "no_consensus" in agreed.submission(other.id).flags


def test_gate_consensus_decides_eligibility(event: LogisticsEvent) -> None:
    consensus.set_gate_consensus(event.db, SUB, "eligible", False, "Fora do âmbito.")

    agreed = compute_results(event.db, method="consensus", draws=0).results
    assert agreed.submission(SUB).eligible is False
    assert compute_results(event.db, method="mean", draws=0).results.submission(SUB).eligible


def test_consensus_clear_falls_back_to_the_mean(event: LogisticsEvent) -> None:
    consensus.set_consensus(event.db, SUB, "impact", "1")
    consensus.clear_consensus(event.db, SUB, "impact")

    assert show_consensus(event.db, SUB).criteria[1].agreed is None


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


HEADER = ["submission", "criterion", "score", "comment", "minority_view", "rapporteur"]


def test_consensus_import_records_every_row(event: LogisticsEvent, tmp_path: Path) -> None:
    path = tmp_path / "consensus.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, [SUB, "excellence", 4, "Sólido.", "", "J04"], [SUB, "impact", 3.5, "", "", ""],
                ["SUB-001", "impact", 2, "", "", ""]]:  # fmt: skip
        sheet.append(row)
    book.save(path)

    done = consensus.import_consensus(event.db, path)

    view = show_consensus(event.db, SUB)
    assert (done.rows, done.submissions) == (3, 2)
    assert [c.agreed.value for c in view.criteria if c.agreed] == [Decimal(4), Decimal("3.5")]
    assert view.criteria[0].agreed.rapporteur == "J04"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (["SUB-001", "impact", "9", "", "", ""], "row 3 / SUB-001 / impact: 9 is off the scale"),
        (
            ["SUB-999", "impact", "2", "", "", ""],
            "row 3 / SUB-999 / impact: no submission 'SUB-999'",
        ),
        (["SUB-001", "impact", "", "", "", ""], "row 3 / score: is empty"),
        (
            ["SUB-001", "impact", "2", "", "", "J02"],
            "row 3 / SUB-001 / impact: SUB-001: juror 'J02' is not on",
        ),
        ([SUB, "impact", "2", "", "", ""], "row 3: SUB-003 / impact already appears in row 2"),
        (["=cmd()", "impact", "2", "", "", ""], "row 3 / submission: expected an identifier"),
    ],
)
def test_consensus_import_with_one_bad_row_records_nothing(
    event: LogisticsEvent, tmp_path: Path, bad_row: list[str], message: str
) -> None:
    path = _write_csv(tmp_path / "c.csv", [HEADER, [SUB, "impact", "3", "", "", ""], bad_row])

    with pytest.raises(InputError) as caught:
        consensus.import_consensus(event.db, path)

    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    with event.db.begin() as session:
        assert session.scalars(select(ConsensusScore)).all() == []


def test_consensus_import_without_a_score_column_is_refused(
    event: LogisticsEvent, tmp_path: Path
) -> None:
    path = _write_csv(tmp_path / "c.csv", [["submission", "criterion"], [SUB, "impact"]])

    with pytest.raises(InputError, match="row 1: the column 'score' is missing"):
        consensus.import_consensus(event.db, path)
