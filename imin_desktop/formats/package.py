"""Submission packages: ``imin.submission/1`` in a zip, a folder, a batch, or a listing.

``read_sources(paths)`` yields one ``PackageSubmission`` at a time with its attachment
bytes, so an import of thousands of packages never holds them all in memory. Every
problem is one ``InputError`` naming the file, the submission and the field.
"""

from __future__ import annotations

import mimetypes
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from imin_desktop.domain.canonical import content_hash, sha256_hex
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.formats.archive import (
    ArchiveLimits,
    MemberError,
    check_member,
    open_zip,
    read_member,
    safe_members,
    spool_member,
)
from imin_desktop.formats.base import (
    JsonLimits,
    Node,
    check_format,
    control_character_problem,
    load_json,
    read_bytes,
)
from imin_desktop.formats.limits import (
    MAX_ATTACHMENT_TITLE,
    MAX_ATTACHMENTS,
    MAX_FIELD_NAME,
    MAX_FIELD_TEXT,
    MAX_FIELDS,
    MAX_MANIFEST_BYTES,
    MAX_MANIFEST_VALUES,
    MAX_PERSON_TEXT,
    MAX_SUBMISSION_BYTES,
    MAX_SUMMARY,
    MAX_TEAM,
    MAX_TITLE,
    MAX_TRACK,
)
from imin_desktop.formats.listing import LISTING_SUFFIXES, read_listing

FORMAT = "imin.submission"
MAJOR = 1
MANIFEST = "submission.json"
MANIFEST_LIMITS = JsonLimits(max_bytes=MAX_MANIFEST_BYTES, max_values=MAX_MANIFEST_VALUES)
MAX_NESTING = 2  # zips inside a zip: a batch of packages, or a batch of batches


@dataclass(frozen=True)
class BlindVariant:
    """An anonymised copy of an attachment, used instead of it in blind kits."""

    path: str
    data: bytes
    sha256: str
    media_type: str

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class PackageAttachment:
    path: str
    title: str
    data: bytes
    sha256: str
    media_type: str
    blind: BlindVariant | None = None

    @property
    def size(self) -> int:
        return len(self.data)

    def identity(self) -> dict[str, str]:
        """What the content hash covers (a blind variant only when there is one, so the
        hash of a package without one is what it always was)."""
        out = {"path": self.path, "title": self.title, "sha256": self.sha256}
        if self.blind is not None:
            out["blind_sha256"] = self.blind.sha256
        return out


@dataclass(frozen=True)
class PackageSubmission:
    id: str
    title: str
    track: str = ""
    summary: str = ""
    team: tuple[dict[str, str], ...] = ()
    fields: dict[str, Any] = field(default_factory=dict)
    attachments: tuple[PackageAttachment, ...] = ()
    source: str = ""

    @property
    def content_hash(self) -> str:
        """Identity of the submission's content: a re-import with the same hash is a no-op."""
        return content_hash(
            {
                "id": self.id,
                "title": self.title,
                "track": self.track,
                "summary": self.summary,
                "team": list(self.team),
                "fields": self.fields,
                "attachments": [a.identity() for a in self.attachments],
            }
        )


def media_type_of(path: str) -> str:
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


def check_relative_path(node: Node) -> str:
    """A relative path that stays inside its package: no ``..``, no absolute path or drive."""
    text = node.string(allow_empty=False, max_len=1000)
    if "\\" in text or "\x00" in text:
        raise node.error(f"path {text!r} uses a backslash or NUL; write paths with /")
    pure = PurePosixPath(text)
    if pure.is_absolute() or (len(text) > 1 and text[1] == ":"):
        raise node.error(f"path {text!r} is absolute; it must be relative to the package")
    if any(part == ".." for part in pure.parts):
        raise node.error(f"path {text!r} escapes the package (..)")
    return str(pure)


def _team(node: Node) -> tuple[dict[str, str], ...]:
    people: list[dict[str, str]] = []
    members = node.items()
    if len(members) > MAX_TEAM:
        raise node.error(f"more than {MAX_TEAM} team members")
    for person in members:
        person.obj()
        entry = {
            "name": person.require(
                "name", lambda n: n.string(allow_empty=False, max_len=MAX_PERSON_TEXT)
            )
        }
        for key in ("email", "organisation", "role"):
            if person.has(key):
                entry[key] = person.child(key).string(max_len=MAX_PERSON_TEXT)
        people.append(entry)
    return tuple(people)


def check_field_name(name: str, node: Node) -> str:
    """A field's name: short, not blank, no control characters."""
    if not name.strip() or len(name) > MAX_FIELD_NAME:
        raise node.error(f"a field name has 1–{MAX_FIELD_NAME} characters, found {name!r}"[:200])
    if (problem := control_character_problem(name)) is not None:
        raise node.error(f"the field name {name!r}: {problem}"[:300])
    return name


