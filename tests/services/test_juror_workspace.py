"""The juror's side: open a kit, score, and hand back a signed score file; nothing typed is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from logistics_factories import prepared_event

from imin_desktop.domain.errors import NotFoundError, RefusedError
from imin_desktop.formats.kit import Kit
from imin_desktop.formats.scorefile import read_score_file, verify_signature
from imin_desktop.services.juror import JurorWorkspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Kit]:
    """Kits of a small event (6 submissions, 3 jurors, 2 per submission); workspaces in tmp."""
    monkeypatch.setenv("IMIN_WORKSPACE_DIR", str(tmp_path / "workspaces"))
    event = prepared_event(tmp_path / "event", issue_kits=True, submissions_count=6,
                           jurors_count=3)  # fmt: skip
    return event.kits


@pytest.fixture
def kit_path(kits: dict[str, Kit], tmp_path: Path) -> Path:
    return tmp_path / "event" / "kits" / "J01.iminkit"


@pytest.fixture
def ws(kit_path: Path) -> Iterator[JurorWorkspace]:
    workspace = JurorWorkspace.open(kit_path)
    yield workspace
    workspace.close()


def score_fully(ws: JurorWorkspace, sid: str) -> None:
    ws.set_score(sid, "excellence", Decimal("4.5"))
    ws.set_score(sid, "impact", Decimal("3"))
    ws.set_criterion_comment(sid, "excellence", "Objetivos claros; inovação à vista.")
    ws.set_gate(sid, "eligible", True)


def test_workspace_opens_with_every_assigned_submission_not_started(
    ws: JurorWorkspace, kits: dict[str, Kit]
) -> None:
    assert [s.id for s in ws.submissions] == [s.id for s in kits["J01"].submissions]
    assert ws.counts() == {"not_started": 4, "in_progress": 0, "done": 0, "conflict": 0}
    assert ws.sequence == 0
    assert (Path(os.environ["IMIN_WORKSPACE_DIR"]) / f"{kits['J01'].kit_id}.sqlite").is_file()


def test_workspace_scoring_every_criterion_gives_the_total_and_allows_done(
    ws: JurorWorkspace,
) -> None:
    sid = ws.submissions[0].id

    score_fully(ws, sid)
    ws.mark_done(sid)

    assert ws.total(sid) == Decimal("10.5")  # 4.5 × 1 + 3 × 2
    assert ws.state(sid) == "done"
    assert ws.review(sid).status == "final"
    assert ws.missing_for_done(sid) == []


def test_workspace_partial_scores_are_in_progress_without_a_total(ws: JurorWorkspace) -> None:
    sid = ws.submissions[0].id

    ws.set_score(sid, "impact", Decimal("2.5"))

    assert (ws.state(sid), ws.total(sid)) == ("in_progress", None)


def test_workspace_mark_done_is_refused_with_every_reason_while_incomplete(
    ws: JurorWorkspace,
) -> None:
    sid = ws.submissions[0].id
    ws.set_score(sid, "excellence", Decimal("4"))

    with pytest.raises(RefusedError) as refused:
        ws.mark_done(sid)

    assert str(refused.value) == (
        f"{sid} is not complete: "
        "criterion_comments.excellence: the rubric requires a comment on this criterion in a "
        "final review; scores.impact: a final review scores every criterion; "
        "gates.eligible: a final review answers every gate"
    )
    assert ws.state(sid) == "in_progress"


def test_workspace_clearing_a_score_of_a_done_review_puts_it_back_to_draft(
    ws: JurorWorkspace,
) -> None:
    sid = ws.submissions[0].id
    score_fully(ws, sid)
    ws.mark_done(sid)

    ws.set_score(sid, "impact", None)

    assert ws.review(sid).status == "draft"
    assert dict(ws.review(sid).scores) == {"excellence": Decimal("4.5")}


@pytest.mark.parametrize(
    ("criterion", "value", "message"),
    [
        ("impact", "5.5", "Impact: 5.5 is off the scale 0–5"),
        ("impact", "2.25", "Impact: 2.25 is off the grid (steps of 0.5 from 0)"),
        ("impact", "-1", "Impact: -1 is off the scale 0–5"),
    ],
)
def test_workspace_score_off_the_rubric_is_refused(
    ws: JurorWorkspace, criterion: str, value: str, message: str
) -> None:
    sid = ws.submissions[0].id

    with pytest.raises(RefusedError) as refused:
        ws.set_score(sid, criterion, Decimal(value))

    assert str(refused.value) == message
    assert ws.state(sid) == "not_started"


def test_workspace_unknown_criterion_gate_or_submission_is_not_found(ws: JurorWorkspace) -> None:
    sid = ws.submissions[0].id

    with pytest.raises(NotFoundError, match="no criterion 'novelty'"):
        ws.set_score(sid, "novelty", Decimal(1))
    with pytest.raises(NotFoundError, match="no question 'ethics'"):
        ws.set_gate(sid, "ethics", True)
    with pytest.raises(NotFoundError, match="SUB-999 is not in this kit"):
        ws.set_score("SUB-999", "impact", Decimal(1))


def test_workspace_gates_answer_change_and_clear(ws: JurorWorkspace) -> None:
    sid = ws.submissions[0].id

    ws.set_gate(sid, "eligible", False)
    first = dict(ws.review(sid).gates)
    ws.set_gate(sid, "eligible", True)
    second = dict(ws.review(sid).gates)
    ws.set_gate(sid, "eligible", None)

    assert (first, second, dict(ws.review(sid).gates)) == ({"eligible": False},
                                                           {"eligible": True}, {})  # fmt: skip


def test_workspace_conflict_clears_scores_and_blocks_scoring_until_withdrawn(
    ws: JurorWorkspace,
) -> None:
    sid = ws.submissions[0].id
    score_fully(ws, sid)
    ws.mark_done(sid)

    ws.set_conflict(sid, True)

    review = ws.review(sid)
    assert (ws.state(sid), review.conflict, review.status) == ("conflict", True, "draft")
    assert (dict(review.scores), dict(review.gates), dict(review.criterion_comments)) == (
        {},
        {},
        {},
    )
    with pytest.raises(RefusedError, match="declared a conflict of interest"):
        ws.set_score(sid, "impact", Decimal(3))
    with pytest.raises(RefusedError, match="declared a conflict of interest"):
        ws.mark_done(sid)
    ws.set_conflict(sid, False)
    ws.set_score(sid, "impact", Decimal(3))
    assert ws.state(sid) == "in_progress"


def test_workspace_export_writes_a_score_file_signed_with_the_kit_key(
    ws: JurorWorkspace, kits: dict[str, Kit], tmp_path: Path
) -> None:
    done, draft, conflict = (s.id for s in ws.submissions[:3])
    score_fully(ws, done)
    ws.set_comment(done, "Equipa sólida; preço pouco claro — «ótimo» piloto em Évora.")
    ws.mark_done(done)
    ws.set_score(draft, "impact", Decimal("1.5"))
    ws.set_conflict(conflict, True)

    summary = ws.export(tmp_path / "out")

    sf, document = read_score_file(summary.path)
    kit = kits["J01"]
    assert summary.path.name == "J01-001.iminscore"
    assert (summary.sequence, summary.done, summary.drafts, summary.conflicts,
            summary.not_started) == (1, 1, 1, 1, 1)  # fmt: skip
    assert verify_signature(document, kit.key) is True
    assert verify_signature(document, kits["J02"].key) is False
    assert (sf.event_id, sf.kit_id, sf.juror_id, sf.rubric_hash, sf.sequence) == (
        kit.event_id, kit.kit_id, "J01", kit.rubric_hash, 1)  # fmt: skip
    by_id = {r.submission_id: r for r in sf.reviews}
    assert sorted(by_id) == sorted([done, draft, conflict])
    assert by_id[done].comment == "Equipa sólida; preço pouco claro — «ótimo» piloto em Évora."
    assert dict(by_id[done].criterion_comments) == {
        "excellence": "Objetivos claros; inovação à vista."
    }
    assert (by_id[done].status, dict(by_id[done].scores), dict(by_id[done].gates)) == (
        "final", {"excellence": Decimal("4.5"), "impact": Decimal(3)}, {"eligible": True})  # fmt: skip
    assert (by_id[draft].status, dict(by_id[draft].scores)) == ("draft", {"impact": Decimal("1.5")})
    assert (by_id[conflict].conflict, dict(by_id[conflict].scores)) == (True, {})
    assert "Évora".encode() in summary.path.read_bytes()  # UTF-8, not \\u escapes


def test_workspace_each_export_takes_the_next_sequence(ws: JurorWorkspace, tmp_path: Path) -> None:
    sid = ws.submissions[0].id
    ws.set_score(sid, "impact", Decimal(1))

    sequences = [ws.export(tmp_path / "out").sequence for _ in range(3)]

    assert sequences == [1, 2, 3]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "J01-001.iminscore", "J01-002.iminscore", "J01-003.iminscore"]  # fmt: skip


def test_workspace_reopened_continues_where_the_juror_left(kit_path: Path, tmp_path: Path) -> None:
    first = JurorWorkspace.open(kit_path)
    sid, other = first.submissions[0].id, first.submissions[1].id
    score_fully(first, sid)
    first.mark_done(sid)
    first.set_comment(other, "Ainda a ler a proposta…")
    first.set_conflict(first.submissions[2].id, True)
    first.export(tmp_path / "out")
    before = [first.review(s.id) for s in first.submissions]
    first.close()

    again = JurorWorkspace.open(kit_path)
    summary = again.export(tmp_path / "out")
    after = [again.review(s.id) for s in again.submissions]
    again.close()

    assert after == before
    assert summary.sequence == 2
    assert (summary.done, summary.drafts, summary.conflicts) == (1, 1, 1)


def test_workspace_export_into_an_unusable_folder_is_refused_and_numbers_never_repeat(
    ws: JurorWorkspace, tmp_path: Path
) -> None:
    ws.set_score(ws.submissions[0].id, "impact", Decimal(1))
    first = ws.export(tmp_path / "out")
    (tmp_path / "taken").write_text("a file, not a folder")

    with pytest.raises(RefusedError, match=r"cannot write .*taken"):
        ws.export(tmp_path / "taken")
    later = ws.export(tmp_path / "out")

    assert later.sequence > first.sequence
    assert not list((tmp_path / "out").glob("*.part"))


def test_workspace_store_is_wal_with_full_synchronous_writes(ws: JurorWorkspace) -> None:
    with ws._store.engine.connect() as conn:
        modes = (conn.exec_driver_sql("PRAGMA journal_mode").scalar(),
                 conn.exec_driver_sql("PRAGMA synchronous").scalar())  # fmt: skip

    assert modes == ("wal", 2)  # 2 = FULL: a committed change survives a power cut too


def test_workspace_of_another_kit_is_separate(kits: dict[str, Kit], tmp_path: Path) -> None:
    one = JurorWorkspace.open(tmp_path / "event" / "kits" / "J01.iminkit")
    two = JurorWorkspace.open(tmp_path / "event" / "kits" / "J02.iminkit")
    one.set_score(one.submissions[0].id, "impact", Decimal(2))
    one.export(tmp_path / "out")

    assert (two.sequence, two.counts()["in_progress"]) == (0, 0)
    one.close()
    two.close()


# --- nothing a juror typed is lost --------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from decimal import Decimal
    from pathlib import Path
    from imin_desktop.services.juror import JurorWorkspace

    ws = JurorWorkspace.open(Path(sys.argv[1]))
    subs = [s.id for s in ws.submissions]
    n = 0
    while True:  # until the parent kills this process
        sid = subs[n % len(subs)]
        if n % 2 == 0:
            value = str(Decimal(n % 11) / 2)
            print(f"begin {n} {sid} score {value}", flush=True)
            ws.set_score(sid, "impact", Decimal(value))
        else:
            value = f"comentário n.º {n} — ação"
            print(f"begin {n} {sid} comment {value}", flush=True)
            ws.set_criterion_comment(sid, "excellence", value)
        print(f"ack {n}", flush=True)
        n += 1
    """
)


