"""Consensus, the budget line and the letters on an event held by a PostgreSQL server."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from funding_factories import scored_event

from imin_desktop.domain.errors import RefusedError
from imin_desktop.persistence.database import open_database
from imin_desktop.services import consensus, funding, letters
from imin_desktop.services.consensus_view import show_consensus
from imin_desktop.services.results import compute_results
from imin_desktop.services.transfer import push_event


@pytest.mark.postgres
def test_consensus_budget_line_and_letters_on_postgres(pg_database: str, tmp_path: Path) -> None:
    event = scored_event(tmp_path / "file")
    event.db.dispose()
    push_event(event.path, pg_database)
    db = open_database(pg_database)
    try:
        consensus.set_consensus(db, "SUB-003", "impact", "4.5", rapporteur="J04")
        with pytest.raises(RefusedError, match="changed by someone else"):
            consensus.set_consensus(db, "SUB-003", "impact", "1", expected_version=0)
        applied = funding.apply_funding(db, funding.resolve_settings(db, budget=800_000, reserve=1))
        done = letters.export_letters(db, tmp_path / "letters", lang="pt")

        view = show_consensus(db, "SUB-003")
        er = compute_results(db, method="consensus", draws=0)
    finally:
        db.dispose()

    assert view.criteria[1].agreed is not None and view.criteria[1].agreed.value == Decimal("4.5")
    assert er.results.submission("SUB-003").criteria["impact"] == 4.5
    assert er.decisions["SUB-003"]["outcome"] == "funded"
    assert len(applied.recorded) == 8 and len(done.files) == 8
