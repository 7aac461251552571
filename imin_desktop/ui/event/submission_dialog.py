"""One submission closely: every review side by side per criterion, flags, attachments.

Counted reviews come first; a review that does not count (a draft, a conflict of interest)
is shown too, greyed, with the reason in its column header. Scores and comments are the
jurors' own; the consolidated column is the results service's value under the chosen method.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.attachments import human_size, page_for
from imin_desktop.ui.common.i18n import language, text
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.wording import (
    flag_explanation,
    flag_word,
    method_label,
    number,
    standing_of,
    standing_word,
)

if TYPE_CHECKING:
    from imin_desktop.formats.kit import KitAttachment
    from imin_desktop.services.results import EventResults
    from imin_desktop.services.review_detail import ReviewDetail, SubmissionDetail


class SubmissionDialog(QDialog):
    def __init__(self, ctx: EventContext, er: EventResults, key: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        from imin_desktop.services.review_detail import submission_detail

        super().__init__(parent)
        self.ctx = ctx
        self.detail: SubmissionDetail = submission_detail(ctx.db, key)
        result = er.results.submission(key)
        self.setWindowTitle(self.tr("{id} — reviews").replace("{id}", key))
        self.resize(1100, 680)
        heading = QLabel(f"<b>{_esc(key)}</b> — {_esc(self.detail.title)}", self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        standing = standing_word(standing_of(result.passes, result.eligible))
        facts = QLabel(
            self.tr("Rank {rank} · total {total} ({method}) · {standing} · {reviews} counted of "
                    "{assigned} assigned")
            .replace("{rank}", str(result.rank)).replace("{total}", number(result.total))
            .replace("{method}", method_label(er.results.method)).replace("{standing}", standing)
            .replace("{reviews}", str(result.reviews))
            .replace("{assigned}", str(result.assigned)), self)  # fmt: skip
        facts.setWordWrap(True)
        flags = QLabel(self)
        flags.setWordWrap(True)
        flags.setObjectName("flagsExplained")
        if result.flags:
            flags.setText("\n".join(f"• {flag_word(f)} — {flag_explanation(f)}"
                                    for f in result.flags))  # fmt: skip
        else:
            flags.setText(self.tr("No flags."))

        self.table = QTableWidget(self)
        self.table.setObjectName("reviewsTable")
        self.table.setAccessibleName(self.tr("Reviews side by side"))
        self.table.setWordWrap(True)
        self._fill(er)

        attachments = QHBoxLayout()
        attachments.addWidget(QLabel(self.tr("Attachments:"), self))
        self.attachment_buttons: list[QPushButton] = []
        for attachment in self.detail.attachments:
            name = text(attachment.title) or attachment.path
            button = QPushButton(f"{name} ({human_size(attachment.size)})", self)
            button.setToolTip(attachment.path)
            button.clicked.connect(lambda _c=False, a=attachment: self.open_attachment(a))
            attachments.addWidget(button)
            self.attachment_buttons.append(button)
        if not self.detail.attachments:
            attachments.addWidget(QLabel(self.tr("none"), self))
        attachments.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addWidget(flags)
        layout.addLayout(attachments)
        from imin_desktop.ui.event.consensus_panel import ConsensusPanel

        self.consensus = ConsensusPanel(ctx, er.rubric, key, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Reviews side by side"))
        self.tabs.addTab(self.consensus, self.tr("Panel consensus"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _fill(self, er: EventResults) -> None:
        lang = language()
        reviews = self.detail.reviews
        criteria = er.rubric.criteria
        gates = er.rubric.gates
        result = er.results.submission(self.detail.id)
        rows = [c.title(lang) for c in criteria] + [self.tr("Total")]
        rows += [text(g.label) or g.key for g in gates] + [self.tr("Comment")]
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(reviews) + 1)
        self.table.setVerticalHeaderLabels(rows)
        headers = [self.tr("Consolidated")]
        counted, conflict, draft = (
            self.tr("counted"),
            self.tr("not counted: conflict"),
            self.tr("not counted: draft"),
        )
        for r in reviews:
            if r.counted:
                headers.append(f"{r.juror_id}\n{counted}")
            elif r.why_not_counted == "conflict":
                headers.append(f"{r.juror_id}\n{conflict}")
            else:
                headers.append(f"{r.juror_id}\n{draft}")
        self.table.setHorizontalHeaderLabels(headers)
        for i, c in enumerate(criteria):
            self._set(i, 0, number(result.criteria.get(c.key)), "")
        self._set(len(criteria), 0, number(result.total), "")
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for col, review in enumerate(reviews, start=1):
            for i, c in enumerate(criteria):
                value = review.scores.get(c.key)
                comment = review.criterion_comments.get(c.key, "")
                shown = number(value, 1) if value is not None else "—"
                self._set(i, col, shown + (f"\n{comment}" if comment else ""), comment)
            total = er.rubric.review_total(review.scores) if review.scores else None
            self._set(len(criteria), col, number(total), "")
            for g, gate in enumerate(gates):
                answer = review.gates.get(gate.key)
                word = "—" if answer is None else (self.tr("yes") if answer else self.tr("no"))
                self._set(len(criteria) + 1 + g, col, word, "")
            self._set(len(rows) - 1, col, review.comment, review.comment)
            if not review.counted:
                for row in range(len(rows)):
                    item = self.table.item(row, col)
                    if item is not None:
                        item.setForeground(muted)
            self._describe(col, review)
        self.table.resizeColumnsToContents()
        for col in range(1, self.table.columnCount()):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 110), 260))
        self.table.resizeRowsToContents()

    def _describe(self, col: int, review: ReviewDetail) -> None:
        header = self.table.horizontalHeaderItem(col)
        if header is not None:
            header.setToolTip(self.tr("{name} · {status} · updated {at}")
                              .replace("{name}", review.juror_name)
                              .replace("{status}", self.tr("final") if review.status == "final"
                                       else self.tr("draft"))
                              .replace("{at}", review.updated_at))  # fmt: skip

    def _set(self, row: int, col: int, shown: str, tip: str) -> None:
        item = QTableWidgetItem(shown)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if tip:
            item.setToolTip(tip)
        self.table.setItem(row, col, item)

    def open_attachment(self, attachment: KitAttachment) -> QDialog:
        """The attachment in a viewer window (PDF pages, images scaled, other files named)."""
        from imin_desktop.services.review_detail import attachment_content

        db = self.ctx.db
        viewer = QDialog(self)
        viewer.setWindowTitle(text(attachment.title) or attachment.path)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.resize(900, 700)
        page = page_for(attachment, lambda sha: attachment_content(db, sha), None, viewer)
        layout = QVBoxLayout(viewer)
        layout.addWidget(page)
        page.load()
        viewer.show()
        self.viewer = viewer
        return viewer


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
