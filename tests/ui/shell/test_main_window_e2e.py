"""End to end through the real demo provider, loopback receiver and a scripted browser."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.ui.accounts.model import COL_EXPIRES, COL_STATUS
from desktop_app.ui.connect.dialog import PAGE_DONE, PAGE_ERROR
from desktop_app.ui.shell.main_window import PAGE_ACCOUNTS, PAGE_EMPTY

pytestmark = pytest.mark.slow


def _cell(window: Any, column: int) -> str:
    return window.table.proxy.index(0, column).data(Qt.ItemDataRole.DisplayRole)


def _connect_demo(qtbot: Any, window: Any) -> Any:
    qtbot.mouseClick(window.findChild(QWidget, "connectButton"), Qt.MouseButton.LeftButton)
    dialog = window.connect_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.picker.select_profile("demo")
    with qtbot.waitSignal(window.accounts_loaded, timeout=30000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
        assert "Waiting for you to approve" in dialog.status.text()
    return dialog


def test_connect_refresh_disconnect(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Connect → Demo → Connect shows a ticking row; Refresh now and Disconnect work."""
    window = window_for(engine)
    assert window.stack.currentIndex() == PAGE_EMPTY
    assert window.empty.isVisible()

    dialog = _connect_demo(qtbot, window)
    assert dialog.stack.currentIndex() == PAGE_DONE  # the result, in the dialog
    assert dialog.result_page.title.text() == "Connected Dana Demo."
    qtbot.mouseClick(dialog.result_page.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.stack.currentIndex() == PAGE_ACCOUNTS
    assert window.model.rowCount() == 1
    assert _cell(window, COL_STATUS) == "Connected"
    selected = window.table.selected_account()
    assert selected is not None and selected.profile_id == "demo"
    first = _cell(window, COL_EXPIRES)
    assert "min" in first
    qtbot.waitUntil(lambda: _cell(window, COL_EXPIRES) != first, timeout=4000)

    before = window.model.account_at(0).expires_at
    with qtbot.waitSignal(window.accounts_loaded, timeout=15000):
        window.actions.refresh.trigger()
    assert window.model.account_at(0).expires_at != before
    assert window.model.account_at(0).last_refresh_at is not None

    window.actions.disconnect.trigger()
    box = window.confirm_box
    assert box is not None
    confirm = box.findChild(QPushButton, "confirmDisconnectButton")
    with qtbot.waitSignal(window.accounts_loaded, timeout=15000):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    assert window.stack.currentIndex() == PAGE_EMPTY


def test_deny_ends_in_plain_message(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Pressing Deny at the provider ends in plain words, details one click away."""
    engine.browser.action = "deny"
    window = window_for(engine)
    window.connect_account("demo")
    dialog = window.connect_dialog
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_ERROR, timeout=30000)
    assert dialog.error.message.text().startswith("You chose not to allow access")
    assert not dialog.error.details.isVisible()
    dialog.error.toggle.click()
    assert dialog.error.details.isVisible()
    assert "AccessDenied" in dialog.error.details.toPlainText()
    assert window.model.rowCount() == 0


def test_cancel_returns_to_the_choice(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Cancel while waiting goes quietly back to the provider list."""
    engine.browser.action = "nothing"  # the person never answers
    window = window_for(engine)
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
    assert dialog.reopen_button.isEnabled() and dialog.copy_button.isEnabled()
    assert "valid for" in dialog.time_left.text()
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 0, timeout=10000)
    assert dialog.connect_button.isEnabled()


def test_window_wiring(window_for: Any, engine: Any) -> None:
    """Required object names exist, every action has a shortcut, controls are named."""
    window = window_for(engine)
    for name in ("accountsTable", "connectButton", "tokenInspector", "apiExplorer"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions}
    assert shortcuts["connectAction"] == "Ctrl+N"
    assert shortcuts["refreshAction"] == "F5"
    assert shortcuts["disconnectAction"] == "Del"
    assert shortcuts["settingsAction"] == "Ctrl+,"
    assert shortcuts["quitAction"] == "Ctrl+Q"
    for name in ("connectButton", "refreshButton", "disconnectButton", "tryDemoButton"):
        assert window.findChild(QWidget, name).accessibleName(), name
    assert not window.actions.refresh.isEnabled()  # nothing selected yet


def test_try_the_demo_button(qtbot: Any, window_for: Any, engine: Any) -> None:
    """The empty state's "Try the demo" connects the practice provider in one click."""
    window = window_for(engine)
    with qtbot.waitSignal(window.accounts_loaded, timeout=30000):
        qtbot.mouseClick(window.empty.demo_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1
