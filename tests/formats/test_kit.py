"""The juror kit: round trips, encryption, blind kits, hostile archives, fuzzing."""

from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imin_desktop.domain.canonical import content_hash
from imin_desktop.domain.errors import InputError
from imin_desktop.formats.kit import (
    MAGIC,
    Kit,
    KitAttachment,
    KitFormat,
    KitSubmission,
    OpenedKit,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted_kit,
    kit_document,
    kit_zip_bytes,
    open_kit,
    write_kit,
)
from imin_desktop.formats.registry import detect as detect_format
from imin_desktop.formats.rubric_json import parse_rubric

FAST_N = 2**10  # a cheap scrypt cost keeps the suite fast; the reader accepts any valid cost

RUBRIC_DOC: dict[str, Any] = {
    "format": "imin.rubric/1",
    "id": "summit-2026",
    "title": {"en": "Summit challenge", "pt": "Desafio da cimeira"},
    "scale": {"min": 0, "max": 5, "step": 0.5},
    "criteria": [{"key": "excellence", "comment_required": True}, {"key": "impact", "weight": 2}],
    "gates": [{"key": "eligible", "label": "Eligible"}],
    "x-extension": {"kept": True},
}

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) * 20
NOTES = b"plain text notes\n" * 200
BLOBS = {hashlib.sha256(b).hexdigest(): b for b in (PDF, PNG, NOTES)}


def blobs(sha256: str) -> bytes:
    return BLOBS[sha256]


def attachment(data: bytes, path: str, media_type: str, title: str = "") -> KitAttachment:
    return KitAttachment(path, title, hashlib.sha256(data).hexdigest(), len(data), media_type)


def make_kit(*, blind: bool = False, key: bytes = bytes(range(32))) -> Kit:
    rubric = parse_rubric(copy.deepcopy(RUBRIC_DOC), "rubric.json")
    team = [] if blind else [{"name": "Ana Sousa", "email": "ana@example.pt", "organisation": "UP"}]
    return Kit(
        kit_id="0b7c6f2e-9a43-4c1e-8d8e-5f1f3b2a7c10",
        event_id="summit-2026",
        event_title={"en": "eHealth Summit 2026", "pt": "Cimeira eHealth 2026"},
        juror_id="J03",
        juror_name="Rui Costa",
        key=key,
        rubric=rubric,
        rubric_hash=rubric.hash,
        blind=blind,
        submissions=(
            KitSubmission(
                id="SUB-014",
                title="Remote triage for rural health centres",
                track="Startups",
                summary="Triage — “quoted”, ação.",
                team=team,
                fields={"trl": 5, "website": "https://example.pt", "score": 2.5},
                attachments=(
                    attachment(PDF, "pitch.pdf", "application/pdf", "Pitch deck"),
                    attachment(PNG, "media/demo.png", "image/png"),
                ),
            ),
            KitSubmission(
                id="SUB-020",
                title={"en": "Home dialysis", "pt": "Diálise em casa"},
                attachments=(
                    attachment(PDF, "same-pitch.pdf", "application/pdf"),
                    attachment(NOTES, "notes.txt", "text/plain"),
                ),
            ),
        ),
        created_at="2026-11-26T09:00:00Z",
    )


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rezip(data: bytes, change: Callable[[dict[str, bytes]], object]) -> bytes:
    content = members(data)
    change(content)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, value in content.items():
            zf.writestr(name, value)
    return buffer.getvalue()


def with_document(change: Callable[[dict[str, Any]], None]) -> bytes:
    def edit(content: dict[str, bytes]) -> None:
        document = json.loads(content["kit.json"])
        change(document)
        content["kit.json"] = json.dumps(document).encode()

    return rezip(kit_zip_bytes(make_kit(), blobs), edit)


