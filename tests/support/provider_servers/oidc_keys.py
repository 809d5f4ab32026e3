"""RS256 signing keys for the OIDC-shaped server, made once per test process.

RSA key generation costs tens of milliseconds; tests start many servers, so the keys are
cached. ``foreign`` is a second key under the same ``kid`` that the JWKS never publishes:
an id_token signed with it looks right but must fail signature verification.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

KID = "cloverleaf-test-key-1"


@functools.lru_cache(maxsize=2)
def private_key(which: str = "published") -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwks() -> dict[str, Any]:
    """The public half of the published key, as a JWK Set (RFC 7517 §5)."""
    jwk = json.loads(RSAAlgorithm.to_jwk(private_key("published").public_key()))
    jwk.update({"kid": KID, "use": "sig", "alg": "RS256"})
    return {"keys": [jwk]}


def sign(claims: dict[str, Any], *, foreign: bool = False) -> str:
    key = private_key("foreign" if foreign else "published")
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": KID})
