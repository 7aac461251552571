"""Blind means blind, on screen: before blind kits or score sheets leave the event, the
identity check runs in the background; unconfirmed findings open a dialog that lists them
(submission, attachment, page, what was found) and either stops the export — to supply an
anonymised attachment and import the submission again — or confirms them with a rationale
(audited by the service) and goes on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.text import _
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.table_model import Column
from imin_desktop.ui.event.widgets import RecordTable, without_progress

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.blinding import BlindCheck, Finding
    from imin_desktop.ui.event.context import EventContext


def check_task(db: Database, assigned_only: bool, places: Sequence[str] | None) -> BlindCheck:
    """The check of what an export would carry: the assigned submissions only (as the export
    services check them), or every submission (background work)."""
    from imin_desktop.services.assignments import show_design
    from imin_desktop.services.blinding import BlindCheck, check_blind

    if not assigned_only:
        return check_blind(db, places=places)
    assigned = sorted({s for subs in show_design(db).assignments.values() for s in subs})
    if not assigned:  # nothing would be issued: the export says so itself
        return BlindCheck(blind=True)
    return check_blind(db, assigned, places)


def confirm_task(db: Database, submissions: list[str], rationale: str) -> object:
    from imin_desktop.services.blinding import confirm_findings

    return confirm_findings(db, submissions, rationale)


class BlindFindingsDialog(QDialog):
    """The unconfirmed findings, and the two ways on: cancel, or confirm with a rationale."""

    confirm_requested = Signal(list, str)  # submission ids, rationale

    def __init__(self, check: BlindCheck, settings: AppSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("blindFindingsDialog")
        self.setWindowTitle(self.tr("Blind check: the team may be named"))
        self.findings: list[Finding] = [f for c in check.blocking for f in c.findings]
        intro = QLabel(self.tr(
            "<b>{n} submission(s) of this blind event may still name their team or could not "
            "be checked.</b> Nothing has been issued. Either cancel, supply an anonymised "
            "attachment (a blind variant in the package) and import the submission again, or "
            "confirm the findings if they are acceptable — the confirmation and your rationale "
            "are kept in the audit trail."
        ).format(n=len(check.blocking)), self)  # fmt: skip
        intro.setWordWrap(True)
        columns: list[Column[Finding]] = [
            Column(self.tr("Submission"), lambda f: f.submission),
            Column(self.tr("Attachment or field"), lambda f: f.place),
            Column(self.tr("Page"), lambda f: f.page or "", sort_key=lambda f: f.page or 0),
            Column(self.tr("Found"), self.found),
        ]
        self.table: RecordTable[Finding] = RecordTable(
            columns, settings, "event/blind-findings", self.tr("Identity findings"), self
        )
        self.table.set_rows(self.findings)
        self.table.view.selectionModel().selectionChanged.connect(self._enable)
        self.rationale = QLineEdit(self)
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(
            self.tr("Why the findings are acceptable (required, kept in the audit trail)")
        )
        self.rationale.textChanged.connect(self._enable)
        rationale_label = QLabel(self.tr("&Rationale"), self)
        rationale_label.setBuddy(self.rationale)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr(
            "Issue nothing: supply an anonymised attachment (a blind variant in the package) "
            "and import the submission again."))  # fmt: skip
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.confirm_selected: QPushButton = self.buttons.addButton(
            self.tr("Confirm &selected"), role)  # fmt: skip
        self.confirm_all: QPushButton = self.buttons.addButton(self.tr("Confirm &all"), role)
        self.confirm_selected.clicked.connect(lambda: self._confirm(self.selected_submissions()))
        self.confirm_all.clicked.connect(lambda: self._confirm(self.all_submissions()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(rationale_label)
        layout.addWidget(self.rationale)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        self._enable()

    def found(self, finding: Finding) -> str:
        from imin_desktop.services.blinding import KIND_WORDS

        if finding.kind not in KIND_WORDS:  # unreadable or unchecked: the reason in words
            return finding.text
        return self.tr("the team's {kind} “{text}”").format(
            kind=_(KIND_WORDS[finding.kind]), text=finding.text
        )

    def all_submissions(self) -> list[str]:
        return sorted({f.submission for f in self.findings})

    def selected_submissions(self) -> list[str]:
        return sorted({f.submission for f in self.table.selected()})

    def _enable(self) -> None:
        has_reason = bool(self.rationale.text().strip())
        self.confirm_selected.setEnabled(has_reason and bool(self.selected_submissions()))
        self.confirm_all.setEnabled(has_reason)

    def _confirm(self, submissions: list[str]) -> None:
        rationale = self.rationale.text().strip()
        if rationale and submissions:
            self.accept()
            self.confirm_requested.emit(submissions, rationale)


class BlindGate(QObject):
    """Runs the check before a blind export, and the export only once nothing is left
    unconfirmed; an event that is not blind goes straight on."""

    def __init__(self, ctx: EventContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx, self.widget = ctx, widget
        self.dialog: BlindFindingsDialog | None = None

    def before(self, proceed: Callable[[], None], *, assigned_only: bool = True,
               places: Sequence[str] | None = None) -> None:  # fmt: skip
        """``proceed`` once the check finds nothing unconfirmed (or the event is not blind)."""
        if self.ctx.info is not None and not self.ctx.info.is_blind:
            proceed()
            return

        def checked(check: BlindCheck) -> None:
            if not check.blocking:
                proceed()
                return
            self.dialog = BlindFindingsDialog(check, self.ctx.settings, self.widget)
            self.dialog.confirm_requested.connect(
                lambda subs, why: self._confirm(subs, why, proceed, assigned_only, places)
            )
            self.dialog.open()  # fmt: skip

        self.ctx.run(self.widget, self.tr("Checking the blind attachments"),
                     without_progress(check_task), self.ctx.db, assigned_only, places,
                     changes_event=False, on_success=checked,
                     error_title=self.tr("The blind attachments could not be checked"))  # fmt: skip

    def _confirm(self, submissions: list[str], rationale: str, proceed: Callable[[], None],
                 assigned_only: bool, places: Sequence[str] | None) -> None:  # fmt: skip
        # Checked again afterwards: what is still unconfirmed opens the dialog once more.
        self.ctx.run(self.widget, self.tr("Confirming the findings"),
                     without_progress(confirm_task), self.ctx.db, submissions, rationale,
                     cancellable=False,
                     on_success=lambda _r: self.before(proceed, assigned_only=assigned_only,
                                                       places=places),
                     error_title=self.tr("The findings could not be confirmed"))  # fmt: skip
