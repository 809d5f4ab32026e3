"""The main window's actions, menus and toolbar, with shortcuts and accessible names.

Built before the first paint, so it avoids the ``Qt`` namespace (see ``main_window``).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar


class Actions(NamedTuple):
    """A NamedTuple, not a dataclass: ``dataclasses`` would cost ≈ 3 ms before the paint."""

    connect: QAction
    refresh: QAction
    reconnect: QAction
    disconnect: QAction
    settings: QAction
    shortcuts: QAction
    about: QAction
    quit: QAction
    support_bundle: QAction

    def per_account(self) -> tuple[QAction, ...]:
        return (self.refresh, self.reconnect, self.disconnect)


SHORTCUTS = {
    "connect": "Ctrl+N",
    "refresh": "F5",
    "reconnect": "Ctrl+R",
    "disconnect": "Del",
    "settings": "Ctrl+,",
    "shortcuts": "Ctrl+/",
    "about": "F1",
    "quit": "Ctrl+Q",
}


def _action(
    window: QMainWindow, text: str, name: str, tip: str, *, global_: bool = True
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"{name}Action")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if global_:  # row verbs are added to the accounts table instead (``install_shortcuts``)
        window.addAction(action)
    return action


def install_shortcuts(actions: Actions) -> None:
    """After the first paint: ``QKeySequence`` parsing loads the whole ``Qt`` namespace.

    The row verbs (Del above all) act on the selected account, so their keys work only
    while the accounts table has the focus: Del in an editor elsewhere (the API
    explorer's query table) must never ask to disconnect. The menu items still work;
    ``main_body`` adds these actions to the table (its context menu, and their keys).
    """
    from PySide6.QtCore import Qt

    for name, keys in SHORTCUTS.items():
        action: QAction = getattr(actions, name)
        sequence = QKeySequence(keys)
        action.setShortcut(sequence)
        action.setToolTip(
            QCoreApplication.translate("Actions", "{action} ({keys})").format(
                action=action.statusTip(), keys=sequence.toString()
            )
        )
    for action in actions.per_account():
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def build_actions(window: QMainWindow) -> Actions:
    """Creates the actions, the menu bar and the toolbar (``connectButton`` and friends)."""
    translate = QCoreApplication.translate
    actions = Actions(
        connect=_action(
            window,
            translate("Actions", "&Connect…"),
            "connect",
            translate("Actions", "Connect an account"),
        ),
        refresh=_action(
            window,
            translate("Actions", "&Refresh now"),
            "refresh",
            translate("Actions", "Renew the access token now"),
            global_=False,
        ),
        reconnect=_action(
            window,
            translate("Actions", "Re&connect…"),
            "reconnect",
            translate("Actions", "Sign in again to this account"),
            global_=False,
        ),
        disconnect=_action(
            window,
            translate("Actions", "&Disconnect…"),
            "disconnect",
            translate("Actions", "Disconnect and forget this account"),
            global_=False,
        ),
        settings=_action(
            window,
            translate("Actions", "&Settings…"),
            "settings",
            translate("Actions", "Change Loopgate's settings"),
        ),
        shortcuts=_action(
            window,
            translate("Actions", "&Keyboard shortcuts"),
            "shortcuts",
            translate("Actions", "List the keys that work in Loopgate"),
        ),
        about=_action(
            window,
            translate("Actions", "&About Loopgate"),
            "about",
            translate("Actions", "Version and where data lives"),
        ),
        quit=_action(
            window, translate("Actions", "&Quit"), "quit", translate("Actions", "Quit Loopgate")
        ),
        support_bundle=_action(
            window,
            translate("Actions", "&Export support bundle…"),
            "supportBundle",
            translate(
                "Actions",
                "Save a zip for support: versions, policy, accounts' facts and the log, no secrets",
            ),
        ),
    )
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    menus = window.menuBar()
    file_menu = menus.addMenu(translate("Actions", "&File"))
    file_menu.addAction(actions.connect)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    account_menu = menus.addMenu(translate("Actions", "&Account"))
    for action in actions.per_account():
        account_menu.addAction(action)
    help_menu = menus.addMenu(translate("Actions", "&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.support_bundle)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)

    toolbar = QToolBar(translate("Actions", "Main"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(translate("Actions", "Main toolbar"))
    toolbar.setMovable(False)
    # No icons: the default icon-only style then shows the text, without touching the
    # ``Qt`` enum namespace before the first paint.
    window.addToolBar(toolbar)
    buttons = (
        (actions.connect, "connectButton", translate("Actions", "Connect an account")),
        (actions.refresh, "refreshButton", translate("Actions", "Refresh now")),
        (actions.reconnect, "reconnectButton", translate("Actions", "Reconnect")),
        (actions.disconnect, "disconnectButton", translate("Actions", "Disconnect")),
        (actions.settings, "settingsButton", translate("Actions", "Settings")),
    )
    for action, name, accessible in buttons:
        if action is actions.settings:
            toolbar.addSeparator()
        toolbar.addAction(action)
        widget = toolbar.widgetForAction(action)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
    return actions