@pytest.mark.slow
def test_workspace_every_acknowledged_change_survives_sigkill(
    kit_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(kit_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, encoding="utf-8",
    ) as child:  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        try:
            for line in child.stdout:
                lines.append(line.rstrip("\n"))
                if sum(1 for x in lines if x.startswith("ack ")) >= 60:
                    break
        finally:
            os.kill(child.pid, signal.SIGKILL)  # in the middle of work
        # Read on through the same buffered stream: the lines it holds were printed too.
        lines += child.stdout.read().splitlines()
        errors = child.stderr.read()
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, errors

    begun = {int(n): (sid, kind, value) for _, n, sid, kind, value in
             (x.split(" ", 4) for x in lines if x.startswith("begin "))}  # fmt: skip
    acked = sorted(int(x.split()[1]) for x in lines if x.startswith("ack "))
    assert len(acked) >= 60 and acked == list(range(len(acked)))
    expected: dict[tuple[str, str], str] = {}
    for n in acked:
        sid, kind, value = begun[n]
        expected[sid, kind] = value
    in_flight = {n: begun[n] for n in begun if n not in acked}  # begun, maybe stored, not acked

    ws = JurorWorkspace.open(kit_path)
    found = {}
    for sid, kind in expected:
        review = ws.review(sid)
        found[sid, kind] = (str(review.scores.get("impact")) if kind == "score"
                            else review.criterion_comments.get("excellence"))  # fmt: skip
    ws.close()

    for key, value in expected.items():
        maybe_newer = [v for s, k, v in in_flight.values() if (s, k) == key]
        assert found[key] in [value, *maybe_newer], key


def test_workspace_failed_export_gives_its_number_back(ws: JurorWorkspace, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_text("a file where the folder should be")

    with pytest.raises(RefusedError) as refused:
        ws.export(not_a_folder / "scores")  # the write fails: no file was handed out
    assert "cannot write" in str(refused.value)
    assert ws.sequence == 0

    out = tmp_path / "usb"
    out.mkdir()
    summary = ws.export(out)
    assert summary.sequence == 1
    assert summary.path.name.endswith("-001.iminscore")
