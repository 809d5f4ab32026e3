"""Reading JWTs: decode any token for display; ``verify_jwt`` is the one verification path.

Connect, refresh (``id_token.py``) and the inspector (``engine/token_check.py``) all
verify through ``verify_jwt``; nothing else picks keys or checks claims.
"""

from __future__ import annotations

import json
import time
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
REQUIRED_CLAIMS = ["iss", "aud", "exp", "iat", "sub"]
NO_KEYS_NOTE = "signature not verified (the provider publishes no signing keys)"
EXPIRED = "expired"
# A wrong key among several candidates: try the next one rather than fail.
_WRONG_KEY = (jwt.InvalidSignatureError, jwt.InvalidKeyError, jwt.InvalidAlgorithmError)


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
    jwks: dict[str, Any] | None,
    *,
    issuer: str,
    audience: str,
    nonce: str | None = None,
    leeway: float = 300.0,
    allow_expired: bool = False,
) -> JwtView:
    """OIDC Core §3.1.3.7: signature (when keys are known), ``iss``, ``aud``/``azp``, ``exp``,
    ``nonce``. Without keys every claim is still checked and the view says "not verified".

    ``issuer`` empty: no issuer is known to compare with (a typed OAuth profile).
    ``allow_expired`` (the inspector): an expired token is reported in ``problems``.
    """
    header = _header(token)
    keys = _candidate_keys(jwks, str(header.get("kid") or "")) if jwks is not None else [None]
    last_error: Exception | None = None
    for key in keys:
        try:
            claims = _decode(token, key, issuer, audience, leeway, allow_expired)
        except _WRONG_KEY as exc:
            last_error = exc
            continue
        except jwt.PyJWTError as exc:
            raise _claim_error(exc) from None
        _check_azp(claims, audience)
        if nonce is not None and claims.get("nonce") != nonce:
            raise ProviderError(
                "The sign-in token did not belong to this attempt.", detail="nonce mismatch"
            )
        return _view(header, claims, key, allow_expired and _expired(claims, leeway))
    raise ProviderError("The provider's sign-in token failed verification.", detail=f"{last_error}")


def _header(token: str) -> dict[str, Any]:
    try:
        return dict(jwt.get_unverified_header(token))
    except jwt.PyJWTError as exc:
        raise ProviderError(
            "The provider sent a malformed sign-in token (id_token), so it was not trusted.",
            detail=f"not a readable JWT: {exc}",
        ) from None


def _candidate_keys(jwks: dict[str, Any], key_id: str) -> list[Any]:
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
    return candidates


def _decode(
    token: str, key: Any, issuer: str, audience: str, leeway: float, allow_expired: bool
) -> dict[str, Any]:
    options: dict[str, Any] = {
        "verify_signature": key is not None,
        "verify_exp": not allow_expired,
        "verify_nbf": True,
        "verify_aud": True,
        "verify_iss": bool(issuer),
        # iat is required but not compared with our clock: a desktop's clock may be
        # minutes off the provider's, and exp/nbf (with leeway) carry the real limit.
        "verify_iat": False,
        "require": REQUIRED_CLAIMS,
    }
    return dict(
        jwt.decode(
            token,
            key=key.key if key is not None else None,
            algorithms=ALLOWED_ALGORITHMS,
            audience=audience,
            issuer=issuer or None,
            leeway=leeway,
            options=options,
        )
    )


def _check_azp(claims: dict[str, Any], client_id: str) -> None:
    """OIDC Core §3.1.3.7 (4, 5): several audiences need ``azp``; ``azp`` must be us."""
    audiences = claims.get("aud")
    several = isinstance(audiences, list) and len(audiences) > 1
    azp = claims.get("azp")
    if several and not azp:
        raise ProviderError(
            "The sign-in token was issued for several apps without naming this one.",
            detail=f"aud has {len(audiences)} values and no azp",
        )
    if azp is not None and azp != client_id:
        raise ProviderError(
            "The sign-in token was issued for another app.",
            detail=f"azp={azp!r}, client_id={client_id!r}",
        )


def _expired(claims: dict[str, Any], leeway: float) -> bool:
    exp = claims.get("exp")
    return isinstance(exp, (int, float)) and exp + leeway <= time.time()


def _view(header: dict[str, Any], claims: dict[str, Any], key: Any, expired: bool) -> JwtView:
    problems = (EXPIRED,) if expired else ()
    if key is None:
        return JwtView(header, claims, False, NO_KEYS_NOTE, "", problems)
    kid = key.key_id or ""
    note = f"signature verified with key {kid or '(no kid)'} ({header.get('alg')})"
    return JwtView(header, claims, True, note, kid, problems)


_CLAIM_MESSAGES: tuple[tuple[type[Exception], str], ...] = (
    (jwt.ExpiredSignatureError, "The sign-in token has expired. Check this computer's clock."),
    (
        jwt.ImmatureSignatureError,
        "The sign-in token is not valid yet. Check this computer's clock.",
    ),
    (jwt.InvalidAudienceError, "The sign-in token was issued for another app."),
    (jwt.InvalidIssuerError, "The sign-in token came from a different provider than expected."),
    (jwt.MissingRequiredClaimError, "The sign-in token lacks a required field."),
    (jwt.DecodeError, "The provider sent a malformed sign-in token (id_token)."),
)


def _claim_error(exc: Exception) -> ProviderError:
    for kind, message in _CLAIM_MESSAGES:
        if isinstance(exc, kind):
            return ProviderError(message, detail=f"{type(exc).__name__}: {exc}")
    return ProviderError(
        "The provider's sign-in token failed verification.", detail=f"{type(exc).__name__}: {exc}"
    )


def pretty(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True, default=str)
