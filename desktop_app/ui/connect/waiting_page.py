"""The Connect dialog's waiting page: what to do next, the link helpers, paste-back, Cancel.

It names the provider and the next step ("Approve Loopgate in the Clover page that
opened in your browser, then come back here"). Below, for the person whose browser
ended on a page asking them to paste an address into Loopgate (the https relay page's
failure view), or could not reach Loopgate at all (a remote desktop), a field takes
that address; the dialog hands it to the waiting attempt, which checks it exactly as it
checks a callback. ``reset()`` puts every text back at the start of each attempt, so
nothing from a cancelled one lingers.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..common.messages import core_text
from .pages import button

WAITING = QT_TRANSLATE_NOOP("WaitingPage", "Waiting for you to approve in your browser…")
CONTACTING = QT_TRANSLATE_NOOP("WaitingPage", "Contacting the provider…")
HINT = QT_TRANSLATE_NOOP(
    "WaitingPage",
    "Approve Loopgate in the {provider} page that opened in your browser, then come back "
    "here. If no page opened, use “Open the page again” or copy the link into your browser.",
)
HINT_ANY = QT_TRANSLATE_NOOP(
    "WaitingPage",
    "Approve Loopgate in the page that opened in your browser, then come back here. If no "
    "page opened, use “Open the page again” or copy the link into your browser.",
)
COPIED = QT_TRANSLATE_NOOP(
    "WaitingPage",
    "Link copied. Paste it into your browser's address bar, then approve Loopgate there.",
)
PASTE_LABEL = QT_TRANSLATE_NOOP("WaitingPage", "Paste the address your browser ended on:")
PASTE_HELP = QT_TRANSLATE_NOOP(
    "WaitingPage",
    "Only needed if your browser shows a page asking you to paste an address into "
    "Loopgate, or says it cannot reach Loopgate.",
)
TIME_LEFT = QT_TRANSLATE_NOOP("WaitingPage", "The link stays valid for {minutes}:{seconds}.")


def _tr(key: str) -> str:
    return QCoreApplication.translate("WaitingPage", key)


class WaitingPage(QWidget):
    """ "Waiting for you to approve in your browser…" with the link helpers and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._provider = ""
        self.status = QLabel(_tr(WAITING), self)
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "headline")
        busy = QProgressBar(self)
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMaximumHeight(8)
        self.hint = QLabel("", self)
        self.hint.setObjectName("connectHint")
        self.hint.setWordWrap(True)
        self.note = QLabel("", self)
        self.note.setObjectName("connectNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.hide()
        self.time_left = QLabel("", self)
        self.time_left.setObjectName("connectTimeLeft")
        self.reopen_button = button(
            self.tr("Open the page again"),
            "reopenButton",
            self.tr("Open the sign-in page again"),
            self,
        )
        self.copy_button = button(
            self.tr("Copy link"), "copyLinkButton", self.tr("Copy sign-in link"), self
        )
        self.cancel_button = button(
            self.tr("Cancel"), "connectCancelButton", self.tr("Cancel connecting"), self
        )
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._update_countdown)
        self._deadline = 0.0
        links = QHBoxLayout()
        links.addWidget(self.reopen_button)
        links.addWidget(self.copy_button)
        links.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(busy)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addWidget(self.time_left)
        layout.addLayout(links)
        layout.addSpacing(12)
        layout.addLayout(self._paste_rows())
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.reset("")

    def _paste_rows(self) -> QVBoxLayout:
        self.paste_edit = QLineEdit(self)
        self.paste_edit.setObjectName("pasteAddressEdit")
        self.paste_edit.setAccessibleName(self.tr("The address your browser ended on"))
        self.paste_edit.setPlaceholderText(self.tr("https://… or http://127.0.0.1:…"))
        label = QLabel(_tr(PASTE_LABEL), self)
        label.setObjectName("pasteAddressLabel")
        label.setBuddy(self.paste_edit)
        help_text = QLabel(_tr(PASTE_HELP), self)
        help_text.setObjectName("pasteAddressHelp")
        help_text.setProperty("role", "muted")
        help_text.setWordWrap(True)
        self.paste_edit.setAccessibleDescription(_tr(PASTE_HELP))
        self.paste_button = button(
            self.tr("Use this address"),
            "pasteAddressButton",
            self.tr("Use the pasted address"),
            self,
        )
        self.paste_button.setAutoDefault(False)
        self.paste_message = QLabel("", self)
        self.paste_message.setObjectName("pasteMessage")
        self.paste_message.setWordWrap(True)
        self.paste_message.hide()
        field = QHBoxLayout()
        field.addWidget(self.paste_edit, 1)
        field.addWidget(self.paste_button)
        rows = QVBoxLayout()
        rows.setSpacing(4)
        rows.addWidget(label)
        rows.addLayout(field)
        rows.addWidget(self.paste_message)
        rows.addWidget(help_text)
        return rows

    def reset(self, provider: str) -> None:
        """A new attempt at ``provider``: the texts as they were when the dialog opened."""
        self._provider = provider
        self.status.setText(_tr(CONTACTING))
        hint = _tr(HINT).format(provider=provider) if provider else _tr(HINT_ANY)
        self.hint.setText(hint)
        self.note.clear()
        self.note.hide()
        self.paste_edit.clear()
        self.show_paste_message("")
        self.stop()
        self.set_link_buttons(False)

    def show_progress(self, progress: Any, timeout: float) -> None:
        """One ``ConnectProgress``: a stray callback is a side note, never the heading."""
        if progress.step == "warning":
            self.note.setText(core_text(progress.message))
            self.note.show()
            return
        self.status.setText(core_text(progress.message))
        if progress.url:
            self.set_link_buttons(True)
        if progress.step == "waiting" and not self.countdown.isActive():
            self._deadline = time.monotonic() + timeout
            self.countdown.start()
            self._update_countdown()
        elif progress.step == "exchanging":
            self.stop()
            self.set_link_buttons(False)
            self.show_paste_message("")

    def link_copied(self) -> None:
        self.hint.setText(_tr(COPIED))

    def show_paste_message(self, text: str) -> None:
        self.paste_message.setText(text)
        self.paste_message.setVisible(bool(text))

    def stop(self) -> None:
        self.countdown.stop()
        self.time_left.clear()

    def set_link_buttons(self, enabled: bool) -> None:
        for widget in (self.reopen_button, self.copy_button, self.paste_edit, self.paste_button):
            widget.setEnabled(enabled)

    def _update_countdown(self) -> None:
        left = max(0, int(self._deadline - time.monotonic()))
        minutes, seconds = divmod(left, 60)
        self.time_left.setText(_tr(TIME_LEFT).format(minutes=minutes, seconds=f"{seconds:02d}"))
