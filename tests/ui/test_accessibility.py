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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
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
    QTabBar,
)
FOREIGN: tuple[str, ...] = ()  # every panel is checked here now


def unnamed(root: QWidget) -> list[str]:
    """Interactive descendants of ``root`` missing a name, skipping Qt's own internals."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue  # header sections are announced through the model's headerData
        if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QLineEdit):
            continue  # Qt's own parts: a tab bar's scroll arrows, a line edit's clear button
        if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QTabBar):
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


def state_labels(root: QWidget) -> list[str]:
    """Labels that carry a state (a ``role`` coloured by the style sheet) but no name."""
    from desktop_app.ui.common.roles import TEXT_ROLES

    return [
        label.objectName() or label.text()[:30]
        for label in root.findChildren(QLabel)
        if label.property("role") in TEXT_ROLES
        and not (label.objectName() and label.accessibleName())
    ]


def test_every_panel_is_named_in_the_window(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Overview, inspector (every section) and explorer, as built in the window."""
    engine.connect("demo", timeout=30)
    window = window_for(engine)
    qtbot.waitUntil(lambda: window.detail.ready, timeout=10000)
    inspector = window.detail.widgets["tokenInspector"]
    qtbot.waitUntil(lambda: inspector._tokens is not None, timeout=10000)
    for tab in ("overview", "tokenInspector", "apiExplorer"):
        window.detail.show_tab(tab)
        assert unnamed(window) == [], tab
        assert state_labels(window) == [], tab


def test_every_dialog_is_named(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Settings, About, custom provider, keyboard shortcuts and Connect."""
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog
    from desktop_app.ui.connect.dialog import ConnectDialog
    from desktop_app.ui.settings.dialog import SettingsDialog
    from desktop_app.ui.shell.about import show_about
    from desktop_app.ui.shell.shortcuts import ShortcutsDialog

    window = window_for(engine)
    dialogs = (
        SettingsDialog(window.settings, window),
        show_about(window),
        CustomProviderDialog(engine, window),
        ShortcutsDialog(window.actions, window),
        ConnectDialog(engine, window.settings, window),
    )
    for dialog in dialogs:
        dialog.show()
        assert unnamed(dialog) == [], dialog.objectName()
        assert dialog.objectName() and dialog.windowTitle(), type(dialog).__name__
        dialog.done(0)


def test_state_is_never_colour_alone(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Status cells have words, an icon and a screen-reader text; banners an icon and a name."""
    import time

    from PySide6.QtCore import Qt

    from desktop_app.ui.accounts.model import COL_STATUS
    from tests.ui.helpers import make_account

    now = time.time()
    engine.store.upsert(make_account(0, now=now))
    engine.store.upsert(make_account(1, now=now, status="reconnect_needed"))
    engine.store.upsert(make_account(2, now=now, expires_in=20, has_refresh_token=False))
    engine.store.upsert(make_account(3, now=now, last_error="The provider did not answer."))
    window = window_for(engine)
    seen = set()
    for row in range(window.model.rowCount()):
        index = window.table.proxy.index(row, COL_STATUS)
        words = index.data(Qt.ItemDataRole.DisplayRole)
        seen.add(words)
        assert words and index.data(Qt.ItemDataRole.AccessibleTextRole) == words
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull(), words
        assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert seen == {"Connected", "Reconnect needed", "Expiring soon", "Offline"}
    for kind, word in (("warning", "Warning"), ("info", "Note"), ("error", "Problem")):
        window.banner.show_message("Something to know.", kind=kind)
        assert window.banner.icon.accessibleName() == word
        assert not window.banner.icon.pixmap().isNull()