def _fields(node: Node) -> dict[str, Any]:
    node.obj()
    if len(node.value) > MAX_FIELDS:
        raise node.error(f"more than {MAX_FIELDS} fields")
    out: dict[str, Any] = {}
    for key, value in node.value.items():
        child = node.child(key)
        check_field_name(str(key), child)
        if isinstance(value, (dict, list)):
            raise child.error("a field holds text, a number, true/false or null, not a structure")
        if isinstance(value, str):
            child.string(max_len=MAX_FIELD_TEXT)
        out[str(key)] = value
    return out


@dataclass(frozen=True)
class Manifest:
    """A parsed ``submission.json`` before its attachment bytes are read."""

    id: str
    title: str
    track: str
    summary: str
    team: tuple[dict[str, str], ...]
    fields: dict[str, Any]
    attachments: tuple[tuple[str, str, Node], ...]  # path, title, node for error messages
    #: attachment path -> (path of its blind variant, node for error messages)
    blind_paths: dict[str, tuple[str, Node]] = field(default_factory=dict)


def parse_manifest(document: Any, file: str) -> Manifest:
    root = Node(file, "", document)
    check_format(root, FORMAT, MAJOR)
    sub_id = root.require("id", Node.identifier)
    # From here on every location names the submission too.
    root = Node(file, f"{sub_id} /", document)
    attachments: list[tuple[str, str, Node]] = []
    blind_paths: dict[str, tuple[str, Node]] = {}
    if root.has("attachments"):
        items = root.child("attachments").items()
        if len(items) > MAX_ATTACHMENTS:
            raise root.child("attachments").error(f"more than {MAX_ATTACHMENTS} attachments")
        seen: set[str] = set()
        for item in items:
            item.obj()
            path = check_relative_path(item.child("path")) if item.has("path") else None
            if path is None:
                raise item.child("path").error("is missing")
            if path in seen:
                raise item.child("path").error(f"{path!r} is listed twice")
            seen.add(path)
            title = item.get("title", lambda n: n.string(max_len=MAX_ATTACHMENT_TITLE), "")
            attachments.append((path, title, item.child("path")))
            if item.has("blind_path") and item.child("blind_path").value is not None:
                blind = check_relative_path(item.child("blind_path"))
                blind_paths[path] = (blind, item.child("blind_path"))
    return Manifest(
        id=sub_id,
        title=root.require("title", lambda n: n.string(allow_empty=False, max_len=MAX_TITLE)),
        track=root.get("track", lambda n: n.string(max_len=MAX_TRACK), ""),
        summary=root.get("summary", lambda n: n.string(max_len=MAX_SUMMARY), ""),
        team=root.get("team", _team, ()),
        fields=root.get("fields", _fields, {}),
        attachments=tuple(attachments),
        blind_paths=blind_paths,
    )


def _build(manifest: Manifest, read: Any, source: str) -> PackageSubmission:
    attachments = []
    total = 0
    for path, title, node in manifest.attachments:
        data = read(path, node)
        total += len(data)
        blind = None
        if path in manifest.blind_paths:
            blind_path, blind_node = manifest.blind_paths[path]
            blind_data = read(blind_path, blind_node)
            total += len(blind_data)
            blind = BlindVariant(
                blind_path, blind_data, sha256_hex(blind_data), media_type_of(blind_path)
            )
        if total > MAX_SUBMISSION_BYTES:
            raise node.error(
                f"the attachments of {manifest.id} add up to more than the limit of "
                f"{MAX_SUBMISSION_BYTES} bytes for one submission"
            )
        attachments.append(
            PackageAttachment(path, title, data, sha256_hex(data), media_type_of(path), blind)
        )
    return PackageSubmission(
        id=manifest.id,
        title=manifest.title,
        track=manifest.track,
        summary=manifest.summary,
        team=manifest.team,
        fields=manifest.fields,
        attachments=tuple(attachments),
        source=source,
    )


