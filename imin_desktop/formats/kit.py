"""The juror kit: ``imin.kit/1`` (``*.iminkit``), plain or encrypted.

A plain kit is a zip holding ``kit.json`` and each attachment once, as ``files/<sha256>``.
An encrypted kit is ``IMINKIT-ENCRYPTED/1\\n``, one JSON header line (scrypt parameters,
salt, nonce) and ``\\n``, then the AES-256-GCM ciphertext of the plain kit zip, with those
two lines as associated data. Decrypted content stays in memory; nothing is written to disk.

The writer writes exactly what it is given: removing identifying data from a blind kit
is the caller's job. The reader checks everything it can without an event: the rubric,
its hash, every attachment's presence, size and SHA-256, and the archive's safety.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from imin_desktop.domain.canonical import content_hash, sha256_hex
from imin_desktop.domain.errors import InputError, RefusedError
from imin_desktop.domain.files import atomic_path
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.text import LocalizedText, _
from imin_desktop.formats.archive import (
    DEFAULT_LIMITS,
    MAX_HEADER,
    SCRYPT_N,
    ArchiveLimits,
    PassphraseRequired,
    WrongPassphrase,
    base64_bytes,
    check_member_name,
    open_zip,
    read_member,
    read_seal_header,
    safe_members,
    seal,
    unseal,
)
from imin_desktop.formats.base import (
    JsonLimits,
    Node,
    check_format,
    load_json,
    read_bytes,
)
from imin_desktop.formats.rubric_json import parse_rubric, rubric_document
from imin_desktop.formats.scorefile import content_hash_text, utc_time

__all__ = [  # PassphraseRequired and WrongPassphrase are re-exported for callers
    "MAGIC",
    "Kit",
    "KitAttachment",
    "KitFormat",
    "KitSubmission",
    "OpenedKit",
    "PassphraseRequired",
    "WrongPassphrase",
    "is_encrypted_kit",
    "kit_document",
    "kit_zip_bytes",
    "open_kit",
    "parse_kit",
    "write_kit",
]

FORMAT = "imin.kit"
MAJOR = 1
KIT_JSON = "kit.json"
MAGIC = b"IMINKIT-ENCRYPTED/1\n"
MAX_ENCRYPTED_KIT = 192 * 1024 * 1024
"""An encrypted kit is decrypted in memory (never to disk), so its size is bounded: the
ciphertext and the plain kit together stay well under the program's 600 MB."""
KIT_JSON_LIMITS = JsonLimits(max_bytes=32 * 1024 * 1024, max_values=2_000_000)
"""``kit.json`` of a juror who reviews every one of 5,000 submissions stays well below."""
KEY_BYTES = 32

#: Media types already compressed: stored as they are (deflating them again costs time).
PRECOMPRESSED = frozenset(
    {"application/pdf", "application/zip", "application/gzip", "application/x-7z-compressed"}
    | {"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/heic"}
)
_PRECOMPRESSED_PREFIXES = (
    "video/",
    "audio/",
    "application/vnd.openxmlformats-officedocument.",
    "application/vnd.oasis.opendocument.",
)


@dataclass(frozen=True)
class KitAttachment:
    path: str
    title: LocalizedText
    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True)
class KitSubmission:
    id: str
    title: LocalizedText
    track: LocalizedText = ""
    summary: LocalizedText = ""
    team: list[dict[str, Any]] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    attachments: tuple[KitAttachment, ...] = ()


@dataclass(frozen=True)
class Kit:
    kit_id: str
    event_id: str
    event_title: LocalizedText
    juror_id: str
    juror_name: str
    key: bytes
    rubric: Rubric
    rubric_hash: str
    blind: bool
    submissions: tuple[KitSubmission, ...]
    created_at: str


# -- the document -------------------------------------------------------------------------


def _json_default(value: object) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} in a kit")


def kit_document(kit: Kit) -> dict[str, Any]:
    """The ``kit.json`` object, with exactly the values the kit holds and nothing more."""
    return {
        "format": f"{FORMAT}/{MAJOR}",
        "kit_id": kit.kit_id,
        "event": {"id": kit.event_id, "title": kit.event_title},
        "juror": {"id": kit.juror_id, "name": kit.juror_name},
        "key": base64.b64encode(kit.key).decode("ascii"),
        "rubric": dict(kit.rubric.document) or rubric_document(kit.rubric),
        "rubric_hash": kit.rubric_hash,
        "blind": kit.blind,
        "submissions": [asdict(s) for s in kit.submissions],
        "created_at": kit.created_at,
    }


