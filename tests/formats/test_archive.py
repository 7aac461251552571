"""Safe reading of untrusted zip archives: names, links, bombs, limits, damage."""

from __future__ import annotations

import contextlib
import io
import stat
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.errors import InputError
from imin_desktop.formats.archive import (
    ArchiveLimits,
    check_member_name,
    open_zip,
    read_member,
    safe_members,
)


def make_zip(
    *members: tuple[str | zipfile.ZipInfo, bytes], method: int = zipfile.ZIP_DEFLATED
) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buffer, "w", method) as zf:
            for name, data in members:
                zf.writestr(name, data)
    return buffer.getvalue()


def entry(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def members_of(data: bytes, limits: ArchiveLimits | None = None) -> list[str]:
    with open_zip(data, "test.zip") as zf:
        infos = safe_members(zf, "test.zip", limits or ArchiveLimits())
        return [info.filename for info in infos]


def refusal(data: bytes, limits: ArchiveLimits | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        members_of(data, limits)
    return caught.value


def test_safe_members_lists_files_in_order_without_folders() -> None:
    data = make_zip(("submission.json", b"{}"), ("media/", b""), ("media/demo.png", b"png"))

    assert members_of(data) == ["submission.json", "media/demo.png"]


def test_read_member_returns_content() -> None:
    data = make_zip(("a/b.txt", b"hello" * 1000))

    with open_zip(data, "t.zip") as zf:
        (info,) = safe_members(zf, "t.zip")
        assert read_member(zf, info, "t.zip") == b"hello" * 1000


def test_open_zip_reads_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(make_zip(("x.txt", b"x")))

    with open_zip(path, str(path)) as zf:
        assert [i.filename for i in safe_members(zf, str(path))] == ["x.txt"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.txt", ".."),
        ("docs/../../evil.txt", ".."),
        ("/etc/passwd", "absolute"),
        ("C:evil.txt", "drive letter"),
        ("c:/windows/evil.txt", "drive letter"),
        ("docs\\..\\evil.txt", "backslash"),
        ("a//b.txt", "empty or '.'"),
        ("./a.txt", "empty or '.'"),
        ("bad\x01name", "control"),
    ],
)
def test_safe_members_refuses_escaping_names(name: str, reason: str) -> None:
    data = make_zip(("ok.txt", b"x"), (entry(name, stat.S_IFREG | 0o644), b"x"))

    error = refusal(data)

    assert reason in error.message
    assert error.file == "test.zip"


def test_safe_members_refuses_an_empty_name() -> None:
    data = make_zip((zipfile.ZipInfo(""), b"x"))

    assert "empty name" in refusal(data).message


def test_check_member_name_accepts_plain_relative_paths() -> None:
    assert check_member_name("files/ab12.pdf", "k") == "files/ab12.pdf"
    assert check_member_name("media/", "k", is_dir=True) == "media/"


def test_safe_members_refuses_symbolic_links() -> None:
    data = make_zip((entry("link", stat.S_IFLNK | 0o777), b"/etc/passwd"))

    assert "symbolic link" in refusal(data).message


def test_safe_members_refuses_device_entries() -> None:
    data = make_zip((entry("dev", stat.S_IFCHR | 0o600), b""))

    assert "not a regular file" in refusal(data).message


def test_safe_members_refuses_duplicate_names() -> None:
    data = make_zip(("a.txt", b"1"), ("a.txt", b"2"))

    assert "two members" in refusal(data).message


def test_safe_members_refuses_a_zip_bomb_by_ratio() -> None:
    data = make_zip(("bomb.bin", bytes(4 * 1024 * 1024)))

    error = refusal(data)

    assert "compression ratio" in error.message
    assert "bomb.bin" in error.location


def test_small_highly_compressible_files_pass_within_the_ratio_allowance() -> None:
    data = make_zip(("zeros.bin", bytes(4 * 1024)), ("blank.txt", b" " * 3000))

    assert members_of(data) == ["zeros.bin", "blank.txt"]


@pytest.mark.parametrize("size", [64 * 1024, 1024 * 1024, 5 * 1024 * 1024])
def test_safe_members_ratio_rule_applies_to_members_of_any_size(size: int) -> None:
    data = make_zip(("zeros.bin", bytes(size)))

    error = refusal(data)

    assert "above the limit of 100:1 (a possible zip bomb)" in error.message


def test_safe_members_refuses_a_member_over_the_file_limit() -> None:
    data = make_zip(("big.bin", b"x" * 2000), method=zipfile.ZIP_STORED)

    error = refusal(data, ArchiveLimits(max_file_size=1000))

    assert "more than the limit of 1000 per file" in error.message


def test_safe_members_refuses_an_archive_over_the_total_limit() -> None:
    data = make_zip(*[(f"f{i}.bin", b"x" * 600) for i in range(3)], method=zipfile.ZIP_STORED)

    error = refusal(data, ArchiveLimits(max_total_size=1000))

    assert "in all" in error.message


def test_safe_members_refuses_too_many_members() -> None:
    data = make_zip(*[(f"f{i}.txt", b"x") for i in range(11)])

    assert "11 entries" in refusal(data, ArchiveLimits(max_members=10)).message


def test_safe_members_refuses_password_protected_members() -> None:
    data = bytearray(make_zip(("secret.txt", b"x")))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[bytes(data).index(signature) + offset] |= 0x1  # the "encrypted" flag bit

    assert "password" in refusal(bytes(data)).message


def test_open_zip_refuses_what_is_not_a_zip() -> None:
    with pytest.raises(InputError, match="not a zip archive"):
        open_zip(b"hello, not a zip", "x.zip")


def test_open_zip_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        open_zip(tmp_path / "missing.zip", "missing.zip")


def test_read_member_refuses_damaged_content() -> None:
    content = b"some content " * 50
    data = bytearray(make_zip(("a.txt", content), method=zipfile.ZIP_STORED))
    at = bytes(data).index(content)
    data[at + 5] ^= 0xFF

    with open_zip(bytes(data), "t.zip") as zf:
        (info,) = safe_members(zf, "t.zip")
        with pytest.raises(InputError, match="damaged"):
            read_member(zf, info, "t.zip")


def test_read_member_honours_its_own_limit() -> None:
    data = make_zip(("doc.json", b"{}" * 100))

    with open_zip(data, "t.zip") as zf:
        (info,) = safe_members(zf, "t.zip")
        with pytest.raises(InputError, match="more than the limit of 10"):
            read_member(zf, info, "t.zip", limit=10)


def read_all(data: bytes) -> list[bytes]:
    with open_zip(data, "fuzz.zip") as zf:
        return [read_member(zf, info, "fuzz.zip") for info in safe_members(zf, "fuzz.zip")]


SAMPLE = make_zip(("submission.json", b'{"id": "A"}'), ("media/x.png", b"\x89PNG" * 40))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes_give_members_or_input_error(data: bytes) -> None:
    with contextlib.suppress(InputError):
        read_all(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE) - 1), st.integers(0, 255)), max_size=4))
def test_fuzz_mutated_archive_gives_members_or_input_error(edits: list[tuple[int, int]]) -> None:
    data = bytearray(SAMPLE)
    for at, value in edits:
        data[at] = value
    with contextlib.suppress(InputError):
        read_all(bytes(data))
