"""The demo provider's RSA signing key, kept on disk so tokens and the JWKS survive restarts."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, RSAKey

from ..core.base.atomic import write_bytes_atomic

log = logging.getLogger(__name__)

KEY_FILE = "signing-key.json"


def write_private_json(path: Path, data: Any) -> None:
    """Compact JSON, crash-safe and owner-only (``mkstemp`` is 0600): it may hold a private key."""
    write_bytes_atomic(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def _load_key(data: dict[str, Any]) -> RSAKey:
    """Our own key, written by us: skip the ~45 ms RSA validation that holds the GIL.

    The app loads the demo provider while the GUI paints; a full validation there is a
    visible stall (docs/benchmarks.md) and protects nothing we did not generate.
    """
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateNumbers, RSAPublicNumbers

    def number(name: str) -> int:
        raw = str(data[name]).encode("ascii")
        return int.from_bytes(base64.urlsafe_b64decode(raw + b"=" * (-len(raw) % 4)), "big")

    public = RSAPublicNumbers(number("e"), number("n"))
    private = RSAPrivateNumbers(
        p=number("p"),
        q=number("q"),
        d=number("d"),
        dmp1=number("dp"),
        dmq1=number("dq"),
        iqmp=number("qi"),
        public_numbers=public,
    ).private_key(unsafe_skip_rsa_key_validation=True)
    parameters = {k: data[k] for k in ("kid", "use", "alg") if k in data}
    return RSAKey.import_key(private, parameters=parameters)


class SigningKeys:
    """One RS256 key: the private half signs tokens, the public half is served at /jwks."""

    def __init__(self, key: RSAKey) -> None:
        self.key = key
        # A KeySet makes joserfc put the key's `kid` in every JWS header it signs.
        self.private_set = KeySet([key])
        self.public_set = KeySet([RSAKey.import_key(key.as_dict(private=False))])

    @property
    def kid(self) -> str:
        return str(self.key.kid)

    def public_jwks(self) -> dict[str, Any]:
        return self.public_set.as_dict(private=False)

    @classmethod
    def load_or_create(cls, state_dir: Path) -> SigningKeys:
        path = state_dir / KEY_FILE
        if path.exists():
            try:
                return cls(_load_key(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError, JoseError) as exc:
                # Tokens signed by a lost key are dead anyway; a new key lets people sign in.
                log.warning("Demo provider signing key unreadable, making a new one: %s", exc)
        key = RSAKey.generate_key(2048, parameters={"use": "sig", "alg": "RS256"}, auto_kid=True)
        write_private_json(path, key.as_dict(private=True))
        return cls(key)


def verified_claims(keys: SigningKeys, token: str) -> dict[str, Any] | None:
    """Claims of a JWT this server signed, or None (expiry is the caller's business)."""
    try:
        return dict(jwt.decode(token, keys.public_set, algorithms=["RS256"]).claims)
    except (JoseError, ValueError):
        return None