def _relative_path(node: Node) -> str:
    """An attachment's original path: shown, and perhaps used to save a copy, so kept tame."""
    try:
        return check_member_name(node.string(allow_empty=False, max_len=1000), node.file)
    except InputError as exc:
        raise node.error(exc.message) from None


def _attachment(node: Node) -> KitAttachment:
    node.obj()
    sha = node.require("sha256", Node.string)
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise node.child("sha256").error(_("expected 64 lowercase hex digits"))
    size = node.require("size", lambda n: n.value)
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise node.child("size").error(_("expected a whole number of bytes"))
    return KitAttachment(
        path=node.require("path", _relative_path),
        title=node.get("title", Node.text, ""),
        sha256=sha,
        size=size,
        media_type=node.get("media_type", Node.string, "application/octet-stream"),
    )


def _plain_values(node: Node) -> dict[str, Any]:
    """An object of text, numbers, true/false and null (a team member, the fields), its text
    free of control characters."""
    node.obj()
    for key, value in node.value.items():
        Node(node.file, node.location, key).string(max_len=1000)
        if isinstance(value, str):
            node.child(key).string()
        elif isinstance(value, (dict, list)):
            raise node.child(key).error(_("expected text, a number, true/false or null"))
    return dict(node.value)


def _submission(node: Node) -> KitSubmission:
    node.obj()
    return KitSubmission(
        id=node.require("id", Node.identifier),
        title=node.get("title", Node.text, ""),
        track=node.get("track", Node.text, ""),
        summary=node.get("summary", Node.text, ""),
        team=[_plain_values(m) for m in node.get("team", Node.items, [])],
        fields=node.get("fields", _plain_values, {}),
        attachments=tuple(_attachment(a) for a in node.get("attachments", Node.items, [])),
    )


def parse_kit(document: Any, file: str) -> Kit:
    """Check a parsed ``kit.json`` and return the kit (attachments are checked by the caller)."""
    root = Node(file, "", document)
    check_format(root, FORMAT, MAJOR)
    event = root.require("event", Node.obj)
    juror = root.require("juror", Node.obj)
    rubric_node = root.require("rubric", Node.obj)
    try:
        computed = content_hash(rubric_node.value)
    except (ValueError, TypeError, RecursionError) as exc:
        raise rubric_node.error(_("has no canonical JSON form ({exc})").format(exc=exc)) from None
    try:
        rubric = parse_rubric(rubric_node.value, file, "rubric")
    except ArithmeticError:  # decimal trouble with extreme numbers in the rubric reader
        raise rubric_node.error(_("holds numbers too large or too fine to use")) from None
    rubric_hash = root.require("rubric_hash", content_hash_text)
    if rubric_hash != computed:
        raise root.child("rubric_hash").error(
            _("{given} does not match the rubric the kit carries ({computed})").format(
                given=rubric_hash, computed=computed
            )
        )
    submissions = tuple(_submission(s) for s in root.require("submissions", Node.items))
    seen: set[str] = set()
    for i, sub in enumerate(submissions):
        if sub.id in seen:
            raise (
                root.child("submissions")
                .child(i)
                .error(_("submission {sid} appears twice").format(sid=sub.id))
            )
        seen.add(sub.id)
    return Kit(
        kit_id=root.require("kit_id", Node.identifier),
        event_id=event.require("id", Node.identifier),
        event_title=event.get("title", Node.text, ""),
        juror_id=juror.require("id", Node.identifier),
        juror_name=juror.get("name", Node.string, ""),
        key=root.require("key", lambda n: base64_bytes(n, KEY_BYTES, KEY_BYTES)),
        rubric=rubric,
        rubric_hash=rubric_hash,
        blind=root.require("blind", Node.boolean),
        submissions=submissions,
        created_at=root.require("created_at", utc_time),
    )


