"""Requests to the token endpoint: code exchange and refresh (RFC 6749 §4.1.3, §6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests

from ..base.errors import ProviderError, ReconnectNeeded
from ..base.redact import redact_mapping, register_secret
from ..providers.profiles import ProviderProfile
from .authorization import AuthorizationAttempt, AuthorizationResponse
from .http_answer import json_object, provider_words
from .tokens import TokenSet, parse_token_response
from .transport import post, token_json


@dataclass(frozen=True)
class TokenResult:
    """Parsed tokens plus the raw answer with secrets redacted (for the inspector)."""

    tokens: TokenSet
    redacted_response: dict[str, Any]
    status: int


def _client_auth(profile: ProviderProfile, body: dict[str, Any], secret: str | None) -> None:
    body["client_id"] = profile.client_id
    if secret:
        # Only ever an administrator-entered secret read from the keychain; PKCE still sent.
        body["client_secret"] = secret


def exchange_code(
    profile: ProviderProfile,
    attempt: AuthorizationAttempt,
    response: AuthorizationResponse,
    *,
    session: requests.Session,
    now: float,
    client_secret: str | None = None,
) -> TokenResult:
    """RFC 6749 §4.1.3 with the PKCE verifier; body shape from the profile (Clover: JSON)."""
    body: dict[str, Any] = {"code": response.code, "code_verifier": attempt.code_verifier}
    if profile.token_include_grant_type:
        body = {"grant_type": "authorization_code", **body}
    if profile.token_include_redirect_uri:
        # RFC 6749 §4.1.3: the exact redirect_uri of the authorization request (Clio checks).
        body["redirect_uri"] = attempt.redirect_uri
    _client_auth(profile, body, client_secret)
    http_response = post(
        session, profile.token_endpoint, body=body, body_format=profile.token_format
    )
    payload = token_json(http_response)
    _register(payload)
    tokens = _parse_fresh(profile, payload, now, attempt.scopes, server_time(http_response))
    return TokenResult(tokens, redact_mapping(payload), http_response.status_code)


def refresh_tokens(
    profile: ProviderProfile,
    current: TokenSet,
    *,
    session: requests.Session,
    now: float,
    client_secret: str | None = None,
) -> TokenResult:
    """RFC 6749 §6. Only a dead grant raises ``ReconnectNeeded``; no new RT keeps the old.

    Every other failure (5xx, HTML, 429, ``invalid_client``, a malformed 200) is a
    ``ProviderError``: the caller keeps every token and tries again later (design §3).
    """
    if not current.refresh_token:
        raise ProviderError("This connection cannot be renewed without signing in again.")
    # Registered before sending: an error page that echoes a token cannot leak it.
    register_secret(current.access_token, current.refresh_token)
    body: dict[str, Any] = {"refresh_token": current.refresh_token}
    if profile.refresh_include_grant_type:
        body = {"grant_type": "refresh_token", **body}
    _client_auth(profile, body, client_secret)
    http_response = post(
        session, profile.refresh_url, body=body, body_format=profile.refresh_format
    )
    dead = dead_grant(profile, http_response)
    if dead is not None:
        raise dead
    payload = token_json(http_response)
    _register(payload)
    fresh = _parse_fresh(profile, payload, now, current.scope, server_time(http_response))
    return TokenResult(
        current.merged_refresh(fresh), redact_mapping(payload), http_response.status_code
    )


def dead_grant(profile: ProviderProfile, response: requests.Response) -> ReconnectNeeded | None:
    """A definite "this grant is dead" answer, or ``None`` for anything less certain.

    RFC 6749 §5.2 ``invalid_grant``, or the shape the profile declares in
    ``refresh_dead_grant`` (Clover: 401 ``{"message": ...}`` with no ``error``).
    """
    status = response.status_code
    if status < 400:
        return None
    payload = json_object(response.content or b"")
    if payload is None:
        return None
    error = payload.get("error")
    declared = profile.refresh_dead_grant
    if error == "invalid_grant":
        description = str(payload.get("error_description") or "")
    elif (
        declared
        and error is None
        and status == declared.get("status")
        and declared.get("json_field") in payload
    ):
        error, description = "dead_grant", str(payload.get(declared["json_field"]) or "")
    else:
        return None
    words = provider_words(response.content, response.headers.get("Content-Type", ""))
    return ReconnectNeeded(
        ReconnectNeeded.default_message + (f" The provider said: “{words}”" if words else ""),
        error=str(error),
        description=description,
        status=status,
        detail=f"HTTP {status}: {error}" + (f": {words}" if words else ""),
    )


def server_time(response: requests.Response) -> float | None:
    """The provider's clock from its ``Date`` header (RFC 9110 §6.6.1), if it sent one."""
    from email.utils import parsedate_to_datetime

    value = response.headers.get("Date", "")
    try:
        return parsedate_to_datetime(value).timestamp() if value else None
    except (TypeError, ValueError):
        return None


def _parse_fresh(
    profile: ProviderProfile,
    payload: Any,
    now: float,
    scope: tuple[str, ...],
    server_now: float | None = None,
) -> TokenSet:
    """Parses a just-issued answer; an already-expired one is refused (RFC 6749 §5.1).

    Trusting it would store a dead token and refresh before every call. An epoch that
    looks past only on *our* clock (no ``Date`` header to compare with) is kept: that is
    clock skew, and a 401 renews it (design §3).
    """
    tokens = parse_token_response(profile, payload, now, scope, server_now)
    checks = (
        (tokens.expires_at, profile.access_expiry_field, profile.access_expiry_kind),
        (tokens.refresh_expires_at, profile.refresh_expiry_field, profile.refresh_expiry_kind),
    )
    for expires_at, field, kind in checks:
        if expires_at is None or expires_at >= now:
            continue
        raw = payload.get(field) if field else None
        nonsense_epoch = isinstance(raw, (int, float)) and raw <= 0
        if kind == "relative" or server_now is not None or nonsense_epoch:
            raise ProviderError(
                "The provider sent an impossible token lifetime.",
                detail=f"{field}={raw!r}",
            )
    return tokens


def _register(payload: Any) -> None:
    if isinstance(payload, dict):
        register_secret(
            *(str(payload.get(k) or "") for k in ("access_token", "refresh_token", "id_token"))
        )
