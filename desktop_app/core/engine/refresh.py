"""Keeping tokens fresh: single-flight per account, in this process and across processes.

RFC 9700 §4.14: rotated refresh tokens are single use, so two refreshes racing with the
same refresh token would kill the account. Callers therefore take a per-account thread
lock *and* a per-account file lock, then re-read the vault: whoever waited finds the
tokens already renewed and uses them. The rotated token is written to the vault before
the new access token is handed to anyone.

Only a definite "this grant is dead" answer marks an account reconnect-needed, and even
then its tokens stay until a reconnect replaces them or a disconnect removes (and
revokes) them. Anything less certain is a provider problem: every token kept, the
provider's words stored, and the next automatic try pushed out (``retry_delay``).
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
from ..base.errors import (
    LoopgateError,
    ProviderError,
    ProviderUnreachable,
    ReconnectNeeded,
)
from ..oauth.id_token import check_refreshed_id_token
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile
from ..storage.accounts import (
    CONNECTED,
    PROVIDER_PROBLEM,
    RECONNECT_NEEDED,
    UNREACHABLE,
    Account,
)
from ..storage.store import AccountStore
from ..storage.vault import Vault
from .token_client import TokenClient

log = logging.getLogger(__name__)

# Tokens closer than this to expiry are renewed before use.
USE_LEEWAY_SECONDS = 60.0
LOCK_TIMEOUT = 60.0
# Automatic retries after a provider problem: 1, 2, 4 … minutes, at most 15.
FIRST_RETRY_SECONDS = 60.0
MAX_BACKOFF_SECONDS = 900.0


def retry_delay(failures: int, retry_after: float | None = None) -> float:
    """Backoff after ``failures`` failed renewals in a row, never sooner than ``Retry-After``.

    RFC 9110 §10.2.3 (a 429 or 503 may say how long to wait; the caller caps absurd values).
    """
    backoff = min(FIRST_RETRY_SECONDS * 2 ** max(0, failures - 1), MAX_BACKOFF_SECONDS)
    return max(backoff, retry_after or 0.0)


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
        if account.status == RECONNECT_NEEDED:
            # Never resend a refresh token the provider declared dead: rotating providers
            # treat reuse as theft (RFC 9700 §4.14). Only a reconnect clears this.
            raise ReconnectNeeded(
                account.last_error or None,
                error="reconnect_needed",
                detail="the provider declared this grant dead; its refresh token is not resent",
            )
        profile = self._profile_for(account)
        timeline = Timeline(self._clock)
        now = self._clock()
        if not tokens.can_refresh(now):
            self._mark_reconnect(account, "The connection expired and cannot be renewed.", "")
            raise ReconnectNeeded(error="no_refresh_token")
        timeline.add("refresh", f"POST {profile.refresh_url}")
        try:
            result = self._token_client.refresh(profile, tokens, now=now)
            self._check_id_token(profile, tokens, result.tokens)
        except ReconnectNeeded as exc:
            timeline.add("refresh failed", exc.detail)
            self._mark_reconnect(account, exc.message, exc.detail, timeline)
            raise
        except LoopgateError as exc:
            timeline.add("refresh failed", exc.detail or exc.message)
            self._mark_problem(account_id, exc, timeline)
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
                problem="",
                refresh_failures=0,
                retry_at=None,
                token_response=result.redacted_response,
                diagnostics=timeline.entries(),
                updated_at=self._clock(),
            ),
        )
        log.info("refreshed account %s", account_id)
        return fresh

    def _mark_problem(self, account_id: str, exc: LoopgateError, timeline: Timeline) -> None:
        """Not a dead grant: keep every token, say what the provider said, retry later."""
        kind = UNREACHABLE if isinstance(exc, ProviderUnreachable) else PROVIDER_PROBLEM
        wait = exc.retry_after if isinstance(exc, ProviderError) else None
        now = self._clock()

        def mark(a: Account) -> Account:
            failures = a.refresh_failures + 1
            return a.with_changes(
                last_error=exc.message,
                last_error_detail=exc.detail,
                problem=kind,
                refresh_failures=failures,
                retry_at=now + retry_delay(failures, wait),
                diagnostics=timeline.entries(),
                updated_at=now,
            )

        self._store.update(account_id, mark)

    def _check_id_token(self, profile: ProviderProfile, old: TokenSet, new: TokenSet) -> None:
        """OIDC Core §12.2: a renewed id_token is validated and must name this account.

        A refused one is never stored, and the refresh token that fetched it is already
        spent at a rotating provider (RFC 9700 §4.14): retrying it would look like theft
        and end the grant. So the account asks to reconnect instead of retrying.
        """
        try:
            check_refreshed_id_token(profile, old, new, session=self._token_client.session())
        except ReconnectNeeded:
            raise
        except ProviderError as exc:
            raise ReconnectNeeded(
                f"The provider's renewed sign-in did not check out ({exc.message}). "
                "Please reconnect this account.",
                error="invalid_id_token",
                detail=exc.detail or exc.message,
            ) from None

    def _mark_reconnect(
        self, account: Account, message: str, detail: str, timeline: Timeline | None = None
    ) -> None:
        """RFC 6749 §5.2 invalid_grant: marked once, no retry loop; the tokens stay.

        Design §3: tokens leave the keychain only on disconnect (which may still revoke
        them) or when a reconnect replaces them.
        """
        self._store.update(
            account.id,
            lambda a: a.with_changes(
                status=RECONNECT_NEEDED,
                last_error=message,
                last_error_detail=detail,
                problem="",
                refresh_failures=0,
                retry_at=None,
                diagnostics=timeline.entries() if timeline else a.diagnostics,
                updated_at=self._clock(),
            ),
        )
