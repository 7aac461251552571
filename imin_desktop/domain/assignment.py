"""Automatic assignment of submissions to jurors.

Balanced (jurors' loads differ by at most one), respectful of conflicts, never the same
submission twice to a juror, and connected (every juror linked to every other through
shared submissions) with pairwise overlap spread as evenly as the numbers allow, so that
the ``adjusted`` method can separate juror leniency from submission quality.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.text import _


@dataclass(frozen=True)
class Design:
    """The assignment produced, and what a coordinator should know about it."""

    assignments: Mapping[str, tuple[str, ...]]  # juror -> submissions
    calibration: tuple[str, ...]
    loads: Mapping[str, int]
    components: int
    pairs_total: int
    pairs_overlapping: int
    min_overlap: int
    max_overlap: int

    @property
    def is_connected(self) -> bool:
        return self.components <= 1

    @property
    def load_spread(self) -> int:
        return max(self.loads.values()) - min(self.loads.values()) if self.loads else 0

    def summary_lines(self) -> list[str]:
        loads = sorted(self.loads.values())
        lines = [
            _("{n} assignments over {j} jurors; load per juror {lo}–{hi}").format(
                n=sum(loads), j=len(loads), lo=loads[0], hi=loads[-1]
            )
            if loads
            else _("no jurors"),
            _("design connected: every juror is linked to every other through shared submissions")
            if self.is_connected
            else _("design NOT connected: {n} separate groups of jurors").format(
                n=self.components
            ),
            _("juror pairs sharing at least one submission: {p} of {t} (overlap {lo}–{hi})").format(
                p=self.pairs_overlapping, t=self.pairs_total, lo=self.min_overlap,
                hi=self.max_overlap,
            ),
        ]  # fmt: skip
        if self.calibration:
            lines.append(
                _("calibration submissions reviewed by every juror: {subs}").format(
                    subs=", ".join(self.calibration)
                )
            )
        return lines


def components(assignments: Mapping[str, Iterable[str]]) -> int:
    """Connected components of the juror–submission graph, counting jurors with no work."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for juror, subs in assignments.items():
        find("j:" + juror)
        for s in subs:
            a, b = find("j:" + juror), find("s:" + s)
            if a != b:
                parent[a] = b
    return len({find("j:" + j) for j in assignments})


def describe(assignments: Mapping[str, Sequence[str]], calibration: Sequence[str] = ()) -> Design:
    sets = {j: set(s) for j, s in assignments.items()}
    overlaps = [len(sets[a] & sets[b]) for a, b in combinations(sorted(sets), 2)]
    return Design(
        assignments={j: tuple(sorted(s)) for j, s in assignments.items()},
        calibration=tuple(calibration),
        loads={j: len(s) for j, s in sets.items()},
        components=components(assignments),
        pairs_total=len(overlaps),
        pairs_overlapping=sum(1 for o in overlaps if o > 0),
        min_overlap=min(overlaps, default=0),
        max_overlap=max(overlaps, default=0),
    )


def assign(
    submissions: Sequence[str],
    jurors: Sequence[str],
    per_submission: int,
    *,
    conflicts: Iterable[tuple[str, str]] = (),
    calibration: int = 0,
    seed: int = 1,
) -> Design:
    """Give every submission ``per_submission`` jurors (calibration ones: every juror)."""
    if per_submission < 1:
        raise RefusedError("each submission needs at least one juror (--per-submission ≥ 1)")
    if not jurors:
        raise RefusedError("the event has no jurors to assign")
    if not submissions:
        raise RefusedError("the event has no submissions to assign")
    if calibration < 0 or calibration > len(submissions):
        raise RefusedError(f"--calibration must lie between 0 and {len(submissions)}")
    conflicted = set(conflicts)
    eligible = {s: [j for j in jurors if (j, s) not in conflicted] for s in submissions}
    for s in submissions:
        if len(eligible[s]) < per_submission:
            raise RefusedError(
                f"{s} has only {len(eligible[s])} non-conflicted juror(s) for "
                f"{per_submission} per submission"
            )
    rng = random.Random(seed)
    order = list(submissions)
    rng.shuffle(order)
    # Calibration: the submissions fewest jurors are conflicted with, in the seeded order.
    rank = {s: i for i, s in enumerate(order)}
    calibration_subs = sorted(
        sorted(order, key=lambda s: (-len(eligible[s]), rank[s]))[:calibration]
    )
    load = {j: 0 for j in jurors}
    pair = {(a, b): 0 for a in jurors for b in jurors}
    tiebreak = {j: rng.random() for j in jurors}
    result: dict[str, set[str]] = {j: set() for j in jurors}

    def give(s: str, chosen: Sequence[str]) -> None:
        for j in chosen:
            result[j].add(s)
            load[j] += 1
        for a, b in combinations(chosen, 2):
            pair[a, b] += 1
            pair[b, a] += 1

    for s in calibration_subs:
        give(s, eligible[s])
    rest = [s for s in order if s not in set(calibration_subs)]
    # Hardest first: submissions with the fewest eligible jurors.
    rest.sort(key=lambda s: len(eligible[s]))
    for s in rest:
        chosen: list[str] = []
        pool = list(eligible[s])
        for _round in range(per_submission):
            best = min(
                (j for j in pool if j not in chosen),
                key=lambda j: (load[j], sum(pair[j, c] for c in chosen), tiebreak[j]),
            )
            chosen.append(best)
        give(s, chosen)
    _balance(result, eligible, load, set(calibration_subs))
    _connect(result, eligible, set(calibration_subs))
    return describe({j: sorted(v) for j, v in result.items()}, calibration_subs)


