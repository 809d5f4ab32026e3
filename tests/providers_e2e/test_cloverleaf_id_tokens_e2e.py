"""id_tokens in refresh answers at the Cloverleaf-shaped provider (OIDC Core §12.2).

Checked at the one call site in ``refresh.py``, after the answer is parsed and before
anything reaches the keychain: a renewed id_token is validated like the first one and
must name the same issuer and subject, or the renewal is not used.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.support.provider_servers import Fault, oidc_keys


def refresh_answer(server, **claims: object) -> Fault:
    """A well-formed refresh answer whose id_token carries ``claims`` (signed properly)."""
    now = int(time.time())
    id_claims = {
        "iss": server.issuer,
        "aud": server.client_id,
        "sub": "usr_8f2c41",
        "iat": now,
        "exp": now + 600,
        **claims,
    }
    body = {
        "access_token": "at-from-the-odd-refresh-000000000000000000",
        "token_type": "Bearer",
        "expires_in": 3600,
        "refresh_token": "rt-from-the-odd-refresh-000000000000000000",
        "id_token": oidc_keys.sign({k: v for k, v in id_claims.items() if v is not None}),
    }
    return Fault.custom(200, json.dumps(body).encode(), "application/json")


def test_a_renewed_id_token_is_verified_against_the_keys(loopgate, cloverleaf, cloverleaf_id):
    """Every refresh answer here carries an id_token: it is checked (JWKS fetched again)."""
    account_id = loopgate.connect(cloverleaf_id)
    before = cloverleaf.counters.jwks_requests
    assert loopgate("refresh", account_id).code == 0
    assert cloverleaf.counters.jwks_requests == before + 1
    assert loopgate.account(account_id)["status"] == "connected"


@pytest.mark.parametrize(
    ("claims", "words"),
    [
        ({"sub": "usr_someone_else"}, "names a different account"),
        ({"iss": "https://evil.example/api/oidc"}, "different provider"),
        ({"aud": "another-client"}, "another app"),
        ({"aud": ["loopgate-cloverleaf-test", "x"], "azp": None}, "several apps"),
    ],
    ids=["other-sub", "other-iss", "other-aud", "several-aud-no-azp"],
)
def test_a_renewed_id_token_that_fails_asks_to_reconnect_and_stores_nothing_new(
    loopgate, cloverleaf, cloverleaf_id, claims, words
) -> None:
    """Refused in plain words; keychain unchanged; the spent refresh token is never resent."""
    account_id = loopgate.connect(cloverleaf_id)
    keychain = loopgate.keychain()
    cloverleaf.faults.queue("refresh", refresh_answer(cloverleaf, **claims))
    result = loopgate("refresh", account_id)
    assert result.code == 1 and words in result.err and "Traceback" not in result.err
    assert loopgate.keychain() == keychain
    account = loopgate.account(account_id)
    assert account["status"] == "reconnect_needed" and words in account["last_error"]
    requests_before = cloverleaf.counters.token_requests
    assert loopgate("refresh", account_id).code == 1
    assert cloverleaf.counters.token_requests == requests_before
