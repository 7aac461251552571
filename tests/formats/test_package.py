"""Submission packages: every source kind, every hostile input of formats.md, fuzzing."""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from factories import (
    batch_zip_of_folders,
    batch_zip_of_zips,
    default_files,
    listing_csv,
    listing_xlsx,
    package_folder,
    package_members,
    package_zip,
    regular_member,
    submission_doc,
    symlink_member,
    zip_bytes,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.canonical import sha256_hex
from imin_desktop.domain.errors import InputError
from imin_desktop.formats.archive import ArchiveLimits
from imin_desktop.formats.package import PackageSubmission, read_source, read_sources
from imin_desktop.formats.registry import detect

SMALL = ArchiveLimits(max_file_size=1000, max_total_size=3000, ratio_allowance=1000)


def read_all(*paths: Path, limits: ArchiveLimits | None = None) -> list[PackageSubmission]:
    return list(read_sources(list(paths), limits))


def refusal(*paths: Path, limits: ArchiveLimits | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        read_all(*paths, limits=limits)
    return caught.value


def summary(sub: PackageSubmission) -> dict[str, Any]:
    return {
        "id": sub.id,
        "title": sub.title,
        "track": sub.track,
        "summary": sub.summary,
        "team": list(sub.team),
        "fields": sub.fields,
        "attachments": [(a.path, a.title, a.data, a.media_type) for a in sub.attachments],
    }


# --- the accepted sources ------------------------------------------------------------------


def test_package_zip_reads_the_submission_and_its_attachments(tmp_path: Path) -> None:
    doc = submission_doc(
        attachments=[{"path": "pitch.pdf", "title": "Pitch deck"}, {"path": "media/demo.png"}]
    )
    files = {"pitch.pdf": b"%PDF-1.4 deck", "media/demo.png": b"\x89PNG demo"}
    path = package_zip(tmp_path / "SUB-001.zip", doc, files)

    (sub,) = read_all(path)

    assert summary(sub) == {
        "id": "SUB-001",
        "title": "Remote triage SUB-001",
        "track": "Startups",
        "summary": "Triage for rural health centres.",
        "team": [{"name": "Ana Sousa", "email": "ana@example.pt", "organisation": "Saúde Lda"}],
        "fields": {"trl": 5, "website": "https://example.pt"},
        "attachments": [
            ("pitch.pdf", "Pitch deck", b"%PDF-1.4 deck", "application/pdf"),
            ("media/demo.png", "", b"\x89PNG demo", "image/png"),
        ],
    }
    assert [a.sha256 for a in sub.attachments] == [sha256_hex(d) for d in files.values()]
    assert sub.source == str(path)


def test_package_reader_ignores_unknown_keys(tmp_path: Path) -> None:
    plain = read_all(package_zip(tmp_path / "a.zip"))
    extended = read_all(package_zip(tmp_path / "b.zip", submission_doc(x_form_row=14)))

    assert summary(extended[0]) == summary(plain[0])


def test_folder_with_one_unpacked_package_reads_like_its_zip(tmp_path: Path) -> None:
    folder = package_folder(tmp_path / "SUB-001")
    packed = package_zip(tmp_path / "SUB-001.zip")

    (from_folder,) = read_all(folder)
    (from_zip,) = read_all(packed)

    assert summary(from_folder) == summary(from_zip)
    assert from_folder.content_hash == from_zip.content_hash


def test_folder_of_many_zips_reads_every_package_in_name_order(tmp_path: Path) -> None:
    for sub_id in ("SUB-003", "SUB-001", "SUB-002"):
        package_zip(tmp_path / "batch" / f"{sub_id}.zip", submission_doc(sub_id))

    subs = read_all(tmp_path / "batch")

    assert [s.id for s in subs] == ["SUB-001", "SUB-002", "SUB-003"]
    assert subs[0].attachments[0].data == default_files("SUB-001")["pitch.pdf"]


def test_folder_of_unpacked_package_folders_reads_every_package(tmp_path: Path) -> None:
    package_folder(tmp_path / "batch" / "a", submission_doc("SUB-001"))
    package_folder(tmp_path / "batch" / "b", submission_doc("SUB-002"))

    assert [s.id for s in read_all(tmp_path / "batch")] == ["SUB-001", "SUB-002"]


def test_batch_zip_of_package_zips_reads_every_package(tmp_path: Path) -> None:
    batch = batch_zip_of_zips(
        tmp_path / "batch.zip",
        {f"{i}.zip": zip_bytes(package_members(submission_doc(i))) for i in ("S1", "S2", "S3")},
    )

    subs = read_all(batch)

    assert [(s.id, s.source) for s in subs] == [
        ("S1", f"{batch}:S1.zip"),
        ("S2", f"{batch}:S2.zip"),
        ("S3", f"{batch}:S3.zip"),
    ]
    assert subs[2].attachments[0].data == default_files("S3")["pitch.pdf"]


def test_batch_zip_of_unpacked_package_folders_reads_every_package(tmp_path: Path) -> None:
    batch = batch_zip_of_folders(
        tmp_path / "batch.zip",
        {"one": (submission_doc("S1"), None), "two": (submission_doc("S2"), None)},
    )

    subs = read_all(batch)

    assert [(s.id, s.source) for s in subs] == [("S1", f"{batch}:one/"), ("S2", f"{batch}:two/")]
    assert subs[1].attachments[0].data == default_files("S2")["pitch.pdf"]


def test_package_with_a_zip_attachment_keeps_it_as_an_attachment(tmp_path: Path) -> None:
    source = zip_bytes({"main.py": b"print('triage')"})
    doc = submission_doc(attachments=[{"path": "pitch.pdf"}, {"path": "code/source.zip"}])
    zipped = package_zip(tmp_path / "p.zip", doc, {"pitch.pdf": b"%PDF", "code/source.zip": source})

    (sub,) = read_all(zipped)

    assert [(a.path, a.data, a.media_type) for a in sub.attachments] == [
        ("pitch.pdf", b"%PDF", "application/pdf"),
        ("code/source.zip", source, "application/zip"),
    ]


def test_batch_of_package_folders_with_zip_attachments_reads_each_package_once(
    tmp_path: Path,
) -> None:
    doc = submission_doc("S1", attachments=[{"path": "data.zip"}])
    batch = batch_zip_of_folders(
        tmp_path / "b.zip",
        {
            "one": (doc, {"data.zip": zip_bytes({"d.csv": b"1,2"})}),
            "two": (submission_doc("S2"), None),
        },
    )

    subs = read_all(batch)

    assert [(s.id, [a.path for a in s.attachments]) for s in subs] == [
        ("S1", ["data.zip"]),
        ("S2", ["pitch.pdf"]),
    ]


def test_batch_of_batches_reads_every_package(tmp_path: Path) -> None:
    inner = zip_bytes({"S1.zip": zip_bytes(package_members(submission_doc("S1")))})
    outer = batch_zip_of_zips(tmp_path / "all.zip", {"north.zip": inner})

    assert [s.id for s in read_all(outer)] == ["S1"]


def test_zips_nested_deeper_than_a_batch_of_batches_are_refused(tmp_path: Path) -> None:
    data = zip_bytes(package_members(submission_doc("S1")))
    for level in range(3):
        data = zip_bytes({f"level{level}.zip": data})
    path = tmp_path / "deep.zip"
    path.write_bytes(data)

    error = refusal(path)

    assert (error.file, error.location, error.message) == (
        f"{path}:level2.zip:level1.zip",
        "'level0.zip'",
        "zip archives nested more than 2 deep",
    )


def test_a_thousand_nested_zips_are_refused_quickly(tmp_path: Path) -> None:
    data = zip_bytes(package_members(submission_doc("S1")))
    for level in range(1000):
        data = zip_bytes({f"l{level}.zip": data}, zipfile.ZIP_STORED)
    path = tmp_path / "deep.zip"
    path.write_bytes(data)

    assert refusal(path).message == "zip archives nested more than 2 deep"


LISTING_ROWS = [
    {
        "id": "SUB-001",
        "title": "Remote triage",
        "track": "Startups",
        "summary": "Triage for rural health centres.",
        "team": "Ana Sousa <ana@example.pt> (Saúde Lda); Rui Costa; Eva <eva@example.pt>",
        "trl": "5",
        "website": "https://example.pt",
        "attachments": "pitch.pdf; media/demo.png",
    },
    {
        "id": "SUB-002",
        "title": "Vaccine cold chain",
        "track": "Research",
        "summary": "",
        "team": "Marta Lima (Universidade do Minho)",
        "trl": "3.5",
        "website": "",
        "attachments": "",
    },
]
LISTING_FILES = {"pitch.pdf": b"%PDF-1.4 deck", "media/demo.png": b"\x89PNG demo"}
EXPECTED_LISTING = [
    {
        "id": "SUB-001",
        "title": "Remote triage",
        "track": "Startups",
        "summary": "Triage for rural health centres.",
        "team": [
            {"name": "Ana Sousa", "email": "ana@example.pt", "organisation": "Saúde Lda"},
            {"name": "Rui Costa"},
            {"name": "Eva", "email": "eva@example.pt"},
        ],
        "fields": {"trl": 5, "website": "https://example.pt"},
        "attachments": [
            ("pitch.pdf", "", b"%PDF-1.4 deck", "application/pdf"),
            ("media/demo.png", "", b"\x89PNG demo", "image/png"),
        ],
    },
    {
        "id": "SUB-002",
        "title": "Vaccine cold chain",
        "track": "Research",
        "summary": "",
        "team": [{"name": "Marta Lima", "organisation": "Universidade do Minho"}],
        "fields": {"trl": 3.5},
        "attachments": [],
    },
]


def test_csv_listing_reads_team_cells_fields_and_attachments(tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "listing.csv", LISTING_ROWS, LISTING_FILES)

    subs = read_all(path)

    assert [summary(s) for s in subs] == EXPECTED_LISTING
    assert [s.source for s in subs] == [f"{path}:row 2", f"{path}:row 3"]


def test_xlsx_listing_reads_like_the_csv_listing(tmp_path: Path) -> None:
    path = listing_xlsx(tmp_path / "listing.xlsx", LISTING_ROWS, LISTING_FILES)

    assert [summary(s) for s in read_all(path)] == EXPECTED_LISTING


def test_xlsx_listing_keeps_numeric_cells_as_numbers(tmp_path: Path) -> None:
    rows = [{"id": 17, "title": "Numbers", "trl": 4, "budget": 1250.5}]
    path = listing_xlsx(tmp_path / "listing.xlsx", rows)

    (sub,) = read_all(path)

    assert (sub.id, sub.fields) == ("17", {"trl": 4, "budget": 1250.5})


def test_csv_listing_with_semicolons_and_a_bom_reads(tmp_path: Path) -> None:
    path = tmp_path / "listing.csv"
    path.write_bytes("\ufeffid;title;trl\nSUB-9;Título;7\n".encode())

    (sub,) = read_all(path)

    assert (sub.id, sub.title, sub.fields) == ("SUB-9", "Título", {"trl": 7})


def test_listing_keeps_numbers_too_large_for_a_float_as_text(tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "l.csv", [{"id": "S1", "title": "T", "budget": "1e999"}])

    (sub,) = read_all(path)

    assert sub.fields == {"budget": "1e999"}
    assert sub.content_hash.startswith("sha256:")


def test_listing_keeps_codes_and_phone_numbers_as_text(tmp_path: Path) -> None:
    row = {"id": " S1 ", "title": "T", "postcode": "0123", "phone": "+351 912 000 000"}
    row |= {"nif": "+351912000000", "budget": "-0.5", "share": "0.25", "count": "12"}
    path = listing_csv(tmp_path / "l.csv", [row])

    (sub,) = read_all(path)

    assert sub.id == "S1"
    assert sub.fields == {
        "postcode": "0123",
        "phone": "+351 912 000 000",
        "nif": "+351912000000",
        "budget": -0.5,
        "share": 0.25,
        "count": 12,
    }


def test_several_sources_of_different_kinds_read_in_one_import(tmp_path: Path) -> None:
    zipped = package_zip(tmp_path / "a.zip", submission_doc("S1"))
    folder = package_folder(tmp_path / "b", submission_doc("S2"))
    listing = listing_csv(tmp_path / "c" / "l.csv", [{"id": "S3", "title": "Three"}])

    assert [s.id for s in read_all(zipped, folder, listing)] == ["S1", "S2", "S3"]


def test_validate_detects_packages_folders_and_listings(tmp_path: Path) -> None:
    zipped = package_zip(tmp_path / "a.zip")
    folder = package_folder(tmp_path / "b")
    listing = listing_xlsx(tmp_path / "l.xlsx", [{"id": "S3", "title": "Three"}])

    names = [getattr(detect(p), "name", None) for p in (zipped, folder, listing)]

    assert names == ["submission package", "submission package", "submission listing"]


# --- hostile input: refused, naming the file, the submission and the field -----------------


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("../outside.pdf", "escapes the package (..)"),
        ("media/../../outside.pdf", "escapes the package (..)"),
        ("/etc/passwd", "is absolute"),
        ("C:/Windows/win.ini", "is absolute"),
        ("media\\..\\x.pdf", "backslash"),
    ],
)
def test_package_refuses_an_attachment_path_that_escapes(
    tmp_path: Path, path: str, message: str
) -> None:
    doc = submission_doc(attachments=[{"path": "pitch.pdf"}, {"path": path}])
    zipped = package_zip(tmp_path / "p.zip", doc)

    error = refusal(zipped)

    assert error.file == f"{zipped}:submission.json"
    assert error.location == "SUB-001 / attachments[1].path"
    assert message in error.message


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ("../evil.txt", "path with '..'"),
        ("media/../../evil.txt", "path with '..'"),
        ("/etc/evil.txt", "absolute path"),
        ("C:/evil.txt", "drive letter"),
    ],
)
def test_package_refuses_a_zip_member_that_escapes(
    tmp_path: Path, member: str, message: str
) -> None:
    zipped = package_zip(tmp_path / "p.zip", extra={regular_member(member): b"x"})

    error = refusal(zipped)

    assert error.file == str(zipped)
    assert error.location == f"SUB-001 / {member!r}"
    assert message in error.message