def refusal(data: bytes, passphrase: str | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        open_kit(data, passphrase, file_name="J03.iminkit")
    return caught.value


# -- plain kits ---------------------------------------------------------------------------


def test_write_then_open_gives_the_same_kit(tmp_path: Path) -> None:
    kit = make_kit()
    path = tmp_path / "J03.iminkit"

    write_kit(kit, path, blobs)
    opened = open_kit(path)

    assert opened.kit == kit
    assert opened.kit.rubric.document == RUBRIC_DOC
    assert opened.encrypted is False
    assert opened.read_attachment(kit.submissions[0].attachments[1].sha256) == PNG
    assert is_encrypted_kit(path) is False


def test_kit_zip_holds_kit_json_and_each_file_once_by_hash() -> None:
    content = members(kit_zip_bytes(make_kit(), blobs))

    assert sorted(content) == sorted(["kit.json", *(f"files/{sha}" for sha in BLOBS)])
    assert content[f"files/{hashlib.sha256(NOTES).hexdigest()}"] == NOTES


def test_media_already_compressed_is_stored_and_the_rest_deflated() -> None:
    with zipfile.ZipFile(io.BytesIO(kit_zip_bytes(make_kit(), blobs))) as zf:
        methods = {info.filename: info.compress_type for info in zf.infolist()}

    assert methods["kit.json"] == zipfile.ZIP_DEFLATED
    assert methods[f"files/{hashlib.sha256(PDF).hexdigest()}"] == zipfile.ZIP_STORED
    assert methods[f"files/{hashlib.sha256(PNG).hexdigest()}"] == zipfile.ZIP_STORED
    assert methods[f"files/{hashlib.sha256(NOTES).hexdigest()}"] == zipfile.ZIP_DEFLATED


def test_kit_json_follows_the_specification() -> None:
    kit = make_kit()

    document = json.loads(members(kit_zip_bytes(kit, blobs))["kit.json"])

    assert document["format"] == "imin.kit/1"
    assert document["event"] == {"id": "summit-2026", "title": kit.event_title}
    assert document["juror"] == {"id": "J03", "name": "Rui Costa"}
    assert base64.b64decode(document["key"]) == kit.key
    assert document["rubric_hash"] == content_hash(document["rubric"])
    assert document["submissions"][0]["attachments"][0] == {
        "path": "pitch.pdf",
        "title": "Pitch deck",
        "sha256": hashlib.sha256(PDF).hexdigest(),
        "size": len(PDF),
        "media_type": "application/pdf",
    }


def test_writing_is_atomic_and_replaces_an_older_kit(tmp_path: Path) -> None:
    path = tmp_path / "J03.iminkit"
    path.write_bytes(b"old")

    write_kit(make_kit(), path, blobs)

    assert [p.name for p in tmp_path.iterdir()] == ["J03.iminkit"]
    assert open_kit(path).kit == make_kit()


def test_writer_refuses_a_blob_that_does_not_match_its_hash(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not match"):
        write_kit(make_kit(), tmp_path / "k.iminkit", lambda sha: b"something else")
    assert list(tmp_path.iterdir()) == []


def test_writer_refuses_a_rubric_hash_that_does_not_match(tmp_path: Path) -> None:
    kit = make_kit()
    wrong = Kit(**{**kit.__dict__, "rubric_hash": "sha256:" + "0" * 64})

    with pytest.raises(ValueError, match="rubric_hash"):
        write_kit(wrong, tmp_path / "k.iminkit", blobs)


# -- blind kits ---------------------------------------------------------------------------


def test_blind_kit_holds_exactly_what_the_writer_was_given(tmp_path: Path) -> None:
    kit = make_kit(blind=True)
    path = tmp_path / "J03.iminkit"

    write_kit(kit, path, blobs)
    raw = path.read_bytes()
    content = members(raw)
    document = json.loads(content["kit.json"])

    assert document == json.loads(json.dumps(kit_document(kit)))
    assert document["submissions"][0]["team"] == []
    for needle in ("Ana Sousa", "ana@example.pt"):
        assert needle.encode() not in raw
        assert all(needle.encode() not in value for value in content.values())
    assert open_kit(path).kit == kit


# -- encrypted kits -----------------------------------------------------------------------


def write_encrypted(tmp_path: Path, passphrase: str = "correct horse battery") -> Path:
    path = tmp_path / "J03.iminkit"
    write_kit(make_kit(), path, blobs, passphrase, scrypt_n=FAST_N)
    return path


def test_encrypted_kit_round_trip(tmp_path: Path) -> None:
    path = write_encrypted(tmp_path)

    opened = open_kit(path, "correct horse battery")

    assert opened.kit == make_kit()
    assert opened.encrypted is True
    assert opened.read_attachment(hashlib.sha256(PDF).hexdigest()) == PDF
    assert is_encrypted_kit(path) is True


def test_encrypted_kit_layout_is_magic_header_line_then_ciphertext(tmp_path: Path) -> None:
    data = write_encrypted(tmp_path).read_bytes()

    magic, header_line, _ciphertext = data.split(b"\n", 2)
    header = json.loads(header_line)

    assert magic + b"\n" == MAGIC == b"IMINKIT-ENCRYPTED/1\n"
    assert header["kdf"] == "scrypt"
    assert header["cipher"] == "AES-256-GCM"
    assert (header["n"], header["r"], header["p"]) == (FAST_N, 8, 1)
    assert len(base64.b64decode(header["nonce"])) == 12
    assert len(base64.b64decode(header["salt"])) == 16
    for needle in (b"Ana Sousa", b"Remote triage", b"kit.json", PDF[:64]):
        assert needle not in data


def test_an_encrypted_kit_decrypts_with_the_documented_recipe(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    data = write_encrypted(tmp_path, "pässwörd").read_bytes()
    end = data.index(b"\n", len(MAGIC)) + 1
    header = json.loads(data[len(MAGIC) : end])
    salt, nonce = base64.b64decode(header["salt"]), base64.b64decode(header["nonce"])

    key = Scrypt(salt=salt, length=32, n=header["n"], r=header["r"], p=header["p"]).derive(
        "pässwörd".encode()
    )
    plain = AESGCM(key).decrypt(nonce, data[end:], data[:end])

    assert json.loads(members(plain)["kit.json"])["kit_id"] == make_kit().kit_id


def test_an_encrypted_kit_without_passphrase_asks_for_one(tmp_path: Path) -> None:
    path = write_encrypted(tmp_path)

    with pytest.raises(PassphraseRequired) as caught:
        open_kit(path)

    assert isinstance(caught.value, InputError)
    assert "passphrase" in caught.value.message


def test_a_wrong_passphrase_gives_a_clear_message(tmp_path: Path) -> None:
    path = write_encrypted(tmp_path)

    with pytest.raises(WrongPassphrase) as caught:
        open_kit(path, "Correct horse battery")

    assert caught.value.message == "wrong passphrase (or the kit is damaged)"


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_tampered_ciphertext_is_refused(tmp_path: Path, where: str) -> None:
    data = bytearray(write_encrypted(tmp_path).read_bytes())
    start = data.index(b"\n", len(MAGIC)) + 1
    at = {"first": start, "middle": (start + len(data)) // 2, "last": len(data) - 1}[where]
    data[at] ^= 0x01

    assert isinstance(refusal(bytes(data), "correct horse battery"), WrongPassphrase)


def test_a_tampered_header_is_refused(tmp_path: Path) -> None:
    data = write_encrypted(tmp_path).read_bytes()
    header_end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC) : header_end])
    header["x-note"] = "added"
    changed = MAGIC + json.dumps(header).encode() + data[header_end:]

    assert isinstance(refusal(changed, "correct horse battery"), WrongPassphrase)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"n": 2**30}, "from 2 to"),
        ({"n": 1000}, "power of two"),
        ({"r": 64, "n": 2**20}, "more memory or time"),
        ({"cipher": "AES-128-CBC"}, "unknown cipher"),
        ({"kdf": "pbkdf2"}, "scrypt"),
        ({"nonce": "AAAA"}, "12–12 bytes"),
        ({"salt": "not base64!"}, "base64"),
    ],
)
def test_unsafe_or_unknown_header_parameters_are_refused(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    data = write_encrypted(tmp_path).read_bytes()
    header_end = data.index(b"\n", len(MAGIC))
    header = {**json.loads(data[len(MAGIC) : header_end]), **change}
    changed = MAGIC + json.dumps(header).encode() + data[header_end:]

    assert message in refusal(changed, "x").message


def test_opening_an_encrypted_kit_writes_nothing_to_disk(tmp_path: Path) -> None:
    path = write_encrypted(tmp_path)
    before = sorted(tmp_path.rglob("*"))

    opened = open_kit(path, "correct horse battery")
    for sha in BLOBS:
        opened.read_attachment(sha)

    assert sorted(tmp_path.rglob("*")) == before


def test_an_empty_passphrase_is_refused_by_the_writer(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty passphrase"):
        write_kit(make_kit(), tmp_path / "k.iminkit", blobs, "")


# -- content checks -----------------------------------------------------------------------


def test_a_rubric_changed_after_hashing_is_refused() -> None:
    data = with_document(lambda d: d["rubric"]["criteria"][1].update(weight=3))

    error = refusal(data)

    assert error.location == "rubric_hash"
    assert "does not match the rubric" in error.message


def test_an_invalid_rubric_inside_a_kit_is_named_by_its_place() -> None:
    def change(document: dict[str, Any]) -> None:
        document["rubric"]["scale"]["step"] = 0
        document["rubric_hash"] = content_hash(document["rubric"])

    assert refusal(with_document(change)).location == "rubric.scale.step"


def test_a_missing_attachment_is_refused_naming_the_submission() -> None:
    sha = hashlib.sha256(PNG).hexdigest()
    data = rezip(kit_zip_bytes(make_kit(), blobs), lambda c: c.pop(f"files/{sha}"))

    error = refusal(data)

    assert error.location == "SUB-014 / attachments[1] (media/demo.png)"
    assert "missing" in error.message


def test_an_attachment_with_other_content_is_refused() -> None:
    sha = hashlib.sha256(NOTES).hexdigest()

    def swap(content: dict[str, bytes]) -> None:
        content[f"files/{sha}"] = NOTES.upper()

    error = refusal(rezip(kit_zip_bytes(make_kit(), blobs), swap))

    assert "does not match its sha256" in error.message
    assert error.location.startswith("SUB-020 / attachments[1]")


def test_an_attachment_with_another_size_is_refused() -> None:
    data = with_document(lambda d: d["submissions"][1]["attachments"][1].update(size=5))

    assert "size" in refusal(data).message


def test_duplicate_submissions_are_refused() -> None:
    data = with_document(lambda d: d["submissions"][1].update(id="SUB-014"))

    assert refusal(data).location == "submissions[1]"


@pytest.mark.parametrize(
    ("change", "location"),
    [
        (lambda d: d.update(format="imin.kit/2"), "format"),
        (lambda d: d.update(key="c2hvcnQ="), "key"),
        (lambda d: d.update(blind="no"), "blind"),
        (lambda d: d.update(created_at="yesterday"), "created_at"),
        (lambda d: d["juror"].update(id="J 03"), "juror.id"),
        (lambda d: d["submissions"][0]["attachments"][0].update(sha256="ABC"), None),
        (lambda d: d["submissions"][0].update(team={"name": "x"}), "submissions[0].team"),
    ],
)
def test_kit_json_fields_are_type_checked(
    change: Callable[[dict[str, Any]], None], location: str | None
) -> None:
    error = refusal(with_document(change))

    assert error.location == (location or "submissions[0].attachments[0].sha256")


def test_an_attachment_path_escaping_its_folder_is_refused() -> None:
    data = with_document(lambda d: d["submissions"][0]["attachments"][0].update(path="../x.pdf"))

    error = refusal(data)

    assert error.location == "submissions[0].attachments[0].path"
    assert "'..'" in error.message


def test_a_rubric_with_unusable_numbers_is_an_input_error() -> None:
    def change(document: dict[str, Any]) -> None:
        document["rubric"]["scale"] = {"min": 0, "max": 10**40, "step": 1e-30}
        document["rubric_hash"] = content_hash(document["rubric"])

    assert refusal(with_document(change)).location.startswith("rubric")


def test_read_attachment_of_an_unknown_hash_is_a_key_error(tmp_path: Path) -> None:
    path = tmp_path / "J03.iminkit"
    write_kit(make_kit(), path, blobs)

    with pytest.raises(KeyError):
        open_kit(path).read_attachment("0" * 64)


def test_read_attachment_notices_a_kit_changed_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "J03.iminkit"
    write_kit(make_kit(), path, blobs)
    opened = open_kit(path)
    sha = hashlib.sha256(NOTES).hexdigest()
    path.write_bytes(rezip(path.read_bytes(), lambda c: c.update({f"files/{sha}": NOTES.upper()})))

    with pytest.raises(InputError, match="changed since the kit was opened"):
        opened.read_attachment(sha)


def test_a_zip_without_kit_json_is_not_a_kit() -> None:
    data = rezip(kit_zip_bytes(make_kit(), blobs), lambda c: c.pop("kit.json"))

    assert "not a juror kit" in refusal(data).message


# -- hostile archives ---------------------------------------------------------------------


def with_member(info: zipfile.ZipInfo | str, value: bytes) -> bytes:
    buffer = io.BytesIO(kit_zip_bytes(make_kit(), blobs))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(info, value)
    return buffer.getvalue()


def test_a_kit_with_a_path_escaping_member_is_refused() -> None:
    assert "'..'" in refusal(with_member("files/../../evil.sh", b"rm -rf")).message


def test_a_kit_with_an_absolute_member_is_refused() -> None:
    assert "absolute" in refusal(with_member("/etc/cron.d/evil", b"x")).message


def test_a_kit_with_a_symbolic_link_is_refused() -> None:
    link = zipfile.ZipInfo("files/link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16

    assert "symbolic link" in refusal(with_member(link, b"/etc/passwd")).message


def test_a_kit_with_a_zip_bomb_member_is_refused() -> None:
    assert "compression ratio" in refusal(with_member("files/bomb", bytes(8 << 20))).message


def test_not_a_zip_is_refused() -> None:
    assert "not a zip" in refusal(b"PK\x03\x04 truncated").message


# -- the registered format ----------------------------------------------------------------


def test_kit_format_detects_and_summarises_a_plain_kit(tmp_path: Path) -> None:
    path = tmp_path / "J03.iminkit"
    write_kit(make_kit(blind=True), path, blobs)

    assert isinstance(detect_format(path), KitFormat)
    summary = KitFormat().validate(path)

    assert "juror J03 (Rui Costa)" in summary
    assert "2 submissions, 3 attachment files" in summary
    assert summary.endswith(", blind")


def test_kit_format_recognises_an_encrypted_kit_by_its_header(tmp_path: Path) -> None:
    path = write_encrypted(tmp_path).rename(tmp_path / "renamed.bin")

    assert isinstance(detect_format(path), KitFormat)
    assert "passphrase" in KitFormat().validate(path)


# -- fuzzing ------------------------------------------------------------------------------

PLAIN = kit_zip_bytes(make_kit(), blobs)


def outcome(data: bytes, passphrase: str | None = None) -> None:
    """The reader's contract: an opened kit or an InputError, nothing else."""
    try:
        opened = open_kit(data, passphrase, file_name="fuzz.iminkit")
    except InputError:
        return
    assert isinstance(opened, OpenedKit)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    outcome(data)
    outcome(MAGIC + data, "pass")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(PLAIN) - 1), st.integers(0, 255)), max_size=4))