def _zip_packages(
    zf: zipfile.ZipFile, name: str, limits: ArchiveLimits, depth: int = 0
) -> Iterator[PackageSubmission]:
    """Every package inside one zip: itself, unpacked packages in folders, or nested zips
    (a batch of package zips, or a batch of such batches; no deeper)."""
    try:
        members = {info.filename: info for info in safe_members(zf, name, limits)}
    except MemberError as exc:
        raise _name_the_submission(zf, name, limits, exc) from None
    roots = sorted(
        n[: -len(MANIFEST)] for n in members if n == MANIFEST or n.endswith("/" + MANIFEST)
    )
    for root in roots:
        manifest_name = root + MANIFEST
        document = load_json(
            read_member(zf, members[manifest_name], name, MAX_MANIFEST_BYTES),
            f"{name}:{manifest_name}",
            MANIFEST_LIMITS,
        )
        manifest = parse_manifest(document, f"{name}:{manifest_name}")

        def read(path: str, node: Node, root: str = root) -> bytes:
            info = members.get(root + path)
            if info is None or info.is_dir():
                raise node.error(f"attachment {path!r} is referenced but not in the package")
            return read_member(zf, info, name)

        yield _build(manifest, read, f"{name}:{root}" if root else name)
    # Zips inside a package's folder are its attachments; only the others are packages.
    nested = sorted(
        n
        for n in members
        if n.lower().endswith(".zip") and not any(n.startswith(root) for root in roots)
    )
    if not roots and not nested:
        raise InputError(name, "", f"holds no {MANIFEST} and no package zips")
    if nested and depth >= MAX_NESTING:
        raise InputError(
            name, repr(nested[0])[:200], f"zip archives nested more than {MAX_NESTING} deep"
        )
    for inner in nested:
        # Spooled to a temporary file, not held in memory: a batch's package zips may be large.
        with (
            spool_member(zf, members[inner], name) as spooled,
            open_zip(spooled, f"{name}:{inner}") as inner_zip,
        ):
            yield from _zip_packages(inner_zip, f"{name}:{inner}", limits, depth + 1)


def _name_the_submission(
    zf: zipfile.ZipFile, name: str, limits: ArchiveLimits, exc: MemberError
) -> InputError:
    """``exc`` with the submission (and attachment) the refused member belongs to, when the
    package's own ``submission.json`` passes the archive checks and names its id."""
    infos = {info.filename: info for info in zf.infolist()}
    roots = [n[: -len(MANIFEST)] for n in infos if n == MANIFEST or n.endswith("/" + MANIFEST)]
    holders = [r for r in roots if exc.member.startswith(r) and exc.member != r + MANIFEST]
    if not holders:
        return exc
    root = max(holders, key=len)
    try:
        info = infos[root + MANIFEST]
        check_member(info, name, limits)
        document = load_json(read_member(zf, info, name, MAX_MANIFEST_BYTES), name, MANIFEST_LIMITS)
    except InputError:
        return exc
    sub_id = document.get("id") if isinstance(document, dict) else None
    if not is_identifier(sub_id):
        return exc
    attachments = document.get("attachments")
    for i, item in enumerate(attachments if isinstance(attachments, list) else []):
        path = item.get("path") if isinstance(item, dict) else None
        if isinstance(path, str) and path and root + str(PurePosixPath(path)) == exc.member:
            return InputError(
                exc.file, f"{sub_id} / attachments[{i}].path", f"{exc.location}: {exc.message}"
            )
    return InputError(exc.file, f"{sub_id} / {exc.location}", exc.message)


def _read_zip(path: Path, limits: ArchiveLimits) -> Iterator[PackageSubmission]:
    with open_zip(path, str(path)) as zf:
        try:
            yield from _zip_packages(zf, str(path), limits)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
            raise InputError(str(path), "", f"damaged zip: {exc}") from None


def read_folder_file(base: Path, path: str, node: Node, limits: ArchiveLimits) -> bytes:
    """A file of an unpacked package: no symbolic links anywhere, never outside ``base``."""
    target = base
    for part in PurePosixPath(path).parts:
        target = target / part
        if target.is_symlink():
            raise node.error(f"{path!r} is a symbolic link; links are refused")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        raise node.error(f"attachment {path!r} is referenced but missing") from None
    if not stat.S_ISREG(info.st_mode):
        raise node.error(f"{path!r} is not a regular file")
    if info.st_nlink > 1:
        raise node.error(
            f"{path!r} is a hard link (the file has {info.st_nlink} names, perhaps outside the "
            "package); links are refused: copy the file into the package"
        )
    if not target.resolve().is_relative_to(base.resolve()):
        raise node.error(f"{path!r} escapes the package folder")
    if info.st_size > limits.max_file_size:
        raise node.error(
            f"{path!r} is {info.st_size} bytes, over the limit of {limits.max_file_size}"
        )
    try:
        return target.read_bytes()
    except OSError as exc:
        raise node.error(f"{path!r} cannot be read ({exc.strerror})") from None


