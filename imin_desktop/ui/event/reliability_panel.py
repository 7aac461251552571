"""Reliability in words and numbers: how far the jurors agree, and why a figure is missing."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from imin_desktop.ui.event.wording import number

if TYPE_CHECKING:
    from imin_desktop.domain.consolidation import ReliabilityFigures, Results


class ReliabilityPanel(QWidget):
    """Krippendorff's alpha, the intraclass correlations and Kendall's W on the review totals
    (and alpha per criterion), each with what it means for this event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _alpha_words(self, value: float | None) -> str:
        if value is None:
            return ""
        if value >= 0.8:
            return self.tr("the jurors agree well: the ranking rests on shared judgement")
        if value >= 0.667:
            return self.tr("tentative agreement: read the flagged submissions before deciding")
        return self.tr("low agreement: the totals depend on who reviewed; consider the adjusted "
                       "method and a discussion of the disputed submissions")  # fmt: skip

    def _icc_words(self, value: float | None) -> str:
        if value is None:
            return ""
        if value >= 0.9:
            return self.tr("excellent")
        if value >= 0.75:
            return self.tr("good")
        if value >= 0.5:
            return self.tr("moderate")
        return self.tr("poor")

    def show_results(self, results: Results) -> None:
        total = results.reliability.total
        reasons: dict[str, str] = {}
        for note in results.notes:
            if note.path.startswith("reliability.total."):
                what = note.path.removeprefix("reliability.total.").split(".")[0]
                reasons.setdefault(what, note.message)
        totals_title = self.tr("Agreement on the review totals")
        criteria_title = self.tr("Agreement per criterion")
        parts = [f"<h3>{html.escape(totals_title)}</h3>"]
        parts.append(self._figures(total, reasons))
        parts.append(f"<h3>{html.escape(criteria_title)}</h3><table>")
        for key, figures in results.reliability.criteria.items():
            value = figures.alpha_interval
            parts.append(
                f"<tr><td>{html.escape(key)}</td><td align='right'>&nbsp;α = {number(value)}"
                f"</td><td>&nbsp;{html.escape(self._alpha_words(value).split(':')[0])}</td></tr>"
            )
        parts.append("</table>")
        self.label.setText("".join(parts))

    def _figures(self, f: ReliabilityFigures, reasons: dict[str, str]) -> str:
        missing = self.tr("missing")

        def line(name: str, value: float | None, words: str, why_key: str) -> str:
            if value is None:
                why = reasons.get(why_key, self.tr("not computed"))
                return (f"<p><b>{html.escape(name)}</b>: {html.escape(missing)} — "
                        f"{html.escape(why)}</p>")  # fmt: skip
            return f"<p><b>{html.escape(name)} = {number(value)}</b> — {html.escape(words)}</p>"

        icc = f.icc
        icc_value = icc.icc2 if icc.icc2 is not None else icc.icc1
        icc_name = self.tr("ICC(2,1)") if icc.icc2 is not None else self.tr("ICC(1,1)")
        counts = (
            self.tr(
                "{raters} jurors with counted reviews; {rows} submissions reviewed by all of them."
            )
            .replace("{raters}", str(f.raters))
            .replace("{rows}", str(f.complete_rows))
        )
        out = [
            f"<p>{html.escape(counts)}</p>",
            line(self.tr("Krippendorff's alpha (interval)"), f.alpha_interval,
                 self._alpha_words(f.alpha_interval), "alpha_interval"),
            line(self.tr("Krippendorff's alpha (ordinal)"), f.alpha_ordinal,
                 self.tr("the same, counting only the order of the scores"), "alpha_ordinal"),
            line(icc_name, icc_value,
                 self.tr("{words} consistency of single jurors' totals").replace(
                     "{words}", self._icc_words(icc_value)), "icc"),
            line(self.tr("Kendall's W"), f.kendall_w,
                 self.tr("how far the jurors order the same submissions alike (1 = identically)"),
                 "kendall_w"),
        ]  # fmt: skip
        return "".join(out)
