"""Blind means blind: the identity check before blind kits and score sheets are issued.

In a blind event every attachment goes into a kit as its blind variant when the package
carries one, else as itself; either way with its document metadata removed
(``formats/scrub.py``), under a neutral name (``attachment-1.pdf``, "Attachment 1"). Before
kits or score sheets are issued, ``check_blind`` searches what they would carry — the
submission's title, track, summary and visible fields, and every cleaned attachment's bytes
and text — for the team's names, e-mails and organisations and the values of the
identifying fields. A submission with findings stops the export until the coordinator
supplies an anonymised attachment (``blind_path`` in the package) or confirms the findings
(``confirm_findings``, audited); a confirmation holds for exactly the findings confirmed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from imin_desktop.domain.canonical import content_hash
from imin_desktop.domain.errors import NotFoundError, RefusedError
from imin_desktop.domain.text import N_, _
from imin_desktop.formats.identity import (
    IdentityMatch,
    IdentityTerm,
    find_identity,
    find_in_text,
)
from imin_desktop.formats.scrub import ScrubError, scrubbable
from imin_desktop.models import Attachment, Event, Submission
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.blind_files import BlindFile, BlindFiles
from imin_desktop.services.events import get_event

#: Media types whose text the check reads in full without a special reader.
_TEXT_TYPES = ("text/", "application/json", "application/xml")
#: Where a score sheet shows a submission (the rest is only in kits).
SHEET_PLACES = ("title", "track")
#: The kinds of identity a finding names, as the messages say them.
KIND_WORDS = {"name": N_("name"), "email": N_("e-mail"), "organisation": N_("organisation"),
              "field": N_("identifying field")}  # fmt: skip


# -- the check ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One reason a submission may not be blind: a term found somewhere, or a file that
    could not be cleaned or read. ``page`` is a PDF's 1-based page."""

    submission: str
    place: str
    kind: str  # name, email, organisation, field; unreadable, unchecked
    text: str
    page: int | None = None

    def describe(self) -> str:
        where = self.place + (_(", page {page}").format(page=self.page) if self.page else "")
        if self.kind in ("unreadable", "unchecked"):
            return f"{where}: {self.text}"
        return _("{where}: names the team's {kind} {text!r}").format(
            where=where, kind=_(KIND_WORDS.get(self.kind, self.kind)), text=self.text
        )

    def as_json(self) -> dict[str, Any]:
        return {"place": self.place, "page": self.page, "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class SubmissionCheck:
    submission: str
    findings: tuple[Finding, ...]
    confirmed: bool  # the coordinator confirmed exactly these findings

    @property
    def blocking(self) -> bool:
        return bool(self.findings) and not self.confirmed

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.submission,
            "confirmed": self.confirmed,
            "findings": [f.as_json() for f in self.findings],
        }


@dataclass(frozen=True)
class BlindCheck:
    blind: bool
    submissions: tuple[SubmissionCheck, ...] = field(default_factory=tuple)

    @property
    def flagged(self) -> list[SubmissionCheck]:
        return [c for c in self.submissions if c.findings]

    @property
    def blocking(self) -> list[SubmissionCheck]:
        return [c for c in self.submissions if c.blocking]

    def as_json(self) -> dict[str, Any]:
        return {
            "blind": self.blind,
            "checked": len(self.submissions),
            "blocking": [c.submission for c in self.blocking],
            "submissions": [c.as_json() for c in self.flagged],
        }


def identity_terms(sub: Submission, event: Event) -> list[IdentityTerm]:
    """What identifies the team: each member's name, e-mail and organisation, and the
    values of the fields the coordinator marked as identifying."""
    terms = set()
    for person in sub.team or []:
        for kind in ("name", "email", "organisation"):
            value = person.get(kind) if isinstance(person, dict) else None
            if isinstance(value, str) and value.strip():
                terms.add(IdentityTerm(kind, value.strip()))
    for name in event.identifying_fields or []:
        value = (sub.fields or {}).get(name)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            terms.add(IdentityTerm("field", str(value).strip()))
    return sorted(t for t in terms if t.text)


def _visible_texts(sub: Submission, event: Event) -> list[tuple[str, str]]:
    hidden = set(event.identifying_fields or [])
    texts = [("title", sub.title), ("track", sub.track), ("summary", sub.summary)]
    for name, value in sorted((sub.fields or {}).items()):
        if name not in hidden and isinstance(value, str):
            texts.append((f"fields.{name}", value))
    return texts


def _attachment_findings(
    sub: Submission, n: int, att: Attachment, blind: BlindFile, terms: Sequence[IdentityTerm]
) -> list[Finding]:
    place = _("attachment {n} ({path}{variant})").format(
        n=n, path=att.path, variant=_(", blind variant") if blind.variant else ""
    )
    found: list[Finding] = []
    if blind.problem:
        found.append(
            Finding(
                sub.key,
                place,
                "unreadable",
                _("its metadata cannot be removed: {problem}").format(problem=blind.problem),
            )
        )
    elif not scrubbable(blind.media_type) and not blind.media_type.startswith(_TEXT_TYPES):
        found.append(
            Finding(
                sub.key,
                place,
                "unchecked",
                _(
                    "a {media} file: its metadata cannot be removed and its text cannot be read"
                ).format(media=blind.media_type),
            )
        )
    try:
        matches = find_identity(blind.data, blind.media_type, terms)
    except ScrubError as exc:
        if not blind.problem:
            found.append(
                Finding(
                    sub.key,
                    place,
                    "unreadable",
                    _("its text cannot be checked: {problem}").format(problem=exc),
                )
            )
        matches = find_identity(blind.data, "application/octet-stream", terms)
    found += [_finding(sub.key, place, m) for m in matches]
    return found


