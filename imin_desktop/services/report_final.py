"""Is the event ready for a *final* decision report? What is still missing, as a list.

A final report is the one the panel signs. It is refused (``imin report pdf --final``) while
reviews are still drafts, submissions have no decision, or ex aequo groups are unsettled,
unless the user insists (``--force``; in the window, after seeing the same list).

    gaps = final_report_gaps(db, method="mean")
    if not gaps.complete:
        show(gaps.lines())
"""

from __future__ import annotations

from dataclasses import dataclass

from imin_desktop.domain.consolidation import Method
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.report_data import ReportData
from imin_desktop.domain.standing import standings
from imin_desktop.domain.text import _
from imin_desktop.persistence.database import Database
from imin_desktop.services.coverage import coverage
from imin_desktop.services.results import compute_results

LIST_AT_MOST = 20


@dataclass(frozen=True)
class FinalGaps:
    """What stands between the event and a final report (empty tuples: nothing)."""

    drafts: tuple[tuple[str, str], ...]
    """(juror id, submission id) of every assigned review still a draft."""
    undecided: tuple[str, ...]
    """Submissions without a recorded decision."""
    open_ties: tuple[tuple[int, tuple[str, ...]], ...]
    """(rank, submission ids) of every ex aequo group without a panel order for each member."""

    @property
    def complete(self) -> bool:
        return not (self.drafts or self.undecided or self.open_ties)

    def lines(self) -> list[str]:
        """The list in words, one line per kind of gap (long lists shortened)."""
        out: list[str] = []
        if self.drafts:
            out.append(
                _("{n} review(s) still draft: {list}").format(
                    n=len(self.drafts), list=_listed(f"{j} on {s}" for j, s in self.drafts)
                )
            )
        if self.undecided:
            out.append(
                _("{n} submission(s) without a decision: {list}").format(
                    n=len(self.undecided), list=_listed(self.undecided)
                )
            )
        for rank, ids in self.open_ties:
            out.append(
                _("ex aequo at rank {rank} not settled by a panel order: {ids}").format(
                    rank=rank, ids=", ".join(ids)
                )
            )
        return out


def _listed(items: object) -> str:
    values = list(items)  # type: ignore[call-overload]
    shown = ", ".join(str(v) for v in values[:LIST_AT_MOST])
    rest = len(values) - LIST_AT_MOST
    return shown + (_(" and {n} more").format(n=rest) if rest > 0 else "")


def gaps_of(data: ReportData) -> FinalGaps:
    """The gaps of gathered report data (the report's own figures, no second read)."""
    results = data.results.submissions
    orders = {k: d.panel_order for k, d in data.decisions.items()}
    fields = {k: m.fields for k, m in data.submissions.items()}
    shown = standings(results, orders, data.rubric, fields)
    return FinalGaps(
        drafts=tuple((c.juror_id, c.submission_id) for c in data.cells if c.state == "draft"),
        undecided=tuple(s.id for s in shown.standings if s.id not in data.decisions),
        open_ties=tuple((g.rank, tuple(m.id for m in g.members)) for g in shown.open_ties),
    )


def final_report_gaps(db: Database, *, method: Method = "mean") -> FinalGaps:
    """What is missing for a final report under ``method`` (ties depend on the method).

    Cheaper than gathering the report: no bootstrap, no comments."""
    er = compute_results(db, method=method, draws=0)
    cov = coverage(db)
    orders = {k: d.get("panel_order") for k, d in er.decisions.items()}
    shown = standings(er.results.submissions, orders, er.rubric)
    return FinalGaps(
        drafts=tuple(sorted(pair for pair, state in cov.cells.items() if state == "draft")),
        undecided=tuple(s.id for s in shown.standings if s.id not in er.decisions),
        open_ties=tuple((g.rank, tuple(m.id for m in g.members)) for g in shown.open_ties),
    )


class NotReadyForFinal(RefusedError):
    """A final report was asked for while something is missing (see :attr:`gaps`)."""

    def __init__(self, gaps: FinalGaps) -> None:
        self.gaps = gaps
        lines = "\n".join(f"  - {line}" for line in gaps.lines())
        super().__init__(
            _("a final report needs every review final, a decision for every submission and "
              "every ex aequo settled; still missing:\n{lines}\n"
              "Generate a draft, or insist with --force.").format(lines=lines)
        )  # fmt: skip
