"""The right pane: conflict, gates, one block per criterion, overall comment, total and "done"."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.review import ReviewEntry
from imin_desktop.domain.rubric import Rubric
from imin_desktop.ui.common.i18n import language, text
from imin_desktop.ui.common.icons import state_label
from imin_desktop.ui.juror.score_widgets import CommentEdit, CriterionBlock, GateRow
from imin_desktop.ui.juror.submission_list import format_number

if TYPE_CHECKING:
    from imin_desktop.services.juror import MissingParts


class ScoringPanel(QWidget):
    """Shows one review and announces every edit; the window stores it and calls ``display``."""

    score_changed = Signal(str, object)
    criterion_comment_changed = Signal(str, str)
    comment_changed = Signal(str)
    gate_changed = Signal(str, object)
    conflict_requested = Signal(bool)
    done_requested = Signal()
    draft_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Scoring"))
        self.rubric: Rubric | None = None
        self.blocks: list[CriterionBlock] = []
        self.gates: list[GateRow] = []
        self.is_done = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 8, 8, 8)
        outer.setSpacing(6)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Rubric"))
        self.body = QWidget(self.scroll_area)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        self.body_layout.setSpacing(8)

        self.conflict = QCheckBox(self.tr("I have a conflict of interest with this submission"),
                                  self.body)  # fmt: skip
        self.conflict.setAccessibleName(self.tr("I have a conflict of interest"))
        self.conflict.setToolTip(
            self.tr("Declaring a conflict clears this submission's scores; you will not score it")
        )
        self.conflict.clicked.connect(self._conflict_clicked)
        self.body_layout.addWidget(self.conflict)
        self.conflict_note = QLabel(
            self.tr("You declared a conflict of interest: you do not score this submission. "
                    "Untick the box to withdraw it."), self.body)  # fmt: skip
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setAccessibleName(self.tr("Conflict of interest declared"))
        self.conflict_note.hide()
        self.body_layout.addWidget(self.conflict_note)

        self.gate_box = QGroupBox(self.tr("Eligibility"), self.body)
        self.gate_box.setAccessibleName(self.tr("Eligibility questions"))
        self.gate_layout = QVBoxLayout(self.gate_box)
        self.body_layout.addWidget(self.gate_box)
        self.criteria_layout = QVBoxLayout()
        self.criteria_layout.setSpacing(8)
        self.body_layout.addLayout(self.criteria_layout)

        overall = QLabel(self.tr("Overall comment"), self.body)
        font = overall.font()
        font.setBold(True)
        overall.setFont(font)
        self.body_layout.addWidget(overall)
        self.comment = CommentEdit(self.tr("Overall comment"), self.body, lines=4)
        self.comment.setPlaceholderText(self.tr("Strengths, weaknesses, advice to the team…"))
        overall.setBuddy(self.comment)
        self.comment.edited.connect(self.comment_changed)
        self.body_layout.addWidget(self.comment)
        self.body_layout.addStretch(1)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)

        footer = QFrame(self)
        footer.setObjectName("footer")
        footer.setFrameShape(QFrame.Shape.StyledPanel)
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(10, 8, 10, 8)
        self.total = QLabel(footer)
        self.total.setAccessibleName(self.tr("Review total"))
        self.total.setWordWrap(True)
        big = self.total.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.total.setFont(big)
        footer_layout.addWidget(self.total)
        line = QHBoxLayout()
        self.state = QLabel(footer)
        self.state.setAccessibleName(self.tr("Review state"))
        line.addWidget(self.state, 1)
        self.done_button = QPushButton(self.tr("Mark as done"), footer)
        self.done_button.setAccessibleName(self.tr("Mark as done"))
        self.done_button.setMinimumHeight(32)
        self.done_button.clicked.connect(self._done_clicked)
        line.addWidget(self.done_button)
        footer_layout.addLayout(line)
        self.reason = QLabel(footer)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("What is still missing"))
        footer_layout.addWidget(self.reason)
        outer.addWidget(footer)

    # -- building ----------------------------------------------------------------------------

    def set_rubric(self, rubric: Rubric) -> None:
        self.rubric = rubric
        for block in self.blocks:
            block.deleteLater()
        for row in self.gates:
            row.deleteLater()
        self.blocks, self.gates = [], []
        for gate in rubric.gates:
            row = GateRow(gate, self.gate_box)
            row.answered.connect(self.gate_changed)
            row.answered_by_key.connect(lambda r=row: self._after_gate(r))
            self.gate_layout.addWidget(row)
            self.gates.append(row)
        self.gate_box.setVisible(bool(rubric.gates))
        for number, criterion in enumerate(rubric.criteria, start=1):
            block = CriterionBlock(number, criterion, self.body)
            block.score_chosen.connect(self.score_changed)
            block.comment_edited.connect(self.criterion_comment_changed)
            self.criteria_layout.addWidget(block)
            self.blocks.append(block)
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab order as the juror reads the panel: conflict, eligibility questions, each
        criterion (score, comment), the overall comment, then "Mark as done"."""
        chain: list[QWidget] = [self.conflict]
        for row in self.gates:
            chain += [row.yes, row.no]
        for block in self.blocks:
            chain += block.focus_widgets()
        chain += [self.comment, self.done_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _after_gate(self, row: GateRow) -> None:
        """A question answered by key: on to the next one, or to the first criterion."""
        index = self.gates.index(row)
        if index + 1 < len(self.gates):
            self.gates[index + 1].focus()
        elif self.blocks:
            self.focus_criterion(1)

    def focus_gate(self) -> bool:
        """The first unanswered eligibility question (the first one when all are answered)."""
        rows = [r for r in self.gates if r.isEnabled()]
        if not rows:
            return False
        target = next((r for r in rows if r.answer() is None), rows[0])
        self.scroll_area.ensureWidgetVisible(target, 0, 8)
        target.focus()
        return True

    def focus_comment(self) -> bool:
        self.scroll_area.ensureWidgetVisible(self.comment, 0, 8)
        self.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def announce(self, message: str) -> None:
        """A message under the total until the review is shown again."""
        self.reason.setText(message)

    # -- showing -----------------------------------------------------------------------------

    def display(self, entry: ReviewEntry, state: str, total: Decimal | None,
                missing: MissingParts) -> None:  # fmt: skip
        """Show a review as stored (never re-announces it)."""
        if self.rubric is None:
            return
        conflict = entry.conflict
        self.conflict.setChecked(conflict)
        self.conflict_note.setVisible(conflict)
        for row in self.gates:
            row.display(entry.gates.get(row.gate.key), not conflict)
        for block in self.blocks:
            key = block.criterion.key
            block.display(
                entry.scores.get(key), entry.criterion_comments.get(key, ""), not conflict
            )
        self.comment.set_text_quietly(entry.comment)
        self.is_done = state == "done"
        self._show_total(entry, total)
        self.state.setText(state_label(state))
        self._show_reason(state, missing)

    def _show_total(self, entry: ReviewEntry, total: Decimal | None) -> None:
        assert self.rubric is not None
        if entry.conflict:
            self.total.setText(self.tr("No score (conflict)"))
            return
        _low, high = self.rubric.total_range()
        scored = sum(1 for c in self.rubric.criteria if c.key in entry.scores)
        if total is not None:
            shown = format_number(total.quantize(Decimal("0.01")))
            self.total.setText(self.tr("Total %1 of %2").replace("%1", shown)
                               .replace("%2", format_number(high)))  # fmt: skip
        else:
            self.total.setText(
                self.tr("Total: %1 of %2 criteria scored").replace("%1", str(scored))
                .replace("%2", str(len(self.rubric.criteria)))
            )  # fmt: skip

    def _show_reason(self, state: str, missing: MissingParts) -> None:
        if state == "conflict":
            self.done_button.setText(self.tr("Mark as done"))
            self.done_button.setEnabled(False)
            self.done_button.setToolTip("")
            self.reason.setText(self.tr("Counts as done: a conflict of interest needs no scores."))
            return
        if state == "done":
            self.done_button.setText(self.tr("Reopen as draft"))
            self.done_button.setAccessibleName(self.tr("Reopen as draft"))
            self.done_button.setEnabled(True)
            self.done_button.setToolTip(self.tr("Mark the review as not finished (Ctrl+D)"))
            self.reason.setText(self.tr("Done. Changes you make are still saved at once."))
            return
        self.done_button.setText(self.tr("Mark as done"))
        self.done_button.setAccessibleName(self.tr("Mark as done"))
        self.done_button.setEnabled(missing.complete)
        why = self.reason_text(missing)
        self.done_button.setToolTip(why or self.tr("The review is complete (Ctrl+D)"))
        self.reason.setText(why or self.tr("Complete: mark it as done when you are sure."))

    def reason_text(self, missing: MissingParts) -> str:
        """Why the review cannot be marked as done yet, in words."""
        if self.rubric is None or missing.complete:
            return ""
        lang = language()

        def title(key: str) -> str:
            c = self.rubric.criterion(key) if self.rubric else None
            return c.title(lang) if c is not None else key

        gate_titles = {g.key: text(g.label) or g.key for g in self.rubric.gates}
        parts = []
        if missing.scores:
            parts.append(
                self.tr("score %1").replace("%1", ", ".join(title(k) for k in missing.scores))
            )
        if missing.comments:
            parts.append(self.tr("comment on %1").replace(
                "%1", ", ".join(title(k) for k in missing.comments)))  # fmt: skip
        if missing.gates:
            parts.append(self.tr("answer “%1”").replace(
                "%1", "”, “".join(gate_titles.get(k, k) for k in missing.gates)))  # fmt: skip
        parts.extend(missing.other)
        return self.tr("To mark as done: %1.").replace("%1", "; ".join(parts))

    # -- actions -----------------------------------------------------------------------------

    def _conflict_clicked(self, checked: bool) -> None:
        self.conflict.setChecked(not checked)  # the window decides, after asking
        self.conflict_requested.emit(checked)

    def _done_clicked(self) -> None:
        if self.is_done:
            self.draft_requested.emit()
        else:
            self.done_requested.emit()

    def focus_criterion(self, number: int) -> bool:
        if not 1 <= number <= len(self.blocks):
            return False
        block = self.blocks[number - 1]
        self.scroll_area.ensureWidgetVisible(block, 0, 8)
        block.focus()
        return True

    def set_enabled_for(self, has_submission: bool) -> None:
        self.body.setEnabled(has_submission)
        self.done_button.setEnabled(has_submission and self.done_button.isEnabled())
