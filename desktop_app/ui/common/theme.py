"""Light and dark: follow the system's colour scheme unless the user picked one.

Qt (6.8+) switches the palette itself via ``QStyleHints.setColorScheme`` where the
platform theme supports it. Where it does not (Linux X11 without a platform theme,
the offscreen platform), the request is silently ignored: then an explicit Fusion
palette is applied instead, and "Follow the system" puts the platform's back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# What the app had before any fallback was applied: (style name, palette).
_platform: tuple[str, QPalette] | None = None


def is_dark() -> bool:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def apply_theme(theme: str, model: Any = None, *, startup: bool = False) -> None:
    """At start-up "system" needs nothing (it is Qt's default), so ``Qt`` stays unloaded."""
    hints = QGuiApplication.styleHints()
    setter = getattr(hints, "setColorScheme", None)
    accepted = False
    if setter is not None and not (startup and theme == "system"):  # Qt < 6.8: system only
        from PySide6.QtCore import Qt

        schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
        wanted = schemes.get(theme, Qt.ColorScheme.Unknown)
        setter(wanted)
        accepted = wanted != Qt.ColorScheme.Unknown and hints.colorScheme() == wanted
    if theme in ("light", "dark"):
        if accepted and is_dark() != (theme == "dark"):
            # The platform took the request; its palette may follow an event later.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: _check_palette(theme, model))
        else:
            _check_palette(theme, model)
    elif not startup:
        _restore_platform()
    if model is not None:
        model.set_dark(is_dark())


def _check_palette(theme: str, model: Any) -> None:
    if is_dark() != (theme == "dark"):  # the platform ignored the request
        _apply_fallback(theme == "dark")
    if model is not None:
        model.set_dark(is_dark())


def _apply_fallback(dark: bool) -> None:
    global _platform
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _platform is None:
        _platform = (app.style().name(), QPalette(app.palette()))
    if app.style().name().casefold() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(fusion_palette(dark))


def _restore_platform() -> None:
    global _platform
    app = QApplication.instance()
    if _platform is None or not isinstance(app, QApplication):
        return
    style, palette = _platform
    _platform = None
    if app.style().name().casefold() != style.casefold():
        app.setStyle(style)
    app.setPalette(palette)


def fusion_palette(dark: bool) -> QPalette:
    """Fusion's own light palette, or a dark one with readable links and highlights."""
    from PySide6.QtWidgets import QStyleFactory

    fusion = QStyleFactory.create("Fusion")
    palette = QPalette(fusion.standardPalette()) if fusion is not None else QPalette()
    if not dark:
        return palette
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e8e8e8",
        role.Base: "#1f1f1f",
        role.AlternateBase: "#2a2a2a",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#9a9a9a",
        role.Text: "#e8e8e8",
        role.Button: "#353535",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6e6e",
        role.Light: "#4a4a4a",
        role.Midlight: "#3f3f3f",
        role.Mid: "#2f2f2f",
        role.Dark: "#1a1a1a",
        role.Shadow: "#000000",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    return palette


def follow_system(model: Any) -> None:
    """Keeps the countdown colours right when the system flips between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: model.set_dark(is_dark()))


def load_stylesheet(app: QApplication) -> None:
    from desktop_app.core.base.errors import LoopgateError
    from desktop_app.core.base.paths import resources_dir

    path: object = "styles/app.qss"
    try:
        path = resources_dir() / "styles" / "app.qss"
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, LoopgateError) as exc:  # cosmetic, but name the file
        import logging

        logging.getLogger(__name__).warning("style sheet %s not loaded: %s", path, exc)
