"""The window and the tray: close to the tray, Quit for real, notices that lead somewhere.

With a system tray (and the setting on), closing the window hides it: Loopgate keeps
renewing connections in the background, and says so once. Quit (the File menu, Ctrl+Q,
the tray menu) ends it. A "reconnect needed" notice remembers its account, so clicking
the notification opens the Reconnect flow for it; a finished Connect brings the window
to the front on its result card, with a notification too where there is a tray.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Keys of the "TrayWindow" context, shown through ``_tr``.
STILL_RUNNING_TITLE = QT_TRANSLATE_NOOP("TrayWindow", "Loopgate is still running")
STILL_RUNNING = QT_TRANSLATE_NOOP(
    "TrayWindow",
    "Loopgate keeps renewing your connections in the background. To quit, choose Quit "
    "from the tray icon's menu.",
)
RECONNECT_TITLE = "Reconnect needed"  # the health monitor's title (``HealthMonitor`` context)
RECONNECT_OFFER = QT_TRANSLATE_NOOP("TrayWindow", "{message} Click here to reconnect.")
CONNECTED_TITLE = QT_TRANSLATE_NOOP("TrayWindow", "Connected")
CONNECTED = QT_TRANSLATE_NOOP("TrayWindow", "{label} is connected and ready to use.")


def _tr(key: str) -> str:
    return QCoreApplication.translate("TrayWindow", key)


def is_reconnect_title(title: str) -> bool:
    """The health monitor's "Reconnect needed", in whichever language it was said."""
    return title in (RECONNECT_TITLE, QCoreApplication.translate("HealthMonitor", RECONNECT_TITLE))


class TrayWindow:
    """A mixin over ``MainWindow``: needs its ``tray``, ``settings`` and ``statusBar()``."""

    tray: Any
    settings: Any
    _quitting = False
    _reconnect_offer = ""

    def hide_to_tray(self) -> bool:
        """Closing with a tray: hide instead (True), with the one-time notice."""
        if self._quitting or self.tray is None or not self.settings.close_to_tray:
            return False
        self.hide()  # type: ignore[attr-defined]
        if not self.settings.tray_notice_shown:
            self.tray.notify(_tr(STILL_RUNNING_TITLE), _tr(STILL_RUNNING), info=True)
            self.settings.tray_notice_shown = True
            self.settings.sync()
        return True

    def quit_app(self) -> None:
        """Quit: the window closes for good (its state saved), whatever the tray setting."""
        self._quitting = True
        if not self.close():  # type: ignore[attr-defined]
            self._quitting = False

    def note_refresh_failure(self, account_id: str, exc: object) -> None:
        """A renewal the provider refused for good: its notice will offer Reconnect."""
        from desktop_app.core.base.errors import ReconnectNeeded

        if isinstance(exc, ReconnectNeeded):
            self._reconnect_offer = account_id

    def tray_notify(self, title: str, message: str) -> None:
        """A health notice in the tray (or the status bar), leading to Reconnect if it can."""
        account_id, self._reconnect_offer = self._reconnect_offer, ""
        if self.tray is None:
            line = QCoreApplication.translate("TrayWindow", "{title}: {message}")
            self.statusBar().showMessage(  # type: ignore[attr-defined]
                line.format(title=title, message=message), 15000
            )
        elif account_id and is_reconnect_title(title):
            offer = _tr(RECONNECT_OFFER).format(message=message)
            self.tray.notify(title, offer, account_id=account_id)
        else:
            self.tray.notify(title, message)

    def connect_succeeded(self, dialog: Any, account: Any) -> None:
        """Back from the browser: the window in front on the result card, and a notice."""
        self.bring_to_front()  # type: ignore[attr-defined]
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        if self.tray is not None:
            self.tray.notify(
                _tr(CONNECTED_TITLE), _tr(CONNECTED).format(label=account.label), info=True
            )
