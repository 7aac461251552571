"""The score file: ``imin.scores/1`` (``*.iminscore``), one juror's signed reviews.

The signature is HMAC-SHA256, keyed with the kit's 32-byte key, over the canonical JSON
(``imin_desktop.domain.canonical``) of the whole object without its ``signature`` member,
written as ``hmac-sha256:`` + lowercase hex. The program writes the file itself as the
canonical JSON of the complete object (no whitespace at all), so every byte of a file it
wrote is covered: any changed byte breaks the JSON, a value, or the signature. Readers
accept any JSON layout, since the signature is defined over the parsed object.

Reading is in two steps, so a file can be checked without an event: ``read_score_file``
checks structure and types (naming the place: ``reviews[3].scores.impact``);
``verify_signature`` needs the kit's key; ``check_against_rubric`` needs the rubric and
the juror's assignments.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from imin_desktop.domain.canonical import canonical_json
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.files import atomic_write_bytes
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.domain.review import ReviewEntry, ReviewStatus, review_problems
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import _
from imin_desktop.formats.base import JsonLimits, Node, check_format, load_json, read_bytes

FORMAT = "imin.scores"
MAJOR = 1
SIGNATURE_PREFIX = "hmac-sha256:"
MAX_SEQUENCE = 2**63 - 1
MAX_REVIEWS = 5_000
"""Reviews in one file: a juror of the largest event reviews a few hundred."""
SCORE_FILE_LIMITS = JsonLimits(max_bytes=8 * 1024 * 1024, max_values=500_000)
"""A real file for 200 submissions, every comment written, is well under 1 MB."""

_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")
_HASH = re.compile(r"sha256:[0-9a-f]{64}")
_SIGNATURE = re.compile(r"hmac-sha256:[0-9a-f]{64}")


# -- shared readers for untrusted values (also used by the kit format) -------------------


def utc_time(node: Node) -> str:
    """An ISO 8601 UTC time with ``Z`` (``2026-11-26T16:20:00Z``, optional fraction)."""
    text = node.string()
    if not _TIME.fullmatch(text):
        raise node.error(
            _("expected a UTC time like 2026-11-26T16:20:00Z, found {found}").format(
                found=repr(text)[:80]
            )
        )
    try:
        datetime.fromisoformat(text[:-1] + "+00:00")
    except ValueError:
        raise node.error(_("{text} is not a real date and time").format(text=text)) from None
    return text


def content_hash_text(node: Node) -> str:
    """A ``sha256:`` + 64 lowercase hex digits content hash."""
    text = node.string()
    if not _HASH.fullmatch(text):
        raise node.error(
            _("expected sha256: followed by 64 lowercase hex digits, found {found}").format(
                found=repr(text)[:100]
            )
        )
    return text


def _finite(node: Node) -> Decimal:
    value = node.number()
    if not value.is_finite():
        raise node.error(_("the number is too large"))
    return value


def _mapping(node: Node, read: Callable[[Node], Any]) -> dict[str, Any]:
    node.obj()
    out: dict[str, Any] = {}
    for key in node.value:
        if not is_identifier(key):
            raise node.error(
                _("{key} is not a key: keys are 1–64 characters from A–Z a–z 0–9 . _ -").format(
                    key=repr(key)[:80]
                )
            )
        out[key] = read(node.child(key))
    return out


# -- the value ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreFile:
    """A score file as plain values; ``signature`` is empty until the file is signed."""

    event_id: str
    kit_id: str
    juror_id: str
    rubric_hash: str
    sequence: int
    created_at: str
    reviews: tuple[ReviewEntry, ...]
    signature: str = ""


def sign(obj: Mapping[str, Any], key: bytes) -> str:
    """``hmac-sha256:<hex>`` over the canonical JSON of ``obj`` without its ``signature``."""
    body = {k: v for k, v in obj.items() if k != "signature"}
    return SIGNATURE_PREFIX + hmac.new(key, canonical_json(body), hashlib.sha256).hexdigest()


def _number(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    out = float(value)
    if Decimal(repr(out)) != value:
        raise ValueError(f"score {value} has more digits than a JSON number keeps")
    return out


def review_document(entry: ReviewEntry) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "submission_id": entry.submission_id,
        "status": entry.status,
        "conflict": entry.conflict,
        "scores": {k: _number(v) for k, v in entry.scores.items()},
        "gates": dict(entry.gates),
        "comment": entry.comment,
        "criterion_comments": dict(entry.criterion_comments),
    }
    if entry.updated_at:
        doc["updated_at"] = entry.updated_at
    return doc


def score_file_document(sf: ScoreFile) -> dict[str, Any]:
    """The ``imin.scores/1`` object; ``signature`` is included when ``sf`` carries one."""
    doc: dict[str, Any] = {
        "format": f"{FORMAT}/{MAJOR}",
        "event_id": sf.event_id,
        "kit_id": sf.kit_id,
        "juror_id": sf.juror_id,
        "rubric_hash": sf.rubric_hash,
        "sequence": sf.sequence,
        "created_at": sf.created_at,
        "reviews": [review_document(r) for r in sf.reviews],
    }
    if sf.signature:
        doc["signature"] = sf.signature
    return doc


def signed(sf: ScoreFile, key: bytes) -> ScoreFile:
    """``sf`` with its signature computed with the kit's ``key``."""
    return replace(sf, signature=sign(score_file_document(replace(sf, signature="")), key))


