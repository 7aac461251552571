"""Package zips, folders of packages and batch zips follow formats.md, byte for byte."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.generator import (
    GeneratedSubmission,
    package_bytes,
    write_batch_zip,
    write_package_zip,
    write_packages,
)
from imin_desktop.generator import packages as packages_module


def _open(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def test_package_holds_the_manifest_and_the_attachments_it_references(
    tmp_path: Path, subs: list[GeneratedSubmission]
) -> None:
    path = write_package_zip(subs[0], tmp_path / "one.zip")

    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        document = json.loads(archive.read("submission.json").decode("utf-8"))
        assert names == ["submission.json", "pitch.pdf", "media/cover.png"]
        assert [a["path"] for a in document["attachments"]] == names[1:]
        assert archive.read("pitch.pdf").startswith(b"%PDF-")
        assert archive.read("media/cover.png").startswith(b"\x89PNG")
        assert archive.testzip() is None


def test_manifest_matches_the_submission_format(subs: list[GeneratedSubmission]) -> None:
    sub = subs[2]
    with _open(package_bytes(sub)) as archive:
        raw = archive.read("submission.json")

    document = json.loads(raw.decode("utf-8"))
    assert document == {
        "format": "imin.submission/1",
        "id": sub.id,
        "title": sub.title,
        "track": sub.track,
        "summary": sub.summary,
        "team": [
            {"name": p.name, "email": p.email, "organisation": p.organisation} for p in sub.team
        ],
        "fields": dict(sub.fields),
        "attachments": [{"path": a.path, "title": a.title} for a in sub.attachments],
    }
    assert is_identifier(document["id"])
    assert sub.team[0].name.encode("utf-8") in raw  # accents written as UTF-8, not escaped


def test_members_carry_fixed_times_and_plain_file_modes(subs: list[GeneratedSubmission]) -> None:
    with _open(package_bytes(subs[0])) as archive:
        infos = archive.infolist()

    assert {info.date_time for info in infos} == {(2026, 1, 1, 0, 0, 0)}
    assert {info.external_attr >> 16 for info in infos} == {0o100644}
    assert not any(info.is_dir() for info in infos)


def test_write_packages_writes_one_zip_per_submission(
    tmp_path: Path, subs: list[GeneratedSubmission]
) -> None:
    paths = write_packages(subs, tmp_path / "packages")

    assert [p.name for p in paths] == [f"{s.id}.zip" for s in subs]
    assert sorted(p.name for p in (tmp_path / "packages").iterdir()) == [p.name for p in paths]
    assert [p.read_bytes() for p in paths] == [package_bytes(s) for s in subs]


@pytest.mark.slow  # starts two worker processes
def test_parallel_workers_write_the_same_bytes(
    tmp_path: Path, subs: list[GeneratedSubmission], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packages_module, "PARALLEL_FROM", 0)

    paths = write_packages(subs, tmp_path, workers=2)

    assert [p.read_bytes() for p in paths] == [package_bytes(s) for s in subs]


def test_batch_zip_holds_one_package_per_submission(
    tmp_path: Path, subs: list[GeneratedSubmission]
) -> None:
    path = write_batch_zip(subs, tmp_path / "batch.zip")

    with zipfile.ZipFile(path) as batch:
        assert batch.namelist() == [f"{s.id}.zip" for s in subs]
        for sub in subs:
            assert batch.read(f"{sub.id}.zip") == package_bytes(sub)
