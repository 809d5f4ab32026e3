"""The id_token rules: at sign-in (OIDC Core §3.1.3.7) and after a refresh (§12.2).

Both go through ``jwt_view.verify_jwt``. Keys come from the profile's ``jwks_uri``
(discovered, or named by the profile when the provider has no discovery document).
Without keys the claims are still checked and the result says "signature not verified":
the token came straight from the token endpoint over TLS, which OIDC Core §3.1.3.7 (6)
accepts in place of the signature.
"""

from __future__ import annotations

from typing import Any

import requests

from ..base.errors import ProviderError
from ..providers.profiles import ProviderProfile
from .jwt_view import JwtView, decode_unverified, fetch_jwks, verify_jwt
from .tokens import TokenSet

# OIDC Core §12.2: a refreshed id_token describes the same sign-in.
SAME_AS_ORIGINAL = ("iss", "sub")


def check_id_token(
    profile: ProviderProfile,
    token: str,
    *,
    session: requests.Session,
    client_id: str,
    nonce: str | None,
) -> JwtView:
    """Validates one id_token for ``client_id``; raises ``ProviderError`` with plain words."""
    jwks = fetch_jwks(session, profile.jwks_uri) if profile.jwks_uri else None
    return verify_jwt(token, jwks, issuer=profile.issuer, audience=client_id, nonce=nonce)


def check_refreshed_id_token(
    profile: ProviderProfile, previous: TokenSet, fresh: TokenSet, *, session: requests.Session
) -> JwtView | None:
    """An id_token in a refresh answer is checked like the first one, and must name the
    same issuer and subject as the account's (§12.2); None when the answer had none."""
    if not fresh.id_token or fresh.id_token == previous.id_token:
        return None
    original = _original_claims(previous.id_token)
    view = check_id_token(
        profile, fresh.id_token, session=session, client_id=profile.client_id, nonce=None
    )
    for claim in SAME_AS_ORIGINAL:
        if original and view.claims.get(claim) != original.get(claim):
            raise ProviderError(
                "The renewed sign-in token names a different account than this one, so the "
                "renewal was not used. Reconnect the account if this keeps happening.",
                detail=f"id_token {claim} changed on refresh (OIDC Core §12.2)",
            )
    nonce = view.claims.get("nonce")
    if nonce is not None and original and nonce != original.get("nonce"):
        raise ProviderError(
            "The renewed sign-in token did not belong to this account's sign-in.",
            detail="id_token nonce changed on refresh (OIDC Core §12.2)",
        )
    return view


def _original_claims(token: str) -> dict[str, Any]:
    """The stored id_token was validated when it was stored; only its claims are needed."""
    view = decode_unverified(token) if token else None
    return view.claims if view else {}