def test_fuzz_mutated_plain_kit(edits: list[tuple[int, int]]) -> None:
    data = bytearray(PLAIN)
    for at, value in edits:
        data[at] = value
    outcome(bytes(data))


ENCRYPTED_HEAD = (
    b'{"cipher":"AES-256-GCM","kdf":"scrypt","n":1024,"nonce":"AAAAAAAAAAAAAAAA","p":1,'
)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=60), st.binary(max_size=40))
def test_fuzz_encrypted_header(tail: bytes, ciphertext: bytes) -> None:
    outcome(MAGIC + ENCRYPTED_HEAD + tail + b"\n" + ciphertext, "pass")


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=10)
    | st.sampled_from(["imin.rubric/1", "SUB-014", "2026-11-26T09:00:00Z", "a" * 64]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
DOCUMENT = json.loads(members(PLAIN)["kit.json"])


def document_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(document_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found.extend(document_paths(child, (*prefix, i)))
    return found


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(document_paths(DOCUMENT)), JSON_VALUES, st.booleans())
def test_fuzz_kit_json_with_wrong_values_anywhere(
    path: tuple[Any, ...], value: Any, rehash: bool
) -> None:
    document = copy.deepcopy(DOCUMENT)
    if path:
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    else:
        document = value
    if rehash and isinstance(document, dict) and isinstance(document.get("rubric"), dict):
        with contextlib.suppress(ValueError):  # a rubric json cannot hash: left unhashed
            document["rubric_hash"] = content_hash(document["rubric"])

    def put(content: dict[str, bytes]) -> None:
        content["kit.json"] = json.dumps(document).encode()

    outcome(rezip(PLAIN, put))
