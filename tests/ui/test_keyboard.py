"""Keyboard use: Tab visits every control in reading order, never gets stuck, comes back.

Each test walks a real window with real Tab presses (``tab_walk``); the expected lists
are the specification of each panel's order.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.providers.profiles import default_registry
from tests.ui.tab_walk import assert_tab_order, focus, reachable, walk_tab

DETAILS = ["accountsTable", "detailTabBar"]
TOKEN_ROWS = [
    "accessTokenField",
    "accessTokenRevealButton",
    "accessTokenCopyButton",
    "accessTokenHeaderButton",
    "refreshTokenField",
    "refreshTokenRevealButton",
    "refreshTokenCopyButton",
    "idTokenField",
    "idTokenRevealButton",
    "idTokenCopyButton",
]


def checked(inspector: Any) -> bool:
    """Tokens read and their signatures checked: every row and button is in place."""
    return inspector._tokens is not None and inspector.message.text() == ""


@pytest.fixture
def window(qtbot: Any, window_for: Any, engine: Any) -> Any:
    """The main window with a connected Demo account, every detail tab built."""
    engine.connect("demo", timeout=30)
    window = window_for(engine)
    window.resize(1180, 800)
    qtbot.waitUntil(lambda: window.detail.ready, timeout=10000)
    return window


def test_tab_leaves_the_accounts_table(qtbot: Any, window: Any) -> None:
    """One Tab from the table reaches the detail tabs; arrows still move between rows."""
    walk = walk_tab(qtbot, window.table, limit=1)
    assert walk.trapped is None and walk.names() == ["accountsTable", "detailTabBar"]
    assert not window.table.tabKeyNavigation()


def test_main_window_overview(qtbot: Any, window: Any) -> None:
    """Table, tabs, then the Overview's three verbs, and back to the table."""
    window.detail.show_tab("overview")
    expected = [
        *DETAILS,
        "overviewRefreshButton",
        "overviewReconnectButton",
        "overviewDisconnectButton",
    ]
    assert_tab_order(qtbot, window, expected)


def test_main_window_inspector(qtbot: Any, window: Any) -> None:
    """Into the inspector: its section tabs, then each token's field and buttons."""
    inspector = window.detail.widgets["tokenInspector"]
    window.detail.show_tab("tokenInspector")
    qtbot.waitUntil(lambda: checked(inspector), timeout=10000)
    assert_tab_order(qtbot, window, [*DETAILS, "inspectorTabBar", *TOKEN_ROWS])


def test_inspector_sections(qtbot: Any, window: Any) -> None:
    """Claims, raw response and diagnostics each chain their own controls."""
    inspector = window.detail.widgets["tokenInspector"]
    window.detail.show_tab("tokenInspector")
    qtbot.waitUntil(lambda: checked(inspector), timeout=10000)
    start = [*DETAILS, "inspectorTabBar"]
    inspector.tabs.setCurrentIndex(1)  # Claims
    claims = [
        "claimsTokenCombo",
        "copyHeaderJsonButton",
        "jwtHeaderTable",
        "copyPayloadJsonButton",
        "claimsTable",
    ]
    assert_tab_order(qtbot, window, [*start, *claims])
    inspector.tabs.setCurrentWidget(inspector.raw_response)
    assert_tab_order(qtbot, window, [*start, "rawTokenResponse"])
    inspector.tabs.setCurrentIndex(3)
    assert_tab_order(qtbot, window, [*start, "diagnosticsTimeline", "copyTimelineButton"])


def test_main_window_explorer(qtbot: Any, window: Any) -> None:
    """The request in reading order, its parts, curl, the answer, history, then the table."""
    window.detail.show_tab("apiExplorer")
    explorer = window.detail.widgets["apiExplorer"]
    qtbot.waitUntil(lambda: explorer.send_button.isEnabled(), timeout=10000)
    request = ["presetCombo", "methodCombo", "urlEdit", "sendButton", "requestTabBar"]
    query = ["queryParamsTable", "queryParamsAddButton", "queryParamsRemoveButton"]
    curl = ["copyCurlButton", "includeTokenCheck"]
    answer = ["responseTabBar", "treeSearchEdit", "responseTree", "historyList"]
    assert_tab_order(qtbot, window, [*DETAILS, *request, *query, *curl, *answer])
    explorer.editor.tabs.setCurrentWidget(explorer.editor.body_edit)
    explorer.response.tabs.setCurrentWidget(explorer.response.raw_view)
    raw = ["responseTabBar", "responseView", "historyList"]
    assert_tab_order(qtbot, window, [*DETAILS, *request, "bodyEdit", *curl, *raw])


def test_empty_window(qtbot: Any, window_for: Any, engine: Any) -> None:
    """No accounts yet: the two ways to begin, in order."""
    window = window_for(engine)
    assert_tab_order(qtbot, window, ["emptyConnectButton", "tryDemoButton"])