def _balance(
    result: dict[str, set[str]],
    eligible: Mapping[str, Sequence[str]],
    load: dict[str, int],
    fixed: set[str],
) -> None:
    """Move work from busier to less busy jurors until loads differ by ≤ 1, or no move helps.

    A move may run along a chain of jurors (the busiest hands a submission to a second juror,
    who hands another to a third, ...), so a conflict between the busiest and the least busy
    juror does not block a balance that exists. Each move lowers the sum of squared loads, and
    when no chain from a juror to one with at least two fewer submissions is left, the loads
    are as even as the conflicts allow (the optimality condition of convex-cost flows).
    """
    while max(load.values()) - min(load.values()) > 1:
        chain = _relief_chain(result, eligible, load, fixed)
        if chain is None:
            return
        for giver, taker, s in chain:
            result[giver].remove(s)
            result[taker].add(s)
        load[chain[0][0]] -= 1
        load[chain[-1][1]] += 1


def _relief_chain(
    result: Mapping[str, set[str]],
    eligible: Mapping[str, Sequence[str]],
    load: Mapping[str, int],
    fixed: set[str],
) -> list[tuple[str, str, str]] | None:
    """Moves ``(giver, taker, submission)`` from a juror to one with ≥ 2 fewer submissions."""
    lowest = min(load.values())
    for start in sorted(load, key=lambda j: (-load[j], j)):
        if load[start] - lowest < 2:
            return None
        came_from: dict[str, tuple[str, str] | None] = {start: None}
        queue = [start]
        for giver in queue:
            for s in sorted(result[giver] - fixed):
                for taker in eligible[s]:
                    if taker in came_from or s in result[taker]:
                        continue
                    came_from[taker] = (giver, s)
                    if load[taker] <= load[start] - 2:
                        chain: list[tuple[str, str, str]] = []
                        at = taker
                        while (step := came_from[at]) is not None:
                            chain.append((step[0], at, step[1]))
                            at = step[0]
                        return chain[::-1]
                    queue.append(taker)
    return None


def _connect(
    result: dict[str, set[str]], eligible: Mapping[str, Sequence[str]], fixed: set[str]
) -> None:
    """Join separate groups of jurors by exchanging one submission between them (loads kept)."""
    for _attempt in range(len(result)):
        groups = _groups(result)
        if len(groups) <= 1:
            return
        first, second = groups[0], groups[1]
        if not _exchange(result, eligible, fixed, first, second):
            return


def _groups(result: Mapping[str, set[str]]) -> list[list[str]]:
    jurors = sorted(result)
    seen: set[str] = set()
    groups: list[list[str]] = []
    for start in jurors:
        if start in seen:
            continue
        group, stack = [], [start]
        seen.add(start)
        while stack:
            j = stack.pop()
            group.append(j)
            for other in jurors:
                if other not in seen and result[j] & result[other]:
                    seen.add(other)
                    stack.append(other)
        groups.append(sorted(group))
    return groups


def _exchange(
    result: dict[str, set[str]],
    eligible: Mapping[str, Sequence[str]],
    fixed: set[str],
    first: list[str],
    second: list[str],
) -> bool:
    for a in first:
        for b in second:
            for s in sorted(result[a] - result[b] - fixed):
                if b not in eligible[s]:
                    continue
                for t in sorted(result[b] - result[a] - fixed):
                    if a not in eligible[t]:
                        continue
                    # a takes t, b takes s: both groups now share s's and t's other jurors.
                    if len(result[a]) > 1 and len(result[b]) > 1:
                        result[a].remove(s)
                        result[a].add(t)
                        result[b].remove(t)
                        result[b].add(s)
                        return True
    return False
