"""Automatic assignment: its parameters, and the design it produced in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from imin_desktop.domain.assignment import Design

translate = QCoreApplication.translate


def design_words(design: Design, reviewers: tuple[int, int] | None = None) -> list[str]:
    """What a coordinator should know about an assignment, as sentences."""

    def tr(text: str) -> str:
        return translate("Design", text)

    loads = sorted(design.loads.values())
    if not loads or not loads[-1]:
        return [tr("No assignments yet: assign automatically, or double-click cells to assign "
                   "by hand.")]  # fmt: skip
    lines = [tr("{n} assignments over {j} jurors; each juror reviews {lo} to {hi} submissions.")
             .format(n=sum(loads), j=len(loads), lo=loads[0], hi=loads[-1])]  # fmt: skip
    if reviewers is not None:
        lines.append(tr("Each submission has {lo} to {hi} reviewers.")
                     .format(lo=reviewers[0], hi=reviewers[1]))  # fmt: skip
    if design.is_connected:
        lines.append(tr("Connected: every juror is linked to every other through shared "
                        "submissions, so a lenient or strict juror can be told apart from a "
                        "strong or weak submission."))  # fmt: skip
    else:
        lines.append(tr("Not connected: the jurors fall into {n} separate groups whose scores "
                        "cannot be put on one scale. Add assignments that link the groups.")
                     .format(n=design.components))  # fmt: skip
    if design.pairs_total:
        lines.append(tr("{p} of {t} pairs of jurors share at least one submission (overlap "
                        "{lo} to {hi}).").format(p=design.pairs_overlapping, t=design.pairs_total,
                                                  lo=design.min_overlap, hi=design.max_overlap))  # fmt: skip
    if design.calibration:
        lines.append(tr("Calibration: every juror reviews {subs}.")
                     .format(subs=", ".join(design.calibration)))  # fmt: skip
    return lines


class AutoAssignDialog(QDialog):
    """Reviewers per submission, calibration submissions, seed; replacing needs a tick."""

    def __init__(self, jurors: int, has_assignments: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign automatically"))
        intro = QLabel(self.tr(
            "Every submission gets the same number of reviewers; jurors' loads differ by at "
            "most one; nobody gets a submission they have a conflict with; the design links "
            "every juror to every other through shared submissions."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.per_submission = QSpinBox(self)
        self.per_submission.setRange(1, max(1, jurors))
        self.per_submission.setValue(min(3, max(1, jurors)))
        self.per_submission.setAccessibleName(self.tr("Reviewers per submission"))
        self.calibration = QSpinBox(self)
        self.calibration.setRange(0, 20)
        self.calibration.setToolTip(self.tr("Submissions every juror reviews: a shared anchor"))
        self.calibration.setAccessibleName(self.tr("Calibration submissions"))
        self.seed = QSpinBox(self)
        self.seed.setRange(1, 1_000_000)
        self.seed.setToolTip(self.tr("The same seed gives the same assignment"))
        self.replace = QCheckBox(self.tr("Replace the current assignments"), self)
        self.replace.setVisible(has_assignments)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewers per submission"), self.per_submission)
        form.addRow(self.tr("&Calibration submissions"), self.calibration)
        form.addRow(self.tr("&Seed"), self.seed)
        form.addRow("", self.replace)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if has_assignments and ok is not None:
            ok.setEnabled(False)
            self.replace.toggled.connect(ok.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
