"""PKCE (RFC 7636, S256 only), ``state`` and ``nonce`` values from a CSPRNG."""

from __future__ import annotations

import secrets

import pkce as _pkce

# RFC 7636 §4.1: 43..128 characters; 64 gives 384 bits of entropy.
VERIFIER_LENGTH = 64


def new_code_verifier() -> str:
    """A fresh verifier per attempt, drawn by ``pkce`` from ``secrets``."""
    return _pkce.generate_code_verifier(length=VERIFIER_LENGTH)


def code_challenge(verifier: str) -> str:
    """S256 challenge; ``plain`` is never offered (RFC 7636 §4.2, RFC 9700 §2.1.1)."""
    return _pkce.get_code_challenge(verifier)


def new_state() -> str:
    """RFC 6749 §10.12: unguessable, here 256 bits."""
    return secrets.token_urlsafe(32)


def new_nonce() -> str:
    return secrets.token_urlsafe(32)
