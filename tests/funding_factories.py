"""Scored events for the consensus, budget-line and letter tests: a real event file with
generated submissions (each carrying ``budget_eur``), jurors, assignments, and final reviews
merged from signed score files."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from logistics_factories import (
    LogisticsEvent,
    complete_entry,
    copy_event_file,
    prepared_event,
    write_scores,
)

from imin_desktop.persistence.database import open_database
from imin_desktop.services import scores

_SCORED: dict[tuple[int, int], LogisticsEvent] = {}


def score_of(juror: str, submission: str, criterion: str) -> str:
    """A deterministic score on the mini rubric's grid (0–5 by 0.5) for a juror and submission."""
    digest = hashlib.sha256(f"{juror}/{submission}/{criterion}".encode()).digest()
    return str(1 + digest[0] % 9 / 2)


def scored_event(
    folder: Path, *, submissions_count: int = 8, jurors_count: int = 4
) -> LogisticsEvent:
    """Every assigned review final and merged; built once per size, then copied into ``folder``."""
    key = (submissions_count, jurors_count)
    if key not in _SCORED:
        base = Path(tempfile.mkdtemp(prefix="imin-scored-"))
        event = prepared_event(base, issue_kits=True, submissions_count=submissions_count,
                               jurors_count=jurors_count)  # fmt: skip
        files = []
        for juror, subs in event.assignments().items():
            entries = [
                complete_entry(s, excellence=score_of(juror, s, "excellence"),
                               impact=score_of(juror, s, "impact"),
                               comment=f"Comentário geral de {juror} sobre {s}.")
                for s in subs
            ]  # fmt: skip
            files.append(write_scores(event.kits[juror], entries, 1, base))
        scores.import_score_files(event.db, files, actor="tester")
        event.db.dispose()
        _SCORED[key] = event
    original = _SCORED[key]
    path = copy_event_file(original.path, folder / "event.imin")
    return LogisticsEvent(folder, path, open_database(path), list(original.submissions),
                          list(original.jurors), dict(original.kits))  # fmt: skip