def is_encrypted_kit(path: str | Path) -> bool:
    """Whether the file starts like an encrypted kit (False when it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


# -- writing ------------------------------------------------------------------------------


def _stored(media_type: str) -> bool:
    media_type = media_type.lower()
    return media_type in PRECOMPRESSED or media_type.startswith(_PRECOMPRESSED_PREFIXES)


def _write_zip(target: IO[bytes], kit: Kit, blobs: Callable[[str], bytes]) -> None:
    document = kit_document(kit)
    text = json.dumps(
        document, ensure_ascii=False, indent=1, allow_nan=False, default=_json_default
    )
    try:
        checked = parse_kit(load_json(text.encode("utf-8"), KIT_JSON, KIT_JSON_LIMITS), KIT_JSON)
    except InputError as exc:
        raise ValueError(f"refusing to write an invalid kit: {exc}") from exc
    year, month, day = (int(x) for x in checked.created_at[:10].split("-"))
    date_time = (year, month, day, 0, 0, 0) if 1980 <= year <= 2107 else (1980, 1, 1, 0, 0, 0)

    def entry(name: str, method: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time)
        info.compress_type = method
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        return info

    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr(entry(KIT_JSON, zipfile.ZIP_DEFLATED), text.encode("utf-8"))
        written: set[str] = set()
        for sub in checked.submissions:
            for att in sub.attachments:
                if att.sha256 in written:
                    continue
                data = blobs(att.sha256)
                if len(data) != att.size or sha256_hex(data) != att.sha256:
                    raise ValueError(f"stored content of {att.path!r} does not match its sha256")
                method = zipfile.ZIP_STORED if _stored(att.media_type) else zipfile.ZIP_DEFLATED
                zf.writestr(entry(f"files/{att.sha256}", method), data)
                written.add(att.sha256)


def kit_zip_bytes(kit: Kit, blobs: Callable[[str], bytes]) -> bytes:
    """The plain kit zip in memory."""
    buffer = io.BytesIO()
    _write_zip(buffer, kit, blobs)
    return buffer.getvalue()


def write_kit(
    kit: Kit,
    path: str | Path,
    blobs: Callable[[str], bytes],
    passphrase: str | None = None,
    *,
    scrypt_n: int = SCRYPT_N,
) -> None:
    """Write ``kit`` atomically; ``blobs(sha256)`` returns an attachment's bytes.

    With a ``passphrase`` the kit is encrypted (the plain zip exists only in memory).
    Raises ``ValueError`` when the kit would not read back or a blob does not match.
    """
    if passphrase is not None:
        plain = kit_zip_bytes(kit, blobs)
        if len(plain) + MAX_HEADER + len(MAGIC) > MAX_ENCRYPTED_KIT:
            raise RefusedError(
                _(
                    "the kit of juror {juror} holds {size} MB; an encrypted kit holds at most "
                    "{limit} MB (it is opened in memory): export it without a passphrase, or "
                    "assign fewer or smaller submissions"
                ).format(
                    juror=kit.juror_id, size=len(plain) // 10**6, limit=MAX_ENCRYPTED_KIT // 10**6
                )
            )
        encrypted = seal(plain, passphrase, MAGIC, scrypt_n=scrypt_n)
        del plain
        with atomic_path(path) as tmp:
            tmp.write_bytes(encrypted)
        return
    with atomic_path(path) as tmp, open(tmp, "wb") as handle:
        _write_zip(handle, kit, blobs)


# -- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenedKit:
    """An opened kit: its content, and its attachments read on demand."""

    kit: Kit
    encrypted: bool
    file: str
    _source: bytes | Path = field(repr=False, compare=False)

    def read_attachment(self, sha256: str) -> bytes:
        """An attachment's bytes, checked against its size and SHA-256.

        ``KeyError`` when no attachment of the kit has this hash; ``InputError`` when a
        plain kit's file changed on disk since it was opened.
        """
        sizes = {a.sha256: a.size for s in self.kit.submissions for a in s.attachments}
        if sha256 not in sizes:
            raise KeyError(sha256)
        name = f"files/{sha256}"
        with open_zip(self._source, self.file) as zf:
            try:
                info = zf.getinfo(name)
            except KeyError:
                info = None
            if info is None or info.file_size != sizes[sha256]:
                raise InputError(self.file, name, _("missing or changed since the kit was opened"))
            data = read_member(zf, info, self.file)
        if sha256_hex(data) != sha256:
            raise InputError(self.file, name, _("content changed since the kit was opened"))
        return data


def _check_zip(zf: zipfile.ZipFile, file: str, limits: ArchiveLimits) -> Kit:
    members = {info.filename: info for info in safe_members(zf, file, limits)}
    if KIT_JSON not in members:
        raise InputError(file, KIT_JSON, _("is missing: this is not a juror kit"))
    kit = parse_kit(
        load_json(
            read_member(zf, members[KIT_JSON], file, KIT_JSON_LIMITS.max_bytes),
            f"{file}: kit.json",
            KIT_JSON_LIMITS,
        ),
        file,
    )
    verified: set[str] = set()
    for sub in kit.submissions:
        for i, att in enumerate(sub.attachments):
            where = f"{sub.id} / attachments[{i}] ({att.path})"
            info = members.get(f"files/{att.sha256}")
            if info is None:
                raise InputError(file, where, _("the file is missing from the kit"))
            if info.file_size != att.size:
                raise InputError(
                    file,
                    where,
                    _("size {a} differs from the kit's {b}").format(a=info.file_size, b=att.size),
                )
            if att.sha256 not in verified:
                if sha256_hex(read_member(zf, info, file)) != att.sha256:
                    raise InputError(file, where, _("content does not match its sha256"))
                verified.add(att.sha256)
    return kit


def open_kit(
    source: str | Path | bytes,
    passphrase: str | None = None,
    *,
    file_name: str | None = None,
    limits: ArchiveLimits = DEFAULT_LIMITS,
) -> OpenedKit:
    """Open and check a plain or encrypted kit from a path or bytes.

    Raises ``PassphraseRequired`` for an encrypted kit without a passphrase,
    ``WrongPassphrase`` when it does not open, ``InputError`` for anything else.
    """
    file = file_name or ("kit" if isinstance(source, bytes) else str(source))
    if isinstance(source, bytes):
        data: bytes | Path = source
        encrypted = source.startswith(MAGIC)
    else:
        data = Path(source)
        encrypted = is_encrypted_kit(data)
    if encrypted:
        if isinstance(data, Path):
            data = read_bytes(data, MAX_ENCRYPTED_KIT)
        elif len(data) > MAX_ENCRYPTED_KIT:
            raise InputError(
                file,
                "",
                _("is {size} bytes, more than the limit of {limit} for an encrypted kit").format(
                    size=len(data), limit=MAX_ENCRYPTED_KIT
                ),
            )
        if not passphrase:
            read_seal_header(data, MAGIC, file)
            raise PassphraseRequired(
                file, "", _("this kit is encrypted: enter the passphrase from the coordinator")
            )
        data = unseal(data, passphrase, MAGIC, file, _("kit"))
    with open_zip(data, file) as zf:
        kit = _check_zip(zf, file, limits)
    return OpenedKit(kit=kit, encrypted=encrypted, file=file, _source=data)


class KitFormat:
    name = "juror kit"
    generic = False

    def detect(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() == ".iminkit" or head.startswith(MAGIC)

    def validate(self, path: Path) -> str:
        if is_encrypted_kit(path):
            with open(path, "rb") as handle:
                head = handle.read(len(MAGIC) + MAX_HEADER + 1)
            header = read_seal_header(head, MAGIC, str(path))
            return _(
                "encrypted juror kit (AES-256-GCM, scrypt n={n}); "
                "its content can be checked only with the passphrase"
            ).format(n=header.n)
        kit = open_kit(path).kit
        files = {a.sha256 for s in kit.submissions for a in s.attachments}
        return _(
            "juror kit {kit} for juror {juror} ({name}), event {event}: {subs} submissions, "
            "{files} attachment files, rubric {rubric} {hash}{blind}"
        ).format(
            kit=kit.kit_id,
            juror=kit.juror_id,
            name=kit.juror_name,
            event=kit.event_id,
            subs=len(kit.submissions),
            files=len(files),
            rubric=kit.rubric.id,
            hash=kit.rubric_hash,
            blind=_(", blind") if kit.blind else "",
        )
