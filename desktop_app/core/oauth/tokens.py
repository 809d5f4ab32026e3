"""The token set: what a token response means, with expiries as absolute times.

Parsing follows RFC 6749 §5.1 and each profile's quirks (Clover's epoch
``access_token_expiration`` instead of ``expires_in``, no ``token_type``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..base.errors import ProviderError
from ..providers.profiles import ProviderProfile

# A lifetime beyond ten years is treated as nonsense rather than trusted.
MAX_LIFETIME_SECONDS = 10 * 365 * 24 * 3600
SECRET_FIELDS = ("access_token", "refresh_token", "id_token")


@dataclass(frozen=True)
class TokenSet:
    """Tokens of one account. ``repr`` masks every secret so logs never carry one."""

    access_token: str
    token_type: str = "Bearer"
    refresh_token: str = ""
    id_token: str = ""
    scope: tuple[str, ...] = ()
    issued_at: float = 0.0
    expires_at: float | None = None
    refresh_expires_at: float | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        return (
            f"TokenSet(access_token={mask(self.access_token)}, "
            f"refresh_token={mask(self.refresh_token)}, id_token={mask(self.id_token)}, "
            f"scope={' '.join(self.scope)!r}, expires_at={self.expires_at})"
        )

    __str__ = __repr__

    def expires_in(self, now: float) -> float | None:
        return None if self.expires_at is None else self.expires_at - now

    def is_expired(self, now: float, leeway: float = 0.0) -> bool:
        return self.expires_at is not None and self.expires_at - leeway <= now

    def can_refresh(self, now: float) -> bool:
        if not self.refresh_token:
            return False
        return self.refresh_expires_at is None or self.refresh_expires_at > now

    def lifetime(self) -> float | None:
        if self.expires_at is None:
            return None
        return max(0.0, self.expires_at - self.issued_at)

    def merged_refresh(self, newer: TokenSet) -> TokenSet:
        """RFC 6749 §6: what a refresh answer omits (refresh token, id_token) is kept.

        OIDC Core §12.2: an id_token in a refresh answer is optional; the one from the
        sign-in still describes who connected.
        """
        kept = newer if newer.id_token else replace(newer, id_token=self.id_token)
        if newer.refresh_token:
            return kept
        return replace(
            kept, refresh_token=self.refresh_token, refresh_expires_at=self.refresh_expires_at
        )

    def to_secret_json(self) -> dict[str, Any]:
        """For the vault only: this holds the secrets."""
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "refresh_token": self.refresh_token,
            "id_token": self.id_token,
            "scope": list(self.scope),
            "issued_at": self.issued_at,
            "expires_at": self.expires_at,
            "refresh_expires_at": self.refresh_expires_at,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_secret_json(cls, data: Mapping[str, Any]) -> TokenSet:
        return cls(
            access_token=str(data["access_token"]),
            token_type=str(data.get("token_type") or "Bearer"),
            refresh_token=str(data.get("refresh_token") or ""),
            id_token=str(data.get("id_token") or ""),
            scope=tuple(data.get("scope") or ()),
            issued_at=float(data.get("issued_at") or 0.0),
            expires_at=_opt_float(data.get("expires_at")),
            refresh_expires_at=_opt_float(data.get("refresh_expires_at")),
            extra=dict(data.get("extra") or {}),
        )


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def mask(secret: str) -> str:
    """Shows that a value exists and its length, never its content."""
    if not secret:
        return "''"
    return f"'…{len(secret)} chars…'"


def _number(payload: Mapping[str, Any], key: str) -> float | None:
    value = payload.get(key)
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ProviderError(
            f"The provider sent an unreadable {key}.", detail=f"{key}={value!r}"
        ) from None
    if not math.isfinite(number):
        raise ProviderError(f"The provider sent an unreadable {key}.", detail=f"{key}={value!r}")
    return number


def _expiry(
    payload: Mapping[str, Any], key: str, kind: str, now: float, server_now: float | None = None
) -> float | None:
    """Absolute expiry on *our* clock from a relative or epoch field; ms epochs tolerated.

    An epoch is measured against the provider's clock (its ``Date`` header) when known, so
    a desktop clock that is hours off still gets the real lifetime.
    """
    if not key:
        return None
    number = _number(payload, key)
    if number is None:
        return None
    if kind == "absolute":
        if number > 1e11:  # milliseconds since the epoch
            number /= 1000.0
        lifetime = number - (now if server_now is None else server_now)
    else:
        lifetime = number
    if lifetime > MAX_LIFETIME_SECONDS:
        raise ProviderError(
            "The provider sent an impossible token lifetime.", detail=f"{key}={number!r}"
        )
    # A negative or zero lifetime means "already expired": keep it, refresh will follow.
    return now + lifetime


# Common non-standard fields for the refresh token's own lifetime (Keycloak, Microsoft).
RELATIVE_REFRESH_FIELDS = ("refresh_expires_in", "refresh_token_expires_in")


def _refresh_expiry(
    profile: ProviderProfile, payload: Mapping[str, Any], now: float, server_now: float | None
) -> float | None:
    if profile.refresh_expiry_field:
        field = profile.refresh_expiry_field
        return _expiry(payload, field, profile.refresh_expiry_kind, now, server_now)
    for key in RELATIVE_REFRESH_FIELDS:
        if payload.get(key):  # Keycloak sends 0 for offline tokens: "does not expire"
            return _expiry(payload, key, "relative", now)
    return None


def parse_token_response(
    profile: ProviderProfile,
    payload: Any,
    now: float,
    requested_scope: tuple[str, ...] = (),
    server_now: float | None = None,
) -> TokenSet:
    """RFC 6749 §5.1 with the profile's quirks; raises ``ProviderError`` on bad shapes."""
    if not isinstance(payload, Mapping):
        raise ProviderError(
            "The provider's token answer was not a JSON object.", detail=_shape(payload)
        )
    access_token = payload.get("access_token")
    if not isinstance(access_token, str) or not access_token:
        raise ProviderError(
            "The provider's answer did not contain an access token.",
            detail=f"fields present: {', '.join(sorted(map(str, payload))) or 'none'}",
        )
    token_type = payload.get("token_type")
    if token_type is None:
        if not profile.token_type_optional:
            raise ProviderError(
                "The provider's answer did not say what kind of token it is.",
                detail="token_type missing (RFC 6749 §5.1 requires it)",
            )
        token_type = "Bearer"
    # RFC 6749 §5.1: token_type is case-insensitive; only bearer tokens are usable here.
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise ProviderError(
            "The provider issued a kind of token Loopgate cannot use.",
            detail=f"token_type={token_type!r}; only Bearer (RFC 6750) is supported",
        )
    scope_value = payload.get("scope")
    # RFC 6749 §5.1: scope omitted means "as requested".
    scope = tuple(str(scope_value).split()) if scope_value else tuple(requested_scope)
    known = {"access_token", "token_type", "refresh_token", "id_token", "scope"}
    extra = {
        k: v
        for k, v in payload.items()
        if k not in known and isinstance(v, (str, int, float, bool)) and "token" not in k
    }
    return TokenSet(
        access_token=access_token,
        token_type="Bearer",
        refresh_token=str(payload.get("refresh_token") or ""),
        id_token=str(payload.get("id_token") or ""),
        scope=scope,
        issued_at=now,
        expires_at=_expiry(
            payload, profile.access_expiry_field, profile.access_expiry_kind, now, server_now
        ),
        refresh_expires_at=_refresh_expiry(profile, payload, now, server_now),
        extra=extra,
    )


def _shape(payload: Any) -> str:
    return (
        f"got {type(payload).__name__}: {json.dumps(payload)[:200] if payload is not None else ''}"
    )
