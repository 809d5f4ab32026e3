"""Light and dark: follow the system's colour scheme unless the user picked one.

Qt (6.8+) switches the palette itself via ``QStyleHints.setColorScheme`` where the
platform theme supports it. Where it does not (Linux X11 without a platform theme,
the offscreen platform), the request is silently ignored: then an explicit Fusion
palette is applied instead, and "Follow the system" puts the platform's back.

A widget styled by the application's style sheet keeps the palette it was polished
with, so a new palette alone leaves black text on dark grey and a white table. Every
change of scheme therefore loads the style sheet again (``app.qss``, plus ``dark.qss``
in dark), which re-polishes every widget with the new palette and the theme's colours.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# What the app had before any fallback was applied: (style name, palette).
_platform: tuple[str, QPalette] | None = None
_sheet_dark = False  # which scheme the loaded style sheet was made for


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
            QTimer.singleShot(0, lambda: _check_palette(theme, model))
        else:
            _check_palette(theme, model)
    elif not startup:
        _restore_platform()
    if not startup:
        restyle()
    if model is not None:
        model.set_dark(is_dark())


def _check_palette(theme: str, model: Any) -> None:
    if is_dark() != (theme == "dark"):  # the platform ignored the request
        _apply_fallback(theme == "dark")
    if is_dark() != _sheet_dark:  # the fallback, or the platform's palette, arrived late
        restyle()
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


class _Follower(QObject):
    """Owned by the model: the connection ends with it (no call into a deleted model)."""

    def __init__(self, model: Any) -> None:
        super().__init__(model)
        self._model = model

    def scheme_changed(self, _scheme: object) -> None:
        QTimer.singleShot(0, self, self.apply)

    def apply(self) -> None:
        """Only when the palette really turned: a choice made in Settings keeps its own."""
        if is_dark() != _sheet_dark:
            restyle()
        self._model.set_dark(is_dark())


def follow_system(model: Any) -> QObject | None:
    """When the OS's scheme changes the palette ("Follow the system"), restyle everything.

    ``colorSchemeChanged`` (Qt 6.5+) can arrive before the new palette has reached the
    widgets, so the check runs on the next turn of the event loop. Under an explicit
    Light or Dark the palette does not change with the OS, and nothing happens. ``model``
    must be a ``QObject`` (it owns the connection).
    """
    signal = getattr(QGuiApplication.styleHints(), "colorSchemeChanged", None)
    if signal is None:  # Qt < 6.5: the palette still changes; restyled at the next start
        return None
    follower = _Follower(model)
    signal.connect(follower.scheme_changed)
    return follower


def restyle() -> None:
    """Loads the style sheet again for the current scheme (only if one was loaded)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet():
        load_stylesheet(app)


def stylesheet_text(dark: bool) -> str:
    """``app.qss``, then ``dark.qss`` over it for the dark scheme."""
    from desktop_app.core.base.paths import resources_dir

    folder = resources_dir() / "styles"
    names = ("app.qss", "dark.qss") if dark else ("app.qss",)
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in names)


def load_stylesheet(app: QApplication) -> None:
    global _sheet_dark
    from desktop_app.core.base.errors import LoopgateError

    try:
        _sheet_dark = is_dark()
        app.setStyleSheet(stylesheet_text(_sheet_dark))
    except (OSError, ValueError, LoopgateError) as exc:  # cosmetic, but name the folder
        import logging

        logging.getLogger(__name__).warning("style sheet in styles/ not loaded: %s", exc)
