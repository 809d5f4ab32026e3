"""The main window's actions, menus and toolbar, with shortcuts and accessible names."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar


@dataclass
class Actions:
    connect: QAction
    refresh: QAction
    reconnect: QAction
    disconnect: QAction
    settings: QAction
    about: QAction
    quit: QAction

    def per_account(self) -> tuple[QAction, ...]:
        return (self.refresh, self.reconnect, self.disconnect)


def _action(
    window: QMainWindow, text: str, name: str, shortcut: QKeySequence | str, tip: str
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"{name}Action")
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
    action.setStatusTip(tip)
    window.addAction(action)
    return action


def build_actions(window: QMainWindow) -> Actions:
    """Creates the actions, the menu bar and the toolbar (``connectButton`` and friends)."""
    actions = Actions(
        connect=_action(window, "&Connect…", "connect", "Ctrl+N", "Connect an account"),
        refresh=_action(window, "&Refresh now", "refresh", "F5", "Renew the access token now"),
        reconnect=_action(
            window, "Re&connect…", "reconnect", "Ctrl+R", "Sign in again to this account"
        ),
        disconnect=_action(
            window, "&Disconnect…", "disconnect", "Del", "Disconnect and forget this account"
        ),
        settings=_action(window, "&Settings…", "settings", "Ctrl+,", "Change Loopgate's settings"),
        about=_action(window, "&About Loopgate", "about", "F1", "Version and where data lives"),
        quit=_action(window, "&Quit", "quit", "Ctrl+Q", "Quit Loopgate"),
    )
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    menus = window.menuBar()
    file_menu = menus.addMenu("&File")
    file_menu.addAction(actions.connect)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    account_menu = menus.addMenu("&Account")
    for action in actions.per_account():
        account_menu.addAction(action)
    help_menu = menus.addMenu("&Help")
    help_menu.addAction(actions.about)

    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(toolbar)
    buttons = (
        (actions.connect, "connectButton", "Connect an account"),
        (actions.refresh, "refreshButton", "Refresh now"),
        (actions.reconnect, "reconnectButton", "Reconnect"),
        (actions.disconnect, "disconnectButton", "Disconnect"),
        (actions.settings, "settingsButton", "Settings"),
    )
    for action, name, accessible in buttons:
        if action is actions.settings:
            toolbar.addSeparator()
        toolbar.addAction(action)
        widget = toolbar.widgetForAction(action)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
    return actions
