"""Where each submission stands once the panel has spoken: the ranked list and the rest.

The results engine ranks every submission by total and tie-break keys (competition ranks 1, 2,
2, 4) and marks the still-equal ones ``ex_aequo``. What every output shows on top of that
(docs/statistics.md, "Ranking and ties"):

- **Sections.** The *ranked list* holds the submissions that pass every threshold and are
  eligible; those *below threshold* or *ineligible* keep their computed rank for reference but
  are shown apart; those *not assessed* (no counted review) come last.
- **Settled ties.** An ex aequo group whose members all carry a panel order is settled: the
  members take the group's places in that order (rank 4 shared by two → 4 and 5). Members with
  the *same* panel order stay ex aequo (both 4, never split by id). A group without an order for
  every member is *open* and keeps its shared rank.
- **Ties broken by rule.** Submissions with equal totals (within the engine's tolerance) that
  the rubric's tie-break keys separated: which key separated them.

Pure and cheap (one pass over the results), so the report, the workbook, the CLI, the GUI and
the budget line all present the same order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby, pairwise
from typing import Any, Literal

from imin_desktop.domain.consolidation import SubmissionResult
from imin_desktop.domain.consolidation.ranking import TOLERANCE, field_value
from imin_desktop.domain.rubric import Rubric, TieBreakKey

Section = Literal["ranked", "below_threshold", "ineligible", "not_assessed"]
SECTIONS: tuple[Section, ...] = ("ranked", "below_threshold", "ineligible", "not_assessed")


def section_of(result: SubmissionResult) -> Section:
    if result.passes is None or result.total is None:
        return "not_assessed"
    if not result.eligible:
        return "ineligible"
    if not result.passes:
        return "below_threshold"
    return "ranked"


@dataclass(frozen=True)
class Standing:
    """One submission's place in what the outputs show."""

    result: SubmissionResult
    section: Section
    rank: int
    """The rank shown: the computed rank, or within a settled ex aequo group the panel's place."""
    shared: bool
    """Shares ``rank`` with another submission (an open group, or one the panel kept equal)."""
    tie: Literal["none", "open", "settled", "kept"]
    """``open``: an ex aequo group still without a panel order for every member; ``settled``:
    ordered by the panel; ``kept``: ordered, but the panel gave it the same order as another."""

    @property
    def id(self) -> str:
        return self.result.id

    @property
    def label(self) -> str:
        """``4`` or, when shared, ``4=`` (ex aequo)."""
        return f"{self.rank}=" if self.shared else str(self.rank)


@dataclass(frozen=True)
class TieGroup:
    """Submissions the engine could not separate (flag ``ex_aequo``) at one computed rank."""

    rank: int
    members: tuple[Standing, ...]
    """In the order shown (settled order when settled, else by id)."""
    state: Literal["open", "settled"]


@dataclass(frozen=True)
class BrokenTie:
    """Two neighbours with equal totals that the tie-break rule ``key`` (1-based ``position``
    in the rubric's order) separated: ``first`` ranks above ``second``."""

    first: SubmissionResult
    second: SubmissionResult
    key: TieBreakKey
    position: int


@dataclass(frozen=True)
class Standings:
    standings: tuple[Standing, ...]
    """Every submission in the order shown: the ranked list, then below threshold, ineligible,
    not assessed; within each, by shown rank then id."""
    ties: tuple[TieGroup, ...]
    broken: tuple[BrokenTie, ...]

    def section(self, name: Section) -> list[Standing]:
        return [s for s in self.standings if s.section == name]

    def of(self, submission_id: str) -> Standing:
        for standing in self.standings:
            if standing.id == submission_id:
                return standing
        raise KeyError(submission_id)

    @property
    def open_ties(self) -> list[TieGroup]:
        return [g for g in self.ties if g.state == "open"]


def standings(
    results: Sequence[SubmissionResult], panel_orders: Mapping[str, int | None],
    rubric: Rubric, fields: Mapping[str, Mapping[str, Any]] | None = None,
) -> Standings:  # fmt: skip
    """The submissions as every output presents them (see the module docstring).

    ``panel_orders``: the recorded panel order per submission id (missing or None: no order);
    ``fields``: each submission's fields, for naming the field tie-break key that separated two.
    """
    shown: dict[str, Standing] = {}
    groups: list[TieGroup] = []
    tied = sorted((r for r in results if "ex_aequo" in r.flags), key=lambda r: (r.rank, r.id))
    for rank, members in groupby(tied, key=lambda r: r.rank):
        group = list(members)
        orders = [panel_orders.get(r.id) for r in group]
        if len(group) > 1 and all(o is not None for o in orders):
            ordered = sorted(group, key=lambda r: (panel_orders.get(r.id) or 0, r.id))
            placed: list[Standing] = []
            for r in ordered:
                order = panel_orders.get(r.id)
                ahead = sum(1 for m in ordered if (panel_orders.get(m.id) or 0) < (order or 0))
                kept = sum(1 for m in ordered if panel_orders.get(m.id) == order) > 1
                placed.append(Standing(r, section_of(r), rank + ahead, kept,
                                       "kept" if kept else "settled"))  # fmt: skip
            groups.append(TieGroup(rank, tuple(placed), "settled"))
        else:
            placed = [Standing(r, section_of(r), rank, len(group) > 1, "open") for r in group]
            groups.append(TieGroup(rank, tuple(placed), "open"))
        shown.update((s.id, s) for s in placed)
    everyone = [
        shown.get(r.id) or Standing(r, section_of(r), r.rank, False, "none") for r in results
    ]
    position = {name: n for n, name in enumerate(SECTIONS)}
    everyone.sort(key=lambda s: (position[s.section], s.rank, s.id))
    return Standings(tuple(everyone), tuple(groups), tuple(broken_ties(results, rubric, fields)))


def _criterion_value(result: SubmissionResult, key: str) -> float:
    value = result.criteria.get(key)
    return -math.inf if value is None else value


def separating_key(
    a: SubmissionResult, b: SubmissionResult, rubric: Rubric,
    fields: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[int, TieBreakKey] | None:  # fmt: skip
    """The first tie-break key (1-based position, key) on which ``a`` and ``b`` differ."""
    for position, key in enumerate(rubric.tie_break_keys(), start=1):
        if key.criterion is not None:
            x, y = _criterion_value(a, key.criterion), _criterion_value(b, key.criterion)
            if x != y and not abs(x - y) <= TOLERANCE:
                return position, key
        else:
            name = key.field or ""
            x = field_value((fields or {}).get(a.id, {}).get(name))
            y = field_value((fields or {}).get(b.id, {}).get(name))
            if math.isnan(x) != math.isnan(y) or (not math.isnan(x) and x != y):
                return position, key
    return None


def broken_ties(
    results: Iterable[SubmissionResult], rubric: Rubric,
    fields: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[BrokenTie]:  # fmt: skip
    """Neighbours in rank order with equal totals but different ranks, with the separating key."""
    ranked = sorted((r for r in results if r.total is not None), key=lambda r: (r.rank, r.id))
    out: list[BrokenTie] = []
    for a, b in pairwise(ranked):
        assert a.total is not None and b.total is not None
        if a.rank == b.rank or abs(a.total - b.total) > TOLERANCE:
            continue
        found = separating_key(a, b, rubric, fields)
        if found is not None:
            out.append(BrokenTie(a, b, found[1], found[0]))
    return out
