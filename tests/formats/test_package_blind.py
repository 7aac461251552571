"""Blind variants in submission packages: ``attachments[].blind_path`` (optional)."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import package_folder, package_zip, submission_doc

from imin_desktop.domain.canonical import content_hash, sha256_hex
from imin_desktop.domain.errors import InputError
from imin_desktop.formats.package import read_sources

DECK = b"%PDF-1.4 deck with the team page"
BLIND = b"%PDF-1.4 deck without the team page"


def _doc(**attachment: str) -> dict[str, object]:
    return submission_doc(attachments=[{"path": "pitch.pdf", "title": "Pitch deck", **attachment}])


def test_package_with_a_blind_variant_reads_both_files(tmp_path: Path) -> None:
    path = package_zip(tmp_path / "S.zip", _doc(blind_path="blind/pitch.pdf"),
                       {"pitch.pdf": DECK, "blind/pitch.pdf": BLIND})  # fmt: skip

    [sub] = read_sources([path])

    [att] = sub.attachments
    assert (att.path, att.data) == ("pitch.pdf", DECK)
    assert att.blind is not None
    assert (att.blind.path, att.blind.data, att.blind.sha256, att.blind.media_type) == (
        "blind/pitch.pdf", BLIND, sha256_hex(BLIND), "application/pdf",
    )  # fmt: skip


def test_package_folder_with_a_blind_variant_reads_like_its_zip(tmp_path: Path) -> None:
    files = {"pitch.pdf": DECK, "blind/pitch.pdf": BLIND}
    doc = _doc(blind_path="blind/pitch.pdf")

    [packed] = read_sources([package_zip(tmp_path / "S.zip", doc, files)])
    [unpacked] = read_sources([package_folder(tmp_path / "S", doc, files)])

    assert unpacked.attachments == packed.attachments
    assert unpacked.content_hash == packed.content_hash


def test_package_without_a_blind_variant_keeps_its_content_hash(tmp_path: Path) -> None:
    doc = _doc()
    [sub] = read_sources([package_zip(tmp_path / "S.zip", doc, {"pitch.pdf": DECK})])

    # The hash as packages written before blind variants existed were identified by.
    expected = content_hash({
        "id": sub.id, "title": sub.title, "track": sub.track, "summary": sub.summary,
        "team": list(sub.team), "fields": sub.fields,
        "attachments": [{"path": "pitch.pdf", "title": "Pitch deck", "sha256": sha256_hex(DECK)}],
    })  # fmt: skip
    assert sub.attachments[0].blind is None
    assert sub.content_hash == expected


def test_package_adding_a_blind_variant_changes_its_content_hash(tmp_path: Path) -> None:
    [plain] = read_sources([package_zip(tmp_path / "a.zip", _doc(), {"pitch.pdf": DECK})])
    [blind] = read_sources([package_zip(tmp_path / "b.zip", _doc(blind_path="b.pdf"),
                                        {"pitch.pdf": DECK, "b.pdf": BLIND})])  # fmt: skip

    assert plain.content_hash != blind.content_hash


def test_package_null_blind_path_means_no_variant(tmp_path: Path) -> None:
    doc = submission_doc(attachments=[{"path": "pitch.pdf", "blind_path": None}])

    [sub] = read_sources([package_zip(tmp_path / "S.zip", doc, {"pitch.pdf": DECK})])

    assert sub.attachments[0].blind is None


@pytest.mark.parametrize(
    ("blind_path", "files", "message"),
    [
        ("blind/pitch.pdf", {"pitch.pdf": DECK},
         "attachment 'blind/pitch.pdf' is referenced but not in the package"),
        ("../pitch.pdf", {"pitch.pdf": DECK}, "path '../pitch.pdf' escapes the package (..)"),
        ("/etc/passwd", {"pitch.pdf": DECK},
         "path '/etc/passwd' is absolute; it must be relative to the package"),
    ],
    ids=["missing", "escaping", "absolute"],
)  # fmt: skip
def test_package_refuses_a_bad_blind_path(
    tmp_path: Path, blind_path: str, files: dict[str, bytes], message: str
) -> None:
    path = package_zip(tmp_path / "S.zip", _doc(blind_path=blind_path), files)

    with pytest.raises(InputError) as caught:
        list(read_sources([path]))

    assert (caught.value.file, caught.value.location, caught.value.message) == (
        f"{path}:submission.json", "SUB-001 / attachments[0].blind_path", message,
    )  # fmt: skip


def test_package_refuses_a_blind_path_that_is_not_text(tmp_path: Path) -> None:
    path = package_zip(tmp_path / "S.zip", _doc(blind_path=7), {"pitch.pdf": DECK})  # type: ignore[arg-type]

    with pytest.raises(InputError) as caught:
        list(read_sources([path]))

    assert caught.value.location == "SUB-001 / attachments[0].blind_path"
