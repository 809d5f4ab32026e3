"""PKCE and anti-CSRF values (RFC 7636, RFC 6749 §10.12)."""

import re

from desktop_app.core.oauth.pkce import code_challenge, new_code_verifier, new_nonce, new_state

UNRESERVED = re.compile(r"^[A-Za-z0-9\-._~]+$")


def test_rfc7636_appendix_b_known_answer() -> None:
    """The S256 challenge matches RFC 7636 Appendix B."""
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_is_43_to_128_unreserved_characters() -> None:
    """Verifiers respect RFC 7636 §4.1's length and alphabet."""
    for _ in range(50):
        verifier = new_code_verifier()
        assert 43 <= len(verifier) <= 128
        assert UNRESERVED.match(verifier)


def test_every_attempt_gets_fresh_values() -> None:
    """Verifier, state and nonce never repeat."""
    assert len({new_code_verifier() for _ in range(200)}) == 200
    assert len({new_state() for _ in range(200)}) == 200
    assert len({new_nonce() for _ in range(200)}) == 200


def test_state_carries_at_least_128_bits() -> None:
    """A url-safe state of 43 characters carries 256 bits."""
    assert len(new_state()) * 6 >= 128
