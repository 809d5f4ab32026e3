"""Every interactive control has an objectName and an accessible name (tests, screen readers)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.core.providers.profiles import default_registry

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
)
# The other engineer's widgets are checked by their own tests.
FOREIGN = ("tokenInspector", "apiExplorer")


def unnamed(root: QWidget) -> list[str]:
    """Interactive descendants of ``root`` missing a name, skipping Qt's own internals."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue  # header sections are announced through the model's headerData
        if widget.objectName().startswith("qt_"):
            continue
        parent, foreign = widget, False
        while parent is not None:
            if parent.objectName() in FOREIGN or "ComboBox" in type(parent).__name__:
                foreign = True
                break
            parent = parent.parentWidget()
        if foreign or isinstance(widget.parentWidget(), (QAbstractSpinBox, QAbstractItemView)):
            continue  # a spin box's editor, a view's corner button
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_controls_are_named(window_for: Any, engine: Any) -> None:
    """The window, its table and panels."""
    window = window_for(engine)
    assert unnamed(window) == []


def test_dialog_controls_are_named(qtbot: Any, settings: Any) -> None:
    """Connect, custom provider and settings dialogs."""
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog
    from desktop_app.ui.connect.dialog import ConnectDialog
    from desktop_app.ui.settings.dialog import SettingsDialog

    engine = SimpleNamespace(registry=default_registry())
    for dialog in (
        ConnectDialog(engine, settings),
        CustomProviderDialog(engine),
        SettingsDialog(settings),
    ):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
