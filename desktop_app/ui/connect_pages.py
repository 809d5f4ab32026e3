"""The Connect dialog's waiting and error pages: layout only, wired by the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .errors_view import ErrorPanel


def button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class WaitingPage(QWidget):
    """ "Waiting for you to approve in your browser…" with the link helpers and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel("Waiting for you to approve in your browser…", self)
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "headline")
        busy = QProgressBar(self)
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMaximumHeight(8)
        self.hint = QLabel(
            "Sign in and press Allow in the browser tab that just opened. If no tab opened, "
            "use “Open the page again” or copy the link into your browser.",
            self,
        )
        self.hint.setWordWrap(True)
        self.time_left = QLabel("", self)
        self.time_left.setObjectName("connectTimeLeft")
        self.reopen_button = button(
            "Open the page again", "reopenButton", "Open the sign-in page again", self
        )
        self.copy_button = button("Copy link", "copyLinkButton", "Copy sign-in link", self)
        self.cancel_button = button("Cancel", "connectCancelButton", "Cancel connecting", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(busy)
        layout.addWidget(self.hint)
        layout.addWidget(self.time_left)
        layout.addStretch(1)
        layout.addLayout(buttons)


class ErrorPage(QWidget):
    """Plain words first; the technical detail behind "Details"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("The account was not connected", self)
        title.setProperty("role", "headline")
        self.error = ErrorPanel(self, "connectError")
        self.retry_button = button("Try again", "retryButton", "Try connecting again", self)
        self.close_button = button("Close", "connectCloseButton", "Close", self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
