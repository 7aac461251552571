"""What every sheet of the workbook shares: the data, the words, formats, names and positions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils.cell import get_column_letter, quote_sheetname
from openpyxl.workbook import Workbook

from imin_desktop.domain.report_data import ReportData
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.standing import Standings, standings
from imin_desktop.exports.texts import Words
from imin_desktop.exports.workbook_layout import (
    Look,
    SheetWriter,
    Styles,
    decimal_places,
    number_look,
)

SHEETS = (
    "ranking", "reviews", "criteria", "matrix", "methods", "jurors", "reliability", "rubric",
    "audit",
)  # fmt: skip
"""The sheets in the order they appear; the top-20 chart sheet follows them."""

RUBRIC_WEIGHT_COL = 3
"""The Rubric sheet's weight column (C); criterion ``i`` sits on its table's row ``i``."""
MAX_PLACES = 4
STATISTIC = number_look(3)
PERCENT = Look(fmt="0%")
LENIENCY = Look(fmt="+0.00;-0.00;0.00")
INTEGER = number_look(0)


@dataclass(frozen=True)
class Formats:
    """Number formats that match the rubric's scales."""

    scores: dict[str, Look]
    """Per criterion: a score as the scale writes it (step 0.5 → ``0.0``)."""
    consolidated: Look
    review_total: Look
    total: Look
    statistic: Look = STATISTIC
    percent: Look = PERCENT
    leniency: Look = LENIENCY
    integer: Look = INTEGER

    @staticmethod
    def of(rubric: Rubric) -> Formats:
        places = {
            c.key: min(MAX_PLACES, max(decimal_places(c.scale.step), decimal_places(c.scale.min)))
            for c in rubric.criteria
        }
        score_places = max(places.values(), default=0)
        if rubric.total == "weighted_sum":
            review_places = max(
                (max(decimal_places(c.weight * c.scale.step), decimal_places(c.weight * c.scale.min))
                 for c in rubric.criteria), default=0,
            )  # fmt: skip
        else:
            review_places = max(2, score_places)
        review_places = min(MAX_PLACES, review_places)
        return Formats(
            scores={key: number_look(p) for key, p in places.items()},
            consolidated=number_look(max(2, score_places)),
            review_total=number_look(review_places),
            total=number_look(max(2, review_places)),
        )


def weight_names(rubric: Rubric) -> dict[str, str]:
    """A workbook name per criterion weight (``weight_relevance``), unique ignoring case."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for criterion in rubric.criteria:
        base = "weight_" + re.sub(r"[^A-Za-z0-9_]", "_", criterion.key)
        name, n = base, 1
        while name.lower() in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name.lower())
        names[criterion.key] = name
    return names


@dataclass
class ReviewsLayout:
    """Where the Reviews sheet put things, for the formulas of other sheets."""

    first: int
    last: int
    submission_col: int
    score_cols: dict[str, int]
    total_col: int

    def column(self, sheet: str, col: int) -> str:
        letter = get_column_letter(col)
        return f"{quote_sheetname(sheet)}!${letter}${self.first}:${letter}${max(self.last, self.first)}"


@dataclass
class Book:
    """The workbook being written and everything its sheets share."""

    data: ReportData
    words: Words
    wb: Workbook
    styles: Styles
    formats: Formats
    titles: dict[str, str]
    weights: dict[str, str]
    reviews: ReviewsLayout | None = None
    standings: Standings = field(init=False)
    _labels: dict[str, str] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        data = self.data
        self.standings = standings(
            data.results.submissions, {k: d.panel_order for k, d in data.decisions.items()},
            data.rubric, {k: m.fields for k, m in data.submissions.items()},
        )  # fmt: skip
        for member in self.data.jurors:
            self._labels[member.id] = member.label or member.id
            self._names[member.id] = member.name

    def sheet(self, key: str) -> SheetWriter:
        return SheetWriter(self.wb, self.styles, self.titles[key])

    def juror(self, juror_id: str) -> str:
        """How a juror is shown: the anonymous label in a blind event, else the juror's id."""
        return self._labels.get(juror_id, juror_id) if self.data.is_blind else juror_id

    def juror_name(self, juror_id: str) -> str:
        return self._names.get(juror_id, "")

    def subtitle(self, *extra: str) -> str:
        w = self.words
        parts = [
            self.data.event_title,
            w("method_line", method=w.method(self.data.results.method)),
            w("generated", at=self.data.generated_at.replace("T", " ").replace("Z", " UTC"),
              version=self.data.software_version),
            *extra,
        ]  # fmt: skip
        return " · ".join(p for p in parts if p)

    def finish(self, sw: SheetWriter, key: str, *, freeze: str | None = None,
               print_rows: str | None = None, **extra: Any) -> None:  # fmt: skip
        sw.finish(
            freeze=freeze,
            print_rows=print_rows,
            header_left=self.words[f"heading.{key}"],
            header_right=self.data.event_title,
            footer=self.words["page"],
            **extra,
        )
