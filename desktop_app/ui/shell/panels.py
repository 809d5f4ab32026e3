"""Small static panels of the main window: the empty state and the warning banner."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class EmptyState(QFrame):
    """What a newcomer sees first: what Loopgate does, and two ways to begin."""

    connect_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName("No accounts yet")
        headline = QLabel("Connect your first account", self)
        headline.setObjectName("emptyHeadline")
        headline.setProperty("role", "title")
        headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(
            "Loopgate links your accounts at services like Clover and Clio to this computer, "
            "keeps their access fresh in the background, and warns you before anything "
            "stops working. You approve each connection in your own browser; Loopgate "
            "never sees your password.",
            self,
        )
        body.setObjectName("emptyBody")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width lets the wrapped label report its true height (no clipped lines).
        body.setFixedWidth(560)
        self.connect_button = _button(
            "Connect an account", "emptyConnectButton", "Connect an account", self
        )
        self.connect_button.setDefault(True)
        self.connect_button.setProperty("role", "primary")
        self.demo_button = _button("Try the demo", "tryDemoButton", "Try the demo", self)
        self.connect_button.clicked.connect(self.connect_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        note = QLabel(
            "The demo runs a practice provider on this computer: no account or internet needed.",
            self,
        )
        self.demo_note = note
        note.setObjectName("emptyNote")
        note.setProperty("role", "muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        self._parts = (headline, body, self.connect_button, note)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(headline)
        layout.addSpacing(8)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(body)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(note)
        layout.addStretch(3)

    def set_demo_offered(self, offered: bool) -> None:
        """The organisation may hide the demo (``core.policy``): then no demo button either."""
        self.demo_button.setVisible(offered)
        self.demo_note.setVisible(offered)

    def content_rect(self) -> QRect:
        """Where the text and buttons are, in this widget's coordinates."""
        area = QRect()
        for part in self._parts:
            area = area.united(part.geometry())
        return area


class Banner(QFrame):
    """A one-line warning across the window, with an optional action button."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("role", "banner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text = QLabel(self)
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = _button("", "bannerButton", "Banner action", self)
        self.button.clicked.connect(self.action_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(self, text: str, action: str = "", kind: str = "warning") -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self.button.setText(action)
        self.button.setAccessibleName(action or "Banner action")
        self.button.setVisible(bool(action))
        self.show()