def _finding(sub: str, place: str, match: IdentityMatch) -> Finding:
    return Finding(sub, place, match.term.kind, match.term.text, match.page)


def fingerprint(findings: Iterable[Finding]) -> str:
    return content_hash([f.as_json() for f in findings])


def check_submission(
    sub: Submission, event: Event, files: BlindFiles, places: Sequence[str] | None = None
) -> SubmissionCheck:
    """The findings of one submission (``places``: only these text places, no attachments;
    a confirmation still counts only for the complete findings)."""
    terms = identity_terms(sub, event)
    findings: list[Finding] = []
    for place, text in _visible_texts(sub, event):
        findings += [Finding(sub.key, place, t.kind, t.text) for t in find_in_text(text, terms)]
    for n, att in enumerate(sub.attachments, start=1):
        findings += _attachment_findings(sub, n, att, files.get(att), terms)
    confirmed = bool(findings) and sub.blind_confirmation == fingerprint(findings)
    if places is not None:
        findings = [f for f in findings if f.place in places]
    return SubmissionCheck(sub.key, tuple(findings), confirmed)


def _submissions(session: Session, event: Event, keys: Sequence[str] | None) -> list[Submission]:
    query = (
        select(Submission)
        .where(Submission.event_id == event.id)
        .options(selectinload(Submission.attachments))
        .order_by(Submission.key)
    )
    if keys:
        query = query.where(Submission.key.in_(keys))
    subs = list(session.scalars(query))
    if keys and len(subs) != len(set(keys)):
        missing = sorted(set(keys) - {s.key for s in subs})
        raise NotFoundError(_("no submission {sid!r} in the event").format(sid=missing[0]))
    return subs


def check_subs(
    session: Session,
    event: Event,
    subs: Iterable[Submission],
    files: BlindFiles | None = None,
    places: Sequence[str] | None = None,
) -> BlindCheck:
    """The check of ``subs`` inside the caller's session (for the export services)."""
    if not event.is_blind:
        return BlindCheck(blind=False)
    files = files or BlindFiles(session)
    return BlindCheck(True, tuple(check_submission(s, event, files, places) for s in subs))


def check_blind(
    db: Database, submissions: Sequence[str] | None = None, places: Sequence[str] | None = None
) -> BlindCheck:
    """Search what blind kits would carry of each submission (or of the ones named) for the
    team's identity (``places``: only these text places, as score sheets show them); an
    event that is not blind has nothing to check."""
    with db.begin() as session:
        event = get_event(session)
        subs = _submissions(session, event, submissions)
        return check_subs(session, event, subs, places=places)


def refusal(blocking: Sequence[SubmissionCheck], what: str) -> RefusedError:
    """The error that stops a blind export, listing every finding."""
    lines = [
        _(
            "{what} not issued: {n} submission(s) of this blind event still name their team "
            "or could not be checked:"
        ).format(what=what, n=len(blocking))
    ]
    for check in blocking:
        lines += [f"  {check.submission}: {f.describe()}" for f in check.findings]
    lines.append(
        _(
            "Supply an anonymised copy (attachments[].blind_path in the package, imported again "
            "with --replace) or confirm the findings: imin kits confirm EVENT SUBMISSION… "
            "--rationale TEXT"
        )
    )
    return RefusedError("\n".join(lines))


def confirm_findings(
    db: Database, submissions: Sequence[str], rationale: str, *, actor: str | None = None
) -> list[SubmissionCheck]:
    """The coordinator accepts each named submission's current findings for blind kits.

    Audited with the findings and the rationale. Refused when the event is not blind, a
    submission has nothing to confirm, or the rationale is empty.
    """
    actor = actor or default_actor()
    rationale = rationale.strip()
    if not rationale:
        raise RefusedError(_("say why the findings are acceptable (--rationale)"))
    if not submissions:
        raise RefusedError(_("name at least one submission to confirm"))
    confirmed: list[SubmissionCheck] = []
    with db.begin() as session:
        event = get_event(session)
        if not event.is_blind:
            raise RefusedError(_("the event is not blind: its kits carry the team openly"))
        files = BlindFiles(session)
        for sub in _submissions(session, event, submissions):
            check = check_submission(sub, event, files)
            if not check.findings:
                raise RefusedError(
                    _("{sid} has no identity findings to confirm").format(sid=sub.key)
                )
            before = sub.blind_confirmation
            sub.blind_confirmation = fingerprint(check.findings)
            record(
                session,
                event.id,
                actor,
                "confirm",
                "blind_identity",
                sub.key,
                before={"fingerprint": before} if before else None,
                after={
                    "fingerprint": sub.blind_confirmation,
                    "rationale": rationale,
                    "findings": [f.as_json() for f in check.findings],
                },
                detail=rationale,
            )
            confirmed.append(SubmissionCheck(sub.key, check.findings, True))
    return confirmed
