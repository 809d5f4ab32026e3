"""Colours that carry meaning (verified, warning, error), readable in light and dark.

Text drawn in these colours is never the only sign of a state: the words say it too
(design: staff must not need colour vision). Each colour keeps a WCAG contrast ratio of
at least 4.5 against the window and base colours of its theme (tests check it).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from .theme import is_dark

STATES = ("ok", "warning", "error", "info")
_LIGHT = {"ok": "#1b6e34", "warning": "#8a5300", "error": "#b3261e", "info": "#1a4f9c"}
_DARK = {"ok": "#81d99a", "warning": "#ffc266", "error": "#ff968c", "info": "#9cc3ff"}


def state_colour(state: str, dark: bool | None = None) -> str:
    """The text colour for ``state`` in the current (or the given) theme."""
    table = _DARK if (is_dark() if dark is None else dark) else _LIGHT
    return table[state]


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 to 21; body text needs at least 4.5."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