def test_package_refuses_an_escaping_member_referenced_as_an_attachment(tmp_path: Path) -> None:
    doc = submission_doc(attachments=[{"path": "pitch.pdf"}])
    zipped = tmp_path / "p.zip"
    zipped.write_bytes(
        zip_bytes({"submission.json": json.dumps(doc).encode(), regular_member("/pitch.pdf"): b"x"})
    )

    error = refusal(zipped)

    assert (error.file, error.location) == (str(zipped), "SUB-001 / '/pitch.pdf'")


def test_package_refuses_a_symbolic_link_member_in_a_zip(tmp_path: Path) -> None:
    doc = submission_doc(attachments=[{"path": "pitch.pdf"}, {"path": "media/link.pdf"}])
    zipped = package_zip(tmp_path / "p.zip", doc, extra=dict([symlink_member("media/link.pdf")]))

    error = refusal(zipped)

    assert error.file == str(zipped)
    assert error.location == "SUB-001 / attachments[1].path"
    assert error.message == "'media/link.pdf': symbolic links are not accepted in archives"


def test_package_refuses_an_unreferenced_symbolic_link_member(tmp_path: Path) -> None:
    zipped = package_zip(tmp_path / "p.zip", extra=dict([symlink_member("notes")]))

    error = refusal(zipped)

    assert (error.location, error.message) == (
        "SUB-001 / 'notes'",
        "symbolic links are not accepted in archives",
    )


