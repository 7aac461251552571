"""Merging score files: outcomes, every refusal reason, order-freedom, coverage and audit.

Most score files here are written by an independent implementation of formats.md inside this
module (``json.dumps`` + ``hmac``), reading the kit with ``zipfile`` and ``json`` only, so the
program's reader is checked against the specification rather than against its own writer.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from factories import iterdump
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from logistics_factories import (
    LogisticsEvent,
    complete_entry,
    fill_sheet,
    make_event,
    merged_content,
    prepared_event,
)
from pg_cluster import Backend
from sqlalchemy import text

from imin_desktop.domain.progress import Cancelled
from imin_desktop.persistence.database import open_database
from imin_desktop.services import coverage, scores, sheets
from imin_desktop.services.juror import JurorWorkspace

# --- an independent implementation of the score file (formats.md) ----------------------------


@dataclass(frozen=True)
class KitFacts:
    """What a kit says, read with zipfile and json only."""

    kit_id: str
    event_id: str
    juror_id: str
    key: bytes
    rubric_hash: str
    submissions: tuple[str, ...]


def read_kit_facts(path: Path) -> KitFacts:
    with zipfile.ZipFile(path) as zf:
        doc = json.loads(zf.read("kit.json").decode("utf-8"))
    return KitFacts(doc["kit_id"], doc["event"]["id"], doc["juror"]["id"],
                    base64.b64decode(doc["key"]), doc["rubric_hash"],
                    tuple(s["id"] for s in doc["submissions"]))  # fmt: skip


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign(doc: dict[str, Any], key: bytes) -> dict[str, Any]:
    body = {k: v for k, v in doc.items() if k != "signature"}
    mac = hmac.new(key, canonical(body), hashlib.sha256).hexdigest()
    return {**body, "signature": "hmac-sha256:" + mac}


def review(sid: str, status: str = "final", **changes: Any) -> dict[str, Any]:
    """A review object as formats.md shows it; complete for the mini rubric."""
    doc: dict[str, Any] = {
        "submission_id": sid,
        "status": status,
        "conflict": False,
        "scores": {"excellence": 4.5, "impact": 3},
        "gates": {"eligible": True},
        "comment": "Equipa sólida; preço pouco claro.",
        "criterion_comments": {"excellence": "Objetivos claros e pertinentes."},
        "updated_at": "2026-11-26T16:18:03Z",
    }
    doc.update(changes)
    return doc


def conflict_review(sid: str) -> dict[str, Any]:
    return {"submission_id": sid, "status": "draft", "conflict": True, "scores": {},
            "gates": {}, "comment": "", "criterion_comments": {}}  # fmt: skip


def score_doc(kit: KitFacts, reviews: list[dict[str, Any]], sequence: int = 1) -> dict[str, Any]:
    return {
        "format": "imin.scores/1",
        "event_id": kit.event_id,
        "kit_id": kit.kit_id,
        "juror_id": kit.juror_id,
        "rubric_hash": kit.rubric_hash,
        "sequence": sequence,
        "created_at": "2026-11-26T16:20:00Z",
        "reviews": reviews,
    }


def write_doc(path: Path, doc: dict[str, Any]) -> Path:
    """Written with indentation: the signature covers the parsed object, not the layout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))
    return path


def signed_file(path: Path, kit: KitFacts, reviews: list[dict[str, Any]], sequence: int = 1,
                key: bytes | None = None, **changes: Any) -> Path:  # fmt: skip
    doc = score_doc(kit, reviews, sequence)
    doc.update(changes)
    return write_doc(path, sign(doc, key or kit.key))


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def event(tmp_path: Path, backend: Backend) -> LogisticsEvent:
    """6 submissions, 3 jurors, 2 per submission (4 each), kits issued; SQLite and PostgreSQL."""
    return prepared_event(tmp_path / "event", backend=backend, issue_kits=True,
                          submissions_count=6, jurors_count=3)  # fmt: skip


@pytest.fixture
def facts(event: LogisticsEvent) -> dict[str, KitFacts]:
    return {j: read_kit_facts(event.folder / "kits" / f"{j}.iminkit") for j in event.juror_ids}


