"""A stand-in for ``QSystemTrayIcon`` where the platform (offscreen) has no tray.

It has the icon's surface the ``Tray`` uses (signals ``activated`` and
``messageClicked``, ``showMessage``, ``supportsMessages``, a context menu, a tooltip)
and remembers every message, so a test can read what the person was told and click it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class TrayIconStandIn(QObject):
    activated = Signal(object)
    messageClicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []
        self.menu: Any = None
        self.tooltip = ""
        self.visible = False

    def supportsMessages(self) -> bool:
        return True

    def showMessage(self, title: str, message: str, _icon: Any = None, _ms: int = 0) -> None:
        self.messages.append((title, message))

    def setContextMenu(self, menu: Any) -> None:
        self.menu = menu

    def setToolTip(self, text: str) -> None:
        self.tooltip = text

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def click_last_message(self) -> None:
        """What the person does with the notification on their screen."""
        self.messageClicked.emit()
