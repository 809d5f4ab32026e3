"""The Overview tab: the selected account in plain words, for people who are not engineers.

Design §1: no jargon in the default view. Provider and region, who it is, how it is doing
in one sentence, when it was last renewed, and the three verbs as buttons. Token details
stay one click away in the Token inspector and API explorer tabs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.storage.accounts import Account

from .status import (
    EXPIRED,
    EXPIRED_RENEWING,
    EXPIRING_SOON,
    NOT_ALLOWED,
    OFFLINE,
    PROVIDER_PROBLEM,
    RECONNECT,
    REFRESHING,
    can_renew,
    duration_words,
    format_remaining,
    next_try_words,
)

NOTHING_SELECTED = "Select an account above to see how it is doing."


def status_sentence(
    status: str, account: Account, *, now: float, lead: float, auto: bool = True
) -> str:
    """How the account is doing, as one or two plain sentences."""
    if status == NOT_ALLOWED:
        return "Not allowed by your organisation: this account can only be disconnected."
    if status == RECONNECT:
        return f"Needs reconnecting: {account.last_error or 'the connection has ended.'}"
    if status in (REFRESHING, EXPIRED_RENEWING):
        return (
            "Access has expired; renewing it now…"
            if status == EXPIRED_RENEWING
            else ("Renewing access now…")
        )
    if status == EXPIRING_SOON:
        left = format_remaining(account.expires_at, now)
        return (
            f"Ending soon: access ends in {left} and cannot renew itself. "
            "Reconnect to keep it working."
        )
    if status == PROVIDER_PROBLEM:
        return (
            f"Provider problem: renewing failed, but the connection was kept. "
            f"{account.last_error} {next_try_words(account, now)}"
        )
    if status == OFFLINE:
        return f"Could not renew last time: {account.last_error} {next_try_words(account, now)}"
    if status == EXPIRED:
        return "Access has expired. Loopgate renews it the next time it is used."
    if account.expires_at is None:
        return (
            "Connected. The provider did not say when access expires; Loopgate renews it "
            "when the provider asks."
        )
    if not can_renew(account, now):
        return "Connected. This connection cannot renew itself: reconnect it when it ends."
    if not auto:
        return "Connected. Automatic renewal is off: use Refresh now before access expires."
    return (
        f"Connected. Loopgate renews access automatically {duration_words(lead)} before it expires."
    )


def when(at: float | None, now: float) -> str:
    """'today at 14:02', 'yesterday at 09:15', '3 Mar 2026 at 09:15' (local time)."""
    if not at:
        return ""
    moment = datetime.fromtimestamp(at)
    days = (datetime.fromtimestamp(now).date() - moment.date()).days
    clock = moment.strftime("%H:%M")
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"yesterday at {clock}"
    return f"{moment.day} {moment.strftime('%b %Y')} at {clock}"


def renewal_text(account: Account, now: float) -> str:
    """The last renewal, or the last sign-in: a reconnect starts the story again."""
    if account.last_refresh_at:
        return f"Last renewed {when(account.last_refresh_at, now)}."
    connected = account.connected_at or account.created_at
    if connected:
        return f"Not renewed yet; connected {when(connected, now)}."
    return "Not renewed yet."


class Overview(QFrame):
    """``describe`` gives (provider, environment) for a profile id; ``status_of`` the status."""

    def __init__(
        self,
        actions: Any,
        *,
        describe: Callable[[str], tuple[str, str]],
        status_of: Callable[[Account], str],
        lead_time: Callable[[Account], float],
        auto_refresh: Callable[[], bool],
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setAccessibleName("Account overview")
        self._describe, self._status_of = describe, status_of
        self._lead_time, self._auto, self._clock = lead_time, auto_refresh, clock
        self.account: Account | None = None
        self.title = self._label("overviewTitle", "headline")
        self.empty = self._label("overviewEmpty", "muted")
        self.empty.setText(NOTHING_SELECTED)
        self.provider = self._label("overviewProvider")
        self.who = self._label("overviewIdentity")
        self.status = self._label("overviewStatus")
        self.expires = self._label("overviewExpires")
        self.renewed = self._label("overviewRenewed")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for text, value in (
            ("Provider:", self.provider),
            ("Signed in as:", self.who),
            ("Status:", self.status),
            ("Access ends in:", self.expires),
            ("Renewal:", self.renewed),
        ):
            self.form.addRow(text, value)
        self.refresh_button = self._button(actions.refresh, "overviewRefreshButton", "Refresh now")
        self.reconnect_button = self._button(
            actions.reconnect, "overviewReconnectButton", "Reconnect"
        )
        self.disconnect_button = self._button(
            actions.disconnect, "overviewDisconnectButton", "Disconnect"
        )
        buttons = QHBoxLayout()
        for widget in (self.refresh_button, self.reconnect_button, self.disconnect_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_account(None)

    def _label(self, name: str, role: str = "") -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role:
            label.setProperty("role", role)
        return label

    def _button(self, action: QAction, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(action.statusTip())
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button

    def set_account(self, account: Account | None) -> None:
        self.account = account
        shown = account is not None
        self.empty.setVisible(not shown)
        self.title.setVisible(shown)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown)
        for button in (self.refresh_button, self.reconnect_button, self.disconnect_button):
            button.setVisible(shown)
        if account is None:
            return
        self.title.setText(account.label)
        name, environment = self._describe(account.profile_id)
        self.provider.setText(f"{name} ({environment})" if environment else name)
        self.who.setText(account.identity.summary() or "Not stated by the provider")
        self.update_status()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_status()  # catch up on the ticks skipped while hidden

    def update_status(self) -> None:
        """The time-dependent lines; the window calls this on each tick.

        Hidden behind another tab it does nothing (``showEvent`` catches up), and a line
        is only touched when its text changed: the tick must stay cheap (design §6).
        """
        account = self.account
        if account is None or not self.isVisible():
            return
        now = self._clock()
        status = self._status_of(account)
        sentence = status_sentence(
            status, account, now=now, lead=self._lead_time(account), auto=self._auto()
        )
        if status == RECONNECT:
            expires = "Access has ended."
        elif account.expires_at is None:
            expires = "Not stated by the provider."
        else:
            expires = format_remaining(account.expires_at, now)
        for label, text in (
            (self.status, sentence),
            (self.expires, expires),
            (self.renewed, renewal_text(account, now)),
        ):
            if label.text() != text:
                label.setText(text)
        self.refresh_button.setVisible(status != RECONNECT)
