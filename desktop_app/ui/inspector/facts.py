"""The facts under the tokens: type, scopes, issued and expiry times, status.

Times come from the token set once it is read, from the account's metadata until then.
When the keychain holds no tokens (a reconnect-needed account) the times are hidden:
they describe tokens that no longer exist.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.storage.accounts import CONNECTED, Account

from ..common.times import utc_label
from .format import when

FACTS = (
    ("type", "Token type"),
    ("scopes", "Scopes"),
    ("issued", "Issued"),
    ("expires", "Access token expires"),
    ("refresh_expires", "Refresh token expires"),
    ("status", "Status"),
)
TIMES = ("type", "issued", "expires", "refresh_expires")


class TokenFacts(QWidget):
    """A form of plain-words facts; ``show`` fills it for one account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenFacts")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.facts: dict[str, QLabel] = {}
        for key, title in FACTS:
            label = QLabel(self)
            label.setObjectName(f"{key}Value")
            label.setAccessibleName(title)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = label
            self.form.addRow(f"{title}:", label)

    def show_for(self, account: Account, tokens: TokenSet | None, stored: bool = True) -> None:
        """``stored`` False: the keychain has no tokens for the account (times hidden)."""
        now = time.time()
        for key in TIMES:
            self.form.setRowVisible(self.facts[key], stored)
        status = "Connected" if account.status == CONNECTED else "Reconnect needed"
        self.facts["status"].setText(
            status + (f" — {account.last_error}" if account.last_error else "")
        )
        scopes = tokens.scope if tokens else account.scopes
        self.facts["scopes"].setText(" ".join(scopes) or "none granted or not reported")
        if not stored:
            return
        source: TokenSet | Account = tokens or account
        self.facts["type"].setText(tokens.token_type if tokens else "…")
        self._set_time("issued", source.issued_at, now, "unknown")
        self._set_time(
            "expires", source.expires_at, now, "unknown (the provider did not say; renewed on 401)"
        )
        has_refresh = bool(tokens.refresh_token) if tokens else account.has_refresh_token
        self._set_time(
            "refresh_expires",
            source.refresh_expires_at,
            now,
            "not stated by the provider" if has_refresh else "no refresh token",
        )

    def _set_time(self, key: str, epoch: float | None, now: float, otherwise: str) -> None:
        """Local time with its zone on the label, the exact UTC moment on hover."""
        label = self.facts[key]
        label.setText(when(epoch, now) if epoch else otherwise)
        label.setToolTip(utc_label(epoch) if epoch else "")
