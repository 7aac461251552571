"""Accessible names for the parts Qt builds inside its own widgets (the clear button of a
search field, the line edit of a spin box, the "»" of a crowded tool bar or menu bar, the
corner button of a table), which screen readers otherwise announce as "button"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QToolButton, QWidget


def name_internal_controls(root: QWidget) -> None:
    """Name every unnamed Qt-made part under ``root``; call again after adding widgets."""
    translate = QCoreApplication.translate
    names = {
        "qt_toolbar_ext_button": translate("Accessible", "More tools"),
        "qt_menubar_ext_button": translate("Accessible", "More menus"),
        "qt_tableview_cornerbutton": translate("Accessible", "Select all rows"),
    }
    for widget in root.findChildren(QWidget):
        if widget.accessibleName():
            continue
        parent = widget.parentWidget()
        name = names.get(widget.objectName(), "")
        if not name and isinstance(parent, QAbstractSpinBox) and isinstance(widget, QLineEdit):
            name = parent.accessibleName()
        elif not name and isinstance(parent, QLineEdit) and isinstance(widget, QToolButton):
            name = (
                translate("Accessible", "Clear %1").replace("%1", parent.accessibleName()).strip()
            )
        if name and isinstance(widget, QAbstractButton | QLineEdit):
            widget.setAccessibleName(name)
            if isinstance(widget, QToolButton) and not widget.toolTip():
                widget.setToolTip(name)
