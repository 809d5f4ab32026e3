"""The engine: one object that owns the profiles, store, vault, HTTP and clock.

The GUI and the CLI both build an ``Engine`` and call its verbs; everything outside
(clock, HTTP session, vault, browser opener) is injected so tests can pass their own.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import requests

from ..api.answers import needs_new_token, plain_note
from ..api.calls import (
    ApiRequest,
    ApiResponse,
    absolute_url,
    send,
)
from ..api.destination import api_origins, sendable_url
from ..api.identity import fill_placeholders
from ..base.errors import (
    LoopbackError,
    LoopgateError,
    NotAllowed,
    ProfileError,
    ReconnectNeeded,
    TokenEndpointError,
    VaultError,
)
from ..oauth.browser import open_system_browser
from ..oauth.discovery import resolve
from ..oauth.transport import new_session
from ..policy.registry import refusal
from ..providers.profiles import ProfileRegistry, ProviderProfile
from ..storage.accounts import CONNECTED, RECONNECT_NEEDED, Account
from ..storage.history import History, HistoryEntry
from ..storage.store import AccountStore
from ..storage.vault import Vault
from .client_rejection import CLIENT_REFUSALS, client_rejected
from .connect import ConnectContext, run_connect
from .disconnect import DisconnectContext
from .disconnect import disconnect as run_disconnect
from .provider_moved import provider_moved
from .refresh import TokenManager
from .token_client import TokenClient, client_secret_name

DEMO_PORT_ENV = "LOOPGATE_DEMO_PORT"
RENEWED_BEFORE = "The token was renewed before sending."
RENEWED_AFTER_401 = "The provider rejected the token (401), so Loopgate renewed it and resent."
SESSION_ONLY_FORGOTTEN = (
    "This account's tokens were kept for one session only and were forgotten when Loopgate "
    "closed. Reconnect to use it again."
)



class Engine:
    def __init__(
        self,
        *,
        registry: ProfileRegistry,
        store: AccountStore,
        vault: Vault,
        data_dir: Path,
        clock: Callable[[], float] = time.time,
        session_factory: Callable[[], requests.Session] = new_session,
        browser: Callable[[str], bool] = open_system_browser,
        demo_port: int | None = None,
        demo_launcher: Callable[[int], str] | None = None,
    ) -> None:
        self.registry = registry
        self.store = store
        self.vault = vault
        self.clock = clock
        self.browser = browser
        self.data_dir = data_dir
        self.history = History(data_dir / "history")
        self.demo_port = demo_port or int(os.environ.get(DEMO_PORT_ENV) or 8765)
        self._session_factory = session_factory
        self._local = threading.local()
        self._resolved: dict[str, ProviderProfile] = {}
        self._resolve_lock = threading.Lock()
        self.demo_launcher = demo_launcher
        self.token_client = TokenClient(session=self.session, secret_for=self._client_secret)
        self.tokens = TokenManager(
            vault=lambda: self.vault,
            store=store,
            token_client=self.token_client,
            profile_for=self._usable_profile_for,
            locks_dir=data_dir / "locks",
            clock=clock,
        )

    def _client_secret(self, profile: ProviderProfile) -> str | None:
        """An administrator's secret, only for profiles that declare they may need one."""
        if not profile.may_require_client_secret:
            return None
        return self.vault.get_secret(client_secret_name(profile.id))

    def session(self) -> requests.Session:
        """One HTTP session per thread: ``requests.Session`` is not thread-safe."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = self._session_factory()
        return session

    # -- providers ------------------------------------------------------------------
    def resolved_profile(self, profile_id: str, *, refresh: bool = False) -> ProviderProfile:
        """The profile with discovery applied (and the demo server started when needed)."""
        with self._resolve_lock:
            if not refresh and profile_id in self._resolved:
                return self._resolved[profile_id]
        profile = self.registry.get(profile_id)
        if profile.demo:
            profile = self._with_demo_server(profile)
        resolved = resolve(profile, self.session())
        with self._resolve_lock:
            self._resolved[profile_id] = resolved
        return resolved

    def _with_demo_server(self, profile: ProviderProfile) -> ProviderProfile:
        if self.demo_launcher is None:
            raise ProfileError(
                "The demo provider is not available in this copy of Loopgate.",
                detail="the engine was built without a demo launcher",
            )
        try:
            issuer = self.demo_launcher(self.demo_port)
        except OSError as exc:
            raise LoopbackError(
                f"The demo provider could not start: port {self.demo_port} is used by another "
                f"program. Close it, or set {DEMO_PORT_ENV} to a free port.",
                detail=str(exc),
            ) from None
        return replace(
            profile,
            issuer=issuer,
            discovery_url=f"{issuer}/.well-known/openid-configuration",
            api_base=issuer,
        )

    def reload_profiles(self, registry: ProfileRegistry | None = None) -> None:
        """After a profile file was added or edited (custom provider, client ID)."""
        from ..policy.registry import policy_registry

        self.registry = registry or policy_registry()
        with self._resolve_lock:
            self._resolved.clear()

    def profile_for(self, account: Account) -> ProviderProfile:
        """The account's profile, with the client ID it was connected with (refresh needs it).

        A profile that now names another issuer or token origin than the account was
        connected with would receive its refresh token: the account asks to reconnect.
        """
        profile = self.resolved_profile(account.profile_id)
        moved = provider_moved(account, profile)
        if moved:
            self._ask_to_reconnect(account, moved)
        if account.client_id and account.client_id != profile.client_id:
            profile = replace(profile, client_id=account.client_id)
        return profile

    def require_allowed(self, profile_id: str, *, account: bool = True) -> None:
        """Organisation policy: an account at a forbidden provider can only be disconnected."""
        reason = refusal(self.registry, profile_id)
        if reason:
            tail = " Its accounts can only be disconnected." if account else ""
            raise NotAllowed(reason + tail)

    def _usable_profile_for(self, account: Account) -> ProviderProfile:
        """``profile_for`` for renewals: none for a provider the organisation forbids."""
        self.require_allowed(account.profile_id)
        return self.profile_for(account)

    def _ask_to_reconnect(self, account: Account, moved: str) -> None:
        message = (
            f"This provider's settings changed since the account was connected ({moved}), "
            "so its tokens were not sent there. Reconnect the account to use the new settings."
        )
        if (account.status, account.last_error) != (RECONNECT_NEEDED, message):  # once
            self.store.update(
                account.id,
                lambda a: a.with_changes(
                    status=RECONNECT_NEEDED, last_error=message, last_error_detail=moved
                ),
            )
        raise ReconnectNeeded(message, error="provider_moved", detail=moved)

    # -- accounts -------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        return self.store.all()

    def forget_session_accounts(self, accounts: Iterable[Account] | None = None) -> list[str]:
        """Session-only accounts whose tokens died with the last run now need reconnecting.

        Their metadata survives a restart but their tokens never do (by design: no
        plaintext fallback), so showing them as connected would be a lie. ``accounts``:
        the list just read by the caller, so the store is not read again to look (a full
        read of 10,000 accounts holds the GIL ≈ 65 ms); the store is written only when an
        account is forgotten.
        """
        forgotten = []
        for account in self.store.all() if accounts is None else accounts:
            if not (account.session_only and account.status == CONNECTED):
                continue
            try:
                if self.vault.get_tokens(account.id) is not None:
                    continue
            except VaultError:
                continue
            self.store.update(
                account.id,
                lambda a: a.with_changes(
                    status=RECONNECT_NEEDED,
                    has_refresh_token=False,
                    last_error=SESSION_ONLY_FORGOTTEN,
                    last_error_detail="session-only tokens",
                ),
            )
            forgotten.append(account.id)
        return forgotten

    def access_token(self, account_id: str) -> str:
        self.require_allowed(self.store.get(account_id).profile_id)
        tokens, _ = self.tokens.fresh_tokens(account_id)
        return tokens.access_token

    def connect(self, profile_id: str, **kwargs: Any) -> Account:
        self.require_allowed(profile_id, account=bool(kwargs.get("account_id")))
        locked = getattr(self.registry, "client_id_locked", None)
        if callable(locked) and locked(profile_id):
            kwargs["client_id"] = ""  # the organisation's client ID, whatever was typed before
        context = ConnectContext(
            vault=self.vault,
            store=self.store,
            token_client=self.token_client,
            session=self.session,
            browser=lambda url: self.browser(url),  # Settings may swap the opener later
            resolve_profile=self.resolved_profile,
            clock=self.clock,
        )
        try:
            return run_connect(context, profile_id, **kwargs)
        except TokenEndpointError as exc:
            if exc.error not in CLIENT_REFUSALS:
                raise
            typed = str(kwargs.get("client_id") or "")
            raise client_rejected(self.registry, profile_id, typed, exc) from None

    def disconnect(self, account_id: str, *, local_only: bool = False) -> str:
        """Revoke, then forget (``core.engine.disconnect``); ``RevocationFailed`` keeps all."""
        context = DisconnectContext(
            store=self.store,
            vault=lambda: self.vault,
            history=self.history,
            tokens=self.tokens,
            token_client=self.token_client,
            profile_for=self.profile_for,
            clock=self.clock,
        )
        return run_disconnect(context, account_id, local_only=local_only)

    # -- API ------------------------------------------------------------------------
    def prepare_request(self, account: Account, request: ApiRequest) -> ApiRequest:
        self.require_allowed(account.profile_id)
        profile = self.profile_for(account)
        url = absolute_url(profile.api_base, fill_placeholders(request.url, account.placeholders()))
        if "{" in url and "}" in url.split("{", 1)[1]:
            missing = url.split("{", 1)[1].split("}", 1)[0]
            raise LoopgateError(
                f"The address needs {{{missing}}}, which this account does not have.",
            )
        # Decided on the exact URL sent, query folded in (design §3, RFC 6750 §5.3).
        sent = sendable_url(url, request.params, api_origins(profile))
        return replace(request, url=sent, params=())

    def call(
        self, account_id: str, request: ApiRequest, *, cancel: threading.Event | None = None
    ) -> ApiResponse:
        """RFC 6750: header only; a 401 about the token is renewed and resent once.

        Any other answer (403, 429, 5xx, HTML, empty, huge) comes back as it is, with a
        plain note; only a failure to send at all, or a dead grant, raises.
        """
        account = self.store.get(account_id)
        request = self.prepare_request(account, request)
        started = self.clock()
        try:
            tokens, refreshed = self.tokens.fresh_tokens(account_id)
            answer = send(self.session(), request, tokens.access_token, cancel=cancel)
            note = RENEWED_BEFORE if refreshed else ""
            if needs_new_token(answer):
                answer, note, refreshed = self._renew_and_resend(
                    account_id, request, tokens, answer, cancel
                )
        except LoopgateError as exc:
            self._record(account_id, request, started, None, 0.0, 0, exc.message)
            raise
        self._record(
            account_id, request, started, answer.status, answer.elapsed_ms, answer.size, ""
        )
        note = " ".join(n for n in (note, plain_note(answer, self.clock())) if n)
        return replace(answer, refreshed=refreshed, note=note)

    def _renew_and_resend(
        self,
        account_id: str,
        request: ApiRequest,
        tokens: Any,
        rejected: ApiResponse,
        cancel: threading.Event | None,
    ) -> tuple[ApiResponse, str, bool]:
        """One renewal and one resend (RFC 6750 §3.1); a provider problem reports the 401."""
        if not tokens.can_refresh(self.clock()):
            return rejected, "The token cannot be renewed: reconnect the account.", False
        try:
            fresh, _ = self.tokens.fresh_tokens(account_id, rejected_token=tokens.access_token)
        except ReconnectNeeded:
            raise
        except LoopgateError as exc:
            return rejected, f"Renewing the token failed: {exc.message}", False
        answer = send(self.session(), request, fresh.access_token, cancel=cancel)
        return answer, RENEWED_AFTER_401, True

    def _record(
        self,
        account_id: str,
        request: ApiRequest,
        at: float,
        status: int | None,
        elapsed: float,
        size: int,
        error: str,
    ) -> None:
        try:
            self.history.add(
                account_id,
                HistoryEntry(
                    at=at,
                    method=request.method.upper(),
                    url=request.url,
                    status=status,
                    elapsed_ms=round(elapsed, 1),
                    size=size,
                    request_headers=request.headers,
                    body=request.body,
                    error=error,
                ),
            )
        except OSError:
            pass  # history is a convenience; never fail a call over it