def test_package_refuses_a_symbolic_link_in_a_folder_package(tmp_path: Path) -> None:
    folder = package_folder(tmp_path / "pkg", files={})
    (tmp_path / "secret.pdf").write_bytes(b"not for jurors")
    os.symlink(tmp_path / "secret.pdf", folder / "pitch.pdf")

    error = refusal(folder)

    assert error.file == str(folder / "submission.json")
    assert error.location == "SUB-001 / attachments[0].path"
    assert error.message == "'pitch.pdf' is a symbolic link; links are refused"


def test_package_refuses_a_symbolic_link_folder_inside_a_folder_package(tmp_path: Path) -> None:
    doc = submission_doc(attachments=[{"path": "media/demo.png"}])
    folder = package_folder(tmp_path / "pkg", doc, files={})
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "demo.png").write_bytes(b"png")
    os.symlink(tmp_path / "elsewhere", folder / "media")

    error = refusal(folder)

    assert (error.location, error.message) == (
        "SUB-001 / attachments[0].path",
        "'media/demo.png' is a symbolic link; links are refused",
    )


def test_package_refuses_a_symbolic_link_entry_in_a_batch_folder(tmp_path: Path) -> None:
    package_zip(tmp_path / "batch" / "a.zip", submission_doc("S1"))
    package_zip(tmp_path / "elsewhere.zip", submission_doc("S2"))
    os.symlink(tmp_path / "elsewhere.zip", tmp_path / "batch" / "b.zip")

    error = refusal(tmp_path / "batch")

    assert (error.file, error.message) == (
        str(tmp_path / "batch" / "b.zip"),
        "is a symbolic link; links are refused",
    )