def test_settings_dialog(qtbot: Any, settings: Any) -> None:
    """Top to bottom, then OK and Cancel; the command field joins once chosen.

    The browser choice is one Tab stop, as Qt makes every group of radio buttons; the
    arrow keys choose within it.
    """
    from desktop_app.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    top = ["autoRefreshCheck", "leadTimeSpin", "connectTimeoutSpin"]
    bottom = [
        "themeCombo",
        "languageCombo",
        "startMinimisedCheck",
        "closeToTrayCheck",
        "logLevelCombo",
        "settingsOkButton",
        "settingsCancelButton",
    ]
    assert_tab_order(qtbot, dialog, [*top, "systemBrowserRadio", *bottom])
    focus(qtbot, dialog.system_browser)
    qtbot.keyClick(dialog.system_browser, Qt.Key.Key_Down)
    assert dialog.command_browser.isChecked() and dialog.command_browser.hasFocus()
    walk = [*top, "commandBrowserRadio", "browserCommandEdit", *bottom]
    assert_tab_order(qtbot, dialog, walk)


def test_about_box(qtbot: Any) -> None:
    """The text (selectable from the keyboard, to copy the folders), then OK."""
    from desktop_app.ui.shell.about import show_about

    box = show_about(None)
    qtbot.addWidget(box)
    qtbot.waitExposed(box)
    assert_tab_order(qtbot, box, ["qt_msgbox_label", "aboutOkButton"])
    assert isinstance(box, QMessageBox)


def test_custom_provider_dialog(qtbot: Any) -> None:
    """The tabs, the chosen tab's addresses, then name, client ID, scopes, Save, Cancel."""
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog

    dialog = CustomProviderDialog(SimpleNamespace(registry=default_registry()))
    qtbot.addWidget(dialog)
    dialog.show()
    common = ["customNameEdit", "customClientIdEdit", "customScopesEdit"]
    buttons = ["customSaveButton", "customCancelButton"]
    tabs = "customProviderTabBar"
    assert_tab_order(qtbot, dialog, [tabs, "issuerEdit", *common, *buttons])
    dialog.tabs.setCurrentIndex(1)
    typed = ["authorizeEndpointEdit", "tokenEndpointEdit"]
    assert_tab_order(qtbot, dialog, [tabs, *typed, *common, *buttons])


def test_shortcuts_dialog(qtbot: Any, window: Any) -> None:
    """Help ▸ Keyboard shortcuts lists every menu key and the explorer's; Tab leaves the list."""
    window.actions.shortcuts.trigger()
    dialog = QApplication.activeModalWidget() or window.findChild(QMessageBox)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "shortcutsDialog"
    listed = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    for action in (window.actions.connect, window.actions.refresh, window.actions.settings):
        keys = action.shortcut().toString()
        assert keys in listed and listed[keys].startswith(action.statusTip())
    assert "Send the request" in listed["Ctrl+Return"]
    assert "Cancel the request" in listed["Esc"]
    assert_tab_order(qtbot, dialog, ["shortcutsTable", "shortcutsCloseButton"])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)


def test_connect_dialog_reads_top_to_bottom(qtbot: Any, settings: Any) -> None:
    """Service, region, name, the administrator's parts, then the buttons; never trapped."""
    from desktop_app.ui.connect.dialog import ConnectDialog

    dialog = ConnectDialog(SimpleNamespace(registry=default_registry()), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    families = [f"providerFamily{i}" for i in range(4)]
    buttons = ["customProviderButton", "connectCancelChoose"]
    dialog.picker.select_profile("demo")
    demo = [*families, "accountLabelEdit", "adminToggle", *buttons, "connectStartButton"]
    assert_tab_order(qtbot, dialog, demo)
    dialog.picker.select_profile("clover-na")  # not set up here: Connect waits, the note helps
    middle = ["environmentCombo", "accountLabelEdit", "copyAdminNoteButton", "adminToggle"]
    assert_tab_order(qtbot, dialog, [*families, *middle, *buttons])


def test_disconnect_questions_never_trap_tab(qtbot: Any, window: Any) -> None:
    """The Disconnect question and the "revoking failed" one: Tab goes round and back."""
    from desktop_app.ui.shell.disconnect_dialogs import confirm_box, failed_box

    account = window.model.account_at(0)
    boxes = (
        confirm_box(window, account)[0],
        failed_box(window, account, "The provider did not answer.", "HTTP 503")[0],
    )
    for box in boxes:
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        walk = walk_tab(qtbot, reachable(box)[0])
        assert walk.trapped is None and walk.looped is None and walk.returned, walk.names()
        assert len(walk.chain) == len(reachable(box))
        box.done(0)
