"""Send and Cancel: the buttons, the busy bar with elapsed time, and their shortcuts.

Ctrl+Enter sends from anywhere inside the explorer (the body editor included); Esc
cancels, and only while a call is in flight, so Esc stays free for everything else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

SEND_KEYS = ("Ctrl+Return", "Ctrl+Enter")
CANCEL_KEY = "Esc"


def _button(text: str, name: str, accessible: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button


class SendControls(QObject):
    """Owned by the explorer; widgets are the explorer's children, laid out by it."""

    def __init__(self, owner: QWidget, send: Callable[[], None], cancel: Callable[[], None]):
        super().__init__(owner)
        self.setObjectName("sendControls")
        self.send_button = _button(
            self.tr("Send"),
            "sendButton",
            self.tr("Send the request"),
            self.tr("Send the request ({keys})").format(keys="Ctrl+Enter"),
            owner,
        )
        self.send_button.clicked.connect(send)
        self.cancel_button = _button(
            self.tr("Cancel"),
            "cancelButton",
            self.tr("Cancel the request"),
            self.tr("Cancel the request ({keys})").format(keys="Esc"),
            owner,
        )
        self.cancel_button.clicked.connect(cancel)
        self.busy = QProgressBar(owner)
        self.busy.setObjectName("busyIndicator")
        self.busy.setAccessibleName(self.tr("Request in progress"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.elapsed_label = QLabel(owner)
        self.elapsed_label.setObjectName("elapsedLabel")
        self.elapsed_label.setAccessibleName(self.tr("Time waited for the answer"))
        here = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.send_shortcut = QShortcut(owner)
        self.send_shortcut.setObjectName("sendShortcut")
        self.send_shortcut.setKeys([QKeySequence(keys) for keys in SEND_KEYS])
        self.send_shortcut.setContext(here)
        self.send_shortcut.activated.connect(send)
        self.cancel_shortcut = QShortcut(QKeySequence(CANCEL_KEY), owner)
        self.cancel_shortcut.setObjectName("cancelShortcut")
        self.cancel_shortcut.setContext(here)
        self.cancel_shortcut.activated.connect(cancel)
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._show_elapsed)

    def set_busy(self, busy: bool, can_send: bool) -> None:
        self.send_button.setEnabled(can_send and not busy)
        self.cancel_button.setEnabled(busy)
        self.cancel_shortcut.setEnabled(busy)
        self.busy.setVisible(busy)
        self.elapsed_label.setVisible(busy)
        if busy and not self._tick.isActive():
            self._clock.start()
            self._show_elapsed()
            self._tick.start()
        elif not busy:
            self._tick.stop()

    def _show_elapsed(self) -> None:
        seconds = QLocale().toString(self._clock.elapsed() / 1000, "f", 1)
        self.elapsed_label.setText(self.tr("Waiting… {seconds} s").format(seconds=seconds))
