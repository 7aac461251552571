"""Evaluation letters to applicants: gather the event once, build one letter per submission as
plain values (never a juror's name or id), write the PDFs and ``letters.csv``, audit the export."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from imin_desktop.domain.consolidation import Method
from imin_desktop.domain.consolidation.ranking import TOLERANCE
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.letters import (
    Letter,
    LetterComment,
    LetterCriterion,
    identities_pattern,
    letter_language,
    reviewer_label,
    scrub,
)
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.report_data import ReportData, ReviewRow
from imin_desktop.exports.letters import CSV_NAME, LetterFile, write_letters
from imin_desktop.models import ConsensusScore, Criterion, Submission
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.exports import PhaseProgress
from imin_desktop.services.report_data import gather

LETTER_LANGS = ("en", "pt", "submission")


@dataclass(frozen=True)
class LettersExport:
    folder: Path
    files: tuple[LetterFile, ...]

    @property
    def csv(self) -> Path:
        return self.folder / CSV_NAME


def _consensus_comments(db: Database) -> dict[str, dict[str, str]]:
    """Per submission, the agreed comment of every criterion that has a consensus."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    with db.begin() as session:
        event = get_event(session)
        for sub, crit, comment in session.execute(
            select(Submission.key, Criterion.key, ConsensusScore.comment)
            .join(Submission, Submission.id == ConsensusScore.submission_id)
            .join(Criterion, Criterion.id == ConsensusScore.criterion_id)
            .where(Submission.event_id == event.id)
        ):
            out[sub][crit] = comment
    return out


def _shuffled(submission_id: str, reviews: list[ReviewRow]) -> list[ReviewRow]:
    """The reviews in an order that depends on the submission, so a reviewer's letter (A, B, …)
    says nothing about which juror it was, nor links two letters to one juror."""
    return sorted(reviews, key=lambda r: hashlib.sha256(
        f"{submission_id}\x00{r.juror_id}".encode()).hexdigest())  # fmt: skip


def build_letters(
    data: ReportData, consensus: dict[str, dict[str, str]], lang: str
) -> list[Letter]:
    """One letter per submission (in id order) from the gathered event."""
    if lang not in LETTER_LANGS:
        raise RefusedError(
            f"{lang!r} is not a letter language; use one of: {', '.join(LETTER_LANGS)}"
        )
    identities = [i for m in data.jurors for i in (m.id, m.name, m.email)]
    pattern = identities_pattern(identities)
    by_sub: dict[str, list[ReviewRow]] = defaultdict(list)
    for review in data.reviews:
        by_sub[review.submission_id].append(review)
    rubric = data.rubric
    letters = []
    for result in sorted(data.results.submissions, key=lambda r: r.id):
        meta = data.submissions.get(result.id)
        fields = dict(meta.fields) if meta else {}
        title = meta.title if meta else result.title
        language = letter_language(lang, fields, title, meta.summary if meta else "")
        reviews = _shuffled(result.id, by_sub.get(result.id, []))
        labels = {r.juror_id: reviewer_label(i) for i, r in enumerate(reviews)}
        agreed = consensus.get(result.id, {})
        criteria = []
        for c in rubric.criteria:
            score = result.criteria.get(c.key)
            met = None if score is None or c.threshold is None else (
                score >= float(c.threshold) - TOLERANCE)  # fmt: skip
            comments = tuple(
                LetterComment(labels[r.juror_id], scrub(r.criterion_comments[c.key], pattern))
                for r in reviews if r.criterion_comments.get(c.key, "").strip()
            )  # fmt: skip
            criteria.append(LetterCriterion(
                key=c.key, label=c.title(language), weight=c.weight, score=score,
                threshold=c.threshold, met=met,
                consensus=scrub(agreed[c.key], pattern) if c.key in agreed else None,
                comments=comments,
            ))  # fmt: skip
        complete = all(c.key in agreed for c in rubric.criteria)
        general = () if complete else tuple(
            LetterComment(labels[r.juror_id], scrub(r.comment, pattern))
            for r in reviews if r.comment.strip()
        )  # fmt: skip
        team = meta.team if meta else ()
        applicant = "; ".join(
            p.get("name", "") + (f" ({p['organisation']})" if p.get("organisation") else "")
            for p in team if p.get("name")
        )  # fmt: skip
        email = next((p["email"] for p in team if p.get("email")), "")
        decision = data.decisions.get(result.id)
        letters.append(Letter(
            submission_id=result.id, title=title, track=meta.track if meta else "",
            applicant=applicant, email=email, lang=language, criteria=tuple(criteria),
            total=result.total, total_range=rubric.total_range(),
            overall_threshold=rubric.overall_threshold, passes=result.passes,
            eligible=result.eligible, outcome=decision.outcome if decision else None,
            rationale=scrub(decision.rationale, pattern) if decision else "", general=general,
        ))  # fmt: skip
    return letters


def export_letters(
    db: Database, out: str | Path, *, lang: str = "en", method: Method = "consensus",
    progress: Progress = SILENT, actor: str | None = None,
) -> LettersExport:  # fmt: skip
    """Write one evaluation letter per submission and ``letters.csv`` into the folder ``out``.

    ``lang`` is ``en``, ``pt`` or ``submission`` (each letter in its submission's language);
    ``method`` gives the scores (default ``consensus``: the agreed score where recorded, the
    mean of the reviews elsewhere).
    """
    if lang not in LETTER_LANGS:
        raise RefusedError(
            f"{lang!r} is not a letter language; use one of: {', '.join(LETTER_LANGS)}"
        )
    actor = actor or default_actor()
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise RefusedError(f"{folder} is a file, not a folder")
    data = gather(db, method=method, lang="pt" if lang == "pt" else "en", draws=0,
                  progress=PhaseProgress(progress, 0.0, 0.1))  # fmt: skip
    letters = build_letters(data, _consensus_comments(db), lang)
    try:
        files = write_letters(letters, folder, event_title=data.event_title,
                              date=data.generated_at, progress=PhaseProgress(progress, 0.1, 1.0))  # fmt: skip
    except OSError as exc:
        raise RefusedError(f"cannot write the letters to {folder}: {exc.strerror or exc}") from None
    if db.read_only:  # a manager's copy: the event cannot record it, the letters are still made
        return LettersExport(folder, tuple(files))
    with db.begin() as session:
        event = get_event(session)
        record(session, event.id, actor, "export letters", "event", data.event_id,
               after={"folder": folder.name, "letters": len(files), "lang": lang,
                      "method": method, "fingerprint": data.fingerprint},
               detail=str(folder))  # fmt: skip
    return LettersExport(folder, tuple(files))
