"""The scoring panel's building blocks: the value selector, comment boxes, criterion and gate rows."""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.domain.rubric import Criterion, Gate
from imin_desktop.ui.common.contrast import EDGE, accent, edge, faint, readable_on, secondary_text
from imin_desktop.ui.common.i18n import language, text

DIGIT_WINDOW = 0.8  # seconds in which a second digit extends the first ("1", "0" -> 10)


def value_text(value: Decimal) -> str:
    """A grid value as shown on its button: 3, 3½, 2.25 (2,25 in Portuguese)."""
    whole = value.to_integral_value(rounding="ROUND_FLOOR")
    if value == whole:
        return f"{whole:f}"
    if value - whole == Decimal("0.5"):
        return ("" if whole == 0 else f"{whole:f}") + "½"
    return f"{value.normalize():f}".replace(".", QLocale().decimalPoint())


SELECTOR_STYLE = """
QToolButton { border: 1px solid {edge}; border-radius: 4px; background: {button};
              color: {text}; padding: 3px 2px; }
QToolButton:hover { border-color: {accent}; }
QToolButton:checked { background: {highlight}; color: {highlighted}; border: 2px solid {accent};
                      font-weight: bold; }
QToolButton:disabled { color: {disabled}; border-color: {disabled}; }
"""


def selector_colours(palette: QPalette) -> dict[str, QColor]:
    """The value buttons' colours, from the palette (light or dark) and readable in both: text
    at 4.5:1 on its background, borders at 3:1 (see ``ui/common/contrast.py``)."""
    role = QPalette.ColorRole
    button = palette.color(role.Button)
    highlight = palette.color(role.Highlight)
    return {
        "button": button,
        "text": readable_on(palette, button),
        "edge": edge(palette),
        "accent": accent(palette),
        "highlight": highlight,
        "highlighted": readable_on(palette, highlight),
        "disabled": faint(palette.color(role.ButtonText), button, EDGE),
    }


def selector_style(palette: QPalette) -> str:
    """The value buttons' style sheet in the current palette's colours."""
    style = SELECTOR_STYLE
    for name, colour in selector_colours(palette).items():
        style = style.replace("{" + name + "}", colour.name())
    return style


def readable_placeholder(widget: QWidget) -> None:
    """Placeholder text at 4.5:1 on the field (Qt's default is fainter), kept so when the
    palette changes between light and dark."""
    if widget.property("readablePlaceholder") is None:
        widget.setProperty("readablePlaceholder", True)
        widget.installEventFilter(_PlaceholderKeeper(widget))
    role = QPalette.ColorRole
    palette = widget.palette()
    colour = faint(palette.color(role.Text), palette.color(role.Base), 4.5)
    if palette.color(role.PlaceholderText) != colour:
        palette.setColor(role.PlaceholderText, colour)
        widget.setPalette(palette)


