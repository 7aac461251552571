"""Settling an ex aequo group: the panel puts its members in order (drag, or Up/Down), may keep
two at one place, and gives a rationale; the page records it through the decisions service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.event.wording import outcome_label

ID_ROLE = Qt.ItemDataRole.UserRole


class ExAequoPanel(QGroupBox):
    settle_requested = Signal(list, str)  # places (lists of submission ids), rationale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ex aequo groups"))
        self.groups: list[list[str]] = []
        self.rows: dict[str, Any] = {}
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.group_box = QComboBox(self)
        self.group_box.setAccessibleName(self.tr("Ex aequo group"))
        self.group_box.currentIndexChanged.connect(self._show_group)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Order of the group, first place first"))
        self.members.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.members.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.members.setToolTip(self.tr(
            "Drag to order, or use Up and Down. Tick “same place as above” to keep a submission "
            "ex aequo with the one above it."))  # fmt: skip
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        self.rationale = QLineEdit(self)
        self.rationale.setPlaceholderText(self.tr("Rationale for this order (required)"))
        self.rationale.setAccessibleName(self.tr("Rationale for the order"))
        self.settle_button = QPushButton(self.tr("Record &order"), self)
        self.settle_button.clicked.connect(self._settle)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.group_box)
        layout.addWidget(self.members, 1)
        layout.addLayout(moves)
        layout.addWidget(self.rationale)
        layout.addWidget(self.settle_button)

    def set_read_only(self) -> None:
        self.members.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        for widget in (self.up_button, self.down_button, self.rationale, self.settle_button):
            widget.hide()

    def show_groups(self, groups: list[list[str]], rows: dict[str, Any]) -> None:
        self.groups, self.rows = groups, rows
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for group in groups:
            rank = rows[group[0]].rank if group[0] in rows else 0
            self.group_box.addItem(self.tr("Rank {rank}: {ids}").replace("{rank}", str(rank))
                                   .replace("{ids}", ", ".join(group)))  # fmt: skip
        self.group_box.blockSignals(False)
        has = bool(groups)
        for widget in (self.group_box, self.members, self.up_button, self.down_button,
                       self.rationale, self.settle_button):  # fmt: skip
            widget.setEnabled(has)
        self.info.setText(
            self.tr("Submissions with the same total that no tie-break separates. Put each group "
                    "in the panel's order; the report follows it.")
            if has else self.tr("No ex aequo groups under this method.")
        )  # fmt: skip
        self._show_group(0)

    def _show_group(self, index: int) -> None:
        self.members.clear()
        if not (0 <= index < len(self.groups)):
            return
        group = self.groups[index]
        orders = {k: getattr(self.rows[k].decision, "panel_order", None) for k in group}
        ordered = sorted(group, key=lambda k: (orders[k] is None, orders[k] or 0, k))
        previous: int | None = None
        for key in ordered:
            row = self.rows[key]
            outcome = (
                outcome_label(row.decision.outcome) if row.decision else self.tr("no decision")
            )
            item = QListWidgetItem(f"{key} — {row.title} ({outcome})", self.members)
            item.setData(ID_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)  # fmt: skip
            same = orders[key] is not None and orders[key] == previous
            item.setCheckState(Qt.CheckState.Checked if same else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Checked: same place as the submission above"))
            previous = orders[key]

    def move_member(self, step: int) -> None:
        row = self.members.currentRow()
        target = row + step
        if row < 0 or not (0 <= target < self.members.count()):
            return
        item = self.members.takeItem(row)
        self.members.insertItem(target, item)
        self.members.setCurrentRow(target)

    def order(self) -> list[list[str]]:
        """The places as shown: an item ticked "same place" joins the place above it."""
        places: list[list[str]] = []
        for i in range(self.members.count()):
            item = self.members.item(i)
            key = str(item.data(ID_ROLE))
            if places and item.checkState() == Qt.CheckState.Checked:
                places[-1].append(key)
            else:
                places.append([key])
        return places

    def _settle(self) -> None:
        self.settle_requested.emit(self.order(), self.rationale.text().strip())
