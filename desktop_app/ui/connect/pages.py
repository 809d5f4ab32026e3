"""The Connect dialog's waiting and error pages: layout and their own texts.

The waiting page owns what it shows during one attempt (heading, hint, a secondary
note for stray callbacks, the countdown, the link buttons); ``reset()`` puts every text
back at the start of each attempt, so nothing from a cancelled one lingers.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.errors_view import ErrorPanel

WAITING = "Waiting for you to approve in your browser…"
HINT = (
    "Sign in and approve access in the browser tab that just opened. If no tab opened, "
    "use “Open the page again” or copy the link into your browser."
)
COPIED = "Link copied. Paste it into your browser's address bar."


def show_page(dialog: QDialog, stack: QStackedWidget, index: int, *, roomy: bool) -> None:
    """Shows page ``index``, the dialog sized to it: roomy (a picker) or just enough.

    Hidden pages are set to ``Ignored`` so they do not count, and wrapped text is
    measured at the width it will have (a dialog's own size hint answers for its
    narrowest width, and the stack's for its tallest page).
    """
    for position in range(stack.count()):
        policy = QSizePolicy.Policy.Preferred if position == index else QSizePolicy.Policy.Ignored
        stack.widget(position).setSizePolicy(policy, policy)
    stack.setCurrentIndex(index)
    if roomy:
        dialog.setMinimumSize(620, 400)
        dialog.adjustSize()
        return
    dialog.setMinimumSize(520, 0)
    page, margins = stack.currentWidget(), dialog.layout().contentsMargins()
    width = max(520, page.sizeHint().width() + margins.left() + margins.right())
    inner = width - margins.left() - margins.right()
    height = page.heightForWidth(inner) if page.hasHeightForWidth() else -1
    height = height if height > 0 else page.sizeHint().height()
    dialog.resize(width, height + margins.top() + margins.bottom())


def grow_to_page(dialog: QDialog, stack: QStackedWidget) -> None:
    """After the current page gained a line: grow the dialog if the page no longer fits."""
    page = stack.currentWidget()
    need = page.heightForWidth(page.width()) if page.hasHeightForWidth() else -1
    if max(need, page.minimumSizeHint().height()) > page.height():
        show_page(dialog, stack, stack.currentIndex(), roomy=False)


def button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class WaitingPage(QWidget):
    """ "Waiting for you to approve in your browser…" with the link helpers and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(WAITING, self)
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "headline")
        busy = QProgressBar(self)
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMaximumHeight(8)
        self.hint = QLabel(HINT, self)
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
            "Open the page again", "reopenButton", "Open the sign-in page again", self
        )
        self.copy_button = button("Copy link", "copyLinkButton", "Copy sign-in link", self)
        self.cancel_button = button("Cancel", "connectCancelButton", "Cancel connecting", self)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._update_countdown)
        self._deadline = 0.0
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(busy)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addWidget(self.time_left)
        layout.addSpacing(12)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def reset(self) -> None:
        """A new attempt: the texts as they were when the dialog opened."""
        self.status.setText("Contacting the provider…")
        self.hint.setText(HINT)
        self.note.clear()
        self.note.hide()
        self.stop()
        self.set_link_buttons(False)

    def show_progress(self, progress: Any, timeout: float) -> None:
        """One ``ConnectProgress``: a stray callback is a side note, never the heading."""
        if progress.step == "warning":
            self.note.setText(progress.message)
            self.note.show()
            return
        self.status.setText(progress.message)
        if progress.url:
            self.set_link_buttons(True)
        if progress.step == "waiting" and not self.countdown.isActive():
            self._deadline = time.monotonic() + timeout
            self.countdown.start()
            self._update_countdown()
        elif progress.step == "exchanging":
            self.stop()
            self.set_link_buttons(False)

    def link_copied(self) -> None:
        self.hint.setText(COPIED)

    def stop(self) -> None:
        self.countdown.stop()
        self.time_left.clear()

    def set_link_buttons(self, enabled: bool) -> None:
        self.reopen_button.setEnabled(enabled)
        self.copy_button.setEnabled(enabled)

    def _update_countdown(self) -> None:
        left = max(0, int(self._deadline - time.monotonic()))
        self.time_left.setText(f"The link stays valid for {left // 60}:{left % 60:02d}.")


class ErrorPage(QWidget):
    """Plain words first; the technical detail behind "Details"; sized to its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("The account was not connected", self)
        title.setProperty("role", "headline")
        self.error = ErrorPanel(self, "connectError")
        self.retry_button = button("Try again", "retryButton", "Try connecting again", self)
        self.session_button = button(
            "Use session-only mode",
            "sessionOnlyButton",
            "Use session-only mode: keep tokens in memory until you quit",
            self,
        )
        self.session_button.setToolTip(
            "Keeps this connection's tokens in memory only: it works until you quit Loopgate."
        )
        self.session_button.hide()
        self.close_button = button("Close", "connectCloseButton", "Close", self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_failure(self, exc: BaseException) -> None:
        from desktop_app.core.base.errors import VaultError

        self.error.show_exception(exc)
        self.session_button.setVisible(isinstance(exc, VaultError))


class ResultPage(QWidget):
    """The connection is saved: its name, and what the person should know about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("", self)
        self.title.setObjectName("connectResult")
        self.title.setWordWrap(True)
        self.title.setProperty("role", "headline")
        self.notices = QLabel("", self)
        self.notices.setObjectName("connectNotices")
        self.notices.setWordWrap(True)
        self.done_button = button("Done", "connectDoneButton", "Done", self)
        self.done_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notices)
        layout.addSpacing(12)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_account(self, label: str, notices: list[str]) -> None:
        self.title.setText(f"Connected {label}.")
        self.notices.setText("\n\n".join(notices))
        self.notices.setVisible(bool(notices))
