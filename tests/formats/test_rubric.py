"""The rubric formats: shipped rubrics, canonical JSON and hash, validation, round trips, fuzzing."""

from __future__ import annotations

import contextlib
import copy
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from factories import (
    SHIPPED_RUBRICS,
    rubric_doc,
    shipped_rubric_doc,
    shipped_rubric_path,
    write_json,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.canonical import canonical_json, content_hash
from imin_desktop.domain.errors import InputError
from imin_desktop.domain.rubric import Rubric, Scale
from imin_desktop.formats.base import load_json
from imin_desktop.formats.registry import detect
from imin_desktop.formats.rubric_json import (
    parse_rubric,
    read_rubric_json,
    rubric_document,
    write_rubric_json,
)
from imin_desktop.formats.rubric_xlsx import read_rubric_file, read_rubric_xlsx, write_rubric_xlsx

# --- the shipped rubrics -------------------------------------------------------------------


@pytest.mark.parametrize("name", SHIPPED_RUBRICS)
@pytest.mark.parametrize("suffix", ["json", "xlsx"])
def test_shipped_rubric_reads(name: str, suffix: str) -> None:
    rubric = read_rubric_file(shipped_rubric_path(name, suffix))

    assert rubric.hash.startswith("sha256:")
    assert len(rubric.criteria) >= 3
    assert rubric.gates[0].key == "eligible"


@pytest.mark.parametrize("name", SHIPPED_RUBRICS)
def test_shipped_rubric_json_and_xlsx_twin_have_the_same_hash(name: str) -> None:
    from_json = read_rubric_file(shipped_rubric_path(name, "json"))
    from_xlsx = read_rubric_file(shipped_rubric_path(name, "xlsx"))

    assert from_xlsx == from_json
    assert from_xlsx.hash == from_json.hash
    assert canonical_json(from_xlsx.document) == canonical_json(from_json.document)


def test_default_rubric_has_the_documented_settings() -> None:
    rubric = read_rubric_file(shipped_rubric_path("health-innovation"))

    assert rubric.id == "health-innovation-2026"
    assert rubric.scale == Scale(Decimal(0), Decimal(5), Decimal("0.5"))
    assert rubric.total == "weighted_sum"
    assert rubric.threshold_basis == "total"
    assert rubric.disagreement_spread == Decimal("0.3")


def test_weighted_rubric_applies_its_threshold_to_the_unweighted_sum() -> None:
    rubric = read_rubric_file(shipped_rubric_path("innovation-action-weighted"))

    assert rubric.threshold_basis == "unweighted_sum"
    assert rubric.weights == [Decimal(1), Decimal("1.5"), Decimal(1)]
    assert rubric.overall_threshold == Decimal(10)
    assert rubric.tie_break == ("impact", "excellence", "field:gender_balance_distance:asc")


def test_shipped_rubrics_are_detected_by_validate() -> None:
    json_format = detect(shipped_rubric_path("health-innovation", "json"))
    xlsx_format = detect(shipped_rubric_path("health-innovation", "xlsx"))

    assert json_format is not None and json_format.name == "rubric (JSON)"
    assert xlsx_format is not None and xlsx_format.name == "rubric (xlsx)"


def test_rubric_xlsx_is_detected_whichever_format_registered_first() -> None:
    # The listing format claims any .xlsx; a process that loads it before the rubric formats
    # must still recognise a rubric workbook.
    code = (
        "import sys, imin_desktop.formats.package\n"
        "from pathlib import Path\n"
        "from imin_desktop.formats.registry import detect\n"
        "print(detect(Path(sys.argv[1])).name)"
    )

    done = subprocess.run(
        [sys.executable, "-c", code, str(shipped_rubric_path("health-innovation", "xlsx"))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert (done.returncode, done.stdout, done.stderr) == (0, "rubric (xlsx)\n", "")


# --- canonical JSON and the rubric hash ----------------------------------------------------


def test_canonical_json_writes_whole_numbers_as_integers() -> None:
    assert canonical_json({"a": 4.0, "b": Decimal("5.00"), "c": 0.5, "d": -0.0}) == (
        b'{"a":4,"b":5,"c":0.5,"d":0}'
    )


def test_canonical_json_sorts_keys_at_every_level_without_spaces() -> None:
    assert canonical_json({"z": {"y": 1, "b": [2, {"d": 1, "c": 2}]}, "a": None}) == (
        b'{"a":null,"z":{"b":[2,{"c":2,"d":1}],"y":1}}'
    )


def test_canonical_json_keeps_non_ascii_text_as_utf8() -> None:
    assert canonical_json({"pt": "Excelência"}) == '{"pt":"Excelência"}'.encode()


def test_canonical_json_writes_other_numbers_in_shortest_repr() -> None:
    assert canonical_json([0.1, 1.5, Decimal("0.3"), 1e-7]) == b"[0.1,1.5,0.3,1e-07]"


def test_rubric_hash_matches_a_hand_computed_digest(tmp_path: Path) -> None:
    # The canonical text below was written out by hand from the rules of formats.md
    # (sorted keys, no spaces, 2.0 -> 2, 5.0 -> 5, UTF-8), and its digest taken with sha256sum.
    canonical = (
        '{"criteria":[{"key":"q","weight":2}],"format":"imin.rubric/1","id":"tiny",'
        '"scale":{"max":5,"min":0,"step":0.5},"title":"Saúde"}'
    )
    path = tmp_path / "tiny.json"
    path.write_text(
        '{\n  "title": "Saúde", "id": "tiny", "format": "imin.rubric/1",\n'
        '  "scale": {"step": 0.5, "min": 0.0, "max": 5.0},\n'
        '  "criteria": [{"weight": 2.0, "key": "q"}]\n}\n',
        encoding="utf-8",
    )

    rubric = read_rubric_json(path)

    assert canonical_json(rubric.document) == canonical.encode("utf-8")
    assert rubric.hash == "sha256:596987a1ecb2029ee9e5d6ab83d1d06ac60727ceebc9d60aad632bf5dc28fad5"


def test_rubric_hash_ignores_key_order_and_layout(tmp_path: Path) -> None:
    doc = shipped_rubric_doc()
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    reordered = tmp_path / "reordered.json"
    reordered.write_text(json.dumps(dict(reversed(doc.items())), indent=8), encoding="utf-8")

    assert read_rubric_json(compact).hash == read_rubric_json(reordered).hash


def test_rubric_hash_changes_with_any_content_change() -> None:
    doc = rubric_doc()
    changed = copy.deepcopy(doc)
    changed["criteria"][1]["weight"] = 3

    assert parse_rubric(changed, "r.json").hash != parse_rubric(doc, "r.json").hash


def test_rubric_hash_is_the_content_hash_of_the_document() -> None:
    doc = rubric_doc()

    assert parse_rubric(doc, "r.json").hash == content_hash(doc)


# --- validation: every error names the file and the place ----------------------------------


def _with(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """``doc`` with the value at ``path`` (``criteria.0.weight``) set, or removed for ``...``."""
    out = copy.deepcopy(doc)
    node: Any = out
    *parents, last = path.split(".")
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key: Any = int(last) if isinstance(node, list) else last
    if value is ...:
        del node[key]
    else:
        node[key] = value
    return out


INVALID = [
    pytest.param("format", "imin.rubric/2", "format", "newer program", id="newer-major"),
    pytest.param("format", "imin.scores/1", "format", 'expected "imin.rubric/1"', id="other"),
    pytest.param("format", ..., "format", "is missing", id="no-format"),
    pytest.param("id", "no spaces allowed", "id", "identifier", id="bad-id"),
    pytest.param("total", "weighted_median", "total", "weighted_sum", id="unknown-total"),
    pytest.param("threshold_basis", "median", "threshold_basis", "unweighted_sum", id="basis"),
    pytest.param(
        "scale", {"min": 0, "max": 5, "step": 2}, "scale.step", "whole number of steps", id="step"
    ),
    pytest.param("scale", {"min": 5, "max": 0}, "scale", "greater than min", id="max<min"),
    pytest.param("scale", {"min": 0, "max": 5, "step": 0}, "scale.step", "greater than 0"),
    pytest.param(
        "scale", {"min": 0, "max": 5, "step": 0.001}, "scale.step", "more than 1000", id="steps"
    ),
    pytest.param("criteria.1.key", "excellence", "criteria[1].key", "used twice", id="dup-key"),
    pytest.param("criteria.0.key", ..., "criteria[0].key", "is missing", id="no-key"),
    pytest.param("criteria", [], "criteria", "at least one criterion", id="no-criteria"),
    pytest.param("criteria", {}, "criteria", "expected a list", id="criteria-object"),
    pytest.param("tie_break", ["novelty"], "tie_break[0]", "neither a criterion", id="tie"),
    pytest.param("tie_break", ["field:"], "tie_break[0]", "field name", id="tie-field"),
    pytest.param("tie_break", "impact", "tie_break", "expected a list", id="tie-text"),
    pytest.param("criteria.1.weight", 0, "criteria[1].weight", "greater than 0", id="w0"),
    pytest.param("criteria.1.weight", -1.5, "criteria[1].weight", "greater than 0", id="w<0"),
    pytest.param("criteria.1.weight", "2", "criteria[1].weight", "expected a number", id="w-s"),
    pytest.param("criteria.1.weight", True, "criteria[1].weight", "expected a number", id="wb"),
    pytest.param("criteria.0.threshold", 6, "criteria[0].threshold", "outside the scale"),
    pytest.param("criteria.0.threshold", -1, "criteria[0].threshold", "outside the scale"),
    pytest.param(
        "criteria.0.levels.1.value", 4.25, "criteria[0].levels[1].value", "off the grid", id="lv"
    ),
    pytest.param(
        "criteria.0.levels.1.value", 7, "criteria[0].levels[1].value", "off the scale", id="lv7"
    ),
    pytest.param(
        "criteria.0.levels.1.value", 0, "criteria[0].levels[1].value", "given twice", id="lv2"
    ),
    pytest.param("criteria.0.comment_required", "yes", "criteria[0].comment_required", "true"),
    pytest.param("criteria.0.label", {"en": 5}, "criteria[0].label.en", "expected text"),
    pytest.param("gates.0.key", "excellence!", "gates[0].key", "identifier", id="gate-key"),
    pytest.param("disagreement_spread", 1.5, "disagreement_spread", "between 0 and 1"),
    pytest.param("overall_threshold", 16, "overall_threshold", "outside the range of the total"),
    pytest.param("overall_threshold", -1, "overall_threshold", "0–15", id="overall<0"),
]


@pytest.mark.parametrize(("path", "value", "location", "message"), INVALID)
def test_rubric_error_names_file_and_location(
    tmp_path: Path, path: str, value: Any, location: str, message: str
) -> None:
    file = write_json(tmp_path / "rubric.json", _with(rubric_doc(), path, value))

    with pytest.raises(InputError) as caught:
        read_rubric_json(file)

    assert caught.value.file == str(file)
    assert caught.value.location == location
    assert message in caught.value.message
    assert str(caught.value).startswith(f"{file}: {location}: ")


def test_rubric_of_a_newer_major_version_says_a_newer_program_wrote_it(tmp_path: Path) -> None:
    file = write_json(tmp_path / "r.json", rubric_doc(format="imin.rubric/2"))

    with pytest.raises(InputError) as caught:
        read_rubric_json(file)

    assert caught.value.message == (
        "version '2' of imin.rubric is not known to this program (it reads /1); "
        "a newer program may have written it"
    )


def test_overall_threshold_on_the_unweighted_sum_is_checked_against_that_sum() -> None:
    # Weights 1 and 2 on 0–5: the total reaches 15 but the unweighted sum only 10.
    ok = parse_rubric(rubric_doc(threshold_basis="unweighted_sum", overall_threshold=10), "r")

    with pytest.raises(InputError, match="unweighted sum of criterion scores, 0–10"):
        parse_rubric(rubric_doc(threshold_basis="unweighted_sum", overall_threshold=12), "r")
    assert ok.overall_threshold == Decimal(10)


def test_overall_threshold_of_a_weighted_mean_lies_on_the_criterion_scale() -> None:
    with pytest.raises(InputError, match="range of the total, 0–5"):
        parse_rubric(rubric_doc(total="weighted_mean", overall_threshold=6), "r")


def test_rubric_refuses_a_scale_too_wide_to_count(tmp_path: Path) -> None:
    file = write_json(tmp_path / "r.json", rubric_doc(scale={"min": 0, "max": 1e30, "step": 1}))

    with pytest.raises(InputError) as caught:
        read_rubric_json(file)

    assert (caught.value.location, caught.value.message) == (
        "scale.step",
        "more than 1000 values on the scale",
    )


def test_rubric_refuses_numbers_too_large_for_a_float(tmp_path: Path) -> None:
    file = tmp_path / "r.json"
    file.write_text(
        json.dumps(rubric_doc()).replace('"weight": 2', '"weight": 1e400'), encoding="utf-8"
    )

    with pytest.raises(InputError, match="too large"):
        read_rubric_json(file)


def test_rubric_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    file = tmp_path / "r.json"
    file.write_bytes(
        json.dumps(rubric_doc(title="Excelência"), ensure_ascii=False).encode("latin-1")
    )

    with pytest.raises(InputError) as caught:
        read_rubric_json(file)

    assert (caught.value.file, caught.value.message) == (str(file), "text is not UTF-8")


def test_rubric_refuses_what_is_not_json(tmp_path: Path) -> None:
    file = tmp_path / "r.json"
    file.write_text('{"format": "imin.rubric/1",\n  "id": }', encoding="utf-8")

    with pytest.raises(InputError) as caught:
        read_rubric_json(file)

    assert caught.value.location == "line 2, column 9"


def test_rubric_refuses_a_top_level_list(tmp_path: Path) -> None:
    file = write_json(tmp_path / "r.json", [rubric_doc()])

    with pytest.raises(InputError) as caught:
        read_rubric_json(file)

    assert (caught.value.location, caught.value.message) == (
        "(top level)",
        "expected an object, found a list",
    )


def test_rubric_reading_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_rubric_json(tmp_path / "absent.json")


def test_rubric_ignores_unknown_keys() -> None:
    plain = parse_rubric(rubric_doc(), "r")

    extended = parse_rubric(rubric_doc(notes="for the panel", x_extra={"a": 1}), "r")

    assert extended == plain


def _xlsx_with(source: Path, target: Path, sheet: str, cell: str, value: Any) -> Path:
    book = openpyxl.load_workbook(source)
    book[sheet][cell] = value
    book.save(target)
    return target


def test_rubric_xlsx_error_names_the_sheet_row_and_column(tmp_path: Path) -> None:
    source = shipped_rubric_path("health-innovation", "xlsx")
    file = _xlsx_with(source, tmp_path / "r.xlsx", "criteria", "F3", "heavy")

    with pytest.raises(InputError) as caught:
        read_rubric_xlsx(file)

    assert caught.value.file == str(file)
    assert caught.value.location == "sheet 'criteria', row 3, weight"
    assert caught.value.message == "expected a number, found 'heavy'"


def test_rubric_xlsx_rules_are_the_json_rules(tmp_path: Path) -> None:
    source = shipped_rubric_path("health-innovation", "xlsx")
    file = _xlsx_with(source, tmp_path / "r.xlsx", "criteria", "F2", 0)

    with pytest.raises(InputError) as caught:
        read_rubric_xlsx(file)

    assert (caught.value.location, caught.value.message) == (
        "criteria[0].weight",
        "must be greater than 0",
    )


@pytest.mark.parametrize("value", ["1e400", "nan", "inf"])
def test_rubric_xlsx_refuses_numbers_that_are_not_finite(tmp_path: Path, value: str) -> None:
    source = shipped_rubric_path("health-innovation", "xlsx")
    file = _xlsx_with(source, tmp_path / "r.xlsx", "criteria", "F2", value)

    with pytest.raises(InputError) as caught:
        read_rubric_xlsx(file)

    assert caught.value.location == "sheet 'criteria', row 2, weight"
    assert caught.value.message == f"expected a number, found {value!r}"


def test_rubric_xlsx_refuses_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    file = tmp_path / "r.xlsx"
    file.write_bytes(b"PK\x03\x04 not really")

    with pytest.raises(InputError, match="not an Excel workbook"):
        read_rubric_xlsx(file)


# --- write and read back -------------------------------------------------------------------


@pytest.mark.parametrize("name", SHIPPED_RUBRICS)
def test_rubric_json_write_then_read_gives_the_same_rubric_and_hash(
    tmp_path: Path, name: str
) -> None:
    original = read_rubric_file(shipped_rubric_path(name))

    write_rubric_json(original, tmp_path / "copy.json")
    again = read_rubric_json(tmp_path / "copy.json")

    assert again == original
    assert again.hash == original.hash


@pytest.mark.parametrize("name", SHIPPED_RUBRICS)
def test_rubric_xlsx_write_then_read_gives_the_same_rubric_and_hash(
    tmp_path: Path, name: str
) -> None:
    original = read_rubric_file(shipped_rubric_path(name))

    write_rubric_xlsx(original, tmp_path / "copy.xlsx")
    again = read_rubric_xlsx(tmp_path / "copy.xlsx")

    assert again == original
    assert again.hash == original.hash


def test_rubric_built_in_the_program_round_trips_through_both_forms(tmp_path: Path) -> None:
    built = parse_rubric(rubric_doc(overall_threshold=7.5), "built")
    normal = parse_rubric(rubric_document(built), "built")

    write_rubric_json(Rubric(**{**built.__dict__, "document": {}}), tmp_path / "r.json")
    write_rubric_xlsx(built, tmp_path / "r.xlsx")
    from_json = read_rubric_json(tmp_path / "r.json")
    from_xlsx = read_rubric_xlsx(tmp_path / "r.xlsx")

    assert from_json == built
    assert from_xlsx == built
    assert from_json.hash == from_xlsx.hash == normal.hash


# --- fuzzing -------------------------------------------------------------------------------


def _read(data: bytes) -> Rubric | None:
    """Parse like ``read_rubric_json``; the outcome is a rubric or one ``InputError``."""
    try:
        rubric = parse_rubric(load_json(data, "fuzz.json"), "fuzz.json")
    except InputError:
        return None
    assert rubric.hash.startswith("sha256:")
    rubric.total_range()
    return rubric


SEED = json.dumps(rubric_doc(overall_threshold=7.5)).encode("utf-8")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_fuzz_rubric_random_bytes_give_a_rubric_or_input_error(data: bytes) -> None:
    _read(data)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SEED) - 1), st.integers(0, 255)), max_size=6))
def test_fuzz_rubric_mutated_bytes_give_a_rubric_or_input_error(
    edits: list[tuple[int, int]],
) -> None:
    data = bytearray(SEED)
    for at, value in edits:
        data[at] = value
    _read(bytes(data))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**40), 10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0, 0.5, 1, 5, -1, 1e300, 1e-300, "", "impact", "field:", "weighted_mean"])
    | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*prefix, i))
    return out


SEED_DOC = rubric_doc(overall_threshold=7.5)
SEED_PATHS = _paths(SEED_DOC)[1:]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SEED_PATHS), JSON_VALUES), min_size=1, max_size=3))
def test_fuzz_rubric_mutated_json_gives_a_rubric_or_input_error(
    edits: list[tuple[tuple[Any, ...], Any]],
) -> None:
    doc = copy.deepcopy(SEED_DOC)
    for path, value in edits:
        node: Any = doc
        with contextlib.suppress(KeyError, IndexError, TypeError):
            for part in path[:-1]:
                node = node[part]
            node[path[-1]] = value
    _read(json.dumps(doc).encode("utf-8"))
