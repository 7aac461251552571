"""Exports of the consolidated results: the workbook (and, alongside, the decision report).

Each export gathers the event once into plain values (:func:`report_data.gather`), lays them out
with the matching module of ``imin_desktop.exports``, writes the file atomically and records the
export in the audit trail with the fingerprint of the results it holds.
"""

from __future__ import annotations

from pathlib import Path

from imin_desktop.domain.consolidation import Method
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.exports.workbook import write_workbook
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.report_data import gather

LANGS = ("en", "pt")


class PhaseProgress:
    """One part of a longer task: maps its ``done/total`` onto ``[start, end]`` of the whole."""

    SCALE = 1000

    def __init__(self, outer: Progress, start: float, end: float) -> None:
        self._outer, self._start, self._end = outer, start, end

    def step(self, done: int, total: int, message: str = "") -> None:
        share = done / total if total else 1.0
        at = self._start + (self._end - self._start) * min(max(share, 0.0), 1.0)
        self._outer.step(round(at * self.SCALE), self.SCALE, message)


def export_workbook(
    db: Database, out: str | Path, *, method: Method = "mean", lang: str = "en",
    progress: Progress = SILENT, actor: str | None = None,
) -> Path:  # fmt: skip
    """Write the consolidated workbook of the event to ``out``; returns the path written.

    The bootstrap and the writing share ``progress`` (about half each); cancelling it leaves no
    file under ``out``.
    """
    if lang not in LANGS:
        raise RefusedError(f"{lang!r} is not a workbook language; use one of: {', '.join(LANGS)}")
    actor = actor or default_actor()
    target = Path(out)
    data = gather(db, method=method, lang=lang, progress=PhaseProgress(progress, 0.0, 0.5))
    try:
        write_workbook(data, target, progress=PhaseProgress(progress, 0.5, 1.0))
    except OSError as exc:
        raise RefusedError(f"cannot write {target}: {exc.strerror or exc}") from None
    if db.read_only:  # a manager's copy: the event cannot record it, the file is still made
        return target
    with db.begin() as session:
        event = get_event(session)
        record(session, event.id, actor, "export workbook", "event", data.event_id,
               after={"file": target.name, "method": method, "lang": lang,
                      "fingerprint": data.fingerprint},
               detail=str(target))  # fmt: skip
    return target