def score_file_bytes(sf: ScoreFile) -> bytes:
    """The file's bytes: canonical JSON of the complete, signed object."""
    if not sf.signature:
        raise ValueError("the score file is not signed")
    return canonical_json(score_file_document(sf))


def write_score_file(sf: ScoreFile, key: bytes, path: str | Path) -> ScoreFile:
    """Sign ``sf`` with ``key`` and write it atomically to ``path``; return the signed value.

    Raises ``ValueError`` (a program error, not the user's) when the result would not
    read back: the writer never produces a file the reader refuses.
    """
    result = signed(sf, key)
    data = score_file_bytes(result)
    try:
        read_score_file(data, str(path))
    except InputError as exc:
        raise ValueError(f"refusing to write an invalid score file: {exc}") from exc
    atomic_write_bytes(path, data)
    return result


# -- reading ------------------------------------------------------------------------------


def _status(node: Node) -> ReviewStatus:
    text = node.string()
    if text == "final":
        return "final"
    if text == "draft":
        return "draft"
    raise node.error(_("is {found}; expected draft or final").format(found=repr(text)[:80]))


def _review(node: Node) -> ReviewEntry:
    node.obj()
    return ReviewEntry(
        submission_id=node.require("submission_id", Node.identifier),
        status=node.require("status", _status),
        conflict=node.get("conflict", Node.boolean, False),
        scores=node.get("scores", lambda n: _mapping(n, _finite), {}),
        gates=node.get("gates", lambda n: _mapping(n, Node.boolean), {}),
        comment=node.get("comment", Node.string, ""),
        criterion_comments=node.get("criterion_comments", lambda n: _mapping(n, Node.string), {}),
        updated_at=node.get("updated_at", utc_time, ""),
    )


def _sequence(node: Node) -> int:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int):
        raise node.error(_("expected a whole number, found {found}").format(found=value)[:120])
    if not 1 <= value <= MAX_SEQUENCE:
        raise node.error(_("must be a positive whole number"))
    return value