def test_package_refuses_a_member_over_the_per_file_limit(tmp_path: Path) -> None:
    zipped = package_zip(
        tmp_path / "p.zip", files={"pitch.pdf": b"x" * 1001}, method=zipfile.ZIP_STORED
    )

    error = refusal(zipped, limits=SMALL)

    assert (error.file, error.location) == (str(zipped), "SUB-001 / attachments[0].path")
    assert (
        error.message == "'pitch.pdf': expands to 1001 bytes, more than the limit of 1000 per file"
    )


def test_package_refuses_a_folder_file_over_the_per_file_limit(tmp_path: Path) -> None:
    folder = package_folder(tmp_path / "pkg", files={"pitch.pdf": b"x" * 1001})

    error = refusal(folder, limits=SMALL)

    assert (error.location, error.message) == (
        "SUB-001 / attachments[0].path",
        "'pitch.pdf' is 1001 bytes, over the limit of 1000",
    )


def test_package_refuses_a_compression_ratio_above_100_to_1(tmp_path: Path) -> None:
    limits = ArchiveLimits(ratio_allowance=1000)
    zipped = package_zip(tmp_path / "p.zip", files={"pitch.pdf": bytes(200_000)})

    error = refusal(zipped, limits=limits)

    assert error.location == "SUB-001 / attachments[0].path"
    assert "above the limit of 100:1 (a possible zip bomb)" in error.message


