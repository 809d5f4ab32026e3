"""Requests to the token and revocation endpoints (RFC 6749 §4.1.3, §6; RFC 7009)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import requests

from ..base.errors import ProviderError
from ..base.redact import redact_mapping, register_secret
from ..providers.profiles import ProviderProfile
from .authorization import AuthorizationAttempt, AuthorizationResponse
from .tokens import TokenSet, parse_token_response
from .transport import post, token_json

log = logging.getLogger(__name__)


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
    """RFC 6749 §6; a dead refresh token raises ``ReconnectNeeded``; no new RT keeps the old."""
    if not current.refresh_token:
        raise ProviderError("This connection cannot be renewed without signing in again.")
    body: dict[str, Any] = {"refresh_token": current.refresh_token}
    if profile.refresh_include_grant_type:
        body = {"grant_type": "refresh_token", **body}
    _client_auth(profile, body, client_secret)
    http_response = post(
        session, profile.refresh_url, body=body, body_format=profile.refresh_format
    )
    payload = token_json(http_response, refreshing=True)
    _register(payload)
    fresh = _parse_fresh(profile, payload, now, current.scope, server_time(http_response))
    return TokenResult(
        current.merged_refresh(fresh), redact_mapping(payload), http_response.status_code
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
    """Parses a just-issued answer; a negative ``expires_in`` is refused (RFC 6749 §5.1)."""
    # Trusting it would store an already-expired token and refresh before every call.
    tokens = parse_token_response(profile, payload, now, scope, server_now)
    if profile.access_expiry_kind == "relative" and (tokens.expires_in(now) or 0) < 0:
        raise ProviderError(
            "The provider sent an impossible token lifetime.",
            detail=f"{profile.access_expiry_field}={payload.get(profile.access_expiry_field)!r}",
        )
    return tokens


def revoke(
    profile: ProviderProfile,
    tokens: TokenSet,
    *,
    session: requests.Session,
    client_secret: str | None = None,
) -> str:
    """Best effort revocation; returns a short outcome for the UI. Never raises for HTTP."""
    if profile.revocation_style == "none" or not profile.revocation_endpoint:
        return "the provider offers no way to revoke; local tokens were deleted"
    try:
        if profile.revocation_style == "bearer":
            # Clio: POST /oauth/deauthorize with the bearer token.
            response = session.post(
                profile.revocation_endpoint,
                headers={"Authorization": f"Bearer {tokens.access_token}"},
                timeout=10,
                allow_redirects=False,
            )
            return _revocation_outcome(response.status_code)
        # RFC 7009 §2.1: revoking the refresh token also ends its access tokens.
        token, hint = (
            (tokens.refresh_token, "refresh_token")
            if tokens.refresh_token
            else (tokens.access_token, "access_token")
        )
        body: dict[str, Any] = {"token": token, "token_type_hint": hint}
        _client_auth(profile, body, client_secret)
        response = post(
            session, profile.revocation_endpoint, body=body, body_format="form", timeout=10
        )
        return _revocation_outcome(response.status_code)
    except (ProviderError, requests.RequestException) as exc:
        log.info("revocation failed: %s", exc)
        return "the provider could not be reached to revoke; local tokens were deleted"


def _revocation_outcome(status: int) -> str:
    if 200 <= status < 300:
        return "revoked at the provider"
    return f"the provider answered HTTP {status} to the revocation; local tokens were deleted"


def _register(payload: Any) -> None:
    if isinstance(payload, dict):
        register_secret(
            *(str(payload.get(k) or "") for k in ("access_token", "refresh_token", "id_token"))
        )
