"""The Connect dialog's page plumbing, its error page and its result card.

The waiting page lives in ``waiting_page``. ``connect_reason`` is the sentence shown
beside the Connect button (and as its tooltip and accessible description), so the
button is never disabled, or enabled, without saying why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.errors_view import ErrorPanel
from ..common.icons import icon
from ..common.messages import core_text
from ..common.provider_words import display_name


def _tr(key: str) -> str:
    return QCoreApplication.translate("ConnectPages", key)


CHOOSE_FIRST = QT_TRANSLATE_NOOP("ConnectPages", "Choose a service to connect to.")
NOT_SET_UP = QT_TRANSLATE_NOOP(
    "ConnectPages", "Your administrator needs to set up {provider} first."
)
READY = QT_TRANSLATE_NOOP("ConnectPages", "Opens the {provider} sign-in page in your browser.")
CONNECTED = QT_TRANSLATE_NOOP("ConnectPages", "Connected {label}.")
CONNECTED_AT = QT_TRANSLATE_NOOP("ConnectPages", "{provider} · {who}")
KEPT_FRESH = QT_TRANSLATE_NOOP(
    "ConnectPages", "Loopgate keeps this connection renewed in the background."
)


def connect_reason(profile: Any, ready: bool) -> str:
    """Why the Connect button is enabled or not, in one plain sentence."""
    if profile is None:
        return _tr(CHOOSE_FIRST)
    if not ready:
        return _tr(NOT_SET_UP).format(provider=display_name(profile.name, profile.environment))
    return _tr(READY).format(provider=profile.name)


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


class ErrorPage(QWidget):
    """Plain words first; the technical detail behind "Details"; sized to its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("The account was not connected"), self)
        title.setProperty("role", "headline")
        self.error = ErrorPanel(self, "connectError")
        self.retry_button = button(
            self.tr("Try again"), "retryButton", self.tr("Try connecting again"), self
        )
        self.session_button = button(
            self.tr("Use session-only mode"),
            "sessionOnlyButton",
            self.tr("Use session-only mode: keep tokens in memory until you quit"),
            self,
        )
        self.session_button.setToolTip(
            self.tr(
                "Keeps this connection's tokens in memory only: it works until you quit Loopgate."
            )
        )
        self.session_button.hide()
        self.close_button = button(self.tr("Close"), "connectCloseButton", self.tr("Close"), self)
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
    """The connection is saved: a card with its name, where it lives, and what to know."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = QFrame(self)
        self.card.setObjectName("connectedCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo = QLabel(self.card)
        self.logo.setObjectName("connectedLogo")
        self.logo.setFixedSize(QSize(40, 40))
        self.title = QLabel("", self.card)
        self.title.setObjectName("connectResult")
        self.title.setWordWrap(True)
        self.title.setProperty("role", "headline")
        self.where = QLabel("", self.card)
        self.where.setObjectName("connectedWhere")
        self.where.setWordWrap(True)
        self.kept = QLabel(_tr(KEPT_FRESH), self.card)
        self.kept.setObjectName("connectedKept")
        self.kept.setWordWrap(True)
        self.kept.setProperty("role", "muted")
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.where)
        text.addWidget(self.kept)
        inside = QHBoxLayout(self.card)
        inside.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        inside.addLayout(text, 1)
        self.notices = QLabel("", self)
        self.notices.setObjectName("connectNotices")
        self.notices.setWordWrap(True)
        self.another_button = button(
            self.tr("Connect another account"),
            "connectAnotherButton",
            self.tr("Connect another account"),
            self,
        )
        self.done_button = button(self.tr("Done"), "connectDoneButton", self.tr("Done"), self)
        self.done_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addWidget(self.notices)
        layout.addSpacing(12)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_account(
        self, label: str, notices: list[str], *, provider: str = "", who: str = "", logo: str = ""
    ) -> None:
        """``provider``: where the account lives; ``who``: the identity the provider named."""
        self.title.setText(_tr(CONNECTED).format(label=label))
        where = _tr(CONNECTED_AT).format(provider=provider, who=who) if who else provider
        self.where.setText(where)
        self.where.setVisible(bool(where))
        self.logo.setPixmap(icon(logo).pixmap(QSize(40, 40)))
        self.card.setAccessibleName(" ".join(t for t in (self.title.text(), where) if t))
        self.notices.setText("\n\n".join(core_text(n) for n in notices))
        self.notices.setVisible(bool(notices))
