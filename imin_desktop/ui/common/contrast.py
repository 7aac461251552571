"""Colours that stay readable in light and dark palettes (WCAG 2 contrast ratios).

Text needs 4.5:1 against its background, the edges of controls 3:1 (WCAG 1.4.3, 1.4.11).
Secondary text and borders are mixed from the palette's own colours, as faint as the ratio
allows, so they follow the system's light or dark setting."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT = 4.5
EDGE = 3.0


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two opaque colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = min(1.0, max(0.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def faint(foreground: QColor, background: QColor, ratio: float,
          also: tuple[QColor, ...] = ()) -> QColor:  # fmt: skip
    """``foreground`` faded toward ``background`` as far as ``ratio`` still holds against it
    and the ``also`` colours (with a small margin); ``foreground`` itself when it misses."""
    grounds = (background, *also)

    def holds(colour: QColor) -> bool:
        return all(contrast(colour, g) >= ratio + 0.2 for g in grounds)

    if not holds(foreground):
        return foreground
    low, high = 0.0, 1.0  # share of the background
    for _ in range(20):
        middle = (low + high) / 2
        if holds(mix(foreground, background, middle)):
            low = middle
        else:
            high = middle
    return mix(foreground, background, low)


def secondary_text(palette: QPalette) -> QColor:
    """Quieter text (descriptions, hints) that still reads at 4.5:1 on the window."""
    role = QPalette.ColorRole
    return faint(palette.color(role.WindowText), palette.color(role.Window), TEXT)


def edge(palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Button) -> QColor:
    """A control's border, visible at 3:1 against ``background`` and the window around it."""
    role = QPalette.ColorRole
    return faint(palette.color(role.ButtonText), palette.color(background), EDGE,
                 (palette.color(role.Window), palette.color(role.Base)))  # fmt: skip


def readable_on(palette: QPalette, background: QColor) -> QColor:
    """Black or white text, whichever reads better on ``background``, preferring the palette's."""
    for candidate in (palette.color(QPalette.ColorRole.HighlightedText),
                      palette.color(QPalette.ColorRole.WindowText),
                      QColor("black"), QColor("white")):  # fmt: skip
        if contrast(candidate, background) >= TEXT:
            return candidate
    return QColor("black") if luminance(background) > 0.18 else QColor("white")


def accent(palette: QPalette) -> QColor:
    """The highlight colour, darkened or lightened until it reads as text on the window."""
    role = QPalette.ColorRole
    colour = palette.color(role.Highlight)
    window = palette.color(role.Window)
    text = palette.color(role.WindowText)
    for step in range(11):
        candidate = mix(colour, text, step / 10)
        if contrast(candidate, window) >= TEXT:
            return candidate
    return text
