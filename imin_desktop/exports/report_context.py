"""What every part of the decision report needs: the data, the words, the styles, lookups.

Also the two flowables the document template reacts to: :class:`Heading` (an outline entry
and, optionally, a table-of-contents entry) and :class:`Tick` (progress).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from imin_desktop.domain.consolidation import SubmissionResult
from imin_desktop.domain.report_data import DecisionRow, ReportData, ReviewRow
from imin_desktop.domain.rounding import fixed, percent
from imin_desktop.domain.rubric import Criterion
from imin_desktop.domain.standing import Standing, Standings, standings
from imin_desktop.exports import report_texts as texts
from imin_desktop.exports.report_style import Para, Styles, dec, esc, plain, short


class Heading(Para):
    """A heading (plain text) that the template turns into a bookmark, an outline entry and a
    table-of-contents entry."""

    def __init__(
        self, text: str | None, style: ParagraphStyle, bulletText: str | None = None,
        frags: Any = None, *, outline: str = "", level: int = 0, key: str = "",
        toc: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(None, style, bulletText, frags)
        if frags is None:
            self.__dict__["_plain"] = " ".join((text or "").split()) or " "
        self.outline = outline  # plain text
        self.level = level
        self.key = key  # "" on the continuation of a heading split across pages
        self.toc = toc  # reportlab markup (already escaped) or None for no TOC entry

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """A heading too long for one page: the first piece carries the bookmark."""
        pieces: list[Flowable] = super().split(availWidth, availHeight)
        for n, piece in enumerate(pieces):
            if isinstance(piece, Heading):
                piece.outline, piece.level, piece.toc = self.outline, self.level, self.toc
                piece.key = self.key if n == 0 else ""
        return pieces


class Tick(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An invisible marker: one more submission summary has been laid out."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


@dataclass
class Context:
    data: ReportData
    final: bool
    only: str | None
    st: Styles = field(default_factory=Styles)

    def __post_init__(self) -> None:
        self.lang = "pt" if self.data.lang == "pt" else "en"
        self.w: Callable[..., str] = texts.words(self.lang)
        results = self.data.results.submissions
        self.standings: Standings = standings(
            results, {k: d.panel_order for k, d in self.data.decisions.items()},
            self.data.rubric, {k: m.fields for k, m in self.data.submissions.items()},
        )  # fmt: skip
        self._standing = {s.id: s for s in self.standings.standings}
        shown = self.standings.standings
        self.ranked: tuple[SubmissionResult, ...] = tuple(
            s.result for s in shown if self.only is None or s.id == self.only
        )
        """Every submission (or the one of ``only``) in the order the report shows them."""
        self.count = len(results)
        self.reviews: dict[str, list[ReviewRow]] = {}
        for review in self.data.reviews:
            if self.only is None or review.submission_id == self.only:
                self.reviews.setdefault(review.submission_id, []).append(review)
        for rows in self.reviews.values():
            rows.sort(key=lambda r: (len(r.juror_label), r.juror_label))
        self.criteria: tuple[Criterion, ...] = self.data.rubric.criteria
        self.total_low, self.total_high = self.data.rubric.total_range()
        self.fingerprint = self.data.fingerprint  # a hash over all results: compute it once

    # --- numbers in the document's language (pt: decimal comma) ---------------------------
    def num(self, value: float | None, digits: int = 2) -> str:
        """A figure rounded half away from zero (docs/statistics.md), pt with a decimal comma."""
        return fixed(value, digits, comma=self.lang == "pt")

    def percent(self, share: float | None) -> str:
        pt = self.lang == "pt"
        return percent(share, comma=pt, space=pt)

    def dec(self, value: object) -> str:
        text = dec(value)
        return text.replace(".", ",") if self.lang == "pt" else text

    # --- lookups -----------------------------------------------------------------------
    def standing(self, submission_id: str) -> Standing:
        return self._standing[submission_id]

    def criterion_label(self, criterion: Criterion) -> str:
        return plain(criterion.title(self.lang))

    def code(self, index: int) -> str:
        return f"C{index + 1}"

    def decision(self, submission_id: str) -> DecisionRow | None:
        return self.data.decisions.get(submission_id)

    def outcome(self, submission_id: str) -> str:
        row = self.decision(submission_id)
        return texts.outcome_text(row.outcome, self.lang) if row else ""

    def title(self, submission_id: str, fallback: str = "") -> str:
        meta = self.data.submissions.get(submission_id)
        return meta.title if meta else fallback

    def flags(self, result: SubmissionResult) -> list[str]:
        return [texts.flag_text(f, self.lang) for f in result.flags]

    def method(self) -> str:
        return texts.method_name(self.data.results.method, self.lang)

    def date(self) -> str:
        return texts.long_date(self.data.generated_at, self.lang)

    def report_title(self) -> str:
        return self.w("only_title") if self.only else self.w("report_title")

    def heading(
        self, text: str, style: ParagraphStyle, *, level: int, key: str, toc: bool = True,
    ) -> Heading:  # fmt: skip
        """A heading for plain ``text`` (escaped here)."""
        return Heading(plain(text), style, outline=short(text), level=level, key=key,
                       toc=esc(short(text)) if toc else None)  # fmt: skip
