"""The event window: the coordinator's (and, read-only, the manager's) view of one event.

A header with the event's title, rubric and counts; a left-hand navigation (Setup · Assignments ·
Collect · Results · Decisions · Outputs · Audit) over a stack of pages built on first use. The
window notices changes made elsewhere (``imin``, a second window) when it regains focus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.about import add_help_menu
from imin_desktop.ui.common.errors import show_error
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.event.context import EventContext
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.pages import page_specs

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.events import EventInfo

log = logging.getLogger(__name__)


class EventWindow(QMainWindow):
    """One open event. ``closed`` is emitted once the window has closed its database."""

    closed = Signal()
    open_requested = Signal(str, bool)  # File ▸ Open: path, read-only
    new_requested = Signal()  # File ▸ New event

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        settings: AppSettings,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.settings = settings
        self.ctx = EventContext(db, runner, settings, read_only=read_only, parent=self)
        self._stamp = -1
        self._closed = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("eventTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("eventFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nav = QListWidget(self)
        self.nav.setObjectName("eventNavigation")
        self.nav.setAccessibleName(self.tr("Sections of the event"))
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, EventPage] = {}
        self._factories: list[tuple[str, Callable[[EventContext], EventPage]]] = []
        for key, label, factory in page_specs(self):
            item = QListWidgetItem(label, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self._factories.append((key, factory))
            placeholder = QWidget(self.stack)
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._show_row)

        header = QVBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.facts_label)
        header.setContentsMargins(12, 8, 12, 4)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(header)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.ctx.info_changed.connect(self._show_info)
        self.ctx.changed.connect(self._remember_stamp)
        self._build_menus()
        if not settings.restore_window("event", self):
            self.resize(QSize(1280, 800))
        self.ctx.load_info()
        self._stamp = self._current_stamp()
        last = str(settings.value("event/page") or "")
        keys = [key for key, _factory in self._factories]
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- pages -------------------------------------------------------------------------------

    def page(self, key: str) -> EventPage:
        """The page ``key``, built on first use."""
        if key not in self.pages:
            index = [k for k, _f in self._factories].index(key)
            factory = self._factories[index][1]
            page = factory(self.ctx)
            placeholder = self.stack.widget(index)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.insertWidget(index, page)
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, key: str) -> EventPage:
        keys = [k for k, _f in self._factories]
        self.nav.setCurrentRow(keys.index(key))
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._factories[row][0]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.ensure_fresh()
        self.settings.set_value("event/page", key)

    def receive_score_files(self, paths: list[Path]) -> None:
        """Score files handed over from outside (the file manager, a second launch): shown on
        the Collect page, which merges them as if they had been dropped there."""
        page = self.show_page("collect")
        receive = getattr(page, "receive_files", None)
        if callable(receive):
            receive(paths)

    # -- header ------------------------------------------------------------------------------

    def _show_info(self, info: EventInfo) -> None:
        mode = self.tr(" (read-only)") if self.ctx.read_only else ""
        self.setWindowTitle(f"{info.title}{mode} — imIN Desktop")
        self.title_label.setText(info.title + mode)
        blind = self.tr("blind evaluation") if info.is_blind else self.tr("open evaluation")
        facts = self.tr(
            "Rubric {rubric} · {blind} · {submissions} submissions · {jurors} jurors · "
            "{assignments} assignments · {final} reviews done, {draft} in draft · "
            "{files} score files · {decisions} decisions"
        )
        values = {
            "rubric": info.rubric_id, "blind": blind, "submissions": info.submissions,
            "jurors": info.jurors, "assignments": info.assignments, "final": info.reviews_final,
            "draft": info.reviews_draft, "files": info.score_files, "decisions": info.decisions,
        }  # fmt: skip
        for key, value in values.items():
            facts = facts.replace("{" + key + "}", str(value))
        self.facts_label.setText(facts)
        self.facts_label.setToolTip(info.location)

    # -- menus -------------------------------------------------------------------------------

    def _action(self, label: str, shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
                slot: Callable[[], object]) -> QAction:  # fmt: skip
        action = QAction(label, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                        lambda: self.open_requested.emit("", False))  # fmt: skip
        self.open_ro_action = self._action(self.tr("Open &read-only…"), None,
                                           lambda: self.open_requested.emit("", True))  # fmt: skip
        self.reload_action = self._action(self.tr("&Reload"), QKeySequence.StandardKey.Refresh,
                                          self.reload)  # fmt: skip
        self.close_action = self._action(self.tr("&Close event"), QKeySequence.StandardKey.Close,
                                         self.close)  # fmt: skip
        self.new_action = self._action(self.tr("&New event…"), QKeySequence.StandardKey.New,
                                       self.new_requested.emit)  # fmt: skip
        file_menu.addAction(self.new_action)
        for action in (self.open_action, self.open_ro_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        self.view_menu = view_menu = bar.addMenu(self.tr("&View"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = self._action(item.text(), f"Ctrl+{row + 1}", self._go_to(row))
            view_menu.addAction(action)
        self.help_menu = add_help_menu(self)

    def _fill_recent(self) -> None:
        """Recent event files (the start window keeps kits and events in one list)."""
        self.recent_menu.clear()
        current = str(self.ctx.path.resolve()) if self.ctx.path is not None else ""
        events = [(p, label) for p, label in self.settings.recent_files()
                  if p.lower().endswith(".imin") and p != current]  # fmt: skip
        for path, label in events:
            action = self.recent_menu.addAction(f"{label or Path(path).stem} — {path}")
            action.triggered.connect(lambda _c=False, p=path: self.open_requested.emit(p, False))
        self.recent_menu.setEnabled(bool(events))

    def _go_to(self, row: int) -> Callable[[], None]:
        return lambda: self.nav.setCurrentRow(row)

    # -- changes made elsewhere --------------------------------------------------------------

    def _current_stamp(self) -> int:
        from imin_desktop.services.events import change_stamp

        return change_stamp(self.ctx.db)

    def reload(self) -> None:
        """Reload everything from the event (File ▸ Reload, and on focus after outside changes)."""
        try:
            self.ctx.notify_changed()
        except Exception as exc:  # a busy or vanished event: say so, keep the window
            show_error(self, self.tr("The event could not be read"), exc, wait=False)

    def check_for_changes(self) -> bool:
        """Reload when someone else changed the event since we last looked; True if so."""
        try:
            stamp = self._current_stamp()
        except Exception as exc:
            log.info("could not check the event for changes: %s", exc)
            return False
        if stamp == self._stamp:
            return False
        self.reload()
        return True

    def _remember_stamp(self) -> None:
        """After any change (ours or a reload) the stamp we compare against is the current one."""
        try:
            self._stamp = self._current_stamp()
        except Exception as exc:
            log.info("could not read the event's change stamp: %s", exc)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes()
        super().changeEvent(event)

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.runner.busy:
            self.ctx.runner.wait(10_000)
        self.settings.save_window("event", self)
        if not self._closed:
            self._closed = True
            self.ctx.db.dispose()
            self.closed.emit()
        super().closeEvent(event)
