"""The PDF decision report: gather the event's results once, lay them out, audit the export."""

from __future__ import annotations

from pathlib import Path

from imin_desktop.domain.consolidation import Method
from imin_desktop.domain.errors import NotFoundError, RefusedError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.exports.report import write_report
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.exports import LANGS, PhaseProgress
from imin_desktop.services.report_data import gather
from imin_desktop.services.report_final import NotReadyForFinal, gaps_of


def export_report(
    db: Database, out: str | Path, *, method: Method = "mean", lang: str = "en",
    final: bool = False, only: str | None = None, progress: Progress = SILENT,
    actor: str | None = None, force: bool = False,
) -> Path:  # fmt: skip
    """Write the decision report of the event to ``out`` (with ``only``, just that submission's
    evaluation summary, to send to its applicant); returns the path written.

    The file is written atomically: cancelling ``progress`` leaves nothing under ``out``. The
    audit trail records the export with the fingerprint printed on the report's cover, so a
    signed paper copy can be traced to the results it shows.

    A ``final`` report is refused with :class:`NotReadyForFinal` (the list of what is missing:
    draft reviews, submissions without a decision, unsettled ex aequo groups) unless ``force``;
    the audit entry records a forced final report with that list.
    """
    if lang not in LANGS:
        raise RefusedError(f"{lang!r} is not a report language; use one of: {', '.join(LANGS)}")
    actor = actor or default_actor()
    target = Path(out)
    data = gather(db, method=method, lang=lang, progress=PhaseProgress(progress, 0.0, 0.3))
    if only is not None and only not in data.submissions:
        raise NotFoundError(f"no submission {only!r} in this event")
    missing: list[str] = []
    if final and only is None:
        gaps = gaps_of(data)
        if not gaps.complete and not force:
            raise NotReadyForFinal(gaps)
        missing = gaps.lines()
    try:
        write_report(data, target, final=final, only=only,
                     progress=PhaseProgress(progress, 0.3, 1.0))  # fmt: skip
    except OSError as exc:
        raise RefusedError(f"cannot write {target}: {exc.strerror or exc}") from None
    if db.read_only:  # a manager's copy: the event cannot record it, the file is still made
        return target
    with db.begin() as session:
        event = get_event(session)
        record(session, event.id, actor, "export report", "event", data.event_id,
               after={"file": target.name, "method": method, "lang": lang, "final": final,
                      "only": only, "fingerprint": data.fingerprint,
                      **({"forced_despite": missing} if missing else {})},
               detail=str(target))  # fmt: skip
    return target