class _PlaceholderKeeper(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            readable_placeholder(watched)
        return False


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


class ScoreSelector(QWidget):
    """One criterion's value on the rubric grid, by click or keyboard.

    Keys: a digit picks that value (two digits in quick succession for 10 and up; a digit, a
    decimal comma or point and a digit for 4,5 — "4,5" and "4.5" alike); ``+``/``-``
    or Right/Left move one step (half a point on a 0–5 scale by halves); Home/End pick the
    lowest/highest; Delete or Backspace clears. Tab moves on, as everywhere.
    """

    value_chosen = Signal(object)  # Decimal or None

    def __init__(self, values: list[Decimal], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.value: Decimal | None = None
        self._typed = ""
        self._typed_at = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for value in values:
            button = QToolButton(self)
            button.setText(value_text(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{name}: {value_text(value)}")
            button.setMinimumSize(QSize(24, 30))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked, v=value: self._clicked(v))
            layout.addWidget(button)
            self.buttons.append(button)
        self._restyle()

    def set_value(self, value: Decimal | None) -> None:
        """Show ``value`` without announcing a change."""
        self.value = value
        for button, v in zip(self.buttons, self.values, strict=True):
            button.setChecked(v == value)
        shown = value_text(value) if value is not None else self.tr("not scored")
        self.setAccessibleDescription(shown)

    def _clicked(self, value: Decimal) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.choose(None if value == self.value else value)

    def choose(self, value: Decimal | None) -> None:
        if value != self.value:
            self.set_value(value)
            self.value_chosen.emit(value)
        else:
            self.set_value(value)

    def _step(self, direction: int) -> None:
        if self.value is None:
            index = 0 if direction > 0 else len(self.values) - 1
        else:
            index = self.values.index(self.value) + direction
        if 0 <= index < len(self.values):
            self.choose(self.values[index])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        typed = event.text()
        now = time.monotonic()
        if typed in (",", ".") and self._typed and "." not in self._typed:
            if now - self._typed_at < DIGIT_WINDOW * 2:
                self._typed, self._typed_at = self._typed + ".", now
            event.accept()
            return
        if typed.isdigit() and len(typed) == 1:
            recent = now - self._typed_at < DIGIT_WINDOW * (2 if self._typed.endswith(".") else 1)
            candidate = self._typed + typed if recent else typed
            if "." in candidate and Decimal(candidate) not in self.values:
                self._typed = ""  # 4,7 on a grid of halves: no such value, nothing changes
                event.accept()
                return
            value = Decimal(candidate) if Decimal(candidate) in self.values else Decimal(typed)
            self._typed, self._typed_at = (candidate if Decimal(candidate) in self.values
                                           else typed), now  # fmt: skip
            if value in self.values:
                self.choose(value)
            event.accept()
        elif typed == "+" or key in (Qt.Key.Key_Plus, Qt.Key.Key_Right, Qt.Key.Key_Up):
            self._step(1)
        elif typed == "-" or key in (Qt.Key.Key_Minus, Qt.Key.Key_Left, Qt.Key.Key_Down):
            self._step(-1)
        elif key == Qt.Key.Key_Home:
            self.choose(self.values[0])
        elif key == Qt.Key.Key_End:
            self.choose(self.values[-1])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.choose(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched
            self._restyle()

    def _restyle(self) -> None:
        """Style the buttons (not this widget, so that its palette keeps following the system)."""
        style = selector_style(self.palette())
        for button in self.buttons:
            if button.styleSheet() != style:
                button.setStyleSheet(style)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
            painter.end()


class CommentEdit(QPlainTextEdit):
    """A comment box that autosaves as the juror types; Ctrl+Z goes to the window's undo."""

    edited = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self._quiet = False
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.lineSpacing() * lines + 14)
        self.textChanged.connect(self._changed)
        readable_placeholder(self)

    def set_text_quietly(self, value: str) -> None:
        if self.toPlainText() == value:
            return
        self._quiet = True
        try:
            self.setPlainText(value)
            self.moveCursor(self.textCursor().MoveOperation.End)
        finally:
            self._quiet = False

    def _changed(self) -> None:
        if not self._quiet:
            self.edited.emit(self.toPlainText())

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # let the window's Undo/Redo actions have it
            return False
        return super().event(event)


class LevelList(QWidget):
    """The criterion's level descriptors, always visible; the one that applies is marked.

    Marking changes only colours and a marker, never text metrics, so a new score costs
    a repaint and no re-layout of the wrapped descriptors.
    """

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.current: Decimal | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(2, 1)
        self.rows: list[tuple[Decimal, QLabel, QLabel, QLabel]] = []
        marker_width = self.fontMetrics().horizontalAdvance("▶") + 2
        for row, level in enumerate(criterion.levels):
            marker = QLabel("", self)
            marker.setFixedWidth(marker_width)
            number = QLabel(value_text(level.value), self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label = QLabel(text(level.label), self)
            label.setWordWrap(True)
            for column, widget in enumerate((marker, number, label)):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
            self.rows.append((level.value, marker, number, label))

    def set_value(self, value: Decimal | None) -> None:
        level = self.criterion.level_for(value) if value is not None else None
        current = level.value if level is not None else None
        self.current = current
        self._colour()
        self.setAccessibleDescription(self.current_text())

    def _colour(self) -> None:
        """The level that applies in the accent colour (4.5:1 on the window, light or dark),
        the others in the secondary text colour; only colours change, never metrics."""
        on_colour = accent(self.palette())
        off_colour = secondary_text(self.palette())
        for level_value, marker, number, label in self.rows:
            on = level_value == self.current
            marker.setText("▶" if on else "")
            for widget in (marker, number, label):
                set_text_colour(widget, on_colour if on else off_colour)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.rows:
            self._colour()

    def current_text(self) -> str:
        """The descriptor that applies now, as "4 Very good: …" (empty when not scored)."""
        for level_value, _marker, number, label in self.rows:
            if level_value == self.current:
                return f"{number.text()} {label.text()}"
        return ""


class CriterionBlock(QFrame):
    """One criterion: title, description, value selector, level descriptors, comment."""

    score_chosen = Signal(str, object)
    comment_edited = Signal(str, str)

    def __init__(self, number: int, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.number = number
        title_text = criterion.title(language())
        self.setObjectName("criterion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Criterion %1: %2").replace("%1", str(number))
                               .replace("%2", title_text))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.title = QLabel(f"<b>{number}. {_esc(title_text)}</b>", self)
        self.title.setAccessibleName(title_text)
        header.addWidget(self.title, 1)
        extras = []
        if criterion.weight != 1:
            extras.append(self.tr("weight ×%1").replace("%1", f"{criterion.weight.normalize():f}"))
        if number <= 9:
            extras.append(f"Alt+{number}")
        hint = QLabel(" · ".join(extras), self)
        hint.setAccessibleName(self.tr("Weight and shortcut"))
        set_text_colour(hint, secondary_text(self.palette()))
        self.secondary = [hint]
        header.addWidget(hint)
        layout.addLayout(header)
        if text(criterion.description):
            description = QLabel(text(criterion.description), self)
            description.setWordWrap(True)
            set_text_colour(description, secondary_text(self.palette()))
            self.secondary.append(description)
            description.setAccessibleName(self.tr("Description of %1").replace("%1", title_text))
            layout.addWidget(description)
        self.selector = ScoreSelector(
            criterion.scale.values(), self.tr("Score for %1").replace("%1", title_text), self
        )
        self.selector.setToolTip(
            self.tr("Click a value, or type a digit; + and - move by one step; Delete clears")
            + (f" (Alt+{number})" if number <= 9 else "")
        )
        self.selector.value_chosen.connect(lambda v: self.score_chosen.emit(criterion.key, v))
        layout.addWidget(self.selector)
        self.levels = LevelList(criterion, self)
        self.levels.setAccessibleName(self.tr("Level descriptors for %1").replace("%1", title_text))
        self.levels.setVisible(bool(criterion.levels))
        layout.addWidget(self.levels)
        self.comment: CommentEdit | None = None
        if criterion.comment_required:
            label = QLabel(self.tr("Comment on %1 (required)").replace("%1", title_text), self)
            layout.addWidget(label)
            self.comment = CommentEdit(self.tr("Comment on %1").replace("%1", title_text), self)
            self.comment.setPlaceholderText(self.tr("Why this score? Required to mark as done."))
            label.setBuddy(self.comment)
            self.comment.edited.connect(lambda t: self.comment_edited.emit(criterion.key, t))
            layout.addWidget(self.comment)
        self._show_levels(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for label in getattr(self, "secondary", []):
                set_text_colour(label, secondary_text(self.palette()))

    def focus_widgets(self) -> list[QWidget]:
        """This block's fields in Tab order."""
        return [self.selector] + ([self.comment] if self.comment is not None else [])

    def display(self, value: Decimal | None, comment: str, enabled: bool) -> None:
        self.selector.set_value(value)
        self._show_levels(value)
        if self.comment is not None:
            self.comment.set_text_quietly(comment)
        self.setEnabled(enabled)

    def _show_levels(self, value: Decimal | None) -> None:
        self.levels.set_value(value)

    def focus(self) -> None:
        self.selector.setFocus(Qt.FocusReason.ShortcutFocusReason)


class GateRow(QWidget):
    """One eligibility question answered yes or no (unanswered at first). On either button,
    Y or S (sim) answers yes and N answers no; ``answered_by_key`` then lets the panel move on."""

    answered = Signal(str, object)  # key, True/False
    answered_by_key = Signal()
    YES_KEYS = ("y", "s")
    NO_KEYS = ("n",)

    def __init__(self, gate: Gate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        label_text = text(gate.label) or gate.key
        self.setAccessibleName(label_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(label_text, self)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        self.yes = QRadioButton(self.tr("Yes"), self)
        self.yes.setAccessibleName(self.tr("%1: yes").replace("%1", label_text))
        self.no = QRadioButton(self.tr("No"), self)
        self.no.setAccessibleName(self.tr("%1: no").replace("%1", label_text))
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self.yes.clicked.connect(lambda: self.answered.emit(gate.key, True))
        self.no.clicked.connect(lambda: self.answered.emit(gate.key, False))
        for button in (self.yes, self.no):
            button.installEventFilter(self)
            button.setToolTip(self.tr("Y or S: yes · N: no"))

    def answer(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def focus(self) -> None:
        target = self.no if self.no.isChecked() else self.yes
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            typed = event.text().lower()
            if not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier and typed:
                button = (self.yes if typed in self.YES_KEYS
                          else self.no if typed in self.NO_KEYS else None)  # fmt: skip
                if button is not None:
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                    button.click()
                    self.answered_by_key.emit()
                    return True
        return False

    def display(self, answer: bool | None, enabled: bool) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)
        self.group.setExclusive(True)
        self.setEnabled(enabled)


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
