"""Keeping tokens fresh: single-flight per account, in this process and across processes.

RFC 9700 §4.14: rotated refresh tokens are single use, so two refreshes racing with the
same refresh token would kill the account. Callers therefore take a per-account thread
lock *and* a per-account file lock, then re-read the vault: whoever waited finds the
tokens already renewed and uses them. The rotated token is written to the vault before
the new access token is handed to anyone.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..base.diagnostics import Timeline
from ..base.errors import LoopgateError, ProviderError, ReconnectNeeded, VaultError
from ..oauth.id_token import check_refreshed_id_token
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile
from ..storage.accounts import CONNECTED, RECONNECT_NEEDED, Account
from ..storage.store import AccountStore
from ..storage.vault import Vault
from .token_client import TokenClient

log = logging.getLogger(__name__)

# Tokens closer than this to expiry are renewed before use.
USE_LEEWAY_SECONDS = 60.0
LOCK_TIMEOUT = 60.0


def use_leeway(lifetime: float | None) -> float:
    """Renew a token this close to expiry before using it; short-lived tokens get 10%."""
    if lifetime is None:
        return USE_LEEWAY_SECONDS
    return min(USE_LEEWAY_SECONDS, 0.1 * lifetime)


def default_lead_time(tokens_lifetime: float | None, minimum: float = 300.0) -> float:
    """Auto-refresh lead: the larger of 5 minutes and 10% of the token's lifetime."""
    if tokens_lifetime is None:
        return minimum
    return max(minimum, 0.1 * tokens_lifetime)


class TokenManager:
    """Hands out usable access tokens and performs the refreshes (engine-owned)."""

    def __init__(
        self,
        *,
        vault: Callable[[], Vault],
        store: AccountStore,
        token_client: TokenClient,
        profile_for: Callable[[Account], ProviderProfile],
        locks_dir: Path,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``vault`` is read per use: the GUI may switch to a session-only vault at run time."""
        self._vault = vault
        self._store = store
        self._token_client = token_client
        self._profile_for = profile_for
        self._clock = clock
        self._locks_dir = locks_dir
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        locks_dir.mkdir(parents=True, exist_ok=True)

    def _thread_lock(self, account_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(account_id, threading.Lock())

    def _load(self, account_id: str) -> TokenSet:
        tokens = self._vault().get_tokens(account_id)
        if tokens is None:
            message = "No tokens are stored for this account. Please reconnect it."
            self._mark_missing(account_id, message)
            raise ReconnectNeeded(message, error="no_tokens")
        return tokens

    def _mark_missing(self, account_id: str, message: str) -> None:
        """Tokens deleted elsewhere (keychain tool, another process): the row must say so."""

        def mark(account: Account) -> Account:
            if account.status == RECONNECT_NEEDED:
                return account
            return account.with_changes(
                status=RECONNECT_NEEDED,
                last_error=message,
                has_refresh_token=False,
                last_error_detail="no tokens in the keychain",
                updated_at=self._clock(),
            )

        try:
            self._store.update(account_id, mark)
        except LoopgateError:
            pass  # an account removed meanwhile has nothing to mark

    def current(self, account_id: str) -> TokenSet:
        return self._load(account_id)

    def fresh_tokens(
        self, account_id: str, *, rejected_token: str | None = None, force: bool = False
    ) -> tuple[TokenSet, bool]:
        """Usable tokens and whether this call refreshed them.

        ``rejected_token`` is the access token the API just refused: if the vault already
        holds a different one, another caller refreshed meanwhile and no request is sent.
        ``force`` ("Refresh now") refreshes unless someone else did while we waited.
        """
        seen = self._load(account_id)
        if not force and not self._needs_refresh(seen, rejected_token):
            return seen, False
        with self._thread_lock(account_id), self._process_lock(account_id):
            latest = self._load(account_id)  # re-read: someone may have refreshed
            if latest.access_token != seen.access_token and (
                force or not self._needs_refresh(latest, rejected_token)
            ):
                return latest, False
            if not force and not self._needs_refresh(latest, rejected_token):
                return latest, False
            return self._refresh_locked(account_id, latest), True

    def _needs_refresh(self, tokens: TokenSet, rejected: str | None) -> bool:
        if rejected is not None and tokens.access_token == rejected:
            return True
        return tokens.is_expired(self._clock(), use_leeway(tokens.lifetime()))

    @contextmanager
    def _process_lock(self, account_id: str) -> Iterator[None]:
        lock = FileLock(str(self._locks_dir / f"{account_id}.refresh.lock"))
        try:
            lock.acquire(timeout=LOCK_TIMEOUT)
        except Timeout:
            raise ProviderError(
                "Another Loopgate window or command is renewing this account; try again.",
                detail="refresh lock timeout",
            ) from None
        try:
            yield
        finally:
            lock.release()

    def _refresh_locked(self, account_id: str, tokens: TokenSet) -> TokenSet:
        account = self._store.get(account_id)
        profile = self._profile_for(account)
        timeline = Timeline(self._clock)
        now = self._clock()
        if not tokens.can_refresh(now):
            self._mark_reconnect(account, "The connection expired and cannot be renewed.", "")
            raise ReconnectNeeded(error="no_refresh_token")
        timeline.add("refresh", f"POST {profile.refresh_url}")
        try:
            result = self._token_client.refresh(profile, tokens, now=now)
            # OIDC Core §12.2: a renewed id_token is validated and must name this account.
            check_refreshed_id_token(
                profile, tokens, result.tokens, session=self._token_client.session()
            )
        except ReconnectNeeded as exc:
            timeline.add("refresh failed", exc.detail)
            self._mark_reconnect(account, exc.message, exc.detail, timeline)
            raise
        except LoopgateError as exc:
            timeline.add("refresh failed", exc.detail or exc.message)
            message, detail = exc.message, exc.detail
            self._store.update(
                account_id,
                lambda a: a.with_changes(
                    last_error=message,
                    last_error_detail=detail,
                    diagnostics=timeline.entries(),
                    updated_at=self._clock(),
                ),
            )
            raise
        # Persist the rotated refresh token before anyone can use the new access token.
        self._vault().put_tokens(account_id, result.tokens)
        timeline.add("tokens saved", "keychain updated")
        fresh = result.tokens
        self._store.update(
            account_id,
            lambda a: a.with_changes(
                status=CONNECTED,
                expires_at=fresh.expires_at,
                issued_at=fresh.issued_at,
                refresh_expires_at=fresh.refresh_expires_at,
                has_refresh_token=bool(fresh.refresh_token),
                scopes=fresh.scope or a.scopes,
                last_refresh_at=self._clock(),
                last_error="",
                last_error_detail="",
                token_response=result.redacted_response,
                diagnostics=timeline.entries(),
                updated_at=self._clock(),
            ),
        )
        log.info("refreshed account %s", account_id)
        return fresh

    def _mark_reconnect(
        self, account: Account, message: str, detail: str, timeline: Timeline | None = None
    ) -> None:
        """RFC 6749 §5.2 invalid_grant: drop the dead tokens once; no retry loop."""
        try:
            self._vault().delete_tokens(account.id)
        except VaultError as exc:
            log.warning("could not delete dead tokens: %s", exc.detail)
        self._store.update(
            account.id,
            lambda a: a.with_changes(
                status=RECONNECT_NEEDED,
                last_error=message,
                last_error_detail=detail,
                has_refresh_token=False,
                diagnostics=timeline.entries() if timeline else a.diagnostics,
                updated_at=self._clock(),
            ),
        )
