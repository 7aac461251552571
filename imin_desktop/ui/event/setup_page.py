"""Setup: the rubric, the submissions, the jurors and their conflicts of interest."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.people_panels import ConflictsPanel, JurorsPanel
from imin_desktop.ui.event.rubric_view import RubricPanel
from imin_desktop.ui.event.submissions_panel import SubmissionsPanel


class SetupPage(EventPage):
    """Four tabs; their titles carry the counts from the event's header facts."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("setupPage")
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Setup"))
        self.rubric = RubricPanel(self)
        self.submissions = SubmissionsPanel(self)
        self.jurors = JurorsPanel(self)
        self.conflicts = ConflictsPanel(self)
        for panel in (self.rubric, self.submissions, self.jurors, self.conflicts):
            self.tabs.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        last = ctx.settings.value("event/setup-tab")
        if last.isdigit() and int(last) < self.tabs.count():
            self.tabs.setCurrentIndex(int(last))
        self.tabs.currentChanged.connect(
            lambda i: ctx.settings.set_value("event/setup-tab", str(i))
        )
        ctx.info_changed.connect(self._titles)
        self._titles()

    def _titles(self, *_args: object) -> None:
        info = self.ctx.info
        counts = (None, info.submissions, info.jurors, info.conflicts) if info else (None,) * 4
        names = (self.tr("&Rubric"), self.tr("&Submissions"), self.tr("&Jurors"),
                 self.tr("C&onflicts"))  # fmt: skip
        for i, (name, count) in enumerate(zip(names, counts, strict=True)):
            self.tabs.setTabText(i, name if count is None else f"{name} ({count})")

    def refresh(self) -> None:
        self.rubric.refresh()
        self.submissions.refresh()
        self.jurors.refresh()
        self.conflicts.refresh()
