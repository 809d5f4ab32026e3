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

from PySide6.QtCore import QCoreApplication, Qt
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

from ..common.messages import core_text
from ..common.times import clock_text, day_text, zone_name
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


def status_sentence(
    status: str, account: Account, *, now: float, lead: float, auto: bool = True
) -> str:
    """How the account is doing, as one or two plain sentences."""
    translate = QCoreApplication.translate
    if status == NOT_ALLOWED:
        return translate(
            "Overview", "Not allowed by your organisation: this account can only be disconnected."
        )
    if status == RECONNECT:
        if not account.last_error:
            return translate("Overview", "Needs reconnecting: the connection has ended.")
        return translate("Overview", "Needs reconnecting: {reason}").format(
            reason=core_text(account.last_error)
        )
    if status == EXPIRED_RENEWING:
        return translate("Overview", "Access has expired; renewing it now…")
    if status == REFRESHING:
        return translate("Overview", "Renewing access now…")
    if status == EXPIRING_SOON:
        return translate(
            "Overview",
            "Ending soon: access ends in {countdown} and cannot renew itself. "
            "Reconnect to keep it working.",
        ).format(countdown=format_remaining(account.expires_at, now))
    if status == PROVIDER_PROBLEM:
        return translate(
            "Overview",
            "Provider problem: renewing failed, but the connection was kept. {reason} {next_try}",
        ).format(reason=core_text(account.last_error), next_try=next_try_words(account, now))
    if status == OFFLINE:
        return translate("Overview", "Could not renew last time: {reason} {next_try}").format(
            reason=core_text(account.last_error), next_try=next_try_words(account, now)
        )
    if status == EXPIRED:
        return translate(
            "Overview", "Access has expired. Loopgate renews it the next time it is used."
        )
    if account.expires_at is None:
        return translate(
            "Overview",
            "Connected. The provider did not say when access expires; Loopgate renews it "
            "when the provider asks.",
        )
    if not can_renew(account, now):
        return translate(
            "Overview",
            "Connected. This connection cannot renew itself: reconnect it when it ends.",
        )
    if not auto:
        return translate(
            "Overview",
            "Connected. Automatic renewal is off: use Refresh now before access expires.",
        )
    return translate(
        "Overview", "Connected. Loopgate renews access automatically {lead} before it expires."
    ).format(lead=duration_words(lead))


def when(at: float | None, now: float) -> str:
    """'today at 14:02 CET', 'yesterday at 09:15 CET', '3 Mar 2026 at 09:15 CET' (local)."""
    if not at:
        return ""
    translate = QCoreApplication.translate
    moment = datetime.fromtimestamp(at).astimezone()
    days = (datetime.fromtimestamp(now).date() - moment.date()).days
    clock = translate("Times", "{time} {zone}", "a time of day and its zone").format(
        time=clock_text(moment),
        zone=zone_name(moment),  # the zone, as everywhere
    )
    if days == 0:
        return translate("Overview", "today at {time}").format(time=clock)
    if days == 1:
        return translate("Overview", "yesterday at {time}").format(time=clock)
    return translate("Overview", "{day} at {time}").format(
        day=day_text(moment, year=True), time=clock
    )


def renewal_text(account: Account, now: float) -> str:
    """The last renewal, or the last sign-in: a reconnect starts the story again."""
    translate = QCoreApplication.translate
    if account.last_refresh_at:
        return translate("Overview", "Last renewed {when}.").format(
            when=when(account.last_refresh_at, now)
        )
    connected = account.connected_at or account.created_at
    if connected:
        return translate("Overview", "Not renewed yet; connected {when}.").format(
            when=when(connected, now)
        )
    return translate("Overview", "Not renewed yet.")


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
        self.setAccessibleName(self.tr("Account overview"))
        self._describe, self._status_of = describe, status_of
        self._lead_time, self._auto, self._clock = lead_time, auto_refresh, clock
        self._renewal_cache: tuple[Any, str] = (None, "")
        self.account: Account | None = None
        self.title = self._label("overviewTitle", "headline")
        self.empty = self._label("overviewEmpty", "muted")
        self.empty.setText(self.tr("Select an account above to see how it is doing."))
        self.provider = self._label("overviewProvider")
        self.who = self._label("overviewIdentity")
        self.status = self._label("overviewStatus")
        self.expires = self._label("overviewExpires")
        self.renewed = self._label("overviewRenewed")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for text, value in (
            (self.tr("Provider:"), self.provider),
            (self.tr("Signed in as:"), self.who),
            (self.tr("Status:"), self.status),
            (self.tr("Access ends in:"), self.expires),
            (self.tr("Renewal:"), self.renewed),
        ):
            self.form.addRow(text, value)
        self.refresh_button = self._button(
            actions.refresh, "overviewRefreshButton", self.tr("Refresh now")
        )
        self.reconnect_button = self._button(
            actions.reconnect, "overviewReconnectButton", self.tr("Reconnect")
        )
        self.disconnect_button = self._button(
            actions.disconnect, "overviewDisconnectButton", self.tr("Disconnect")
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

    def focus_order(self) -> list[QWidget]:
        return [self.refresh_button, self.reconnect_button, self.disconnect_button]

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
        self.provider.setText(
            self.tr("{provider} ({environment})").format(provider=name, environment=environment)
            if environment
            else name
        )
        self.who.setText(account.identity.summary() or self.tr("Not stated by the provider"))
        self.update_status()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_status()  # catch up on the ticks skipped while hidden

    def _renewal_line(self, account: Account, now: float) -> str:
        """Changes with the account's times and at most once a minute ("today at …")."""
        key = (account.id, account.last_refresh_at, account.connected_at, now // 60)
        if self._renewal_cache[0] != key:
            self._renewal_cache = (key, renewal_text(account, now))
        return self._renewal_cache[1]

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
            expires = self.tr("Access has ended.")
        elif account.expires_at is None:
            expires = self.tr("Not stated by the provider.")
        else:
            expires = format_remaining(account.expires_at, now)
        for label, text in (
            (self.status, sentence),
            (self.expires, expires),
            (self.renewed, self._renewal_line(account, now)),
        ):
            if label.text() != text:
                label.setText(text)
        self.refresh_button.setVisible(status != RECONNECT)