def parse_score_file(document: Any, file: str) -> ScoreFile:
    """Check the structure and types of a parsed score file; the signature is not verified."""
    root = Node(file, "", document)
    check_format(root, FORMAT, MAJOR)
    review_nodes = root.require("reviews", Node.items)
    if len(review_nodes) > MAX_REVIEWS:
        raise root.child("reviews").error(_("more than {n} reviews").format(n=MAX_REVIEWS))
    reviews: list[ReviewEntry] = []
    first_at: dict[str, int] = {}
    for i, item in enumerate(review_nodes):
        entry = _review(item)
        if entry.submission_id in first_at:
            raise item.child("submission_id").error(
                _("a second review of {sid} (the first is reviews[{at}])").format(
                    sid=entry.submission_id, at=first_at[entry.submission_id]
                )
            )
        first_at[entry.submission_id] = i
        reviews.append(entry)
    signature = root.require("signature", Node.string)
    if not _SIGNATURE.fullmatch(signature):
        raise root.child("signature").error(
            _("expected hmac-sha256: followed by 64 lowercase hex digits")
        )
    sf = ScoreFile(
        event_id=root.require("event_id", Node.identifier),
        kit_id=root.require("kit_id", Node.identifier),
        juror_id=root.require("juror_id", Node.identifier),
        rubric_hash=root.require("rubric_hash", content_hash_text),
        sequence=root.require("sequence", _sequence),
        created_at=root.require("created_at", utc_time),
        reviews=tuple(reviews),
        signature=signature,
    )
    try:
        canonical_json({k: v for k, v in document.items() if k != "signature"})
    except (ValueError, TypeError, RecursionError) as exc:
        raise root.error(
            _("the content has no canonical JSON form, so it cannot be signed ({detail})").format(
                detail=exc
            )
        ) from None
    return sf


def read_score_file(
    source: str | Path | bytes, file_name: str | None = None
) -> tuple[ScoreFile, dict[str, Any]]:
    """Read a score file from a path or bytes: the value and the parsed document.

    Keep the document for ``verify_signature``. Raises ``InputError`` and nothing else.
    """
    if isinstance(source, bytes):
        file = file_name or "score file"
        data = source
    else:
        file = file_name or str(source)
        data = read_bytes(Path(source), SCORE_FILE_LIMITS.max_bytes)
    document = load_json(data, file, SCORE_FILE_LIMITS)
    return parse_score_file(document, file), document


def verify_signature(document: Mapping[str, Any], key: bytes) -> bool:
    """Whether ``document``'s signature was made with ``key`` (constant-time comparison)."""
    given = document.get("signature")
    if not isinstance(given, str):
        return False
    try:
        expected = sign(document, key)
    except (ValueError, TypeError, RecursionError):
        return False
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("ascii"))


def check_against_rubric(sf: ScoreFile, rubric: Rubric, assigned: set[str]) -> list[str]:
    """Every problem of the reviews against the rubric and the juror's assignments.

    Each line names the submission and the place: ``SUB-014: reviews[3].scores.impact: ...``.
    A ``rubric_hash`` that differs from ``rubric``'s comes first. Empty when all is well.
    """
    problems: list[str] = []
    if sf.rubric_hash != rubric.hash:
        problems.append(
            _(
                "rubric_hash: the file was made against another rubric ({found}); "
                "the event's rubric is {expected}"
            ).format(found=sf.rubric_hash, expected=rubric.hash)
        )
    for i, entry in enumerate(sf.reviews):
        where = f"{entry.submission_id}: reviews[{i}]"
        if entry.submission_id not in assigned:
            problems.append(f"{where}.submission_id: " + _("not assigned to this juror"))
        problems.extend(f"{where}.{problem}" for problem in review_problems(rubric, entry))
    return problems


class ScoreFileFormat:
    name = "score file"
    generic = False

    def detect(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() == ".iminscore" or (
            path.suffix.lower() == ".json" and b'"imin.scores/' in head
        )

    def validate(self, path: Path) -> str:
        sf, _document = read_score_file(path)
        final = sum(1 for r in sf.reviews if r.status == "final" and not r.conflict)
        conflicts = sum(1 for r in sf.reviews if r.conflict)
        return _(
            "score file of juror {juror} for event {event} (kit {kit}), sequence {seq}: "
            "{n} reviews ({final} final, {conflicts} conflicts), rubric {rubric}; "
            "structure valid; the signature needs the kit's key and is checked on import"
        ).format(
            juror=sf.juror_id,
            event=sf.event_id,
            kit=sf.kit_id,
            seq=sf.sequence,
            n=len(sf.reviews),
            final=final,
            conflicts=conflicts,
            rubric=sf.rubric_hash,
        )
