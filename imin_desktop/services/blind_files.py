"""Attachments as blind kits carry them: the package's blind variant when there is one, else
the original, always with document metadata removed (``formats/scrub.py``), under a neutral
name. Computed once per file within one export (``BlindFiles``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from imin_desktop.domain.canonical import sha256_hex
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.text import LocalizedText, _
from imin_desktop.formats.kit import KitAttachment
from imin_desktop.formats.scrub import ScrubError, scrub, scrubbable
from imin_desktop.models import Attachment, Blob, Submission

#: Scrubbed files kept between kits of one export (the same file is in several kits).
CACHE_BYTES = 256 * 1024 * 1024
_EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}
_TAME_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")


class DamagedBlob(RefusedError):
    """A stored attachment no longer matches its SHA-256."""


@dataclass(frozen=True)
class BlindFile:
    """An attachment as a blind kit carries it."""

    data: bytes
    sha256: str
    media_type: str
    variant: bool  # the package's blind variant, not the original
    problem: str = ""  # why its metadata could not be removed ("" when it was)


def neutral_path(position: int, media_type: str, original: str) -> str:
    """``attachment-1.pdf``: the position and an extension, nothing from the original name."""
    suffix = _EXTENSIONS.get(media_type.lower())
    if suffix is None:
        suffix = PurePosixPath(original).suffix.lower()
        suffix = suffix if _TAME_SUFFIX.fullmatch(suffix) else ""
    return f"attachment-{position}{suffix}"


def neutral_title(position: int) -> LocalizedText:
    """The title a blind kit gives an attachment, in every language the program speaks."""
    return {"en": f"Attachment {position}", "pt": f"Anexo {position}"}


class BlindFiles:
    """Cleaned attachments of one session, each computed once (within ``CACHE_BYTES``)."""

    def __init__(self, session: Session, *, keep: bool = False) -> None:
        """``keep``: store each cleaned file in the event's blobs too, for readers that take
        attachments from the event by SHA-256 (a juror working online)."""
        self.session = session
        self.keep = keep
        self._cache: dict[str, BlindFile] = {}
        self._bytes = 0
        self._pending: dict[str, bytes] = {}

    def get(self, att: Attachment) -> BlindFile:
        source = att.blind_blob_sha256 or att.blob_sha256
        media_type = (att.blind_media_type if att.blind_blob_sha256 else None) or att.media_type
        found = self._cache.get(source)
        if found is None:
            data = self.session.scalar(select(Blob.data).where(Blob.sha256 == source)) or b""
            if sha256_hex(data) != source:
                sub = self.session.scalar(
                    select(Submission.key).where(Submission.id == att.submission_id)
                )
                raise DamagedBlob(_(
                    "attachment {path!r} of {sid} is missing or damaged in the event (its "
                    "content no longer matches its SHA-256); import the submission again with "
                    "--replace").format(path=att.path, sid=sub))  # fmt: skip
            problem = ""
            if scrubbable(media_type):
                try:
                    data = scrub(data, media_type)
                except ScrubError as exc:
                    problem = str(exc)
            found = BlindFile(
                data, sha256_hex(data), media_type, source != att.blob_sha256, problem
            )
            if self.keep and self.session.get(Blob, found.sha256) is None:
                self.session.add(Blob(sha256=found.sha256, size=len(data), data=data))
                self.session.flush()
            if self._bytes + len(data) > CACHE_BYTES:
                self._cache.clear()
                self._bytes = 0
            self._cache[source] = found
            self._bytes += len(data)
        return found

    def kit_attachments(self, sub: Submission) -> tuple[KitAttachment, ...]:
        """The attachments of ``sub`` as a blind kit lists them; their content waits in
        ``take()`` for the kit writer."""
        out = []
        for n, att in enumerate(sub.attachments, start=1):
            blind = self.get(att)
            self._pending[blind.sha256] = blind.data
            out.append(
                KitAttachment(
                    neutral_path(n, blind.media_type, att.path),
                    neutral_title(n),
                    blind.sha256,
                    len(blind.data),
                    blind.media_type,
                )
            )
        return tuple(out)

    def take(self) -> dict[str, bytes]:
        """SHA-256 -> content of every attachment listed since the last ``take``."""
        pending, self._pending = self._pending, {}
        return pending
