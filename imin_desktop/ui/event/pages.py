"""The sections of the event window, in navigation order: key, label, and how to build each.

Each page lives in its own module and is imported only when first shown, so opening an event
does not pay for screens nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import QCoreApplication, QObject

from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.page import EventPage, PendingPage

# key -> "module:Class" of the page (None: not available yet)
PAGE_CLASSES: dict[str, str | None] = {
    "setup": "imin_desktop.ui.event.setup_page:SetupPage",
    "assignments": "imin_desktop.ui.event.assignments_page:AssignmentsPage",
    "collect": "imin_desktop.ui.event.collect_page:CollectPage",
    "results": "imin_desktop.ui.event.results_page:ResultsPage",
    "decisions": "imin_desktop.ui.event.decisions_page:DecisionsPage",
    "outputs": "imin_desktop.ui.event.outputs_page:OutputsPage",
    "audit": "imin_desktop.ui.event.audit_page:AuditPage",
}


def _factory(key: str, label: str) -> Callable[[EventContext], EventPage]:
    def build(ctx: EventContext) -> EventPage:
        target = PAGE_CLASSES.get(key)
        if target is None:
            return PendingPage(ctx, label)
        module, _, name = target.partition(":")
        page_class = getattr(import_module(module), name)
        page: EventPage = page_class(ctx)
        return page

    return build


def page_specs(owner: QObject) -> list[tuple[str, str, Callable[[EventContext], EventPage]]]:
    """(key, translated label, factory) for every section, in navigation order."""
    del owner  # the labels have their own translation context
    labels = {
        "setup": QCoreApplication.translate("EventSections", "Setup"),
        "assignments": QCoreApplication.translate("EventSections", "Assignments"),
        "collect": QCoreApplication.translate("EventSections", "Collect"),
        "results": QCoreApplication.translate("EventSections", "Results"),
        "decisions": QCoreApplication.translate("EventSections", "Decisions"),
        "outputs": QCoreApplication.translate("EventSections", "Outputs"),
        "audit": QCoreApplication.translate("EventSections", "Audit"),
    }
    return [(key, labels[key], _factory(key, labels[key])) for key in PAGE_CLASSES]
