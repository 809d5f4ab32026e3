"""The browser leg: the authorization request (RFC 6749 §4.1.1 + RFC 7636) and its response."""

from __future__ import annotations

import hmac
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from ..base.errors import AccessDenied, AuthorizationError, IssuerMismatch, StateMismatch
from ..providers.profiles import ProviderProfile
from .pkce import code_challenge, new_code_verifier, new_nonce, new_state


@dataclass(frozen=True)
class AuthorizationAttempt:
    """One attempt's secrets and facts; lives in memory only, never persisted."""

    profile_id: str
    redirect_uri: str
    state: str
    code_verifier: str = field(repr=False)
    nonce: str = field(repr=False)
    scopes: tuple[str, ...]
    url: str = field(repr=False)
    created_at: float


@dataclass(frozen=True)
class AuthorizationResponse:
    """A validated callback: the code plus whatever else the provider sent (Clover ids)."""

    code: str = field(repr=False)
    params: Mapping[str, str] = field(repr=False)

    def identity_params(self, names: tuple[str, ...]) -> dict[str, str]:
        return {name: self.params[name] for name in names if self.params.get(name)}


def start_authorization(
    profile: ProviderProfile,
    redirect_uri: str,
    *,
    login_hint: str = "",
    extra: Mapping[str, str] | None = None,
    state: str | None = None,
    client_id: str | None = None,
) -> AuthorizationAttempt:
    """Fresh state, verifier and nonce per attempt; S256 only (RFC 7636 §4.2)."""
    verifier = new_code_verifier()
    state = state or new_state()
    nonce = new_nonce() if profile.is_oidc else ""  # "" : none sent, none to expect
    scopes = profile.effective_scopes()
    query: dict[str, str] = {
        "response_type": "code",
        "client_id": client_id or profile.client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": code_challenge(verifier),
        "code_challenge_method": "S256",
    }
    if scopes:
        query["scope"] = " ".join(scopes)
    if nonce:
        query["nonce"] = nonce
    if "offline_access" in scopes and profile.prompt_consent_for_offline:
        # OIDC Core §11: offline_access is only honoured together with prompt=consent.
        query["prompt"] = "consent"
    if login_hint:
        query["login_hint"] = login_hint
    query.update(profile.extra_authorize_params)
    query.update(extra or {})
    return AuthorizationAttempt(
        profile_id=profile.id,
        redirect_uri=redirect_uri,
        state=state,
        code_verifier=verifier,
        nonce=nonce,
        scopes=scopes,
        url=_join_query(profile.authorization_endpoint, query),
        created_at=time.time(),
    )


def _join_query(endpoint: str, query: Mapping[str, str]) -> str:
    separator = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urlencode(query)}"


def parse_authorization_response(
    attempt: AuthorizationAttempt, profile: ProviderProfile, params: Mapping[str, str]
) -> AuthorizationResponse:
    """RFC 6749 §4.1.2 / §10.12 / RFC 9207: state first, then iss, then error or code."""
    state = params.get("state", "")
    if not state or not hmac.compare_digest(state.encode(), attempt.state.encode()):
        raise StateMismatch(detail="state missing" if not state else "state differs")
    _check_issuer(profile, params)
    error = params.get("error")
    if error:
        description = params.get("error_description", "")
        detail = f"{error}: {description}" if description else error
        if error == "access_denied":
            raise AccessDenied(detail=detail, error=error)
        raise AuthorizationError(_plain_authorization_error(error), detail=detail, error=error)
    code = params.get("code", "")
    if not code:
        raise AuthorizationError(
            "The provider's answer did not contain a sign-in code.", detail="no code parameter"
        )
    return AuthorizationResponse(code=code, params=dict(params))


def _check_issuer(profile: ProviderProfile, params: Mapping[str, str]) -> None:
    iss = params.get("iss")
    if iss is not None:
        # Without a known issuer there is nothing to compare against (RFC 9207 §2.4).
        if profile.issuer and iss != profile.issuer:
            raise IssuerMismatch(detail=f"expected {profile.issuer!r}, got {iss!r}")
    elif profile.iss_parameter_supported:
        raise IssuerMismatch(
            detail="the provider advertises authorization_response_iss_parameter_supported "
            "but the response had no iss"
        )


_PLAIN_ERRORS = {
    "invalid_request": "The provider said the sign-in request was malformed.",
    "unauthorized_client": "This app is not allowed to connect to the provider this way.",
    "unsupported_response_type": "The provider does not support this kind of sign-in.",
    "invalid_scope": "The provider refused the requested permissions.",
    "server_error": "The provider had a problem. Try again in a few minutes.",
    "temporarily_unavailable": "The provider is busy right now. Try again in a few minutes.",
    "login_required": "You need to sign in at the provider first.",
    "consent_required": "The provider needs you to approve access.",
}


def _plain_authorization_error(error: str) -> str:
    return _PLAIN_ERRORS.get(error, "The provider did not authorize the connection.")
