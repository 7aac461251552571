"""The consensus sheet reader: rows or one ``InputError``, whatever the bytes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.errors import InputError
from imin_desktop.formats import consensus as sheet
from imin_desktop.formats.consensus import ConsensusRow, read_consensus


def test_consensus_sheet_reads_rows_with_optional_columns(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        'Criterion,Submission,Score,Rapporteur\nimpact,SUB-1,"3,5",J02\n,,,\nexcellence,SUB-1,4,\n',
        encoding="utf-8-sig",
    )

    rows = read_consensus(path)

    assert rows == [
        ConsensusRow("row 2", "SUB-1", "impact", Decimal("3.5"), rapporteur="J02"),
        ConsensusRow("row 4", "SUB-1", "excellence", Decimal(4)),
    ]


def test_consensus_sheet_larger_than_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("submission,criterion,score\n" + "SUB-1,impact,3\n" * 100, encoding="utf-8")
    monkeypatch.setattr(sheet, "MAX_CONSENSUS_BYTES", 1000)

    with pytest.raises(InputError, match="more than the limit of 1000"):
        read_consensus(path)


def test_consensus_sheet_with_too_many_rows_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.csv"
    rows = "".join(f"SUB-{i},impact,3\n" for i in range(20))
    path.write_text("submission,criterion,score\n" + rows, encoding="utf-8")
    monkeypatch.setattr(sheet, "MAX_CONSENSUS_ROWS", 10)

    with pytest.raises(InputError, match="row 12: more than 10 rows"):
        read_consensus(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_consensus_sheet_reader_raises_only_input_error(tmp_path: Path, data: bytes) -> None:
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(
            b"submission,criterion,score,comment\n" + data if suffix == ".csv" else data
        )
        try:
            rows = read_consensus(path)
        except InputError:
            continue
        assert all(isinstance(r.score, Decimal) and r.score.is_finite() for r in rows)
