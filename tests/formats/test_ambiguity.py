"""Readers refuse ambiguity: a duplicate JSON key, a byte-order mark, control characters in
text; the bounds of every JSON document; hard links in folder packages; the one registry."""

from __future__ import annotations

import contextlib
import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import (
    listing_csv,
    package_folder,
    package_zip,
    rubric_doc,
    submission_doc,
    write_json,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.canonical import canonical_json
from imin_desktop.domain.errors import InputError
from imin_desktop.formats import registry
from imin_desktop.formats.base import JsonLimits, load_json
from imin_desktop.formats.jurors import read_jurors
from imin_desktop.formats.kit import kit_zip_bytes, open_kit
from imin_desktop.formats.package import read_sources
from imin_desktop.formats.rubric_json import read_rubric_json
from imin_desktop.formats.scorefile import read_score_file
from imin_desktop.formats.workbook import WorkbookLimits, check_sheet

# --- every JSON reader -------------------------------------------------------------------------


def score_file_text() -> str:
    doc = {
        "format": "imin.scores/1", "event_id": "ev", "kit_id": "k1", "juror_id": "J01",
        "rubric_hash": "sha256:" + "0" * 64, "sequence": 1, "created_at": "2026-11-26T16:20:00Z",
        "reviews": [{"submission_id": "S1", "status": "draft", "scores": {"impact": 3},
                     "comment": "ok"}],
        "signature": "hmac-sha256:" + "0" * 64,
    }  # fmt: skip
    return json.dumps(doc)


def kit_bytes(kit_json: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("kit.json", kit_json)
    return buffer.getvalue()


def read_rubric(tmp_path: Path, text: bytes) -> Any:
    path = tmp_path / "r.json"
    path.write_bytes(text)
    return read_rubric_json(path)


def read_manifest_zip(tmp_path: Path, text: bytes) -> Any:
    return list(read_sources([package_zip(tmp_path / "p.zip", text)]))


def read_manifest_folder(tmp_path: Path, text: bytes) -> Any:
    return list(read_sources([package_folder(tmp_path / "p", text)]))


def read_scores(tmp_path: Path, text: bytes) -> Any:
    return read_score_file(text, "J01.iminscore")


def read_kit(tmp_path: Path, text: bytes) -> Any:
    return open_kit(kit_bytes(text), file_name="J01.iminkit")


READERS: dict[str, tuple[Callable[[Path, bytes], Any], str]] = {
    "rubric": (read_rubric, json.dumps(rubric_doc())),
    "package zip": (read_manifest_zip, json.dumps(submission_doc())),
    "package folder": (read_manifest_folder, json.dumps(submission_doc())),
    "score file": (read_scores, score_file_text()),
    "kit": (read_kit, '{"format": "imin.kit/1", "kit_id": "k1"}'),
}


@pytest.mark.parametrize("reader", READERS)
def test_json_reader_refuses_a_duplicate_key(tmp_path: Path, reader: str) -> None:
    read, text = READERS[reader]
    doubled = text.replace('"format": ', '"format": "x/1", "format": ', 1).encode()

    with pytest.raises(InputError) as caught:
        read(tmp_path, doubled)

    assert caught.value.location == "'format'"
    assert "this key appears twice in one object" in caught.value.message


def test_score_file_with_a_hidden_second_scores_object_is_refused() -> None:
    text = score_file_text().replace(
        '"scores": {"impact": 3}', '"scores": {"impact": 0}, "scores": {"impact": 3}'
    )

    with pytest.raises(InputError, match="'scores': this key appears twice"):
        read_score_file(text.encode(), "J01.iminscore")


@pytest.mark.parametrize("reader", READERS)
def test_json_reader_refuses_a_byte_order_mark(tmp_path: Path, reader: str) -> None:
    read, text = READERS[reader]

    with pytest.raises(InputError) as caught:
        read(tmp_path, b"\xef\xbb\xbf" + text.encode())

    assert (caught.value.location, caught.value.message) == (
        "line 1",
        "starts with a byte-order mark; save it as UTF-8 without a byte-order mark",
    )


@pytest.mark.parametrize("control", ["\x1b[2J", "\x07", "\x00", "\x7f", "\x9b"])
def test_package_refuses_control_characters_in_a_title(tmp_path: Path, control: str) -> None:
    path = package_zip(tmp_path / "p.zip", submission_doc(title=f"Triage{control}"))

    with pytest.raises(InputError) as caught:
        list(read_sources([path]))

    assert caught.value.location == "SUB-001 / title"
    assert caught.value.message.startswith(f"holds the control character U+{ord(control[0]):04X}")


def test_package_refuses_a_lone_surrogate_written_as_a_json_escape(tmp_path: Path) -> None:
    text = json.dumps(submission_doc(title="Triage")).replace("Triage", "Tri\\ud800age")
    path = package_zip(tmp_path / "p.zip", text.encode())

    with pytest.raises(InputError) as caught:
        list(read_sources([path]))

    assert caught.value.location == "SUB-001 / title"
    assert caught.value.message.startswith("holds the control character U+D800 at position 4")


def test_package_keeps_tabs_and_line_breaks_in_text(tmp_path: Path) -> None:
    summary = "Line one\r\nline two\n\tindented"
    path = package_zip(tmp_path / "p.zip", submission_doc(summary=summary))

    [sub] = list(read_sources([path]))

    assert sub.summary == summary


@pytest.mark.parametrize(
    ("place", "doc"),
    [
        ("SUB-001 / team[0].name", submission_doc(team=[{"name": "Ana\x1b]0;pwned\x07"}])),
        ("SUB-001 / fields.website", submission_doc(fields={"website": "x\x08y"})),
        ("SUB-001 / fields.bad\x1bname", submission_doc(fields={"bad\x1bname": 1})),
        ("SUB-001 / attachments[0].title",
         submission_doc(attachments=[{"path": "pitch.pdf", "title": "\x1b[31m"}])),
    ],
)  # fmt: skip
def test_package_refuses_control_characters_in_every_text(
    tmp_path: Path, place: str, doc: dict[str, Any]
) -> None:
    path = package_zip(tmp_path / "p.zip", doc)

    with pytest.raises(InputError) as caught:
        list(read_sources([path]))

    assert caught.value.location == place
    assert "control character" in caught.value.message


def test_listing_refuses_control_characters(tmp_path: Path) -> None:
    path = listing_csv(tmp_path / "l.csv", [{"id": "S1", "title": "Bell\x07 title"}])

    with pytest.raises(InputError) as caught:
        list(read_sources([path]))

    assert (caught.value.location, caught.value.message[:37]) == (
        "row 2 / S1 / title",
        "holds the control character U+0007 at",
    )


def test_juror_list_refuses_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "jurors.csv"
    path.write_text("id,name\nJ1,Ana\x1b[8m\n", encoding="utf-8")

    with pytest.raises(InputError) as caught:
        read_jurors(path)

    assert caught.value.location == "row 2 / name"


# --- bounds of JSON documents ------------------------------------------------------------------


def test_load_json_refuses_nesting_beyond_the_limit_before_parsing() -> None:
    limits = JsonLimits(max_bytes=10_000_000, max_values=1_000_000, max_depth=16)

    assert load_json(b"[" * 16 + b"]" * 16, "f", limits) is not None
    with pytest.raises(InputError, match="nested more than 16 levels deep"):
        load_json(b"[" * 17 + b"]" * 17, "f", limits)
    with pytest.raises(InputError, match="nested more than 16 levels deep"):
        load_json(b"[" * 5_000_000, "f", limits)  # not even valid JSON: refused by the scan


def test_load_json_counts_values_and_not_text_that_looks_like_them() -> None:
    limits = JsonLimits(max_bytes=10_000_000, max_values=10)
    text = json.dumps({"comment": "[[[[,,,,{{{{" * 1000, "n": [1, 2, 3]}).encode()

    assert load_json(text, "f", limits)["n"] == [1, 2, 3]
    with pytest.raises(InputError, match="holds more than 10 values"):
        load_json(json.dumps([[] for _ in range(11)]).encode(), "f", limits)


def test_load_json_refuses_a_document_over_its_size_before_decoding() -> None:
    with pytest.raises(InputError, match="is 101 bytes, more than the limit of 100"):
        load_json(b" " * 101, "f", JsonLimits(max_bytes=100, max_values=10))


def test_load_json_leaves_an_unterminated_string_to_the_parser() -> None:
    with pytest.raises(InputError) as caught:
        load_json(b'{"a": "never ends \\" ' + b"\\" * 1000, "f")

    assert caught.value.location.startswith("line 1, column")


def test_canonical_json_of_what_load_json_accepts_is_stable() -> None:
    text = json.dumps({"b": [1, 2.5, {"c": None}], "a": "é"}).encode()

    assert canonical_json(load_json(text, "f")) == b'{"a":"\xc3\xa9","b":[1,2.5,{"c":null}]}'


# --- folder packages and links -----------------------------------------------------------------


def test_folder_package_refuses_a_hard_link_to_a_file_outside(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("not for jurors", encoding="utf-8")
    folder = package_folder(tmp_path / "pkg", files={})
    write_json(folder / "submission.json",
               submission_doc(attachments=[{"path": "pitch.pdf"}]))  # fmt: skip
    os.link(secret, folder / "pitch.pdf")

    with pytest.raises(InputError) as caught:
        list(read_sources([folder]))

    assert caught.value.location == "SUB-001 / attachments[0].path"
    assert caught.value.message.startswith("'pitch.pdf' is a hard link (the file has 2 names")


def test_folder_package_refuses_a_hard_linked_manifest(tmp_path: Path) -> None:
    folder = package_folder(tmp_path / "pkg")
    os.link(folder / "submission.json", tmp_path / "elsewhere.json")

    with pytest.raises(InputError, match="is a hard link; links are refused"):
        list(read_sources([folder]))


# --- the registry ------------------------------------------------------------------------------


def test_registry_lists_every_format_once_specific_before_generic() -> None:
    names = [f.name for f in registry.FORMATS]

    assert names == [
        "juror kit", "score file", "score sheet (xlsx)", "rubric (JSON)", "rubric (xlsx)",
        "consensus sheet", "juror list", "submission listing", "submission package",
    ]  # fmt: skip
    generic = [f.generic for f in registry.FORMATS]
    assert generic == sorted(generic)


def test_kit_zip_bytes_reads_back_through_the_bounded_reader() -> None:
    # The writer's own output stays within the reader's bounds (kit.json limits).
    from test_kit import blobs, make_kit

    opened = open_kit(kit_zip_bytes(make_kit(), blobs), file_name="k.iminkit")

    assert opened.kit.kit_id == make_kit().kit_id


# --- fuzzing the new bounded readers -----------------------------------------------------------

JSON_PIECES = st.sampled_from(
    ['"', "\\", "[", "]", "{", "}", ",", ":", "1", "-0.5e3", "true", "null", '"k"', " ", "\n",
     "\ufeff", "\\u001b", "\\ud800", "é", "NaN", "1e999"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(JSON_PIECES, max_size=60).map("".join), st.binary(max_size=8))
def test_fuzz_load_json_gives_a_value_or_one_input_error(text: str, tail: bytes) -> None:
    limits = JsonLimits(max_bytes=1_000, max_values=40, max_depth=6)
    with contextlib.suppress(InputError):
        load_json(text.encode("utf-8") + tail, "f.json", limits)


SHEET_PIECES = st.sampled_from(
    ["<row>", "</row>", '<row r="7">', '<row r="99999999">', "<c/>", '<c r="B2"><v>1</v></c>',
     "<c>", "</c>", "<x:c/>", "<!DOCTYPE a>", "&amp;", "text", "<sheetData>", "</sheetData>"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SHEET_PIECES, max_size=60).map("".join))
def test_fuzz_sheet_scan_passes_or_gives_one_input_error(body: str) -> None:
    limits = WorkbookLimits(max_rows=5, max_row_cells=3, max_cells=8, max_elements=30)
    xml = f"<worksheet>{body}</worksheet>".encode()
    with contextlib.suppress(InputError):
        check_sheet(io.BytesIO(xml), "s.xlsx", "Scores", limits)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_fuzz_juror_list_gives_jurors_or_one_input_error(
    tmp_path_factory: Any, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("jurors") / "jurors.csv"
    path.write_bytes(b"id,name,email\n" + data)
    with contextlib.suppress(InputError):
        read_jurors(path)


def test_encrypted_kit_over_its_limit_is_refused_by_reader_and_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_kit import FAST_N, blobs, make_kit

    from imin_desktop.domain.errors import RefusedError
    from imin_desktop.formats import kit as kit_format

    sealed = tmp_path / "J01.iminkit"
    kit_format.write_kit(make_kit(), sealed, blobs, "frase", scrypt_n=FAST_N)
    size = sealed.stat().st_size
    monkeypatch.setattr(kit_format, "MAX_ENCRYPTED_KIT", size - 1)

    with pytest.raises(InputError, match=f"is {size} bytes, more than the limit of {size - 1}"):
        open_kit(sealed, "frase")
    with pytest.raises(InputError, match=r"more than the limit of \d+ for an encrypted kit"):
        open_kit(sealed.read_bytes(), "frase", file_name="J01.iminkit")
    with pytest.raises(RefusedError, match="an encrypted kit holds at most"):
        kit_format.write_kit(make_kit(), tmp_path / "again.iminkit", blobs, "frase",
                             scrypt_n=FAST_N)  # fmt: skip
    assert not (tmp_path / "again.iminkit").exists()
