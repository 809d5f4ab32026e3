"""Light and dark: follow the system's colour scheme unless the user picked one.

Qt (6.8+) switches the palette itself via ``QStyleHints.setColorScheme``; the accounts
model only needs to know which amber/red reads well on the current background.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark() -> bool:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def apply_theme(theme: str, model: Any = None, *, startup: bool = False) -> None:
    """At start-up "system" needs nothing (it is Qt's default), so ``Qt`` stays unloaded."""
    hints = QGuiApplication.styleHints()
    setter = getattr(hints, "setColorScheme", None)
    if setter is not None and not (startup and theme == "system"):  # Qt < 6.8: system only
        from PySide6.QtCore import Qt

        schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
        setter(schemes.get(theme, Qt.ColorScheme.Unknown))
    if model is not None:
        model.set_dark(is_dark())


def follow_system(model: Any) -> None:
    """Keeps the countdown colours right when the system flips between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: model.set_dark(is_dark()))


def load_stylesheet(app: QApplication) -> None:
    from desktop_app.core.paths import resources_dir

    path = resources_dir() / "styles" / "app.qss"
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        pass  # cosmetic only
