"""What the inspector says about each token's signature, in plain words (Qt-free).

OIDC id_tokens are checked fully through the same ``verify_jwt`` as at sign-in
(signature via the provider's JWKS, ``iss``, ``aud``/``azp``, ``exp``); without keys the
claims are still checked and the statement says the signature was not. Access tokens
are meant for the API, not for Loopgate, so they are decoded for reading and only
called "verified" if they happen to verify against the same keys.
An id_token past its ``exp`` is still worth a signature check: support engineers want
to know whether it was genuine, separately from whether it is current.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests

from ..base.errors import ProviderError
from ..oauth.jwt_view import EXPIRED, JwtView, fetch_jwks, verify_jwt
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile
from .inspect import token_reports

ACCESS_NOT_VERIFIED = (
    "Decoded, signature not verified (access tokens are meant for the API, not for Loopgate)."
)
OPAQUE = "Not a JWT: this token is opaque, so only the provider can read it."
MALFORMED_ID_TOKEN = "This sign-in token is malformed: it is not a readable JWT."


@dataclass(frozen=True)
class TokenCheck:
    name: str
    jwt: JwtView | None
    statement: str


def _check_id_token(
    view: JwtView, token: str, jwks: dict[str, Any] | None, p: ProviderProfile, problem: str
) -> TokenCheck:
    """The same check as at sign-in (``verify_jwt``), except that expiry is reported."""
    try:
        checked = verify_jwt(token, jwks, issuer=p.issuer, audience=p.client_id, allow_expired=True)
    except ProviderError as exc:
        not_verified = "Signature NOT verified" if jwks is not None else "Checks failed"
        return TokenCheck("id_token", view, f"{not_verified}: {exc.message} ({exc.detail})")
    return TokenCheck("id_token", checked, _id_token_statement(checked, problem))


def _id_token_statement(checked: JwtView, problem: str) -> str:
    expired = EXPIRED in checked.problems
    if not checked.verified:
        tail = "this token has expired" if expired else "issuer, audience and expiry checked"
        return f"Decoded, signature not verified: {problem}; {tail}."
    key = checked.key_id or "(no kid)"
    if expired:
        return f"Signature verified with key {key}, but this token has expired."
    alg = checked.header.get("alg", "")
    return (
        f"Signature verified with the provider's key {key} ({alg}); "
        "issuer, audience and expiry checked."
    )


def _check_access_token(
    view: JwtView, token: str, jwks: dict[str, Any], p: ProviderProfile
) -> TokenCheck:
    try:
        verified = verify_jwt(token, jwks, issuer=p.issuer, audience=p.client_id)
    except ProviderError:
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
            opaque = MALFORMED_ID_TOKEN if report.name == "id_token" else OPAQUE
            checks.append(TokenCheck(report.name, None, opaque))
        elif report.name == "id_token":
            checks.append(_check_id_token(view, report.value, jwks, profile, problem))
        elif jwks is None:
            checks.append(
                TokenCheck(report.name, view, f"Decoded, signature not verified: {problem}.")
            )
        elif report.name == "access_token":
            checks.append(_check_access_token(view, report.value, jwks, profile))
        else:
            checks.append(TokenCheck(report.name, view, "Decoded, signature not verified."))
    return checks
