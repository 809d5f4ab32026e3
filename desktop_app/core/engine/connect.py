"""Connecting an account: the whole authorization-code flow, start to saved account.

Order matters for "never a half-saved account": the keychain is checked before the
browser opens, tokens are written before the account entry, and a failed entry write
removes the tokens again.
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
    IdentityMismatch,
    LoopbackError,
    LoopgateError,
    ProfileError,
    ProviderError,
    StoreError,
)
from ..oauth.authorization import parse_authorization_response, start_authorization
from ..oauth.jwt_view import decode_unverified, fetch_jwks, verify_jwt
from ..oauth.loopback import LoopbackReceiver
from ..oauth.pkce import new_state
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


@dataclass(frozen=True)
class ConnectProgress:
    """What the UI shows while connecting; ``url`` is set once the browser step starts."""

    step: str
    message: str
    url: str = ""


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
) -> Account:
    """Runs the flow; returns the saved account or raises a ``LoopgateError``."""
    progress = on_progress or (lambda _p: None)
    timeline = Timeline(ctx.clock)
    if isinstance(ctx.vault, KeyringVault):
        ctx.vault.probe()  # a missing or locked keychain is reported before the browser opens
    progress(ConnectProgress("preparing", "Contacting the provider…"))
    profile = ctx.resolve_profile(profile_id)
    client = require_client_id(profile, client_id)
    profile = replace(profile, client_id=client)  # the token request must send the same ID
    timeline.add("provider", f"{profile.display_name}: {profile.authorization_endpoint}")
    state = new_state()
    if timeout <= 0:
        raise LoopgateError("The waiting time must be more than zero seconds.")
    receiver = LoopbackReceiver(
        expected_state=state,
        host=profile.redirect_host,
        port=_checked_port(profile.redirect_port if port is None else port),
        path=profile.redirect_path,
        on_rejected=lambda why: progress(
            ConnectProgress("warning", f"Ignored an unexpected answer ({why}); still waiting…")
        ),
    )
    with receiver:
        attempt = start_authorization(profile, receiver.redirect_uri, state=state, client_id=client)
        timeline.add("authorize", f"redirect_uri={receiver.redirect_uri}")
        progress(
            ConnectProgress("waiting", "Waiting for you to approve in your browser…", attempt.url)
        )
        opened = _open_browser(ctx, attempt.url)
        if not opened:
            progress(
                ConnectProgress(
                    "waiting",
                    "Could not open a browser. Copy the link and open it yourself.",
                    attempt.url,
                )
            )
        callback = receiver.wait(timeout, cancel)
    timeline.add("callback", "redirect received on the loopback listener")
    response = parse_authorization_response(attempt, profile, callback.params)
    progress(ConnectProgress("exchanging", "Finishing the connection…"))
    now = ctx.clock()
    result = ctx.token_client.exchange(profile, attempt, response, now=now)
    timeline.add("token", f"HTTP {result.status} from {profile.token_endpoint}")
    claims = _id_token_claims(ctx, profile, result.tokens, attempt.nonce, client, timeline)
    identity = resolve_identity(
        profile,
        result.tokens,
        session=ctx.session(),
        redirect_params=response.params,
        id_claims=claims,
    )
    timeline.add("identity", identity.summary() or "unknown")
    try:
        account = _account_for(ctx, profile, identity, label, account_id, result.tokens, client)
    except IdentityMismatch:
        ctx.token_client.revoke(profile, result.tokens)  # unused: don't leave it live
        raise
    account = account.with_changes(
        token_response=result.redacted_response,
        diagnostics=timeline.entries(),
    )
    _save(ctx, account, result.tokens)
    progress(ConnectProgress("done", f"Connected {account.label}."))
    return account


def _checked_port(port: int) -> int:
    """A typed port must be one a browser will actually open (Chromium's unsafe list)."""
    from ..providers.unsafe_ports import is_unsafe_port

    if not 0 <= port <= 65535:
        raise LoopbackError(f"{port} is not a port number (use 1–65535, or 0 for any free port).")
    if port and is_unsafe_port(port):
        raise LoopbackError(
            f"Browsers refuse to open port {port} (ERR_UNSAFE_PORT), so the answer could never "
            "arrive. Choose another port."
        )
    return port


def _open_browser(ctx: ConnectContext, url: str) -> bool:
    try:
        return bool(ctx.browser(url))
    except Exception:  # a broken browser setting must not end the attempt
        log.exception("opening the browser failed")
        return False


def _id_token_claims(
    ctx: ConnectContext,
    profile: ProviderProfile,
    tokens: TokenSet,
    nonce: str,
    client_id: str,
    timeline: Timeline,
) -> dict[str, Any] | None:
    """OIDC Core §3.1.3.7: a bad id_token fails the connection; no JWKS means unverified."""
    if not tokens.id_token:
        return None
    if not profile.jwks_uri:
        view = decode_unverified(tokens.id_token)
        timeline.add("id_token", "not verified: the provider publishes no keys")
        return view.claims if view else None
    jwks = fetch_jwks(ctx.session(), profile.jwks_uri)
    view = verify_jwt(tokens.id_token, jwks, issuer=profile.issuer, audience=client_id, nonce=nonce)
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
        label=label or base.label,
        identity=identity,
        scopes=tokens.scope,
        status=CONNECTED,
        updated_at=now,
        expires_at=tokens.expires_at,
        issued_at=tokens.issued_at,
        refresh_expires_at=tokens.refresh_expires_at,
        has_refresh_token=bool(tokens.refresh_token),
        last_error="",
        last_error_detail="",
        last_refresh_at=None,
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


__all__ = ["ConnectProgress", "ProviderError", "run_connect"]


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
