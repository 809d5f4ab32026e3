"""Small state icons drawn in code: a shape for each state, so colour is never the only sign.

Connected is a circle with a tick, renewing a circle with an arrow, a warning a
triangle with "!", an error an octagon with "!", offline a circle with a bar, a note
a circle with "i". Each shape is drawn in the theme's colour (WCAG 1.4.11 asks 3:1 for
such graphics against their background; these keep 4.5:1), so they read in both.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

KINDS = ("ok", "busy", "warning", "error", "offline", "info")
_LIGHT = {
    "ok": "#1b6e34",
    "busy": "#1a4f9c",
    "warning": "#8a5300",
    "error": "#b3261e",
    "offline": "#5f5f5f",
    "info": "#1a4f9c",
}
_DARK = {
    "ok": "#81d99a",
    "busy": "#9cc3ff",
    "warning": "#ffc266",
    "error": "#ff968c",
    "offline": "#b0b0b0",
    "info": "#9cc3ff",
}
WORDS = {  # keys of the "StateIcons" context: read them through ``state_words``
    "ok": QT_TRANSLATE_NOOP("StateIcons", "Working"),
    "busy": QT_TRANSLATE_NOOP("StateIcons", "Renewing"),
    "warning": QT_TRANSLATE_NOOP("StateIcons", "Warning"),
    "error": QT_TRANSLATE_NOOP("StateIcons", "Problem"),
    "offline": QT_TRANSLATE_NOOP("StateIcons", "Offline"),
    "info": QT_TRANSLATE_NOOP("StateIcons", "Note"),
}


def state_words(kind: str) -> str:
    """What an icon says to a screen reader, in the GUI's language."""
    return QCoreApplication.translate("StateIcons", WORDS[kind])


def icon_colour(kind: str, dark: bool) -> QColor:
    return QColor((_DARK if dark else _LIGHT)[kind])


def _mark_pen(colour: QColor, size: float) -> QPen:
    pen = QPen(colour, size * 0.13)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _paint(painter: QPainter, kind: str, size: float, colour: QColor, ink: QColor) -> None:
    box = QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88)
    centre = box.center()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if kind == "warning":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
    elif kind == "error":
        r = box.width() / 2
        points = [
            QPointF(
                centre.x() + r * math.cos(math.pi / 8 + i * math.pi / 4),
                centre.y() + r * math.sin(math.pi / 8 + i * math.pi / 4),
            )
            for i in range(8)
        ]
        painter.drawPolygon(QPolygonF(points))
    else:
        painter.drawEllipse(box)
    painter.setPen(_mark_pen(ink, size))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if kind == "ok":
        path = QPainterPath(QPointF(s * 0.3, s * 0.52))
        path.lineTo(s * 0.44, s * 0.66)
        path.lineTo(s * 0.71, s * 0.36)
        painter.drawPath(path)
    elif kind == "busy":
        arc = QRectF(s * 0.28, s * 0.28, s * 0.44, s * 0.44)
        painter.drawArc(arc, 90 * 16, 270 * 16)
        painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.62, s * 0.2))
        painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.62, s * 0.37))
    elif kind in ("warning", "error"):
        top = s * (0.36 if kind == "warning" else 0.27)
        painter.drawLine(QPointF(s * 0.5, top), QPointF(s * 0.5, s * 0.58))
        painter.drawPoint(QPointF(s * 0.5, s * 0.74))
    elif kind == "offline":
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))
    elif kind == "info":
        painter.drawPoint(QPointF(s * 0.5, s * 0.3))
        painter.drawLine(QPointF(s * 0.5, s * 0.46), QPointF(s * 0.5, s * 0.72))


def state_pixmap(kind: str, dark: bool, size: int = 16, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#1f1f1f") if dark else QColor("#ffffff")
    _paint(painter, kind, float(size), icon_colour(kind, dark), ink)
    painter.end()
    return pixmap


@lru_cache(maxsize=32)
def state_icon(kind: str, dark: bool) -> QIcon:
    """The icon for ``kind`` (one of ``KINDS``) in the light or dark theme, cached."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(state_pixmap(kind, dark, 16, ratio))
    return icon
