"""The token inspector: everything a support engineer needs to know about one account's tokens.

Tokens are read from the keychain off the GUI thread (a keychain can block on an unlock
prompt), shown masked, decoded for reading at once, and then their signatures are
checked in a second background step (fetching the provider's JWKS is network I/O).
Nothing secret is logged; the raw response and timeline come already redacted.
"""

from __future__ import annotations

import json
import logging
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
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
from ..common.focus import name_tab_bar, tab_leaves
from ..common.lifetime import guarded
from ..common.messages import core_text, error_text
from .claims import ClaimsPanel
from .facts import TokenFacts
from .tokens import REVEAL_MS, TokenRow, token_label

if TYPE_CHECKING:
    from desktop_app.core.engine.engine import Engine

log = logging.getLogger(__name__)
TOKEN_NAMES = ("access_token", "refresh_token", "id_token")
NO_TOKENS = QT_TRANSLATE_NOOP(
    "TokenInspector", "No tokens are stored for this account — it needs to be reconnected."
)


def _text_view(name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    tab_leaves(view)
    return view


def _scrolling(page: QWidget, name: str, parent: QWidget) -> QScrollArea:
    """A page that scrolls instead of holding the window taller than a small screen."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus, not the frame
    area.setWidget(page)
    return area


class TokenInspector(QWidget):
    accounts_changed = Signal()  # part of the contract; inspecting never changes tokens

    def __init__(self, parent: QWidget | None = None, reveal_ms: int = REVEAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("tokenInspector")
        self.setAccessibleName(self.tr("Token inspector"))
        self._engine: Engine | None = None
        self._account: Account | None = None
        self._tokens: TokenSet | None = None
        self._stored = True  # False once the keychain turned out to hold no tokens
        self._generation = 0
        self.rows = {name: TokenRow(name, reveal_ms, self) for name in TOKEN_NAMES}
        # One width for the three titles, so the fields line up in every language.
        widest = max(row.label.sizeHint().width() for row in self.rows.values())
        for row in self.rows.values():
            row.label.setMinimumWidth(widest)
        self.message = QLabel(self)
        self.message.setObjectName("inspectorMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Inspector status"))
        self.message.hide()
        self.fact_form = TokenFacts(self)
        self.facts = self.fact_form.facts
        tokens_page = QWidget(self)
        tokens_page.setObjectName("inspectorTokensPage")
        tokens_layout = QVBoxLayout(tokens_page)
        tokens_layout.addWidget(self.message)
        for row in self.rows.values():
            tokens_layout.addWidget(row)
        self.signatures = QLabel(self)
        self.signatures.setObjectName("signatureSummary")
        self.signatures.setAccessibleName(self.tr("Signature checks"))
        self.signatures.setWordWrap(True)
        tokens_layout.addWidget(self.signatures)
        tokens_layout.addWidget(self.fact_form)
        tokens_layout.addStretch(1)
        self.claims = ClaimsPanel(self)
        self.raw_response = _text_view(
            "rawTokenResponse", self.tr("Raw token response, redacted"), self
        )
        # The timeline's own lines stay in English: support reads them in tickets.
        self.timeline = _text_view(
            "diagnosticsTimeline", self.tr("Diagnostics of the last connect"), self
        )
        self.copy_timeline_button = QPushButton(self.tr("Copy for a support ticket"), self)
        self.copy_timeline_button.setObjectName("copyTimelineButton")
        self.copy_timeline_button.setAccessibleName(
            self.tr("Copy the diagnostics for a support ticket")
        )
        self.copy_timeline_button.clicked.connect(self.copy_timeline)
        diagnostics = QWidget(self)
        diag_layout = QVBoxLayout(diagnostics)
        diag_title = QLabel(self.tr("Last connect or refresh, secrets removed:"), self)
        diag_title.setWordWrap(True)
        diag_layout.addWidget(diag_title)
        diag_layout.addWidget(self.timeline, 1)
        diag_layout.addWidget(self.copy_timeline_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setAccessibleName(self.tr("Inspector sections"))
        self.tab_bar = name_tab_bar(self.tabs, "inspectorTabBar", self.tr("Inspector sections"))
        self.tabs.addTab(_scrolling(tokens_page, "inspectorTokensScroll", self), self.tr("Tokens"))
        self.tabs.addTab(
            _scrolling(self.claims, "inspectorClaimsScroll", self), self.tr("Claims (JWT)")
        )
        self.tabs.addTab(self.raw_response, self.tr("Raw response"))
        self.tabs.addTab(
            _scrolling(diagnostics, "inspectorDiagnosticsScroll", self), self.tr("Diagnostics")
        )
        empty = QLabel(self.tr("Select an account to inspect its tokens."), self)
        empty.setObjectName("inspectorEmptyState")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
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

    def focus_order(self) -> list[QWidget]:
        """Reading order: the section tabs, then each section's controls."""
        rows = [w for row in self.rows.values() for w in row.focus_order()]
        return [
            self.tabs,  # the bar takes the focus at its tab widget's place in the chain
            *rows,
            *self.claims.focus_order(),
            self.raw_response,
            self.timeline,
            self.copy_timeline_button,
        ]

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
                reason=core_text(SET_BY_ORGANISATION),
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
        self.timeline.setPlainText(
            format_timeline(account.diagnostics) or self.tr("No steps recorded yet.")
        )
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
        self._say(self.tr("Reading the tokens from the keychain…"))
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
        self._say(self.tr("Checking signatures against the provider's published keys…"))
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
            row.field.setToolTip(core_text(by_name.get(name, "")))
        self.signatures.setText(
            "<br>".join(
                self.tr("<b>{token}</b>: {statement}").format(
                    token=token_label(c.name), statement=escape(core_text(c.statement))
                )
                for c in checks
                if c.jwt is not None and c.name in self.rows
            )
        )
        self._say("")

    def _tokens_failed(self, generation: int, exc: BaseException, checking: bool = False) -> None:
        if generation != self._generation:
            return
        if not checking and isinstance(exc, ReconnectNeeded) and exc.error == "no_tokens":
            self._show_no_tokens()
            return
        if isinstance(exc, LoopgateError):
            message, detail = error_text(exc)
            text = f"{message} ({detail})" if detail else message
        else:
            log.warning("inspector background step failed: %s", type(exc).__name__)
            text = self.tr("Something went wrong ({kind}).").format(kind=type(exc).__name__)
        if checking:
            self._say(self.tr("Could not check the signatures: {reason}").format(reason=text))
        else:
            self._say(self.tr("Could not read the tokens: {reason}").format(reason=text))

    # -- display -------------------------------------------------------------------------
    def _show_no_tokens(self) -> None:
        """A plain sentence instead of stale times and an error code (no_tokens)."""
        self._tokens, self._stored = None, False
        for row in self.rows.values():
            row.set_value("")
            row.setVisible(False)
        self.claims.set_checks([])
        self.signatures.setText("")
        self._say(QCoreApplication.translate("TokenInspector", NO_TOKENS))
        self._refresh_times()

    def _say(self, text: str) -> None:
        """The status line, hidden while there is nothing to say (no blank band)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

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
        self.copy_timeline_button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, self, self._reset_copy_label)  # no call after deletion

    def _reset_copy_label(self) -> None:
        self.copy_timeline_button.setText(self.tr("Copy for a support ticket"))