def _read_unpacked(folder: Path, limits: ArchiveLimits) -> PackageSubmission:
    manifest_path = folder / MANIFEST
    if manifest_path.is_symlink():
        raise InputError(str(manifest_path), "", "is a symbolic link; links are refused")
    if manifest_path.is_file() and manifest_path.stat().st_nlink > 1:
        raise InputError(str(manifest_path), "", "is a hard link; links are refused")
    manifest = parse_manifest(
        load_json(
            read_bytes(manifest_path, MAX_MANIFEST_BYTES), str(manifest_path), MANIFEST_LIMITS
        ),
        str(manifest_path),
    )
    return _build(manifest, lambda p, n: read_folder_file(folder, p, n, limits), str(folder))


def _read_folder(folder: Path, limits: ArchiveLimits) -> Iterator[PackageSubmission]:
    if (folder / MANIFEST).exists():
        yield _read_unpacked(folder, limits)
        return
    entries = sorted(folder.iterdir())
    found = False
    for entry in entries:
        if entry.is_symlink():
            raise InputError(str(entry), "", "is a symbolic link; links are refused")
        if entry.is_dir() and (entry / MANIFEST).exists():
            found = True
            yield _read_unpacked(entry, limits)
        elif entry.is_file() and entry.suffix.lower() == ".zip":
            found = True
            yield from _read_zip(entry, limits)
    if not found:
        raise InputError(
            str(folder), "", f"holds no {MANIFEST}, no package folders and no package zips"
        )


def _declared_size(path: Path, limits: ArchiveLimits) -> int:
    """What the zips of one source declare they expand to (their members checked on the
    way); 0 for what is not a zip. Unpacked files are counted as they are read."""
    if path.is_symlink() or not path.exists() or path.suffix.lower() in LISTING_SUFFIXES:
        return 0
    if path.is_dir():
        return sum(
            _declared_size(entry, limits)
            for entry in sorted(path.iterdir())
            if entry.suffix.lower() == ".zip" and entry.is_file() and not entry.is_symlink()
        )
    with open_zip(path, str(path)) as zf:
        try:
            return sum(info.file_size for info in safe_members(zf, str(path), limits))
        except MemberError as exc:
            raise _name_the_submission(zf, str(path), limits, exc) from None


def read_source(path: Path, limits: ArchiveLimits | None = None) -> Iterator[PackageSubmission]:
    """Every submission in one source: package zip, folder, batch, or csv/xlsx listing."""
    limits = limits or ArchiveLimits()
    if path.is_symlink():
        raise InputError(str(path), "", "is a symbolic link; links are refused")
    if path.is_dir():
        yield from _read_folder(path, limits)
    elif not path.exists():
        raise InputError(str(path), "", "no such file or folder")
    elif path.suffix.lower() in LISTING_SUFFIXES:
        for row in read_listing(path):
            yield _build(
                row.manifest,
                lambda p, n: read_folder_file(path.parent, p, n, limits),
                f"{path}:{row.location}",
            )
    else:
        yield from _read_zip(path, limits)


def read_sources(
    paths: list[Path], limits: ArchiveLimits | None = None
) -> Iterator[PackageSubmission]:
    """All submissions of one import; refuses the same id twice, naming both places."""
    limits = limits or ArchiveLimits()
    # Every zip's directory is checked, and their expansions added up, before anything is read.
    declared = 0
    for path in paths:
        declared += _declared_size(path, limits)
        if declared > limits.max_total_size:
            raise InputError(
                str(path), "",
                f"the import expands to more than the limit of {limits.max_total_size} bytes "
                "in all (the sources together)",
            )  # fmt: skip
    seen: dict[str, str] = {}
    total = 0
    for path in paths:
        for sub in read_source(path, limits):
            if sub.id in seen:
                raise InputError(
                    sub.source,
                    f"{sub.id} / id",
                    f"the id {sub.id!r} is also used by {seen[sub.id]}",
                )
            seen[sub.id] = sub.source
            total += sum(a.size + (a.blind.size if a.blind else 0) for a in sub.attachments)
            if total > limits.max_total_size:
                raise InputError(
                    sub.source,
                    f"{sub.id} / attachments",
                    f"the import exceeds the limit of {limits.max_total_size} bytes in all",
                )
            yield sub


class PackageFormat:
    name = "submission package"
    generic = True  # claims any zip or folder: asked after the specific formats

    def detect(self, path: Path, head: bytes) -> bool:
        return (path.is_dir() or head.startswith(b"PK")) and not path.suffix.lower().startswith(
            (".imin", ".xlsx")
        )

    def validate(self, path: Path) -> str:
        subs = list(read_sources([path]))
        files = sum(len(s.attachments) for s in subs)
        return f"{len(subs)} submission(s), {files} attachment(s)"


class ListingFormat:
    name = "submission listing"
    generic = True  # claims any .csv or .xlsx: asked after the specific formats

    def detect(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() in LISTING_SUFFIXES

    def validate(self, path: Path) -> str:
        return PackageFormat().validate(path)
