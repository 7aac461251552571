"""The budget line: walk the ranked list of passing submissions down to the budget.

Pure rules on plain values (see ``docs/statistics.md``, "Budget line"). Passing submissions are
taken in rank order — ties the panel settled (``panel_order``) in that order — adding each
requested amount: while the sum fits the budget the submission joins the **main list**; the next
``reserve`` ones form the **reserve list**; the rest are not funded for lack of budget. An ex aequo
group that does not fit whole but would in part goes to the **panel**, and the main list ends
there. With the ``strict`` rule the main list also ends at the first request that does not fit;
with ``skip_to_fit`` that request is passed over and later, smaller ones may still fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from typing import Any, Literal

FundingRule = Literal["strict", "skip_to_fit"]
FUNDING_RULES: tuple[FundingRule, ...] = ("strict", "skip_to_fit")
Status = Literal[
    "main", "reserve", "insufficient_budget", "below_threshold", "ineligible", "panel",
    "not_assessed",
]  # fmt: skip
LISTS: tuple[Status, ...] = (
    "main", "reserve", "insufficient_budget", "below_threshold", "ineligible", "panel",
    "not_assessed",
)  # fmt: skip
"""The lists of a proposal, in the order the JSON document and the outputs give them."""


@dataclass(frozen=True)
class Candidate:
    """A submission as the budget line sees it."""

    id: str
    rank: int
    passes: bool | None
    """Thresholds met; None without counted reviews."""
    eligible: bool
    request: Decimal | None
    """The requested amount; needed for every passing submission."""
    panel_order: int | None = None


@dataclass(frozen=True)
class FundingEntry:
    id: str
    rank: int
    request: Decimal | None
    cumulative: Decimal | None
    """Main list: the funded total up to and including this one. Other passing submissions: the
    funded total when the walk reached them plus their own request (what funding them would
    have taken). None for failing ones."""
    status: Status
    position: int = 0
    """1-based place within its list (e.g. the reserve list's order)."""


@dataclass(frozen=True)
class FundingProposal:
    budget: Decimal
    rule: FundingRule
    reserve_size: int
    entries: tuple[FundingEntry, ...]
    """Every submission: the walked (passing) ones in walk order, then the others by rank."""

    def of(self, status: Status) -> tuple[FundingEntry, ...]:
        return tuple(e for e in self.entries if e.status == status)

    def entry(self, submission_id: str) -> FundingEntry | None:
        return next((e for e in self.entries if e.id == submission_id), None)

    @property
    def funded(self) -> Decimal:
        return sum((e.request or Decimal(0) for e in self.of("main")), Decimal(0))

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.funded

    def as_json(self) -> dict[str, Any]:
        """``{"budget": …, "main": […], …}``, each entry ``{"id", "rank", "request", "cumulative"}``."""

        def amount(value: Decimal | None) -> int | float | None:
            if value is None:
                return None
            return int(value) if value == value.to_integral_value() else float(value)

        doc: dict[str, Any] = {"budget": amount(self.budget), "rule": self.rule,
                               "reserve_size": self.reserve_size}  # fmt: skip
        for status in LISTS:
            doc[status] = [
                {"id": e.id, "rank": e.rank, "request": amount(e.request),
                 "cumulative": amount(e.cumulative)}
                for e in self.of(status)
            ]  # fmt: skip
        doc["funded"] = amount(self.funded)
        doc["remaining"] = amount(self.remaining)
        return doc


class FundingError(ValueError):
    """The walk cannot be made (a passing submission without a usable request)."""


def _order(c: Candidate) -> tuple[int, int, int, str]:
    return (c.rank, c.panel_order is None, c.panel_order or 0, c.id)


def _groups(passing: list[Candidate]) -> list[list[Candidate]]:
    """Equal ranks stay one ex aequo group unless the panel ordered every member (a settled
    tie, as ``domain/standing`` shows it); members the panel gave the same order stay together."""
    out: list[list[Candidate]] = []
    for _rank, members in groupby(passing, key=lambda c: c.rank):
        same_rank = list(members)
        if any(c.panel_order is None for c in same_rank):
            out.append(same_rank)
            continue
        out += [list(g) for _order, g in groupby(same_rank, key=lambda c: c.panel_order)]
    return out


def walk(
    candidates: Sequence[Candidate], budget: Decimal, *, reserve: int = 0,
    rule: FundingRule = "strict",
) -> FundingProposal:  # fmt: skip
    """The proposal for ``budget``; raises :class:`FundingError` naming every passing submission
    whose request is missing or negative."""
    if budget < 0 or not budget.is_finite():
        raise FundingError("the budget must be a finite amount of 0 or more")
    if reserve < 0:
        raise FundingError("the reserve list cannot have a negative length")
    if rule not in FUNDING_RULES:
        raise FundingError(f"unknown funding rule {rule!r}")
    passing = sorted((c for c in candidates if c.eligible and c.passes), key=_order)
    bad = [c.id for c in passing if c.request is None or c.request < 0 or not c.request.is_finite()]
    if bad:
        raise FundingError(
            "no usable requested amount for the passing submission(s) " + ", ".join(bad)
        )
    funded = Decimal(0)
    closed = False
    main: list[FundingEntry] = []
    waiting: list[FundingEntry] = []
    panel: list[FundingEntry] = []
    for group in _groups(passing):
        requests = [c.request or Decimal(0) for c in group]
        if not closed and funded + sum(requests, Decimal(0)) <= budget:
            for c, r in zip(group, requests, strict=True):
                funded += r
                main.append(FundingEntry(c.id, c.rank, r, funded, "main", len(main) + 1))
            continue
        straddles = len(group) > 1 and any(funded + r <= budget for r in requests)
        if not closed and straddles:
            panel += [FundingEntry(c.id, c.rank, r, funded + r, "panel", len(panel) + 1)
                      for c, r in zip(group, requests, strict=True)]  # fmt: skip
            closed = True
            continue
        if rule == "strict":
            closed = True
        waiting += [FundingEntry(c.id, c.rank, r, funded + r, "reserve")
                    for c, r in zip(group, requests, strict=True)]  # fmt: skip
    walked = [*main, *panel]
    for n, entry in enumerate(waiting):
        status: Status = "reserve" if n < reserve else "insufficient_budget"
        position = n + 1 if n < reserve else n - reserve + 1
        walked.append(FundingEntry(entry.id, entry.rank, entry.request, entry.cumulative, status,
                                   position))  # fmt: skip
    place = {c.id: n for n, c in enumerate(passing)}
    walked.sort(key=lambda e: place[e.id])
    rest = sorted((c for c in candidates if not (c.eligible and c.passes)), key=_order)
    others = []
    for c in rest:
        failing: Status = (
            "ineligible" if not c.eligible else "not_assessed" if c.passes is None
            else "below_threshold"
        )  # fmt: skip
        others.append(FundingEntry(c.id, c.rank, c.request, None, failing))
    return FundingProposal(budget, rule, reserve, (*walked, *others))
