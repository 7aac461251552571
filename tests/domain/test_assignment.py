"""Automatic assignment: balanced, conflict-free, exactly K per submission, connected.

The property test checks balance against an independent oracle: a small max-flow with lower
bounds that says whether *any* assignment with loads within one of each other exists for the
same submissions, jurors, K, conflicts and calibration submissions.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Collection, Iterable, Sequence
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imin_desktop.domain.assignment import Design, assign, components, describe
from imin_desktop.domain.errors import RefusedError

SUBS_30 = [f"SUB-{i:03d}" for i in range(1, 31)]
JURORS_9 = [f"J{i:02d}" for i in range(1, 10)]


def reviewers(design: Design) -> dict[str, list[str]]:
    """Submission -> the jurors it was given to."""
    out: dict[str, list[str]] = defaultdict(list)
    for juror, subs in design.assignments.items():
        for s in subs:
            out[s].append(juror)
    return dict(out)


def overlaps(design: Design) -> dict[tuple[str, str], int]:
    sets = {j: set(s) for j, s in design.assignments.items()}
    return {(a, b): len(sets[a] & sets[b]) for a, b in combinations(sorted(sets), 2)}


# --- an independent oracle: does a balanced assignment exist at all? -------------------------


class _Flow:
    def __init__(self) -> None:
        self.cap: dict[tuple[object, object], int] = defaultdict(int)
        self.adj: dict[object, set[object]] = defaultdict(set)

    def add(self, u: object, v: object, capacity: int) -> None:
        self.cap[u, v] += capacity
        self.adj[u].add(v)
        self.adj[v].add(u)

    def max_flow(self, source: object, sink: object) -> int:
        total = 0
        while True:
            parent: dict[object, object] = {source: None}
            queue = deque([source])
            while queue and sink not in parent:
                u = queue.popleft()
                for v in self.adj[u]:
                    if v not in parent and self.cap[u, v] > 0:
                        parent[v] = u
                        queue.append(v)
            if sink not in parent:
                return total
            path = []
            v = sink
            while parent[v] is not None:
                path.append((parent[v], v))
                v = parent[v]
            push = min(self.cap[e] for e in path)
            for u, v in path:
                self.cap[u, v] -= push
                self.cap[v, u] += push
            total += push


def balanced_design_exists(
    subs: Sequence[str],
    jurors: Sequence[str],
    k: int,
    conflicts: Collection[tuple[str, str]],
    calibration: Collection[str] = (),
) -> bool:
    """A flow with lower bounds: juror loads within [floor, ceil] of the average, exactly k
    non-conflicted jurors per ordinary submission, every eligible juror on a calibration one."""
    eligible = {s: [j for j in jurors if (j, s) not in conflicts] for s in subs}
    fixed = {j: sum(1 for s in calibration if j in eligible[s]) for j in jurors}
    ordinary = [s for s in subs if s not in calibration]
    total = sum(fixed.values()) + k * len(ordinary)
    floor = total // len(jurors)
    ceil = floor + (1 if total % len(jurors) else 0)
    flow = _Flow()
    excess: dict[object, int] = defaultdict(int)

    def edge(u: object, v: object, low: int, high: int) -> bool:
        if high < low:
            return False
        flow.add(u, v, high - low)
        excess[v] += low
        excess[u] -= low
        return True

    for j in jurors:
        if not edge("S", ("juror", j), max(0, floor - fixed[j]), ceil - fixed[j]):
            return False
    for s in ordinary:
        for j in eligible[s]:
            edge(("juror", j), ("sub", s), 0, 1)
        edge(("sub", s), "T", k, k)
    edge("T", "S", 0, 10**9)
    need = 0
    for node, e in list(excess.items()):
        if e > 0:
            flow.add("S*", node, e)
            need += e
        elif e < 0:
            flow.add(node, "T*", -e)
    return flow.max_flow("S*", "T*") == need


def check_rules(
    design: Design,
    subs: Sequence[str],
    jurors: Sequence[str],
    k: int,
    conflicts: Iterable[tuple[str, str]],
) -> None:
    """What every design must satisfy, whatever the numbers."""
    conflicted = set(conflicts)
    given = reviewers(design)
    assert sorted(design.assignments) == sorted(jurors)
    for juror, assigned in design.assignments.items():
        assert len(assigned) == len(set(assigned)), f"{juror} got a submission twice"
        assert not {(juror, s) for s in assigned} & conflicted
    for s in subs:
        if s in design.calibration:
            assert sorted(given.get(s, [])) == sorted(j for j in jurors if (j, s) not in conflicted)
        else:
            assert len(given.get(s, [])) == k, s
    assert design.loads == {j: len(a) for j, a in design.assignments.items()}


# --- the summit-sized example of statistics.md -----------------------------------------------


def test_assign_thirty_by_nine_is_balanced_connected_and_every_pair_overlaps() -> None:
    design = assign(SUBS_30, JURORS_9, 3, seed=7)

    check_rules(design, SUBS_30, JURORS_9, 3, ())
    assert set(design.loads.values()) == {10}
    assert design.components == 1
    assert design.is_connected
    assert min(overlaps(design).values()) >= 1
    assert (design.pairs_total, design.pairs_overlapping) == (36, 36)


def test_assign_with_conflicts_never_gives_a_conflicted_submission() -> None:
    conflicts = [("J01", "SUB-001"), ("J01", "SUB-002"), ("J02", "SUB-001"), ("J09", "SUB-030")]

    design = assign(SUBS_30, JURORS_9, 3, conflicts=conflicts, seed=3)

    check_rules(design, SUBS_30, JURORS_9, 3, conflicts)
    assert design.load_spread == 0
    assert design.is_connected
    assert min(overlaps(design).values()) >= 1


def test_assign_gives_each_submission_exactly_k_distinct_jurors() -> None:
    design = assign(SUBS_30, JURORS_9, 4, seed=11)

    assert Counter(len(js) for js in reviewers(design).values()) == Counter({4: 30})
    assert all(len(js) == len(set(js)) for js in reviewers(design).values())


def test_assign_loads_differ_by_at_most_one_when_work_does_not_divide() -> None:
    design = assign(SUBS_30[:29], JURORS_9, 3, seed=2)  # 87 reviews over 9 jurors

    assert sorted(Counter(design.loads.values()).items()) == [(9, 3), (10, 6)]


def test_assign_balances_through_a_chain_when_the_busiest_juror_cannot_hand_over_directly() -> None:
    # Found by the property test below: J00's spare work could go only to jurors that were
    # already full, while the idle J03 and J05 were conflicted with what J00 held.
    subs = ["S00", "S01", "S02"]
    jurors = [f"J{i:02d}" for i in range(10)]
    conflicts = {("J03", "S01"), ("J01", "S02"), ("J09", "S00"), ("J07", "S00"),
                 ("J04", "S02"), ("J03", "S00"), ("J02", "S00"), ("J05", "S01")}  # fmt: skip

    design = assign(subs, jurors, 3, conflicts=conflicts, seed=0)

    check_rules(design, subs, jurors, 3, conflicts)
    assert design.load_spread <= 1


def test_assign_calibration_submissions_go_to_every_non_conflicted_juror() -> None:
    conflicts = [("J04", "SUB-010")]

    design = assign(SUBS_30, JURORS_9, 3, conflicts=conflicts, calibration=2, seed=5)

    check_rules(design, SUBS_30, JURORS_9, 3, conflicts)
    assert len(design.calibration) == 2
    for s in design.calibration:
        assert sorted(reviewers(design)[s]) == JURORS_9
    assert "SUB-010" not in design.calibration  # the anchor avoids conflicted submissions
    assert design.load_spread <= 1
    assert "calibration submissions reviewed by every juror" in design.summary_lines()[-1]


def test_assign_same_seed_gives_the_same_design() -> None:
    first = assign(SUBS_30, JURORS_9, 3, seed=42, calibration=1)
    second = assign(SUBS_30, JURORS_9, 3, seed=42, calibration=1)

    assert first == second


def test_assign_other_seed_gives_another_design() -> None:
    designs = {assign(SUBS_30, JURORS_9, 3, seed=seed).assignments.__repr__() for seed in (1, 2)}

    assert len(designs) == 2


def test_assign_impossible_request_names_the_submission() -> None:
    jurors = ["J01", "J02", "J03"]
    subs = [f"SUB-{i:03d}" for i in range(10, 20)]

    with pytest.raises(RefusedError) as refused:
        assign(subs, jurors, 3, conflicts=[("J02", "SUB-014")])

    assert str(refused.value) == "SUB-014 has only 2 non-conflicted juror(s) for 3 per submission"


@pytest.mark.parametrize(
    ("subs", "jurors", "k", "calibration", "message"),
    [
        (["S1"], ["J1"], 0, 0, "at least one juror"),
        (["S1"], [], 1, 0, "no jurors"),
        ([], ["J1"], 1, 0, "no submissions"),
        (["S1"], ["J1"], 1, 2, "--calibration must lie between 0 and 1"),
        (["S1"], ["J1"], 2, 0, "S1 has only 1 non-conflicted juror(s) for 2 per submission"),
    ],
)
def test_assign_refuses_requests_that_cannot_work(
    subs: list[str], jurors: list[str], k: int, calibration: int, message: str
) -> None:
    with pytest.raises(RefusedError, match=message.replace("(", r"\(").replace(")", r"\)")):
        assign(subs, jurors, k, calibration=calibration)


def test_design_summary_reports_loads_connectivity_and_overlap() -> None:
    design = describe({"J1": ["S1", "S2"], "J2": ["S2"], "J3": ["S3"]})

    assert design.summary_lines() == [
        "4 assignments over 3 jurors; load per juror 1–2",
        "design NOT connected: 2 separate groups of jurors",
        "juror pairs sharing at least one submission: 1 of 3 (overlap 0–1)",
    ]


def test_components_counts_jurors_without_work_as_their_own_group() -> None:
    assert components({"J1": ["S1"], "J2": ["S1"], "J3": []}) == 2


# --- properties over random sizes and conflicts ---------------------------------------------


@st.composite
def requests(draw: st.DrawFn) -> tuple[list[str], list[str], int, set[tuple[str, str]], int, int]:
    subs = [f"S{i:02d}" for i in range(draw(st.integers(1, 24)))]
    jurors = [f"J{i:02d}" for i in range(draw(st.integers(1, 10)))]
    k = draw(st.integers(1, len(jurors)))
    pairs = st.tuples(st.sampled_from(jurors), st.sampled_from(subs))
    conflicts = draw(st.sets(pairs, max_size=len(subs) * len(jurors) // 3))
    calibration = draw(st.integers(0, min(2, len(subs))))
    return subs, jurors, k, conflicts, calibration, draw(st.integers(0, 10_000))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_assign_property_rules_hold_and_balance_whenever_possible(
    request: tuple[list[str], list[str], int, set[tuple[str, str]], int, int],
) -> None:
    subs, jurors, k, conflicts, calibration, seed = request
    eligible = {s: sum((j, s) not in conflicts for j in jurors) for s in subs}
    short = [s for s in subs if eligible[s] < k]

    try:
        design = assign(subs, jurors, k, conflicts=conflicts, calibration=calibration, seed=seed)
    except RefusedError as refused:
        assert short, f"refused a possible request: {refused}"
        assert str(refused) == (
            f"{short[0]} has only {eligible[short[0]]} non-conflicted juror(s) "
            f"for {k} per submission"
        )
        return

    assert not short
    check_rules(design, subs, jurors, k, conflicts)
    if balanced_design_exists(subs, jurors, k, conflicts, design.calibration):
        assert design.load_spread <= 1, design.loads
    connectable = len(subs) * (k - 1) >= len(jurors) - 1 and len(subs) * k >= len(jurors)
    if not conflicts and connectable:
        assert design.is_connected, design.assignments
    assert design == assign(subs, jurors, k, conflicts=conflicts, calibration=calibration,
                            seed=seed)  # fmt: skip
