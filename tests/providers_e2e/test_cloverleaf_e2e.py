"""``loopgate`` against the Cloverleaf-shaped OpenID provider, with the shipped profile.

Cloverleaf documents its endpoints but (by default here) serves no discovery document,
so the shipped profile's fallback endpoints are what the client must live on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.support.provider_servers import CloverleafLike, write_profile


@pytest.fixture
def discovering(loopgate_home: object) -> Iterator[tuple[CloverleafLike, str]]:
    with CloverleafLike(serve_discovery=True) as server:
        yield server, write_profile(server)


def test_connect_call_refresh_disconnect_with_discovery(loopgate, discovering) -> None:
    """With a discovery document: offline_access + prompt=consent, verified id_token, rotation."""
    server, profile_id = discovering
    account_id = loopgate.connect(profile_id)
    account = loopgate.account(account_id)
    assert account["identity"]["subject"] == "usr_8f2c41"
    assert account["identity"]["name"] == "Casey Lee" and account["has_refresh_token"]
    authorize = server.requests_to("/api/oidc/auth")[0].query
    assert "offline_access" in authorize["scope"].split() and authorize["nonce"]
    assert "Signature verified with the provider's key" in loopgate("inspect", account_id).out

    result = loopgate("call", account_id, "GET", "/public-api/v1/self/daily-coaching")
    assert result.code == 0 and json.loads(result.out)["data"]

    assert loopgate("refresh", account_id).code == 0
    assert loopgate("refresh", account_id).code == 0
    assert server.counters.refresh_requests == 2 and server.counters.reused_refresh_tokens == 0

    result = loopgate("disconnect", account_id)
    assert result.code == 0 and loopgate.accounts() == []


def test_an_api_401_with_a_bearer_challenge_is_renewed_once_and_resent(
    loopgate, discovering
) -> None:
    """``WWW-Authenticate: Bearer error="invalid_token"``: one refresh, one resend, 200."""
    server, profile_id = discovering
    account_id = loopgate.connect(profile_id)
    server.expire_access_tokens()
    result = loopgate("call", account_id, "GET", "/public-api/v1/self/daily-coaching")
    assert result.code == 0 and server.counters.refresh_requests == 1


def test_with_discovery_a_forged_id_token_is_refused(loopgate, discovering) -> None:
    """An id_token signed with a key the JWKS does not publish fails the connection."""
    server, profile_id = discovering
    server.sign_with_foreign_key = True
    result = loopgate("connect", profile_id, "--timeout", "15")
    assert result.code != 0 and loopgate.accounts() == [] and loopgate.keychain() == {}


def test_documented_endpoints_work_without_discovery(loopgate, cloverleaf, cloverleaf_id) -> None:
    """Discovery 404s; the documented endpoints connect, with ``iss`` on the redirect checked."""
    account_id = loopgate.connect(cloverleaf_id)
    assert cloverleaf.counters.discovery_requests >= 1
    assert loopgate.account(account_id)["identity"]["subject"] == "usr_8f2c41"
    result = loopgate("call", account_id, "GET", "/public-api/v1/self/daily-coaching")
    assert result.code == 0


def test_a_decline_with_iss_is_a_plain_message(loopgate, cloverleaf, cloverleaf_id, browser):
    """``error=access_denied`` (with ``iss``): "You chose not to allow access"."""
    browser.action = "deny"
    result = loopgate("connect", cloverleaf_id, "--timeout", "15")
    assert result.code == 1 and "You chose not to allow access" in result.err


def test_without_discovery_a_forged_id_token_is_refused(
    loopgate, cloverleaf, cloverleaf_id
) -> None:
    """The signature is checked against ``/api/oidc/jwks`` even with no discovery document."""
    cloverleaf.sign_with_foreign_key = True
    result = loopgate("connect", cloverleaf_id, "--timeout", "15")
    assert result.code != 0 and loopgate.accounts() == []


def test_without_discovery_the_inspector_says_the_signature_was_verified(
    loopgate, cloverleaf, cloverleaf_id
) -> None:
    """``inspect`` reports a verified id_token signature."""
    account_id = loopgate.connect(cloverleaf_id)
    assert "Signature verified with the provider's key" in loopgate("inspect", account_id).out
    assert cloverleaf.counters.jwks_requests >= 1


def test_without_discovery_offline_access_is_requested_and_a_refresh_token_arrives(
    loopgate, cloverleaf, cloverleaf_id
) -> None:
    """``offline_access`` in the authorize scope, a refresh token stored, refresh works."""
    account_id = loopgate.connect(cloverleaf_id)
    assert "offline_access" in cloverleaf.requests_to("/api/oidc/auth")[0].query["scope"]
    assert loopgate.account(account_id)["has_refresh_token"]
    assert loopgate("refresh", account_id).code == 0
