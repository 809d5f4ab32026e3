"""Disconnect: end the grant at the provider, then forget the account on this computer.

Design §3: revoke where the provider supports it (RFC 7009 with the refresh token, which
ends the whole grant; or Clio's deauthorize with a live bearer token, renewed first if it
has expired). When the provider cannot confirm, nothing is removed and
``RevocationFailed`` says why, so the person can try again or remove the account from
this computer only. A revocation that did not happen is never reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..base.errors import LoopgateError, ProviderError, RevocationFailed
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile
from ..storage.accounts import RECONNECT_NEEDED, Account
from ..storage.history import History
from ..storage.store import AccountStore
from ..storage.vault import Vault
from .refresh import TokenManager, use_leeway
from .token_client import TokenClient

REVOKED = "revoked at the provider"
NO_WAY_TO_REVOKE = (
    "the provider offers no way to revoke access, so it was removed from this computer only"
)
LOCAL_ONLY = "removed from this computer only; the provider was not asked to revoke access"
NOTHING_STORED = "no tokens were stored on this computer, so there was nothing to revoke"
CHOICES = "Nothing was removed: try again, or remove the account from this computer only."


@dataclass(frozen=True)
class DisconnectContext:
    """The narrow pieces disconnect needs; ``vault`` is read per use (session-only switch)."""

    store: AccountStore
    vault: Callable[[], Vault]
    history: History
    tokens: TokenManager
    token_client: TokenClient
    profile_for: Callable[[Account], ProviderProfile]
    clock: Callable[[], float]


def disconnect(ctx: DisconnectContext, account_id: str, *, local_only: bool = False) -> str:
    """Revokes (unless ``local_only``), then deletes; returns what happened, in plain words.

    Raises ``RevocationFailed`` with everything kept when the provider did not confirm.
    """
    account = ctx.store.get(account_id)
    if local_only:
        _forget(ctx, account_id)
        return LOCAL_ONLY
    tokens = ctx.vault().get_tokens(account_id)
    if tokens is None:
        _forget(ctx, account_id)
        return NOTHING_STORED
    profile = _profile(ctx, account)
    if profile.revocation_style == "none" or not profile.revocation_endpoint:
        _forget(ctx, account_id)
        return NO_WAY_TO_REVOKE
    try:
        if profile.revocation_style == "bearer":
            _deauthorize(ctx, account, profile, tokens)
        else:
            ctx.token_client.revoke_grant(profile, tokens)
    except RevocationFailed:
        raise
    except LoopgateError as exc:
        raise RevocationFailed(
            f"Loopgate could not revoke access at the provider: {exc.message} {CHOICES}",
            detail=exc.detail,
        ) from None
    _forget(ctx, account_id)
    return REVOKED


def _profile(ctx: DisconnectContext, account: Account) -> ProviderProfile:
    try:
        return ctx.profile_for(account)
    except LoopgateError as exc:
        raise RevocationFailed(
            f"Loopgate could not revoke access: {exc.message} {CHOICES}", detail=exc.detail
        ) from None


def _deauthorize(
    ctx: DisconnectContext, account: Account, profile: ProviderProfile, tokens: TokenSet
) -> None:
    """Clio's deauthorize needs a live access token: renew an expired one first."""
    live = _live_tokens(ctx, account, tokens)
    try:
        ctx.token_client.deauthorize(profile, live.access_token)
    except ProviderError as exc:
        # RFC 6750 §3.1: a 401 means this token is unusable (ended early): renew once.
        if exc.status != 401 or not _renewable(account, live, ctx.clock()):
            raise
        renewed, _ = ctx.tokens.fresh_tokens(account.id, rejected_token=live.access_token)
        ctx.token_client.deauthorize(profile, renewed.access_token)


def _live_tokens(ctx: DisconnectContext, account: Account, tokens: TokenSet) -> TokenSet:
    now = ctx.clock()
    if not tokens.is_expired(now, use_leeway(tokens.lifetime())):
        return tokens
    if not _renewable(account, tokens, now):
        raise RevocationFailed(
            "Loopgate could not revoke access: this provider needs a valid access token to "
            "revoke, and this one has expired and cannot be renewed. " + CHOICES,
            detail="bearer revocation with an expired access token",
        )
    fresh, _ = ctx.tokens.fresh_tokens(account.id)
    return fresh


def _renewable(account: Account, tokens: TokenSet, now: float) -> bool:
    """Never for a grant the provider declared dead (its refresh token is not resent)."""
    return account.status != RECONNECT_NEEDED and tokens.can_refresh(now)


def _forget(ctx: DisconnectContext, account_id: str) -> None:
    """Tokens first: if the keychain refuses, the account stays listed (nothing half-done)."""
    ctx.vault().delete_tokens(account_id)
    ctx.store.remove(account_id)
    ctx.history.clear(account_id)
