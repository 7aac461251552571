"""With the interface in Portuguese, no window shows English chrome: every visible text, menu,
button, tooltip and accessible name that the catalogue knows is shown translated, and buttons,
menus and tooltips hold no English words at all (submission data may be in any language)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from translations_tool import translations_tool

from imin_desktop.domain import text as core_text
from imin_desktop.services import events
from imin_desktop.services.juror import JurorWorkspace
from imin_desktop.ui.common.i18n import install_translators
from imin_desktop.ui.event.window import EventWindow
from imin_desktop.ui.juror.workspace_window import WorkspaceWindow
from imin_desktop.ui.start_window import StartWindow

ENGLISH = re.compile(
    r"\b(the|and|of|your|with|this|not|open|save|close|file|submission|juror|score|done|"
    r"export|import|cancel|show|help|edit|view|go|next|previous|undo|redo|filter|settings)\b",
    re.IGNORECASE,
)


@pytest.fixture
def portuguese(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "pt")
    yield
    install_translators(qapp, "en")
    core_text.set_language("en")


def english_sources() -> set[str]:
    """Catalogue sources whose Portuguese differs (shown verbatim, they are untranslated)."""
    tool = translations_tool()
    return {
        e.source for e in tool.entries(tool.ts_path("pt"))
        if not e.status and e.translations[0] != e.source and len(e.source) > 3
    }  # fmt: skip


def chrome(window: QMainWindow) -> list[tuple[str, str]]:
    """(where, text) for the window's own words: titles, menus, buttons, labels, tooltips,
    placeholders and accessible names."""
    out = [("title", window.windowTitle())]
    for menu in window.findChildren(QMenu):
        out.append(("menu", menu.title().replace("&", "")))
        for action in menu.actions():
            out += [("menu item", action.text().replace("&", "")), ("tip", action.toolTip())]
    for widget in window.findChildren(QWidget):
        out.append(("name", widget.accessibleName()))
        out.append(("tip", widget.toolTip()))
        if isinstance(widget, QAbstractButton):
            out.append(("button", widget.text().replace("&", "")))
        elif isinstance(widget, QLabel):
            out.append(("label", widget.text()))
        elif isinstance(widget, QGroupBox):
            out.append(("group", widget.title()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            out.append(("placeholder", widget.placeholderText()))
    return [(where, text) for where, text in out if text.strip()]


def untranslated(window: QMainWindow) -> list[str]:
    sources = english_sources()
    found = []
    for where, text in chrome(window):
        if text in sources:
            found.append(f"{where}: {text!r} (in the catalogue, shown in English)")
        elif where in ("menu", "menu item", "button", "group", "placeholder") and ENGLISH.search(
            text
        ):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def test_start_window_in_portuguese(portuguese, qtbot, runner, settings, workspace_dir):
    window = StartWindow(runner, settings, workspace_dir)
    qtbot.addWidget(window)
    window.show()

    assert untranslated(window) == []


def test_juror_workspace_in_portuguese(
    portuguese, qtbot, kits_made, runner, settings, workspace_dir
):
    window = WorkspaceWindow(JurorWorkspace.open(kits_made.plain, folder=workspace_dir), runner,
                             settings)  # fmt: skip
    qtbot.addWidget(window)
    window.show()

    assert untranslated(window) == []
    assert window.panel.done_button.text() == "Marcar como concluída"


def test_event_window_in_portuguese(portuguese, qtbot, kits_made, runner, settings, tmp_path):
    event = tmp_path / "event.imin"
    event.write_bytes(kits_made.event.read_bytes())
    window = EventWindow(events.open_event(event), runner, settings)
    qtbot.addWidget(window)
    window.show()
    seen = []
    for key in ("setup", "assignments", "collect", "results", "decisions", "outputs", "audit"):
        window.show_page(key)
        qtbot.wait(50)
        seen += untranslated(window)

    assert sorted(set(seen)) == []
    window.close()