def test_package_refuses_a_real_zip_bomb_with_the_default_limits(tmp_path: Path) -> None:
    zipped = package_zip(tmp_path / "p.zip", files={"pitch.pdf": bytes(2 * 1024 * 1024)})

    error = refusal(zipped)

    assert (error.file, error.location) == (str(zipped), "SUB-001 / attachments[0].path")
    assert "compression ratio" in error.message


def test_package_refuses_a_zip_bomb_nested_in_a_batch(tmp_path: Path) -> None:
    bomb = zip_bytes(package_members(submission_doc("S2"), {"pitch.pdf": bytes(2 * 1024 * 1024)}))
    batch = batch_zip_of_zips(
        tmp_path / "batch.zip",
        {"a.zip": zip_bytes(package_members(submission_doc("S1"))), "b.zip": bomb},
    )

    error = refusal(batch)

    assert (error.file, error.location) == (f"{batch}:b.zip", "S2 / attachments[0].path")


def test_import_refuses_sources_over_the_total_limit_together(tmp_path: Path) -> None:
    first = package_zip(tmp_path / "a.zip", submission_doc("S1"), {"pitch.pdf": b"a" * 900})
    second = package_folder(tmp_path / "b", submission_doc("S2"), {"pitch.pdf": b"b" * 900})
    third = package_zip(tmp_path / "c.zip", submission_doc("S3"), {"pitch.pdf": b"c" * 900})
    fourth = package_folder(tmp_path / "d", submission_doc("S4"), {"pitch.pdf": b"d" * 900})

    assert len(read_all(first, second, third, limits=SMALL)) == 3
    error = refusal(first, second, third, fourth, limits=SMALL)

    assert (error.file, error.location) == (str(fourth), "S4 / attachments")
    assert error.message == "the import exceeds the limit of 3000 bytes in all"


