"""Connecting an account: the whole authorization-code flow, start to saved account.

Order matters for "never a half-saved account": the keychain is checked before the
browser opens, tokens are written before the account entry, and a failed entry write
removes the tokens again. The browser is opened on its own thread: an opener that never
returns (a ``$BROWSER`` wrapper running the browser in the foreground) must not hold up
the wait, its timeout or Cancel (``oauth/browser_leg.py``). Cancel is honoured until
the moment of saving.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import requests

from ..api.identity import resolve_identity
from ..base.diagnostics import Timeline
from ..base.errors import (
    Cancelled,
    IdentityMismatch,
    LoopgateError,
    ProfileError,
    ProviderError,
    StoreError,
)
from ..oauth.authorization import AuthorizationResponse
from ..oauth.browser_leg import ConnectProgress, authorize_in_browser
from ..oauth.id_token import check_id_token
from ..oauth.paste_back import PasteBack
from ..oauth.token_requests import TokenResult
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile
from ..storage.accounts import CONNECTED, Account, AccountIdentity
from ..storage.store import AccountStore
from ..storage.vault import KeyringVault, Vault
from .token_client import TokenClient

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True)
class ConnectContext:
    """What connecting needs from the engine, and nothing more (the engine composes it)."""

    vault: Vault
    store: AccountStore
    token_client: TokenClient
    session: Callable[[], requests.Session]
    browser: Callable[[str], bool]
    resolve_profile: Callable[[str], ProviderProfile]
    clock: Callable[[], float]


def run_connect(
    ctx: ConnectContext,
    profile_id: str,
    *,
    label: str = "",
    port: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    client_id: str = "",
    account_id: str = "",
    on_progress: Callable[[ConnectProgress], None] | None = None,
    cancel: threading.Event | None = None,
    paste: PasteBack | None = None,
) -> Account:
    """Runs the flow; returns the saved account or raises a ``LoopgateError``.

    ``label`` is what the person typed: empty keeps an existing account's name.
    ``paste``: lets the person hand over the address the browser ended on.
    """
    progress = on_progress or (lambda _p: None)
    cancel = cancel or threading.Event()
    timeline = Timeline(ctx.clock)
    if isinstance(ctx.vault, KeyringVault):
        ctx.vault.probe()  # a missing or locked keychain is reported before the browser opens
    progress(ConnectProgress("preparing", "Contacting the provider…"))
    profile = ctx.resolve_profile(profile_id)
    client = require_client_id(profile, client_id)
    profile = replace(profile, client_id=client)  # the token request must send the same ID
    timeline.add("provider", f"{profile.display_name}: {profile.authorization_endpoint}")
    if timeout <= 0:
        raise LoopgateError("The waiting time must be more than zero seconds.")
    attempt, response = authorize_in_browser(
        ctx.browser,
        profile,
        port=port,
        timeout=timeout,
        cancel=cancel,
        progress=progress,
        timeline=timeline,
        paste=paste,
    )
    _raise_if_cancelled(cancel)
    progress(ConnectProgress("exchanging", "Finishing the connection…"))
    result = ctx.token_client.exchange(profile, attempt, response, now=ctx.clock())
    timeline.add("token", f"HTTP {result.status} from {profile.token_endpoint}")
    claims = _id_token_claims(ctx, profile, result.tokens, attempt.nonce, timeline)
    account = _identified_account(
        ctx, profile, result, response, claims, label, account_id, timeline
    )
    _raise_if_cancelled(cancel)
    _save(ctx, account, result.tokens)
    progress(ConnectProgress("done", f"Connected {account.label}."))
    return account


def _raise_if_cancelled(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise Cancelled()


def _identified_account(
    ctx: ConnectContext,
    profile: ProviderProfile,
    result: TokenResult,
    response: AuthorizationResponse,
    claims: dict[str, Any] | None,
    label: str,
    account_id: str,
    timeline: Timeline,
) -> Account:
    """Who connected, and which account row that is; a refused identity revokes the grant."""
    try:
        identity = resolve_identity(
            profile,
            result.tokens,
            session=ctx.session(),
            redirect_params=response.params,
            id_claims=claims,
        )
        timeline.add("identity", identity.summary() or "unknown")
        account = _account_for(
            ctx, profile, identity, label, account_id, result.tokens, profile.client_id
        )
    except LoopgateError:
        ctx.token_client.revoke(profile, result.tokens)  # unused: don't leave it live
        raise
    return account.with_changes(
        token_response=result.redacted_response,
        diagnostics=timeline.entries(),
    )


def _id_token_claims(
    ctx: ConnectContext,
    profile: ProviderProfile,
    tokens: TokenSet,
    nonce: str,
    timeline: Timeline,
) -> dict[str, Any] | None:
    """OIDC Core §3.1.3.7: a bad id_token fails the connection; without keys the claims
    are still checked and the timeline says the signature was not."""
    if not tokens.id_token:
        return None
    view = check_id_token(
        profile,
        tokens.id_token,
        session=ctx.session(),
        client_id=profile.client_id,
        nonce=nonce or None,
    )
    timeline.add("id_token", view.verification_note)
    return view.claims


def _account_for(
    ctx: ConnectContext,
    profile: ProviderProfile,
    identity: AccountIdentity,
    label: str,
    account_id: str,
    tokens: TokenSet,
    client_id: str,
) -> Account:
    """The same identity at the same provider updates its account instead of duplicating it.

    A reconnect (``account_id``) must come back as the same identity: otherwise merchant
    B's token would silently land in merchant A's row.
    """
    accounts = ctx.store.all()
    existing = next((a for a in accounts if account_id and a.id == account_id), None)
    if existing is None and identity.subject:
        existing = next(
            (
                a
                for a in accounts
                if a.profile_id == profile.id and a.identity.subject == identity.subject
            ),
            None,
        )
    if (
        existing is not None
        and existing.identity.subject
        and identity.subject
        and existing.identity.subject != identity.subject
    ):
        was = existing.identity.summary() or existing.label
        now_as = identity.summary() or identity.subject
        raise IdentityMismatch(
            f"You signed in as {now_as}, but “{existing.label}” belongs to {was}. Nothing was "
            "changed: reconnect and sign in as that account, or use Connect to add "
            f"{now_as} as a new account.",
            detail=f"expected subject {existing.identity.subject!r}, got {identity.subject!r}",
        )
    now = ctx.clock()
    base = existing or Account(
        id=secrets.token_hex(6),
        profile_id=profile.id,
        label=label or identity.name or identity.email or profile.display_name,
        created_at=now,
    )
    return base.with_changes(
        label=label or base.label,  # only a newly typed name replaces the account's
        identity=identity,
        scopes=tokens.scope,
        status=CONNECTED,
        updated_at=now,
        connected_at=now,  # each sign-in, not only the first (created_at)
        expires_at=tokens.expires_at,
        issued_at=tokens.issued_at,
        refresh_expires_at=tokens.refresh_expires_at,
        has_refresh_token=bool(tokens.refresh_token),
        last_error="",
        last_error_detail="",
        last_refresh_at=None,
        problem="",  # a fresh sign-in ends any earlier provider problem and its backoff
        refresh_failures=0,
        retry_at=None,
        session_only=ctx.vault.session_only,
        client_id=client_id,
        connected_issuer=profile.issuer,
        connected_token_endpoint=profile.token_endpoint,
    )


def _save(ctx: ConnectContext, account: Account, tokens: TokenSet) -> None:
    is_new = all(a.id != account.id for a in ctx.store.all())
    ctx.vault.put_tokens(account.id, tokens)
    try:
        ctx.store.upsert(account)
    except (StoreError, OSError) as exc:
        if is_new:
            ctx.vault.delete_tokens(account.id)
        if isinstance(exc, LoopgateError):
            raise
        raise StoreError(detail=str(exc)) from None
    except Exception:
        if is_new:
            ctx.vault.delete_tokens(account.id)
        raise


def connect_notices(account: Account) -> list[str]:
    """What the person should know about a new connection, in plain words (CLI and GUI)."""
    notices = [renewal_notice(account)]
    notes = [e.get("detail", "") for e in account.diagnostics if e.get("step") == "id_token"]
    if any(note.startswith("signature not verified") for note in notes):
        notices.append(
            "The provider publishes no signing keys, so the sign-in token's signature was not "
            "verified (its issuer, audience, expiry and nonce were)."
        )
    return [n for n in notices if n]


def renewal_notice(account: Account) -> str:
    """Said at connect, not discovered at expiry: this provider granted no refresh token.

    RFC 6749 §5.1: ``refresh_token`` is optional. Without one Loopgate cannot renew in the
    background, so the person will be asked to sign in again when access runs out.
    """
    if account.has_refresh_token:
        return ""
    if account.expires_at is None:
        return (
            "This provider did not allow Loopgate to renew access by itself: when it stops "
            "accepting this connection, you will be asked to sign in again."
        )
    lifetime = max(0.0, account.expires_at - (account.issued_at or account.expires_at))
    return (
        f"This provider asks you to sign in again every {_every(lifetime)}: it did not allow "
        "Loopgate to renew access by itself."
    )


def _every(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes < 120:
        return f"{minutes} minutes" if minutes != 1 else "minute"
    hours = round(minutes / 60)
    return f"{hours} hours" if hours < 48 else f"{round(hours / 24)} days"


__all__ = ["ConnectProgress", "ProviderError", "connect_notices", "renewal_notice", "run_connect"]


def require_client_id(profile: ProviderProfile, override: str = "") -> str:
    """The typed or profile client ID; a plain message when an administrator must supply one."""
    client_id = override or profile.client_id
    if not client_id:
        raise ProfileError(
            f"{profile.display_name} needs a client ID before you can connect. Ask your "
            "administrator for the app's client ID (it is not a secret).",
            detail=f"profile {profile.id} has no client_id",
        )
    return client_id
