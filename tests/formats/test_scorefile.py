"""The score file: round trips, an independent implementation of the spec, tampering, fuzzing."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.review import ReviewEntry
from imin_desktop.domain.rubric import Rubric
from imin_desktop.formats.registry import detect as detect_format
from imin_desktop.formats.rubric_json import parse_rubric
from imin_desktop.formats.scorefile import (
    ScoreFile,
    ScoreFileFormat,
    check_against_rubric,
    read_score_file,
    score_file_document,
    sign,
    verify_signature,
    write_score_file,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))

RUBRIC_DOC: dict[str, Any] = {
    "format": "imin.rubric/1",
    "id": "summit-2026",
    "scale": {"min": 0, "max": 5, "step": 0.5},
    "criteria": [
        {"key": "excellence", "comment_required": True},
        {"key": "impact"},
        {"key": "implementation"},
    ],
    "gates": [{"key": "eligible"}],
}


def rubric() -> Rubric:
    return parse_rubric(copy.deepcopy(RUBRIC_DOC), "rubric.json")


def final_review(sid: str = "SUB-014", **changes: Any) -> ReviewEntry:
    values: dict[str, Any] = {
        "submission_id": sid,
        "status": "final",
        "scores": {
            "excellence": Decimal("4.5"),
            "impact": Decimal("3.5"),
            "implementation": Decimal(4),
        },
        "gates": {"eligible": True},
        "comment": "Strong team; unclear pricing. Equipa forte — preço pouco claro.",
        "criterion_comments": {"excellence": "Clear objectives."},
        "updated_at": "2026-11-26T16:18:03Z",
    }
    values.update(changes)
    return ReviewEntry(**values)


def score_file(*reviews: ReviewEntry, **changes: Any) -> ScoreFile:
    values: dict[str, Any] = {
        "event_id": "summit-2026",
        "kit_id": "0b7c6f2e-9a43-4c1e-8d8e-5f1f3b2a7c10",
        "juror_id": "J03",
        "rubric_hash": rubric().hash,
        "sequence": 4,
        "created_at": "2026-11-26T16:20:00Z",
        "reviews": reviews or (final_review(),),
    }
    values.update(changes)
    return ScoreFile(**values)


def written(tmp_path: Path, sf: ScoreFile | None = None) -> tuple[Path, ScoreFile]:
    path = tmp_path / "J03.iminscore"
    return path, write_score_file(sf or score_file(), KEY, path)


# -- round trips ----------------------------------------------------------------------------


def test_write_then_read_gives_the_same_score_file(tmp_path: Path) -> None:
    sf = score_file(
        final_review(),
        ReviewEntry("SUB-020", status="draft", scores={"impact": Decimal(2)}),
        ReviewEntry("SUB-031", status="final", conflict=True, comment="I advised this team."),
    )
    path, signed_sf = written(tmp_path, sf)

    read, document = read_score_file(path)

    assert read == signed_sf
    assert read.reviews == sf.reviews
    assert verify_signature(document, KEY) is True


def test_written_file_is_canonical_json_with_no_whitespace(tmp_path: Path) -> None:
    path, sf = written(tmp_path)
    data = path.read_bytes()

    document = json.loads(data)

    assert data == json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    assert document["signature"] == sf.signature
    assert document["reviews"][0]["scores"] == {
        "excellence": 4.5,
        "impact": 3.5,
        "implementation": 4,
    }
    assert b"4.0" not in data


def test_scores_are_read_as_exact_decimals(tmp_path: Path) -> None:
    path, _sf = written(tmp_path)

    read, _document = read_score_file(path)

    assert read.reviews[0].scores["excellence"] == Decimal("4.5")
    assert str(read.reviews[0].scores["implementation"]) == "4"


def test_score_file_document_carries_the_signature_only_when_signed() -> None:
    sf = score_file()

    assert "signature" not in score_file_document(sf)
    assert sign(score_file_document(sf), KEY).startswith("hmac-sha256:")


def test_write_score_file_leaves_no_temporary_file(tmp_path: Path) -> None:
    written(tmp_path)
    written(tmp_path)

    assert [p.name for p in tmp_path.iterdir()] == ["J03.iminscore"]


def test_write_score_file_refuses_a_value_the_reader_would_refuse(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="invalid score file"):
        write_score_file(score_file(sequence=0), KEY, tmp_path / "x.iminscore")
    assert list(tmp_path.iterdir()) == []


# -- an independent implementation of the specification -----------------------------------


def independent_score_file(key: bytes) -> bytes:
    """Written from formats.md alone: canonical JSON by hand, HMAC-SHA256, a pretty layout."""
    body = {
        "format": "imin.scores/1",
        "event_id": "summit-2026",
        "kit_id": "kit-J03",
        "juror_id": "J03",
        "rubric_hash": "sha256:" + "ab" * 32,
        "sequence": 7,
        "created_at": "2026-11-26T16:20:00.250Z",
        "reviews": [
            {
                "submission_id": "SUB-014",
                "status": "final",
                "conflict": False,
                "scores": {"excellence": 4.5, "impact": 3.5, "implementation": 4},
                "gates": {"eligible": True},
                "comment": "Ótimo — “quoted” text\nwith a newline",
                "criterion_comments": {"excellence": "…"},
                "updated_at": "2026-11-26T16:18:03Z",
            },
            {"submission_id": "SUB-020", "status": "draft", "conflict": True},
        ],
        "x-producer": {"name": "web form", "version": 2.5},
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    mac = hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()
    document = {**body, "signature": "hmac-sha256:" + mac}
    # Another layout: indented, ASCII escapes, and a whole score written as 4.0.
    text = json.dumps(document, indent=4, ensure_ascii=True)
    return text.replace('"implementation": 4', '"implementation": 4.0').encode("utf-8")


def test_an_independent_implementation_is_read_and_verifies() -> None:
    data = independent_score_file(KEY)
    assert b"4.0" in data

    sf, document = read_score_file(data, "web-form.iminscore")

    assert verify_signature(document, KEY) is True
    assert sf.sequence == 7
    assert sf.reviews[0].scores == {
        "excellence": Decimal("4.5"),
        "impact": Decimal("3.5"),
        "implementation": Decimal(4),
    }
    assert sf.reviews[1] == ReviewEntry("SUB-020", status="draft", conflict=True)


KNOWN_CANONICAL = (
    '{"created_at":"2026-11-26T16:20:00Z","event_id":"summit-2026","format":"imin.scores/1",'
    '"juror_id":"J03","kit_id":"kit-J03","reviews":[{"comment":"Strong team; unclear pricing.",'
    '"conflict":false,"criterion_comments":{"excellence":"Clear objectives."},'
    '"gates":{"eligible":true},"scores":{"excellence":4.5,"impact":3.5,"implementation":4},'
    '"status":"final","submission_id":"SUB-014","updated_at":"2026-11-26T16:18:03Z"},'
    '{"comment":"","conflict":true,"criterion_comments":{},"gates":{},"scores":{},'
    '"status":"draft","submission_id":"SUB-020"}],'
    '"rubric_hash":"sha256:49672f0ef3b3a542b3b86b475936cc9adf1ddf60369e9b120ba33900294c99d8",'
    '"sequence":4}'
)
KNOWN_SIGNATURE = "hmac-sha256:29d99620175d271ca6aa3276ece2f161c60aae0b2bb7cc0b14b6432d3dcf786b"


def test_the_documented_test_vector_signs_as_published() -> None:
    body = json.loads(KNOWN_CANONICAL)

    assert sign(body, KEY) == KNOWN_SIGNATURE
    assert hmac.new(KEY, KNOWN_CANONICAL.encode(), hashlib.sha256).hexdigest() == (
        KNOWN_SIGNATURE.removeprefix("hmac-sha256:")
    )
    assert verify_signature({**body, "signature": KNOWN_SIGNATURE}, KEY) is True


def test_a_file_signed_with_another_key_does_not_verify() -> None:
    _sf, document = read_score_file(independent_score_file(OTHER_KEY), "x.iminscore")

    assert verify_signature(document, KEY) is False


@pytest.mark.parametrize(
    ("field", "value"),
    [("juror_id", "J04"), ("event_id", "other-event"), ("rubric_hash", "sha256:" + "cd" * 32)],
)
def test_a_file_re_addressed_to_another_juror_event_or_rubric_does_not_verify(
    tmp_path: Path, field: str, value: str
) -> None:
    path, _sf = written(tmp_path)
    document = json.loads(path.read_bytes())
    document[field] = value

    _read, parsed = read_score_file(json.dumps(document).encode(), "x")

    assert verify_signature(parsed, KEY) is False


def test_every_changed_byte_fails_parsing_or_verification(tmp_path: Path) -> None:
    path, _sf = written(tmp_path)
    original = path.read_bytes()

    accepted = []
    for at in range(len(original)):
        for mask in (0x01, 0x20, 0x80):
            data = bytearray(original)
            data[at] ^= mask
            try:
                _read, document = read_score_file(bytes(data), "x")
            except InputError:
                continue
            if verify_signature(document, KEY):
                accepted.append((at, mask))

    assert accepted == []


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_random_byte_replacements_fail_parsing_or_verification(data: st.DataObject) -> None:
    original = SIGNED_BYTES
    at = data.draw(st.integers(0, len(original) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != original[at]))
    changed = original[:at] + bytes([value]) + original[at + 1 :]

    try:
        _read, document = read_score_file(changed, "x")
    except InputError:
        return
    assert verify_signature(document, KEY) is False


def test_verify_signature_compares_the_exact_lowercase_text(tmp_path: Path) -> None:
    path, sf = written(tmp_path)
    document = json.loads(path.read_bytes())
    document["signature"] = sf.signature.upper().replace("HMAC-SHA256", "hmac-sha256")

    assert verify_signature(document, KEY) is False


def test_verify_signature_is_false_for_a_document_without_canonical_form() -> None:
    assert verify_signature({"signature": "hmac-sha256:00", "x": float("inf")}, KEY) is False
    assert verify_signature({"x": 1}, KEY) is False


# -- structure: every field named in errors ------------------------------------------------


def document_with(**changes: Any) -> dict[str, Any]:
    document = score_file_document(score_file(final_review(), final_review("SUB-020")))
    document["signature"] = "hmac-sha256:" + "0" * 64
    document.update(changes)
    return document


def error_for(document: Any) -> InputError:
    with pytest.raises(InputError) as caught:
        read_score_file(json.dumps(document).encode(), "J03.iminscore")
    return caught.value


def test_a_score_that_is_not_a_number_is_named_by_its_place() -> None:
    document = document_with()
    document["reviews"][1]["scores"]["impact"] = "4"

    error = error_for(document)

    assert error.file == "J03.iminscore"
    assert error.location == "reviews[1].scores.impact"
    assert "expected a number" in error.message


@pytest.mark.parametrize(
    ("review_change", "location"),
    [
        ({"status": "done"}, "reviews[0].status"),
        ({"status": None}, "reviews[0].status"),
        ({"conflict": "no"}, "reviews[0].conflict"),
        ({"gates": {"eligible": 1}}, "reviews[0].gates.eligible"),
        ({"scores": {"impact": True}}, "reviews[0].scores.impact"),
        ({"scores": [4]}, "reviews[0].scores"),
        ({"comment": 5}, "reviews[0].comment"),
        ({"criterion_comments": {"impact": None}}, "reviews[0].criterion_comments.impact"),
        ({"updated_at": "2026-11-26 16:18:03"}, "reviews[0].updated_at"),
        ({"updated_at": "2026-02-30T10:00:00Z"}, "reviews[0].updated_at"),
        ({"submission_id": "SUB 014"}, "reviews[0].submission_id"),
        ({"submission_id": "SUB-020"}, "reviews[1].submission_id"),
    ],
)
def test_review_fields_are_type_checked(review_change: dict[str, Any], location: str) -> None:
    document = document_with()
    document["reviews"][0].update(review_change)

    assert error_for(document).location == location


@pytest.mark.parametrize(
    ("change", "location"),
    [
        ({"sequence": 0}, "sequence"),
        ({"sequence": True}, "sequence"),
        ({"sequence": 1.5}, "sequence"),
        ({"sequence": "4"}, "sequence"),
        ({"created_at": "2026-11-26T16:20:00+01:00"}, "created_at"),
        ({"rubric_hash": "sha256:ABC"}, "rubric_hash"),
        ({"juror_id": ""}, "juror_id"),
        ({"event_id": None}, "event_id"),
        ({"kit_id": 3}, "kit_id"),
        ({"reviews": {}}, "reviews"),
        ({"signature": "hmac-sha256:xyz"}, "signature"),
        ({"signature": None}, "signature"),
        ({"format": "imin.scores/2"}, "format"),
        ({"format": "imin.kit/1"}, "format"),
    ],
)
def test_top_level_fields_are_type_checked(change: dict[str, Any], location: str) -> None:
    assert error_for(document_with(**change)).location == location


def test_a_newer_major_version_is_refused_with_a_clear_message() -> None:
    assert "newer program" in error_for(document_with(format="imin.scores/2")).message


def test_a_score_too_large_for_a_decimal_grid_is_refused() -> None:
    text = json.dumps(document_with()).replace('"impact": 3.5', '"impact": 1e400')

    with pytest.raises(InputError, match="too large"):
        read_score_file(text.encode(), "x")


def test_non_utf8_and_non_object_files_are_refused() -> None:
    with pytest.raises(InputError, match="UTF-8"):
        read_score_file(b'{"format": "\xff"}', "x")
    with pytest.raises(InputError, match="expected an object"):
        read_score_file(b"[1, 2]", "x")


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_score_file(tmp_path / "missing.iminscore")


# -- against the rubric and the assignments -----------------------------------------------


def test_a_clean_file_has_no_problems_against_its_rubric() -> None:
    sf = score_file(final_review(), ReviewEntry("SUB-020", status="final", conflict=True))

    assert check_against_rubric(sf, rubric(), {"SUB-014", "SUB-020"}) == []


def test_each_problem_is_listed_with_its_submission_and_place() -> None:
    sf = score_file(
        final_review(scores={"excellence": Decimal(7), "impact": Decimal("3.25")}),
        final_review("SUB-099", criterion_comments={}),
        ReviewEntry("SUB-020", conflict=True, scores={"impact": Decimal(1)}),
        rubric_hash="sha256:" + "0" * 64,
    )

    problems = check_against_rubric(sf, rubric(), {"SUB-014", "SUB-020"})

    assert problems[0].startswith("rubric_hash: the file was made against another rubric")
    assert problems[1:] == [
        "SUB-014: reviews[0].scores.excellence: 7 is off the scale 0–5",
        "SUB-014: reviews[0].scores.impact: 3.25 is off the grid (steps of 0.5 from 0)",
        "SUB-014: reviews[0].scores.implementation: a final review scores every criterion",
        "SUB-099: reviews[1].submission_id: not assigned to this juror",
        "SUB-099: reviews[1].criterion_comments.excellence: the rubric requires a comment "
        "on this criterion in a final review",
        "SUB-020: reviews[2].scores: a review declaring a conflict of interest carries no scores",
    ]


def test_unknown_criterion_and_gate_are_problems() -> None:
    sf = score_file(
        ReviewEntry("SUB-014", scores={"novelty": Decimal(1)}, gates={"in_scope": True})
    )

    assert check_against_rubric(sf, rubric(), {"SUB-014"}) == [
        "SUB-014: reviews[0].scores.novelty: no criterion 'novelty' in the rubric",
        "SUB-014: reviews[0].gates.in_scope: no gate 'in_scope' in the rubric",
    ]


# -- the registered format ----------------------------------------------------------------


def test_score_file_format_is_detected_and_validated(tmp_path: Path) -> None:
    path, _sf = written(tmp_path)

    fmt = detect_format(path)
    summary = ScoreFileFormat().validate(path)

    assert isinstance(fmt, ScoreFileFormat)
    assert "juror J03" in summary
    assert "sequence 4" in summary
    assert "signature needs the kit's key" in summary


# -- fuzzing ------------------------------------------------------------------------------

SIGNED_BYTES = json.dumps(
    {
        **(doc := score_file_document(score_file(final_review(), final_review("SUB-020")))),
        "signature": sign(doc, KEY),
    },
    sort_keys=True,
    separators=(",", ":"),
    ensure_ascii=False,
).encode("utf-8")


def outcome(data: bytes) -> None:
    """The reader's contract: a parsed value or an InputError, nothing else."""
    try:
        sf, document = read_score_file(data, "fuzz.iminscore")
    except InputError:
        return
    assert isinstance(sf, ScoreFile)
    verify_signature(document, KEY)
    check_against_rubric(sf, rubric(), {"SUB-014"})


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(data: bytes) -> None:
    outcome(data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(SIGNED_BYTES) - 1), st.binary(max_size=3)), max_size=4)
)
def test_fuzz_mutated_bytes(edits: list[tuple[int, bytes]]) -> None:
    data = SIGNED_BYTES
    for at, replacement in edits:
        data = data[:at] + replacement + data[at + 1 :]
    outcome(data)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=10)
    | st.sampled_from(["final", "draft", "J03", "SUB-014", "2026-11-26T16:20:00Z", "impact"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found.extend(paths(child, (*prefix, i)))
    return found


def replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    out = copy.deepcopy(document)
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return out


SIGNED_DOCUMENT = json.loads(SIGNED_BYTES)
DOCUMENT_PATHS = paths(SIGNED_DOCUMENT)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DOCUMENT_PATHS), JSON_VALUES)
def test_fuzz_structure_with_wrong_values_anywhere(path: tuple[Any, ...], value: Any) -> None:
    document = replaced(SIGNED_DOCUMENT, path, value)
    outcome(json.dumps(document, ensure_ascii=False).encode("utf-8"))