def test_import_refuses_the_same_id_in_two_sources(tmp_path: Path) -> None:
    first = package_zip(tmp_path / "a.zip", submission_doc("SUB-001"))
    second = package_folder(tmp_path / "b", submission_doc("SUB-001", title="Other"))

    error = refusal(first, second)

    assert (error.file, error.location) == (str(second), "SUB-001 / id")
    assert error.message == f"the id 'SUB-001' is also used by {first}"


def test_import_refuses_the_same_id_twice_in_one_batch(tmp_path: Path) -> None:
    batch = batch_zip_of_folders(
        tmp_path / "b.zip", {"x": (submission_doc("S1"), None), "y": (submission_doc("S1"), None)}
    )

    error = refusal(batch)

    assert (error.file, error.location) == (f"{batch}:y/", "S1 / id")


def test_package_refuses_a_referenced_file_missing_from_the_zip(tmp_path: Path) -> None:
    zipped = package_zip(tmp_path / "p.zip", files={})

    error = refusal(zipped)

    assert (error.file, error.location, error.message) == (
        f"{zipped}:submission.json",
        "SUB-001 / attachments[0].path",
        "attachment 'pitch.pdf' is referenced but not in the package",
    )


def test_package_refuses_a_referenced_file_missing_from_the_folder(tmp_path: Path) -> None:
    folder = package_folder(tmp_path / "pkg", files={})

    error = refusal(folder)

    assert (error.location, error.message) == (
        "SUB-001 / attachments[0].path",
        "attachment 'pitch.pdf' is referenced but missing",
    )


def test_listing_refuses_a_referenced_file_that_is_missing(tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "l.csv", [{"id": "S1", "title": "T", "attachments": "a.pdf"}])

    error = refusal(path)

    assert (error.file, error.location) == (str(path), "row 2 / S1 / attachments")
    assert "referenced but missing" in error.message


@pytest.mark.parametrize(
    ("cell", "message"),
    [("../x.pdf", "escapes"), ("/etc/passwd", "absolute"), ("C:/x.pdf", "absolute")],
)
def test_listing_refuses_attachment_paths_that_escape(
    tmp_path: Path, cell: str, message: str
) -> None:
    path = listing_csv(tmp_path / "l.csv", [{"id": "S1", "title": "T", "attachments": cell}])

    error = refusal(path)

    assert (error.file, error.location) == (str(path), "row 2 / S1 / attachments")
    assert message in error.message


def test_listing_refuses_a_team_cell_it_cannot_read(tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "l.csv", [{"id": "S1", "title": "T", "team": "Ana <a> <b>"}])

    error = refusal(path)

    assert (error.location, error.message) == (
        "row 2 / S1 / team",
        "'Ana <a> <b>' is not 'Name <email> (Organisation)'",
    )


@pytest.mark.parametrize(
    ("manifest", "location", "message"),
    [
        (b"[1, 2]", "(top level)", "expected an object, found a list"),
        (b'"text"', "(top level)", "expected an object, found text"),
        (b"{", "line 1, column 2", "not JSON"),
        (b'{"format": "imin.submission/2", "id": "S"}', "format", "newer program"),
        (b'{"format": "imin.submission/1", "id": "S 1"}', "id", "identifier"),
        (b'{"format": "imin.submission/1", "id": "S"}', "S / title", "is missing"),
        (b'{"format": "imin.submission/1", "id": "S", "title": 5}', "S / title", "expected text"),
        (
            b'{"format": "imin.submission/1", "id": "S", "title": "T", "team": {"name": "A"}}',
            "S / team",
            "expected a list, found an object",
        ),
        (
            b'{"format": "imin.submission/1", "id": "S", "title": "T", "team": [{"email": "a"}]}',
            "S / team[0].name",
            "is missing",
        ),
        (
            b'{"format": "imin.submission/1", "id": "S", "title": "T", "fields": {"a": [1]}}',
            "S / fields.a",
            "not a structure",
        ),
        (
            b'{"format": "imin.submission/1", "id": "S", "title": "T", "attachments": [{}]}',
            "S / attachments[0].path",
            "is missing",
        ),
        (
            b'{"format": "imin.submission/1", "id": "S", "title": "T", "fields": {"n": 1e400}}',
            "",
            "too large",
        ),
    ],
)
def test_package_refuses_a_manifest_with_wrong_content(
    tmp_path: Path, manifest: bytes, location: str, message: str
) -> None:
    zipped = package_zip(tmp_path / "p.zip", manifest, files={})

    error = refusal(zipped)

    assert error.file == f"{zipped}:submission.json"
    assert error.location == location
    assert message in error.message