def run(event: LogisticsEvent, *paths: Path) -> list[scores.FileOutcome]:
    return scores.import_score_files(event.db, list(paths), actor="coordinator")


# --- outcomes ------------------------------------------------------------------------------------


def test_merge_independent_score_file_is_accepted(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    kit = facts["J01"]
    a, b, c = kit.submissions[:3]
    path = signed_file(tmp_path / "J01.iminscore", kit,
                       [review(a), review(b, "draft", scores={"impact": 2.5}),
                        conflict_review(c)])  # fmt: skip

    [outcome] = run(event, path)

    content = merged_content(event.path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert (outcome.result, outcome.juror, outcome.sequence, outcome.sha256) == (
        "accepted", "J01", 1, sha)  # fmt: skip
    assert content["reviews"] == sorted([
        ("J01", a, "final", 0, "Equipa sólida; preço pouco claro.", sha),
        ("J01", b, "draft", 0, "Equipa sólida; preço pouco claro.", sha),
        ("J01", c, "draft", 1, "", sha),
    ])  # fmt: skip
    assert content["scores"] == sorted([
        ("J01", a, "excellence", "4.5", "Objetivos claros e pertinentes."),
        ("J01", a, "impact", "3", ""),
        ("J01", b, "excellence", None, "Objetivos claros e pertinentes."),
        ("J01", b, "impact", "2.5", ""),
    ])  # fmt: skip
    assert content["gates"] == sorted([("J01", a, "eligible", 1), ("J01", b, "eligible", 1)])
    assert content["conflicts"] == [("J01", c, "juror")]


def test_merge_score_file_from_the_juror_workspace_round_trips(
    event: LogisticsEvent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMIN_WORKSPACE_DIR", str(tmp_path / "workspaces"))
    ws = JurorWorkspace.open(event.folder / "kits" / "J02.iminkit")
    sid = ws.submissions[0].id
    for entry in [complete_entry(sid)]:
        for key, value in entry.scores.items():
            ws.set_score(sid, key, value)
        ws.set_criterion_comment(sid, "excellence", "Inovação clara, ação concreta.")
        ws.set_gate(sid, "eligible", False)
    ws.mark_done(sid)
    summary = ws.export(tmp_path / "out")
    ws.close()

    [outcome] = run(event, summary.path)

    assert outcome.result == "accepted"
    assert merged_content(event.path)["scores"] == sorted([
        ("J02", sid, "excellence", "4.5", "Inovação clara, ação concreta."),
        ("J02", sid, "impact", "3", ""),
    ])  # fmt: skip
    assert merged_content(event.path)["gates"] == [("J02", sid, "eligible", 0)]


def test_merge_lower_sequence_after_higher_is_superseded_and_changes_nothing(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    kit = facts["J01"]
    sid = kit.submissions[0]
    old = signed_file(tmp_path / "old.iminscore", kit, [review(sid, "draft")], 1)
    new = signed_file(tmp_path / "new.iminscore", kit, [review(sid, impact_note="x")], 2)
    run(event, new)
    before = merged_content(event.path)["reviews"]

    [outcome] = run(event, old)

    assert (outcome.result, outcome.juror, outcome.sequence) == ("superseded", "J01", 1)
    assert outcome.reason == "juror J01 already handed back sequence 2"
    assert merged_content(event.path)["reviews"] == before
    assert [r[2] for r in before] == ["final"]


def test_merge_higher_sequence_replaces_the_juror_reviews(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    kit = facts["J01"]
    a, b = kit.submissions[:2]
    first = signed_file(tmp_path / "1.iminscore", kit, [review(a), conflict_review(b)], 1)
    second = signed_file(tmp_path / "2.iminscore", kit, [review(b, scores={"excellence": 2,
                                                                             "impact": 5})], 2)  # fmt: skip

    outcomes = run(event, first, second)

    content = merged_content(event.path)
    assert [o.result for o in outcomes] == ["accepted", "accepted"]
    assert [(r[1], r[2], r[3]) for r in content["reviews"]] == [(b, "final", 0)]
    assert content["conflicts"] == []  # the withdrawn conflict is gone
    assert [(s[2], s[3]) for s in content["scores"]] == [("excellence", "2"), ("impact", "5")]


def test_merge_same_file_twice_is_a_duplicate_even_under_another_name(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    path = signed_file(
        tmp_path / "J01.iminscore", facts["J01"], [review(facts["J01"].submissions[0])]
    )
    copy_path = tmp_path / "copy" / "renamed.iminscore"
    copy_path.parent.mkdir()
    shutil.copyfile(path, copy_path)
    run(event, path)
    before = iterdump(event.path)

    outcomes = run(event, path, copy_path)

    assert [o.result for o in outcomes] == ["duplicate", "duplicate"]
    assert iterdump(event.path) == before


def test_merge_same_sequence_with_other_content_is_refused_as_a_conflict(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    kit = facts["J01"]
    sid = kit.submissions[0]
    first = signed_file(tmp_path / "a.iminscore", kit, [review(sid)], 3)
    other = signed_file(tmp_path / "b.iminscore", kit, [review(sid, comment="Outra versão")], 3)
    run(event, first)
    before = iterdump(event.path)

    [outcome] = run(event, other)

    assert (outcome.result, outcome.juror, outcome.sequence) == ("refused", "J01", 3)
    assert "sequence 3 of juror J01 was already imported with different content" in outcome.reason
    assert iterdump(event.path) == before


# --- every refusal reason -----------------------------------------------------------------------

Builder = Callable[[dict[str, KitFacts], LogisticsEvent, Path], Path]


def _tampered(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    kit = f["J01"]
    doc = sign(score_doc(kit, [review(kit.submissions[0])]), kit.key)
    doc["reviews"][0]["scores"]["impact"] = 5  # changed after signing
    return write_doc(p, doc)


def _unsigned(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    return write_doc(p, score_doc(f["J01"], [review(f["J01"].submissions[0])]))


def _truncated(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    whole = signed_file(p, f["J01"], [review(f["J01"].submissions[0])]).read_bytes()
    p.write_bytes(whole[: len(whole) // 2])
    return p


def _not_json(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    p.write_text("Caro coordenador, seguem as minhas notas: 4, 3, 5.\n", encoding="utf-8")
    return p


def _binary(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    p.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe not a score file at all")
    return p


def _with(sub: int = 0, **changes: Any) -> Builder:
    def build(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
        kit = f["J01"]
        return signed_file(p, kit, [review(kit.submissions[sub], **changes)])

    return build


def _other_key(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    return signed_file(p, f["J01"], [review(f["J01"].submissions[0])], key=f["J02"].key)


def _header(**changes: Any) -> Builder:
    def build(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
        return signed_file(p, f["J01"], [review(f["J01"].submissions[0])], **changes)

    return build


def _unassigned(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    return signed_file(p, f["J01"], [review(ev.unassigned("J01"))])


def _conflict_with_scores(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    kit = f["J01"]
    return signed_file(p, kit, [{**conflict_review(kit.submissions[0]), "scores": {"impact": 1}}])


def _kit_instead(f: dict[str, KitFacts], ev: LogisticsEvent, p: Path) -> Path:
    shutil.copyfile(ev.folder / "kits" / "J01.iminkit", p)
    return p


SUB0 = "{sub0}"
UNASSIGNED = "{unassigned}"

# case -> (builder, what the refusal line must name besides the file: juror, submission, field)
REFUSALS: dict[str, tuple[Builder, list[str]]] = {
    "changed after signing": (_tampered, ["juror J01", "signature", "does not verify"]),
    "missing signature": (_unsigned, ["signature"]),
    "signed with another juror's key": (_other_key, ["juror J01", "signature", "another kit"]),
    "another event": (_header(event_id="another-event"),
                      ["juror J01", "event_id", "another event"]),
    "unknown kit id": (_header(kit_id="kit-never-issued"),
                       ["juror J01", "kit_id", "kit-never-issued", "no kit with this id"]),
    "juror_id not matching the kit": (_header(juror_id="J02"),
                                      ["juror J02", "juror_id", "issued to J01"]),
    "another rubric": (_header(rubric_hash="sha256:" + "0" * 64),
                       ["juror J01", "rubric_hash", "another rubric"]),
    "unknown criterion": (_with(scores={"excellence": 4, "impact": 3, "novelty": 2}),
                          ["juror J01", SUB0, "scores.novelty", "no criterion 'novelty'"]),
    "off the scale": (_with(scores={"excellence": 4, "impact": 7}),
                      ["juror J01", SUB0, "scores.impact", "off the scale"]),
    "off the grid": (_with(scores={"excellence": 4, "impact": 2.25}),
                     ["juror J01", SUB0, "scores.impact", "off the grid"]),
    "missing required comment on a final review": (
        _with(criterion_comments={}),
        ["juror J01", SUB0, "criterion_comments.excellence", "requires a comment"]),
    "submission not assigned to the juror": (
        _unassigned, ["juror J01", UNASSIGNED, "submission_id", "not assigned"]),
    "scores on a conflicted review": (
        _conflict_with_scores, ["juror J01", SUB0, "scores", "conflict of interest"]),
    "truncated file": (_truncated, ["JSON"]),
    "not JSON": (_not_json, ["JSON"]),
    "binary, not text": (_binary, ["not UTF-8"]),
    "a kit instead of a score file": (_kit_instead, ["juror kit"]),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_merge_refuses_with_a_reason_naming_file_juror_submission_and_field(
    case: str, event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    build, names = REFUSALS[case]
    good = signed_file(
        tmp_path / "good.iminscore", facts["J02"], [review(facts["J02"].submissions[0])]
    )
    run(event, good)  # the event already holds something the refusal must not touch
    path = build(facts, event, tmp_path / "incoming.iminscore")
    before = iterdump(event.path)

    [outcome] = run(event, path)

    line = outcome.line()
    wanted = [n.format(sub0=facts["J01"].submissions[0], unassigned=event.unassigned("J01"))
              for n in names]  # fmt: skip
    assert outcome.result == "refused"
    assert line.startswith(f"{path}: refused")
    assert [n for n in wanted if n not in line] == [], line
    assert iterdump(event.path) == before


def test_merge_refusal_lists_every_problem_of_the_file(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    kit = facts["J01"]
    a, b = kit.submissions[:2]
    path = signed_file(tmp_path / "x.iminscore", kit,
                       [review(a, scores={"excellence": 9, "impact": 3}),
                        review(b, scores={"excellence": 4, "impact": 0.3})])  # fmt: skip

    [outcome] = run(event, path)

    assert outcome.reason == (
        f"{a}: reviews[0].scores.excellence: 9 is off the scale 0–5; "
        f"{b}: reviews[1].scores.impact: 0.3 is off the grid (steps of 0.5 from 0)"
    )


class CancelAfter:
    """A progress token that cancels once ``files`` files are done, as the GUI's Cancel does."""

    def __init__(self, files: int) -> None:
        self.files = files

    def step(self, done: int, total: int, message: str = "") -> None:
        if done >= self.files:
            raise Cancelled


def test_merge_cancelled_midway_keeps_nothing(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    files = [signed_file(tmp_path / f"{j}.iminscore", facts[j], [review(facts[j].submissions[0])])
             for j in ("J01", "J02", "J03")]  # fmt: skip
    before = iterdump(event.path)

    with pytest.raises(Cancelled):
        scores.import_score_files(event.db, files, progress=CancelAfter(2))

    assert iterdump(event.path) == before


def test_merge_a_refused_file_does_not_stop_the_others(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    good = signed_file(
        tmp_path / "good.iminscore", facts["J02"], [review(facts["J02"].submissions[0])]
    )
    bad = _tampered(facts, event, tmp_path / "bad.iminscore")

    outcomes = run(event, bad, good)

    assert [o.result for o in outcomes] == ["refused", "accepted"]


# --- coverage, audit ------------------------------------------------------------------------------


def test_merge_juror_declared_conflicts_appear_in_coverage(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    kit = facts["J01"]
    sid = kit.submissions[1]
    run(event, signed_file(tmp_path / "J01.iminscore", kit, [conflict_review(sid)]))

    cov = coverage.coverage(event.db)

    assert cov.cells["J01", sid] == "conflict"
    assert next(r for r in cov.jurors if r.id == "J01").counts["conflict"] == 1
    assert next(r for r in cov.submissions if r.id == sid).counts["conflict"] == 1
    assert merged_content(event.path)["conflicts"] == [("J01", sid, "juror")]


def test_merge_status_counts_done_draft_missing_and_conflict(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    one, two = facts["J01"], facts["J02"]
    run(event,
        signed_file(tmp_path / "J01.iminscore", one,
                    [review(one.submissions[0]), review(one.submissions[1], "draft"),
                     conflict_review(one.submissions[2])]),
        signed_file(tmp_path / "J02.iminscore", two, [review(s) for s in two.submissions]))  # fmt: skip

    status = coverage.coverage(event.db).as_json()

    assert status["totals"] == {"done": 5, "draft": 1, "missing": 5, "conflict": 1}
    assert [(r["id"], r["assigned"], r["done"], r["draft"], r["missing"], r["conflict"])
            for r in status["jurors"]] == [("J01", 4, 1, 1, 1, 1), ("J02", 4, 4, 0, 0, 0),
                                           ("J03", 4, 0, 0, 4, 0)]  # fmt: skip
    for row in status["submissions"]:
        assert row["assigned"] == 2
        assert row["done"] + row["draft"] + row["missing"] + row["conflict"] == 2
    assert sum(r["done"] for r in status["submissions"]) == 5


def test_merge_audit_entries_carry_the_file_sha256(
    event: LogisticsEvent, facts: dict[str, KitFacts], tmp_path: Path
) -> None:
    kit = facts["J01"]
    first = signed_file(tmp_path / "1.iminscore", kit, [review(kit.submissions[0])], 1)
    second = signed_file(tmp_path / "2.iminscore", kit, [review(kit.submissions[1])], 2)
    run(event, second, first)
    sha = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)}

    with event.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT actor, action, entity, entity_key, after, detail "
                                 "FROM audit_entries WHERE entity IN ('score_file', 'review') "
                                 "ORDER BY id")).all()  # fmt: skip
    # JSON columns: text on SQLite, already decoded on PostgreSQL.
    afters = [json.loads(r[4]) if isinstance(r[4], str) else r[4] for r in rows]

    imports = [(r[0], after["sha256"], after["result"])
               for r, after in zip(rows, afters, strict=True) if r[1] == "import"]  # fmt: skip
    merges = [(key, detail) for _a, action, _e, key, _after, detail in rows if action == "merge"]
    assert imports == [("coordinator", sha["2.iminscore"], "accepted"),
                       ("coordinator", sha["1.iminscore"], "superseded")]  # fmt: skip
    assert merges == [(f"J01/{kit.submissions[1]}", f"sha256:{sha['2.iminscore']}")]


# --- order-free and idempotent ------------------------------------------------------------------


MergeSet = tuple[Path, list[Path], dict[str, list[tuple[Any, ...]]]]


@pytest.fixture(scope="module")
def merge_set(tmp_path_factory: pytest.TempPathFactory) -> MergeSet:
    """An event ready for merging (kits and sheets issued) and a set of returned files:
    several jurors, several sequences, a withdrawn conflict, drafts, and one juror who sent
    both a filled score sheet and a score file."""
    folder = tmp_path_factory.mktemp("merge-set")
    ev = make_event(folder / "event", submissions_count=6, jurors_count=3)
    ev.issue_kits()
    sheet_paths = sheets.export_sheets(ev.db, folder / "sheets", actor="tester")
    f = {j: read_kit_facts(folder / "event" / "kits" / f"{j}.iminkit") for j in ev.juror_ids}
    one, two, three = f["J01"], f["J02"], f["J03"]
    out = folder / "returned"
    files = [
        signed_file(out / "J01-1.iminscore", one, [review(one.submissions[0], "draft")], 1),
        signed_file(out / "J01-2.iminscore", one,
                    [review(one.submissions[0]), conflict_review(one.submissions[1])], 2),
        signed_file(out / "J01-3.iminscore", one,
                    [review(one.submissions[0], scores={"excellence": 1, "impact": 0.5}),
                     review(one.submissions[1], "draft", scores={"impact": 4})], 3),
        signed_file(out / "J02-1.iminscore", two, [conflict_review(two.submissions[3])], 1),
        signed_file(out / "J02-2.iminscore", two,
                    [review(s) for s in two.submissions[:3]] + [conflict_review(two.submissions[3])],
                    2),
        signed_file(out / "J03-2.iminscore", three,
                    [review(three.submissions[0], comment="Ficheiro ganha à folha")], 2),
    ]  # fmt: skip
    sheet = next(p for p in sheet_paths if p.name.startswith("J03"))
    fill_sheet(sheet, {(three.submissions[1], "scores.impact"): 2.5,
                       (three.submissions[2], "conflict"): "yes"})  # fmt: skip
    files.append(sheet)
    ev.db.dispose()
    return ev.path, files, merge_in_order(ev.path, files)


def fresh_copy(template: Path, folder: Path) -> Path:
    target = folder / "event.imin"
    with sqlite3.connect(template) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    source.close()
    dest.close()
    return target


def merge_in_order(template: Path, files: list[Path]) -> dict[str, list[tuple[Any, ...]]]:
    with tempfile.TemporaryDirectory() as folder:
        path = fresh_copy(template, Path(folder))
        db = open_database(path)
        outcomes = scores.import_score_files(db, files, actor="coordinator")
        db.dispose()
        assert not [o.line() for o in outcomes if o.result == "refused"]
        return merged_content(path)


def test_merge_in_the_natural_order_keeps_each_juror_latest_file(merge_set: MergeSet) -> None:
    _template, files, content = merge_set

    current = sorted((r[0], r[1]) for r in content["score_files"] if r[4])
    names = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in files}
    assert sorted(names[sha] for _j, sha in current) == [
        "J01-3.iminscore", "J02-2.iminscore", "J03-2.iminscore"]  # fmt: skip
    assert len(content["score_files"]) == len(files)
    assert [c[0] for c in content["conflicts"]] == ["J02"]  # J01 withdrew; J03's sheet lost


@pytest.mark.slow
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(data=st.data())
def test_merge_property_any_order_and_repeats_give_the_same_event(
    merge_set: MergeSet, data: st.DataObject
) -> None:
    template, files, expected = merge_set
    order = data.draw(st.permutations(files), label="order")
    repeats = data.draw(st.lists(st.sampled_from(files), max_size=4), label="repeats")
    positions = data.draw(st.lists(st.integers(0, len(files)), min_size=len(repeats),
                                   max_size=len(repeats)), label="positions")  # fmt: skip
    sequence = list(order)
    for path, at in zip(repeats, positions, strict=True):
        sequence.insert(at, path)

    assert merge_in_order(template, sequence) == expected


def test_merge_importing_everything_twice_changes_nothing(
    merge_set: MergeSet, tmp_path: Path
) -> None:
    template, files, _expected = merge_set
    path = fresh_copy(template, tmp_path)
    db = open_database(path)
    scores.import_score_files(db, files)
    once = iterdump(path)

    again = scores.import_score_files(db, list(reversed(files)))
    db.dispose()

    assert {o.result for o in again} == {"duplicate"}
    assert iterdump(path) == once


def test_merge_documents_are_not_changed_by_the_reader(facts: dict[str, KitFacts]) -> None:
    # Guard for the helpers above: signing does not mutate its input.
    doc = score_doc(facts["J01"], [review("SUB-001")])
    kept = copy.deepcopy(doc)
    sign(doc, facts["J01"].key)
    assert doc == kept
