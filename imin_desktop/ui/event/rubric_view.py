"""The rubric as a coordinator reads it: criteria, weights, scales, level descriptors,
thresholds and their basis, gates and tie-break order (Setup page and new-event wizard)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.i18n import text
from imin_desktop.ui.event.widgets import without_progress

if TYPE_CHECKING:
    from imin_desktop.domain.rubric import Rubric
    from imin_desktop.services.rubrics import RubricLock
    from imin_desktop.ui.event.page import EventPage


def _num(value: object) -> str:
    """A Decimal without a trailing ``.0`` (``2``, ``0.5``)."""
    as_text = str(value)
    return as_text.rstrip("0").rstrip(".") if "." in as_text else as_text


class RubricView(QTextBrowser):
    """A read-only rendering of one rubric (a plain ``Rubric`` value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Rubric"))
        self.setOpenLinks(False)
        self.rubric: Rubric | None = None

    def show_rubric(self, rubric: Rubric | None) -> None:
        self.rubric = rubric
        self.setHtml("" if rubric is None else self.html(rubric))

    def html(self, r: Rubric) -> str:
        total = (self.tr("weighted sum of the criteria") if r.total == "weighted_sum"
                 else self.tr("weighted mean of the criteria"))  # fmt: skip
        low, high = r.total_range()
        parts = [
            f"<h2>{escape(text(r.title) or r.id)}</h2>",
            "<p>" + escape(self.tr("Identifier: {id} · total: {total}, from {low} to {high} · "
                              "scale {min}–{max} in steps of {step}")
            .format(id=r.id, total=total, low=_num(low), high=_num(high), min=_num(r.scale.min),
                    max=_num(r.scale.max), step=_num(r.scale.step))) + "</p>",
        ]  # fmt: skip
        basis = (self.tr("the total") if r.threshold_basis == "total"
                 else self.tr("the unweighted sum of the criteria"))  # fmt: skip
        if r.overall_threshold is not None:
            parts.append("<p>" + escape(self.tr("Overall threshold: {value}, applied to {basis}.")
                         .format(value=_num(r.overall_threshold), basis=basis)) + "</p>")  # fmt: skip
        head = [
            self.tr("Criterion"),
            self.tr("Weight"),
            self.tr("Scale"),
            self.tr("Threshold"),
            self.tr("Comment"),
        ]
        rows = ["<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in head) + "</tr>"]
        for c in r.criteria:
            levels = "".join(
                f"<li><b>{_num(lv.value)}</b> — {escape(text(lv.label))}</li>" for lv in c.levels
            )
            description = f"<br><i>{escape(text(c.description))}</i>" if c.description else ""
            cells = [
                f"<b>{escape(text(c.label) or c.key)}</b> "
                f"<small>({escape(c.key)})</small>{description}"
                + (f"<ul style='margin:2px'>{levels}</ul>" if levels else ""),
                _num(c.weight),
                f"{_num(c.scale.min)}–{_num(c.scale.max)} / {_num(c.scale.step)}",
                "—" if c.threshold is None else _num(c.threshold),
                self.tr("required") if c.comment_required else self.tr("optional"),
            ]
            rows.append("<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in cells)
                        + "</tr>")  # fmt: skip
        parts.append("<table cellspacing='0' cellpadding='4' border='1' "
                     "style='border-collapse:collapse' width='100%'>" + "".join(rows) + "</table>")  # fmt: skip
        if r.gates:
            gates = "".join(f"<li>{escape(text(g.label))} <small>({escape(g.key)})</small></li>"
                            for g in r.gates)  # fmt: skip
            heading = self.tr("Gates (yes/no questions)")
            parts.append(f"<h3>{escape(heading)}</h3><ul>{gates}</ul>")
        if r.tie_break:
            order = []
            for key in r.tie_break_keys():
                if key.field:
                    way = self.tr("lowest first") if key.ascending else self.tr("highest first")
                    order.append(
                        self.tr("submission field {name}, {way}").format(name=key.field, way=way)
                    )
                else:
                    crit = r.criterion(key.criterion or "")
                    order.append(self.tr("criterion {name}").format(
                        name=text(crit.label) if crit else key.criterion))  # fmt: skip
            items = "".join(f"<li>{escape(o)}</li>" for o in order)
            heading = self.tr("Tie-break order")
            parts.append(f"<h3>{escape(heading)}</h3><ol>{items}</ol>")
        return "\n".join(parts)


class RubricPanel(QWidget):
    """The Setup page's rubric: the view, and while it is editable, "Replace the rubric"."""

    def __init__(self, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Rubric status"))
        self.replace_button = QPushButton(self.tr("Replace the rubric…"), self)
        self.replace_button.setToolTip(self.tr("Use another rubric file (.json or .xlsx)"))
        self.replace_button.clicked.connect(self.choose_replacement)
        self.replace_button.setVisible(not self.ctx.read_only)
        self.view = RubricView(self)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        from imin_desktop.services.rubrics import event_rubric, rubric_lock

        self.page.load("rubric", lambda db: (event_rubric(db), rubric_lock(db)), self.ctx.db,
                       on_loaded=lambda pair: self.show_state(*pair))  # fmt: skip

    def show_state(self, rubric: Rubric, lock: RubricLock) -> None:
        self.view.show_rubric(rubric)
        if lock.locked:
            self.status.setText(self.tr(
                "The rubric is locked: {kits} kit(s) and {sheets} score sheet(s) have been "
                "issued, and jurors score against this exact rubric. To use another rubric, "
                "create a new event."
            ).format(kits=lock.kits, sheets=lock.sheets))  # fmt: skip
        else:
            self.status.setText(self.tr(
                "The rubric can still be replaced: no kit or score sheet has been issued yet. "
                "It is locked from the first one on."
            ))  # fmt: skip
        self.replace_button.setEnabled(not lock.locked)

    def choose_replacement(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Replace the rubric"), self.ctx.settings.folder("rubric"),
            self.tr("Rubrics (*.json *.xlsx);;All files (*)"),
        )  # fmt: skip
        if path:
            self.ctx.settings.set_folder("rubric", Path(path).parent)
            self.replace(Path(path))

    def replace(self, path: Path) -> None:
        from imin_desktop.services.rubrics import replace_rubric

        self.ctx.run(self, self.tr("Replacing the rubric"), without_progress(replace_rubric),
                     self.ctx.db, path, cancellable=False)  # fmt: skip
