"""Where submissions stand once the panel has spoken (docs/statistics.md, "Ranking and ties")."""

from __future__ import annotations

from decimal import Decimal

from imin_desktop.domain.consolidation import SubmissionResult
from imin_desktop.domain.rubric import Criterion, Rubric, Scale
from imin_desktop.domain.standing import standings

SCALE = Scale(Decimal(0), Decimal(5), Decimal(1))
RUBRIC = Rubric(
    id="r", title="r", scale=SCALE,
    criteria=(Criterion("a", "A", SCALE), Criterion("b", "B", SCALE)),
    tie_break=("b", "field:age:asc"),
)  # fmt: skip


def result(sid: str, rank: int, total: float | None, *, b: float = 1.0, passes: bool = True,
           eligible: bool = True, tied: bool = False) -> SubmissionResult:  # fmt: skip
    return SubmissionResult(
        id=sid, title=sid, rank=rank, total=total, criteria={"a": 1.0, "b": b}, reviews=3,
        assigned=3, spread=0.0, passes=passes if total is not None else None, eligible=eligible,
        flags=("ex_aequo",) if tied else (), rank_interval=None, p_top=None, method_ranks={},
    )  # fmt: skip


def test_standings_put_failing_and_unassessed_apart_keeping_their_rank() -> None:
    results = [result("A", 1, 9), result("B", 2, 8, passes=False), result("C", 3, 7),
               result("D", 4, 6, eligible=False), result("E", 5, None)]  # fmt: skip

    shown = standings(results, {}, RUBRIC)

    assert [(s.id, s.section, s.rank) for s in shown.standings] == [
        ("A", "ranked", 1), ("C", "ranked", 3), ("B", "below_threshold", 2),
        ("D", "ineligible", 4), ("E", "not_assessed", 5),
    ]  # fmt: skip


def test_standings_follow_the_panel_order_of_a_settled_ex_aequo() -> None:
    results = [result("A", 1, 9), result("B", 2, 8, tied=True), result("C", 2, 8, tied=True),
               result("D", 4, 7)]  # fmt: skip

    shown = standings(results, {"B": 2, "C": 1}, RUBRIC)

    assert [(s.id, s.label, s.tie) for s in shown.standings] == [
        ("A", "1", "none"), ("C", "2", "settled"), ("B", "3", "settled"), ("D", "4", "none"),
    ]  # fmt: skip
    assert [g.state for g in shown.ties] == ["settled"]


def test_standings_keep_an_ex_aequo_with_equal_panel_orders() -> None:
    results = [result("A", 1, 8, tied=True), result("B", 1, 8, tied=True),
               result("C", 1, 8, tied=True)]  # fmt: skip

    shown = standings(results, {"A": 2, "B": 1, "C": 2}, RUBRIC)

    assert [(s.id, s.label, s.tie) for s in shown.standings] == [
        ("B", "1", "settled"), ("A", "2=", "kept"), ("C", "2=", "kept"),
    ]  # fmt: skip


def test_standings_leave_a_group_open_until_every_member_has_an_order() -> None:
    results = [result("A", 1, 8, tied=True), result("B", 1, 8, tied=True)]

    shown = standings(results, {"A": 1}, RUBRIC)

    assert [(s.id, s.label, s.tie) for s in shown.standings] == [("A", "1=", "open"),
                                                                 ("B", "1=", "open")]  # fmt: skip
    assert [[m.id for m in g.members] for g in shown.open_ties] == [["A", "B"]]


def test_standings_name_the_tie_break_key_that_separated_equal_totals() -> None:
    by_b = [result("A", 1, 8, b=3.0), result("B", 2, 8, b=2.0)]
    by_field = [result("A", 1, 8), result("B", 2, 8)]

    first = standings(by_b, {}, RUBRIC).broken
    second = standings(by_field, {}, RUBRIC, {"A": {"age": 3}, "B": {"age": 5}}).broken

    assert [(t.first.id, t.second.id, t.position, t.key.criterion) for t in first] == [
        ("A", "B", 1, "b")
    ]
    assert [(t.position, t.key.field, t.key.ascending) for t in second] == [(2, "age", True)]
