"""WCAG 2.x contrast, for checking the colours widgets really end up with."""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT = 4.5  # WCAG 1.4.3, body text
GRAPHICS = 3.0  # WCAG 1.4.11, icons and control edges


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """1 (none) to 21 (black on white)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """A translucent colour (placeholder text) as it looks on ``background``."""
    alpha = colour.alphaF()
    mixed = [
        alpha * c + (1 - alpha) * b
        for c, b in zip(
            (colour.redF(), colour.greenF(), colour.blueF()),
            (background.redF(), background.greenF(), background.blueF()),
            strict=True,
        )
    ]
    return QColor.fromRgbF(*mixed)
