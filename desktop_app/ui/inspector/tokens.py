"""One token in the inspector: masked until revealed, re-masked by itself, copyable.

A revealed token is on screen for anyone nearby, so reveal is per token and times out
(30 s by default, shorter in tests) with a visible countdown. A copied token is marked
secret for clipboard managers and cleared after a minute (``common.clipboard``), and the
note says so; it fades after ``NOTE_MS`` and goes at once when the token changes.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..common.clipboard import copy_secret

REVEAL_MS = 30_000
NOTE_MS = 4000
LABELS = {"access_token": "Access token", "refresh_token": "Refresh token", "id_token": "ID token"}
ABSENT = {
    "access_token": "No access token",
    "refresh_token": "No refresh token",
    "id_token": "No ID token",
}


def masked(value: str, absent: str = "(none)") -> str:
    return f"{'•' * 24}  ({len(value):,} characters, hidden)" if value else absent


class TokenRow(QWidget):
    def __init__(self, name: str, reveal_ms: int = REVEAL_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.reveal_ms = reveal_ms
        self._value = ""
        self._deadline = 0.0
        self._locked: set[QPushButton] = set()  # turned off by the organisation's policy
        title = LABELS.get(name, name)
        prefix = "".join(p.capitalize() if i else p for i, p in enumerate(name.split("_")))
        self.setObjectName(f"{prefix}Row")
        self.label = QLabel(f"<b>{title}</b>", self)
        self.label.setMinimumWidth(110)
        self.field = QLineEdit(self)
        self.field.setObjectName(f"{prefix}Field")
        self.field.setAccessibleName(f"{title} (masked until revealed)")
        self.field.setReadOnly(True)
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.reveal_button = self._button(
            "Reveal", f"{prefix}RevealButton", f"Reveal the {title.lower()}"
        )
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._toggled)
        self.copy_button = self._button("Copy", f"{prefix}CopyButton", f"Copy the {title.lower()}")
        self.copy_button.clicked.connect(self.copy_token)
        self.header_button = self._button(
            "Copy header", f"{prefix}HeaderButton", "Copy as an Authorization: Bearer header"
        )
        self.header_button.clicked.connect(self.copy_header)
        policy = self.header_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # keeps the fields of all rows aligned
        self.header_button.setSizePolicy(policy)
        self.header_button.setVisible(name == "access_token")
        self.countdown = QLabel(self)
        self.countdown.setObjectName(f"{prefix}Countdown")
        self.countdown.setAccessibleName(f"{title}: reveal countdown and copy result")
        self.countdown.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.field):
            layout.addWidget(widget)
        layout.setStretchFactor(self.field, 1)
        for widget in (self.reveal_button, self.copy_button, self.header_button, self.countdown):
            layout.addWidget(widget)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.mask)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._show_countdown)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_MS)
        self._note_timer.timeout.connect(self.clear_note)
        self.set_value("")

    @property
    def note_ms(self) -> int:
        return self._note_timer.interval()

    @note_ms.setter
    def note_ms(self, value: int) -> None:
        self._note_timer.setInterval(value)

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    @property
    def revealed(self) -> bool:
        return self.reveal_button.isChecked()

    def set_value(self, value: str) -> None:
        """A new value is masked at once; the same value again (a reload) is left as it is."""
        if value == self._value and value:
            return
        self.clear_note()
        self._value = value
        for button in (self.reveal_button, self.copy_button, self.header_button):
            button.setEnabled(bool(value) and button not in self._locked)
        self.mask()

    def lock(self, *, reveal: bool, copy: bool, reason: str) -> None:
        """Organisation policy: Reveal and/or the Copy buttons stay off, saying why."""
        self._locked = {self.reveal_button} if reveal else set()
        if copy:
            self._locked |= {self.copy_button, self.header_button}
        for button in self._locked:
            button.setEnabled(False)
            button.setToolTip(reason)
            button.setAccessibleDescription(reason)

    def mask(self) -> None:
        self.reveal_button.setChecked(False)
        self.field.setText(masked(self._value, ABSENT.get(self.name, "(none)")))
        self.field.setCursorPosition(0)

    def clear_note(self) -> None:
        """Drops "copied" (never the reveal countdown, which has its own timer)."""
        self._note_timer.stop()
        if not self.revealed:
            self.countdown.setText("")

    def _note(self, text: str) -> None:
        self.countdown.setText(text)
        if not self.revealed:  # while revealed the countdown overwrites it within 250 ms
            self._note_timer.start()

    def _toggled(self, on: bool) -> None:
        if on and self.reveal_button in self._locked:
            self.reveal_button.setChecked(False)
            return
        if on and self._value:
            self.field.setText(self._value)
            self.field.setCursorPosition(0)
            self.reveal_button.setText("Hide")
            self._deadline = time.monotonic() + self.reveal_ms / 1000
            self._hide_timer.start(self.reveal_ms)
            self._tick.start()
            self._show_countdown()
            return
        self._hide_timer.stop()
        self._tick.stop()
        self.reveal_button.setText("Reveal")
        self.countdown.setText("")
        self.field.setText(masked(self._value, ABSENT.get(self.name, "(none)")))

    def _show_countdown(self) -> None:
        left = max(0.0, self._deadline - time.monotonic())
        self.countdown.setText(f"hides in {math.ceil(left)} s")

    def copy_token(self) -> None:
        if self.copy_button in self._locked:
            return
        seconds = copy_secret(self._value)
        self._note(f"copied; clears in {seconds} s")

    def copy_header(self) -> None:
        if self.header_button in self._locked:
            return
        seconds = copy_secret(f"Authorization: Bearer {self._value}")
        self._note(f"header copied; clears in {seconds} s")
