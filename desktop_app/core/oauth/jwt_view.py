"""Reading JWTs: decode any token for the inspector, verify id_tokens properly (PyJWT)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import jwt
import requests

from ..base.errors import ProviderError

TIME_CLAIMS = ("exp", "iat", "nbf", "auth_time", "updated_at")
ALLOWED_ALGORITHMS = [
    "RS256",
    "RS384",
    "RS512",
    "PS256",
    "PS384",
    "PS512",
    "ES256",
    "ES384",
    "ES512",
    "EdDSA",
]


@dataclass(frozen=True)
class JwtView:
    """Header and claims of a JWT, and what is known about its signature."""

    header: dict[str, Any]
    claims: dict[str, Any]
    verified: bool = False
    verification_note: str = "signature not verified"
    key_id: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2 and token.startswith("ey")


def decode_unverified(token: str) -> JwtView | None:
    """For display only: says plainly that the signature was not checked."""
    if not looks_like_jwt(token):
        return None
    try:
        header = jwt.get_unverified_header(token)
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    return JwtView(header=dict(header), claims=dict(claims))


def fetch_jwks(session: requests.Session, jwks_uri: str) -> dict[str, Any]:
    try:
        response = session.get(jwks_uri, timeout=10)
        response.raise_for_status()
        data = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise ProviderError(
            "Could not fetch the provider's signing keys.", detail=f"GET {jwks_uri}: {exc}"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("keys"), list):
        raise ProviderError("The provider's signing keys are malformed.", detail=jwks_uri)
    return data


def verify_jwt(
    token: str,
    jwks: dict[str, Any],
    *,
    issuer: str,
    audience: str,
    nonce: str | None = None,
    leeway: float = 300.0,
) -> JwtView:
    """OIDC Core §3.1.3.7: signature against the JWKS, ``iss``, ``aud``, ``exp`` and ``nonce``."""
    header = jwt.get_unverified_header(token)
    key_id = str(header.get("kid") or "")
    try:
        keyset = jwt.PyJWKSet.from_dict(jwks)
    except jwt.PyJWTError as exc:
        raise ProviderError("The provider's signing keys are unusable.", detail=str(exc)) from None
    candidates = [k for k in keyset.keys if not key_id or k.key_id == key_id]
    if not candidates:
        raise ProviderError(
            "The sign-in token was signed with a key the provider does not publish.",
            detail=f"kid={key_id!r} not in JWKS",
        )
    last_error: Exception | None = None
    for key in candidates:
        try:
            claims = jwt.decode(
                token,
                key=key.key,
                algorithms=ALLOWED_ALGORITHMS,
                audience=audience,
                issuer=issuer,
                leeway=leeway,
                # iat is required but not compared with our clock: a desktop's clock may be
                # minutes off the provider's, and exp/nbf (with leeway) carry the real limit.
                options={"require": ["iss", "aud", "exp", "iat", "sub"], "verify_iat": False},
            )
        except jwt.PyJWTError as exc:
            last_error = exc
            continue
        if nonce is not None and claims.get("nonce") != nonce:
            raise ProviderError(
                "The sign-in token did not belong to this attempt.", detail="nonce mismatch"
            )
        note = f"signature verified with key {key.key_id or '(no kid)'} ({header.get('alg')})"
        return JwtView(dict(header), dict(claims), True, note, key.key_id or "")
    raise ProviderError("The provider's sign-in token failed verification.", detail=f"{last_error}")


def pretty(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True, default=str)