def test_package_refuses_a_manifest_that_is_not_utf8(tmp_path: Path) -> None:
    manifest = json.dumps(submission_doc(title="Saúde"), ensure_ascii=False).encode("latin-1")
    folder = package_folder(tmp_path / "pkg", manifest)

    error = refusal(folder)

    assert (error.file, error.message) == (str(folder / "submission.json"), "text is not UTF-8")
    assert error.location.startswith("line 1 (byte ")


def test_listing_refuses_a_csv_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_bytes("id,title\nS1,Saúde\n".encode("latin-1"))

    error = refusal(path)

    assert (error.file, error.location, error.message) == (
        str(path),
        "line 2 (byte 14)",
        "text is not UTF-8",
    )


def test_listing_refuses_a_row_without_an_identifier(tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "l.csv", [{"id": "S1", "title": "A"}, {"id": "", "title": "B"}])

    error = refusal(path)

    assert (error.file, error.location) == (str(path), "row 3 / id")


def test_package_refuses_a_manifest_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "pkg" / "submission.json").mkdir(parents=True)

    error = refusal(tmp_path / "pkg")

    assert (error.file, error.message) == (
        str(tmp_path / "pkg" / "submission.json"),
        "is a folder, not a file",
    )


def test_package_refuses_a_zip_without_packages(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(zip_bytes({"readme.txt": b"hello"}))

    assert refusal(path).message == "holds no submission.json and no package zips"


def test_package_refuses_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(b"%PDF-1.4 a pdf, not a zip")

    error = refusal(path)

    assert error.file == str(path)
    assert "not a zip archive" in error.message


def test_package_refuses_a_missing_source(tmp_path: Path) -> None:
    error = refusal(tmp_path / "absent.zip")

    assert (error.file, error.message) == (str(tmp_path / "absent.zip"), "no such file or folder")


# --- fuzzing -------------------------------------------------------------------------------


def _read_bytes_as_source(data: bytes, suffix: str = ".zip") -> list[PackageSubmission] | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            subs = list(read_source(path, SMALL))
        except InputError:
            return None
        for sub in subs:
            assert sub.content_hash.startswith("sha256:")
        return subs


SEED_ZIP = zip_bytes(
    package_members(
        submission_doc(attachments=[{"path": "pitch.pdf"}, {"path": "media/demo.png"}]),
        {"pitch.pdf": b"%PDF-1.4 deck", "media/demo.png": b"\x89PNG demo"},
    ),
    zipfile.ZIP_STORED,
)


def test_fuzz_seed_package_reads() -> None:
    subs = _read_bytes_as_source(SEED_ZIP)

    assert subs is not None and [s.id for s in subs] == ["SUB-001"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_package_random_bytes_give_submissions_or_input_error(data: bytes) -> None:
    _read_bytes_as_source(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SEED_ZIP) - 1), st.integers(0, 255)), max_size=6))
def test_fuzz_package_mutated_zip_gives_submissions_or_input_error(
    edits: list[tuple[int, int]],
) -> None:
    data = bytearray(SEED_ZIP)
    for at, value in edits:
        data[at] = value
    _read_bytes_as_source(bytes(data))


MANIFEST_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
MANIFEST_KEYS = ["format", "id", "title", "track", "summary", "team", "fields", "attachments"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(MANIFEST_KEYS), MANIFEST_VALUES, max_size=4))
def test_fuzz_package_mutated_manifest_gives_submissions_or_input_error(
    changes: dict[str, Any],
) -> None:
    doc = submission_doc() | changes
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("submission.json", json.dumps(doc, allow_nan=True))
        zf.writestr("pitch.pdf", b"pdf")
    _read_bytes_as_source(buffer.getvalue())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_fuzz_listing_random_bytes_give_submissions_or_input_error(data: bytes) -> None:
    _read_bytes_as_source(data, ".csv")
