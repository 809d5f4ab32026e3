"""The system-tray icon: accounts needing attention in its menu, and notifications.

Only created where the platform has a tray; without one, notifications fall back to
the window's status bar (``fallback``), so nothing is lost on a bare desktop. A
notification about one account ("reconnect needed") remembers it: clicking the
notification opens the Reconnect flow for that account (``account_chosen``); clicking
any other shows the window. ``icon`` lets tests pass a stand-in where the platform
(offscreen) has no tray.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop_app.core.storage.accounts import Account

from ..accounts.status import NEEDS_ATTENTION, status_text
from ..common.icons import app_icon


class Tray(QObject):
    """``account_chosen`` fires when an attention item is clicked (the window reconnects)."""

    show_requested = Signal()
    quit_requested = Signal()
    account_chosen = Signal(str)

    def __init__(
        self,
        fallback: Callable[[str, str], None],
        parent: QObject | None = None,
        *,
        icon: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self.icon: Any = None
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.attention: list[tuple[str, str]] = []
        self._message_account = ""
        if icon is not None or QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = icon if icon is not None else QSystemTrayIcon(app_icon(), self)
            self.icon.setObjectName("trayIcon")
            self.icon.messageClicked.connect(self._message_clicked)
            self.icon.setToolTip("Loopgate")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        self._rebuild()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def set_attention(self, accounts: list[tuple[Account, str]]) -> None:
        """(account, status) pairs; only those needing attention are listed."""
        self.attention = [
            (a.id, self.tr("{account}: {status}").format(account=a.label, status=status_text(s)))
            for a, s in accounts
            if s in NEEDS_ATTENTION
        ]
        if self.icon is not None:
            count = len(self.attention)
            tip = (
                self.tr("Loopgate: %n account(s) need attention", "", count)
                if count
                else self.tr("Loopgate: all healthy")
            )
            self.icon.setToolTip(tip)
        self._rebuild()

    def notify(self, title: str, message: str, *, info: bool = False, account_id: str = "") -> None:
        """A notification; ``account_id``: clicking it reconnects that account."""
        if self.icon is not None and self.icon.supportsMessages():
            kinds = QSystemTrayIcon.MessageIcon
            icon = kinds.Information if info else kinds.Warning
            self._message_account = account_id
            self.icon.showMessage(title, message, icon, 10000)
        else:
            self._fallback(title, message)

    def _message_clicked(self) -> None:
        account_id, self._message_account = self._message_account, ""
        if account_id:
            self.account_chosen.emit(account_id)
        else:
            self.show_requested.emit()

    def _rebuild(self) -> None:
        self.menu.clear()
        show = QAction(self.tr("Show Loopgate"), self.menu)
        show.triggered.connect(self.show_requested)
        self.menu.addAction(show)
        self.menu.addSeparator()
        if self.attention:
            header = self.menu.addAction(self.tr("Needs attention"))
            header.setEnabled(False)
            for account_id, text in self.attention:
                action = QAction(text, self.menu)
                action.triggered.connect(lambda _c=False, i=account_id: self.account_chosen.emit(i))
                self.menu.addAction(action)
        else:
            ok = self.menu.addAction(self.tr("All accounts are healthy"))
            ok.setEnabled(False)
        self.menu.addSeparator()
        quit_action = QAction(self.tr("Quit Loopgate"), self.menu)
        quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(quit_action)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
