"""The token inspector: everything a support engineer needs to know about one account's tokens.

Tokens are read from the keychain off the GUI thread (a keychain can block on an unlock
prompt), shown masked, decoded for reading at once, and then their signatures are
checked in a second background step (fetching the provider's JWKS is network I/O).
Nothing secret is logged; the raw response and timeline come already redacted.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.base.diagnostics import format_timeline
from desktop_app.core.base.errors import LoopgateError, ReconnectNeeded
from desktop_app.core.engine.inspect import token_reports
from desktop_app.core.engine.token_check import TokenCheck, check_tokens
from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account

from ..common.background import run_in_background
from ..common.lifetime import guarded
from .claims import ClaimsPanel
from .facts import TokenFacts
from .tokens import REVEAL_MS, TokenRow

if TYPE_CHECKING:
    from desktop_app.core.engine.engine import Engine

log = logging.getLogger(__name__)
TOKEN_NAMES = ("access_token", "refresh_token", "id_token")
NO_TOKENS = "No tokens are stored for this account — it needs to be reconnected."


def _text_view(name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return view


class TokenInspector(QWidget):
    accounts_changed = Signal()  # part of the contract; inspecting never changes tokens

    def __init__(self, parent: QWidget | None = None, reveal_ms: int = REVEAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("tokenInspector")
        self.setAccessibleName("Token inspector")
        self._engine: Engine | None = None
        self._account: Account | None = None
        self._tokens: TokenSet | None = None
        self._stored = True  # False once the keychain turned out to hold no tokens
        self._generation = 0
        self.rows = {name: TokenRow(name, reveal_ms, self) for name in TOKEN_NAMES}
        self.message = QLabel(self)
        self.message.setObjectName("inspectorMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Inspector status")
        self.fact_form = TokenFacts(self)
        self.facts = self.fact_form.facts
        tokens_page = QWidget(self)
        tokens_layout = QVBoxLayout(tokens_page)
        tokens_layout.addWidget(self.message)
        for row in self.rows.values():
            tokens_layout.addWidget(row)
        self.signatures = QLabel(self)
        self.signatures.setObjectName("signatureSummary")
        self.signatures.setAccessibleName("Signature checks")
        self.signatures.setWordWrap(True)
        tokens_layout.addWidget(self.signatures)
        tokens_layout.addWidget(self.fact_form)
        tokens_layout.addStretch(1)
        self.claims = ClaimsPanel(self)
        self.raw_response = _text_view("rawTokenResponse", "Raw token response, redacted", self)
        self.timeline = _text_view("diagnosticsTimeline", "Diagnostics of the last connect", self)
        self.copy_timeline_button = QPushButton("Copy for a support ticket", self)
        self.copy_timeline_button.setObjectName("copyTimelineButton")
        self.copy_timeline_button.setAccessibleName("Copy the diagnostics for a support ticket")
        self.copy_timeline_button.clicked.connect(self.copy_timeline)
        diagnostics = QWidget(self)
        diag_layout = QVBoxLayout(diagnostics)
        diag_layout.addWidget(QLabel("Last connect or refresh, secrets removed:", self))
        diag_layout.addWidget(self.timeline, 1)
        diag_layout.addWidget(self.copy_timeline_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setAccessibleName("Inspector sections")
        self.tabs.addTab(tokens_page, "Tokens")
        self.tabs.addTab(self.claims, "Claims (JWT)")
        self.tabs.addTab(self.raw_response, "Raw response")
        self.tabs.addTab(diagnostics, "Diagnostics")
        empty = QLabel("Select an account to inspect its tokens.", self)
        empty.setObjectName("inspectorEmptyState")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(empty)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh_times)
        self.set_account(None)

    @property
    def reveal_ms(self) -> int:
        return self.rows["access_token"].reveal_ms

    @reveal_ms.setter
    def reveal_ms(self, value: int) -> None:
        for row in self.rows.values():
            row.reveal_ms = value

    # -- contract with the main window ---------------------------------------------------
    def set_engine(self, engine: Engine) -> None:
        from desktop_app.core.policy.effective import SET_BY_ORGANISATION
        from desktop_app.core.policy.registry import policy_of

        self._engine = engine
        policy = policy_of(engine.registry)
        for row in self.rows.values():
            row.lock(
                reveal=not policy.allow_token_reveal,
                copy=not policy.allow_token_copy,
                reason=SET_BY_ORGANISATION,
            )

    def set_account(self, account: Account | None) -> None:
        """Only a different account id starts afresh.

        The main window calls this after every reload of the account list (any renewal),
        often as ``None`` and then the same account: a revealed token stays revealed (its
        own timer still hides it) and nothing flickers. ``None`` only shows the empty page.
        """
        self._generation += 1
        if account is None:
            self._tick.stop()
            self.pages.setCurrentIndex(0)
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._forget_tokens(generation))
            return
        same = self._account is not None and account.id == self._account.id
        self._account = account
        self.pages.setCurrentIndex(1)
        self.raw_response.setPlainText(json.dumps(account.token_response, indent=2, sort_keys=True))
        self.timeline.setPlainText(format_timeline(account.diagnostics) or "No steps recorded yet.")
        if not same:
            self._tokens = None
            for row in self.rows.values():
                row.set_value("")
                row.clear_note()
            self.claims.set_checks([])
            self.signatures.setText("")
        self._stored = account.status != RECONNECT_NEEDED or self._tokens is not None
        self._refresh_times()
        self._tick.start()
        self._load_tokens()

    def _forget_tokens(self, generation: int) -> None:
        """Still nothing selected after the reload's turn: no token stays in the widgets."""
        if generation == self._generation:
            self._tokens = None
            for row in self.rows.values():
                row.set_value("")

    # -- background steps ----------------------------------------------------------------
    def _load_tokens(self) -> None:
        if self._engine is None or self._account is None:
            return
        engine, account, generation = self._engine, self._account, self._generation
        self.message.setText("Reading the tokens from the keychain…")
        run_in_background(
            lambda _c: engine.tokens.current(account.id),
            guarded(self, lambda tokens: self._tokens_read(generation, tokens)),
            guarded(self, lambda exc: self._tokens_failed(generation, exc)),
        )

    def _tokens_read(self, generation: int, tokens: TokenSet) -> None:
        if generation != self._generation or self._engine is None or self._account is None:
            return
        self._tokens, self._stored = tokens, True
        for name, row in self.rows.items():
            row.set_value(getattr(tokens, name))  # an absent one says so ("No ID token")
            row.setVisible(True)
        self._refresh_times()
        self.message.setText("Checking signatures against the provider's published keys…")
        self.claims.set_checks(
            [
                TokenCheck(r.name, r.jwt, "Checking the signature…")
                for r in token_reports(tokens)
                if r.jwt is not None
            ]
        )
        engine, profile_id = self._engine, self._account.profile_id
        run_in_background(
            lambda _c: check_tokens(tokens, engine.resolved_profile(profile_id), engine.session()),
            guarded(self, lambda checks: self._checked(generation, checks)),
            guarded(self, lambda exc: self._tokens_failed(generation, exc, checking=True)),
        )

    def _checked(self, generation: int, checks: list[TokenCheck]) -> None:
        if generation != self._generation:
            return
        self.claims.set_checks(checks)
        by_name = {c.name: c.statement for c in checks}
        for name, row in self.rows.items():
            row.field.setToolTip(by_name.get(name, ""))
        self.signatures.setText(
            "<br>".join(
                f"<b>{self.rows[c.name].label.text()}</b>: {c.statement}"
                for c in checks
                if c.jwt is not None and c.name in self.rows
            )
        )
        self.message.setText("")

    def _tokens_failed(self, generation: int, exc: BaseException, checking: bool = False) -> None:
        if generation != self._generation:
            return
        if not checking and isinstance(exc, ReconnectNeeded) and exc.error == "no_tokens":
            self._show_no_tokens()
            return
        if isinstance(exc, LoopgateError):
            text = exc.message + (f" ({exc.detail})" if exc.detail else "")
        else:
            log.warning("inspector background step failed: %s", type(exc).__name__)
            text = f"Something went wrong ({type(exc).__name__})."
        prefix = "Could not check the signatures: " if checking else "Could not read the tokens: "
        self.message.setText(prefix + text)

    # -- display -------------------------------------------------------------------------
    def _show_no_tokens(self) -> None:
        """A plain sentence instead of stale times and an error code (no_tokens)."""
        self._tokens, self._stored = None, False
        for row in self.rows.values():
            row.set_value("")
            row.setVisible(False)
        self.claims.set_checks([])
        self.signatures.setText("")
        self.message.setText(NO_TOKENS)
        self._refresh_times()

    def _refresh_times(self) -> None:
        if self._account is not None:
            self.fact_form.show_for(self._account, self._tokens, self._stored)
            self.claims.refresh_times()

    def copy_timeline(self) -> None:
        account = self._account
        if account is None:
            return
        header = f"Loopgate diagnostics — provider {account.profile_id}, account {account.id}\n"
        QGuiApplication.clipboard().setText(header + self.timeline.toPlainText())
        self.copy_timeline_button.setText("Copied")
        QTimer.singleShot(2000, self, self._reset_copy_label)  # no call after deletion

    def _reset_copy_label(self) -> None:
        self.copy_timeline_button.setText("Copy for a support ticket")
