"""What the inspector says about each token's signature, in plain words (Qt-free).

OIDC id_tokens are checked fully (signature via the provider's JWKS, ``iss``, ``aud``,
``exp``). Access tokens are meant for the API, not for Loopgate, so they are decoded for
reading and only called "verified" if they happen to verify against the same keys.
An id_token past its ``exp`` is still worth a signature check: support engineers want
to know whether it was genuine, separately from whether it is current.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import jwt
import requests

from ..base.errors import ProviderError
from ..oauth.jwt_view import ALLOWED_ALGORITHMS, JwtView, fetch_jwks, verify_jwt
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile
from .inspect import token_reports

ACCESS_NOT_VERIFIED = (
    "Decoded, signature not verified (access tokens are meant for the API, not for Loopgate)."
)
OPAQUE = "Not a JWT: this token is opaque, so only the provider can read it."


@dataclass(frozen=True)
class TokenCheck:
    name: str
    jwt: JwtView | None
    statement: str


def _signature_only(token: str, jwks: dict[str, Any]) -> str:
    """The key id whose signature matches, ignoring time and audience; '' if none does."""
    kid = str(jwt.get_unverified_header(token).get("kid") or "")
    for key in jwt.PyJWKSet.from_dict(jwks).keys:
        if kid and key.key_id != kid:
            continue
        try:
            jwt.decode(
                token,
                key=key.key,
                algorithms=ALLOWED_ALGORITHMS,
                options={"verify_exp": False, "verify_aud": False, "verify_iss": False},
            )
        except jwt.PyJWTError:
            continue
        return key.key_id or "(no kid)"
    return ""


def _check_id_token(
    view: JwtView, token: str, jwks: dict[str, Any], p: ProviderProfile
) -> TokenCheck:
    try:
        verified = verify_jwt(token, jwks, issuer=p.issuer, audience=p.client_id)
    except ProviderError as exc:
        try:
            kid = _signature_only(token, jwks)
        except jwt.PyJWTError:
            kid = ""
        if kid and "expired" in exc.detail.lower():
            text = f"Signature verified with key {kid}, but this token has expired ({exc.detail})."
            return TokenCheck("id_token", replace(view, key_id=kid), text)
        return TokenCheck("id_token", view, f"Signature NOT verified: {exc.message} ({exc.detail})")
    alg = verified.header.get("alg", "")
    text = (
        f"Signature verified with the provider's key {verified.key_id or '(no kid)'} ({alg}); "
        "issuer, audience and expiry checked."
    )
    return TokenCheck("id_token", verified, text)


def _check_access_token(
    view: JwtView, token: str, jwks: dict[str, Any], p: ProviderProfile
) -> TokenCheck:
    try:
        verified = verify_jwt(token, jwks, issuer=p.issuer, audience=p.client_id)
    except (ProviderError, jwt.PyJWTError):
        return TokenCheck("access_token", view, ACCESS_NOT_VERIFIED)
    text = (
        f"Signature verified with the provider's key {verified.key_id or '(no kid)'} "
        "(access tokens are meant for the API; this one also verifies against the sign-in keys)."
    )
    return TokenCheck("access_token", verified, text)


def check_tokens(
    tokens: TokenSet, profile: ProviderProfile, session: requests.Session
) -> list[TokenCheck]:
    """One statement per token; network (the JWKS) only when there is a JWT to check."""
    reports = token_reports(tokens)
    jwks: dict[str, Any] | None = None
    problem = "the provider publishes no signing keys (no jwks_uri)"
    if profile.jwks_uri and any(r.jwt for r in reports):
        try:
            jwks = fetch_jwks(session, profile.jwks_uri)
        except ProviderError as exc:
            problem = f"{exc.message} ({exc.detail})"
    checks = []
    for report in reports:
        view = report.jwt
        if view is None:
            checks.append(TokenCheck(report.name, None, OPAQUE))
        elif jwks is None:
            checks.append(
                TokenCheck(report.name, view, f"Decoded, signature not verified: {problem}.")
            )
        elif report.name == "id_token":
            checks.append(_check_id_token(view, report.value, jwks, profile))
        elif report.name == "access_token":
            checks.append(_check_access_token(view, report.value, jwks, profile))
        else:
            checks.append(TokenCheck(report.name, view, "Decoded, signature not verified."))
    return checks
