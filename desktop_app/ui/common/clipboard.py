"""Copying a secret: marked for clipboard managers, and cleared after a minute.

A token left on the clipboard is pasted by accident into chats and tickets, and kept
forever by clipboard history. So a copied secret carries the hints clipboard managers
honour on each OS, and is cleared after ``CLEAR_AFTER_MS`` (or when Loopgate quits) if
it is still what the clipboard holds; anything the user copied since is left alone.

- Linux (KDE Klipper, GNOME/wl-clip-persist and others): ``x-kde-passwordManagerHint: secret``.
- Windows: ``ExcludeClipboardContentFromMonitorProcessing`` (present), and
  ``CanIncludeInClipboardHistory`` / ``CanUploadToCloudClipboard`` as DWORD 0, which keep
  it out of Win+V history and the cloud clipboard; Qt registers a format named in
  ``application/x-qt-windows-mime;value="…"`` under exactly that name.
- macOS (nspasteboard.org): ``org.nspasteboard.ConcealedType``, offered as
  ``application/x-nspasteboard-concealed-type`` as KeePassXC does. Without a native Qt
  converter Qt publishes it under its own ``com.trolltech.anymime`` type, so macOS
  clipboard managers may not see it; the clearing still applies.
"""

from __future__ import annotations

import atexit
import hashlib

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 60_000
_DWORD_ZERO = b"\x00\x00\x00\x00"
SENSITIVE_FORMATS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
    "application/x-nspasteboard-concealed-type": b"",
}


def sensitive_mime(text: str) -> QMimeData:
    """Plain text plus every OS's "this is a secret" marker."""
    mime = QMimeData()
    mime.setText(text)
    for name, value in SENSITIVE_FORMATS.items():
        mime.setData(name, value)
    return mime


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()  # the secret itself is not kept


class _SecretClipboard(QObject):
    """Owned by the application: clears the last copied secret if it is still there."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._copied = b""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_unchanged)
        app.aboutToQuit.connect(self.clear_if_unchanged)
        # A process that ends without quitting the event loop (a script, a test run) must
        # not leave our QMimeData on the clipboard either: Qt frees it while tearing the
        # application down, after Python let go of it, and the process crashes on exit.
        atexit.register(_clear_at_exit)

    def copy(self, text: str, clear_after_ms: int) -> None:
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
        self._copied = _digest(text)
        self._timer.start(clear_after_ms)

    def clear_if_unchanged(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._copied and _digest(clipboard.text()) == self._copied:
            clipboard.clear()
        self._copied = b""


def copy_secret(text: str) -> int:
    """Copies ``text`` as a secret; returns the seconds until it is cleared (for the note)."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    guard = app.findChild(_SecretClipboard)
    if guard is None:
        guard = _SecretClipboard(app)
    guard.copy(text, CLEAR_AFTER_MS)
    return round(CLEAR_AFTER_MS / 1000)


def _clear_at_exit() -> None:
    app = QGuiApplication.instance()
    guard = app.findChild(_SecretClipboard) if app is not None else None
    if guard is not None:
        guard.clear_if_unchanged()
