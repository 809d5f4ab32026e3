"""The facts under the tokens: type, scopes, issued and expiry times, status.

Times come from the token set once it is read, from the account's metadata until then.
When the keychain holds no tokens (a reconnect-needed account) the times are hidden:
they describe tokens that no longer exist.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.storage.accounts import CONNECTED, Account

from ..common.messages import core_text
from ..common.times import utc_label
from .format import when

FACTS = (  # titles: keys of the "TokenFacts" context
    ("type", QT_TRANSLATE_NOOP("TokenFacts", "Token type")),
    ("scopes", QT_TRANSLATE_NOOP("TokenFacts", "Scopes")),
    ("issued", QT_TRANSLATE_NOOP("TokenFacts", "Issued")),
    ("expires", QT_TRANSLATE_NOOP("TokenFacts", "Access token expires")),
    ("refresh_expires", QT_TRANSLATE_NOOP("TokenFacts", "Refresh token expires")),
    ("status", QT_TRANSLATE_NOOP("TokenFacts", "Status")),
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
        for key, source in FACTS:
            title = QCoreApplication.translate("TokenFacts", source)
            label = QLabel(self)
            label.setObjectName(f"{key}Value")
            label.setAccessibleName(title)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = label
            self.form.addRow(self.tr("{title}:", "a form row's label").format(title=title), label)

    def show_for(self, account: Account, tokens: TokenSet | None, stored: bool = True) -> None:
        """``stored`` False: the keychain has no tokens for the account (times hidden)."""
        now = time.time()
        for key in TIMES:
            self.form.setRowVisible(self.facts[key], stored)
        connected = account.status == CONNECTED
        status = self.tr("Connected") if connected else self.tr("Reconnect needed")
        if account.last_error:
            status = self.tr("{status} — {reason}").format(
                status=status, reason=core_text(account.last_error)
            )
        self.facts["status"].setText(status)
        scopes = tokens.scope if tokens else account.scopes
        self.facts["scopes"].setText(" ".join(scopes) or self.tr("none granted or not reported"))
        if not stored:
            return
        source: TokenSet | Account = tokens or account
        self.facts["type"].setText(tokens.token_type if tokens else "…")
        self._set_time("issued", source.issued_at, now, self.tr("unknown"))
        self._set_time(
            "expires",
            source.expires_at,
            now,
            self.tr("unknown (the provider did not say; renewed on 401)"),
        )
        has_refresh = bool(tokens.refresh_token) if tokens else account.has_refresh_token
        self._set_time(
            "refresh_expires",
            source.refresh_expires_at,
            now,
            self.tr("not stated by the provider") if has_refresh else self.tr("no refresh token"),
        )

    def _set_time(self, key: str, epoch: float | None, now: float, otherwise: str) -> None:
        """Local time with its zone on the label, the exact UTC moment on hover."""
        label = self.facts[key]
        label.setText(when(epoch, now) if epoch else otherwise)
        label.setToolTip(utc_label(epoch) if epoch else "")
