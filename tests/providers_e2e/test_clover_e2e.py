"""``loopgate`` against the Clover-shaped server, with the shipped ``clover`` profile."""

from __future__ import annotations

import json

import pytest

from tests.support.provider_servers import CloverLike, write_profile

BAKERY, BIKES = "JZP3TH6T37HA1", "KX81MMPQ0RTE2"


def test_connect_call_refresh_disconnect(loopgate, clover, clover_id) -> None:
    """The whole story: JSON token body, epoch expiries, merchant identity, presets."""
    account_id = loopgate.connect(clover_id)
    account = loopgate.account(account_id)
    assert account["identity"]["subject"] == BAKERY
    assert account["identity"]["name"] == "Harbor Street Bakery"
    assert account["expires_at"] and account["refresh_expires_at"]

    sent = clover.requests_to("/oauth/v2/token")[0]
    assert sent.content_type == "application/json"
    assert set(sent.json()) == {"client_id", "code", "code_verifier"}

    result = loopgate("call", account_id, "GET", "/v3/merchants/{merchant_id}?expand=owner")
    assert result.code == 0 and json.loads(result.out)["owner"]["name"] == "Rosa Lind"
    result = loopgate("call", account_id, "GET", "/v3/merchants/{merchant_id}/items?limit=100")
    assert result.code == 0 and len(json.loads(result.out)["elements"]) == 3

    before = loopgate("token", account_id).out.strip()
    result = loopgate("refresh", account_id)
    assert result.code == 0 and "Renewed" in result.err
    assert loopgate("token", account_id).out.strip() != before
    assert clover.counters.refresh_requests == 1 and clover.counters.reused_refresh_tokens == 0
    assert loopgate("call", account_id, "GET", "/v3/merchants/{merchant_id}").code == 0

    result = loopgate("disconnect", account_id)
    assert result.code == 0 and "no way to revoke" in result.err
    assert loopgate.accounts() == [] and loopgate.keychain() == {}


def test_three_thousand_character_tokens(loopgate, loopgate_home) -> None:
    """Clover's long tokens survive the keychain and work at the API."""
    with CloverLike(token_length=3000) as server:
        account_id = loopgate.connect(write_profile(server))
        assert len(loopgate("token", account_id).out.strip()) == 3000
        assert loopgate("call", account_id, "GET", "/v3/merchants/{merchant_id}").code == 0


def test_a_second_merchant_is_a_second_account(loopgate, clover, clover_id, browser) -> None:
    """Picking another merchant on the consent page connects another account."""
    first = loopgate.connect(clover_id)
    browser.choices = {"merchant_id": BIKES}
    second = loopgate.connect(clover_id)
    assert first != second
    assert loopgate.account(second)["identity"]["subject"] == BIKES


def test_an_access_token_killed_early_is_renewed_once_and_the_call_resent(
    loopgate, clover, clover_id
) -> None:
    """API 401 ``{"message": "401 Unauthorized"}``: one refresh, one resend, then 200."""
    account_id = loopgate.connect(clover_id)
    clover.expire_access_tokens()
    result = loopgate("call", account_id, "GET", "/v3/merchants/{merchant_id}")
    assert "unexpected error" not in result.err
    assert result.code == 0 and json.loads(result.out)["id"] == BAKERY
    assert clover.counters.refresh_requests == 1


@pytest.mark.parametrize("how", ["uninstall", "cap"])
def test_a_token_killed_by_uninstall_or_the_cap_is_reported_plainly(
    loopgate, clover, clover_id, how
) -> None:
    """Uninstall or the per-merchant cap: a plain reconnect message, never 'unexpected error'."""
    account_id = loopgate.connect(clover_id)
    if how == "uninstall":
        clover.uninstall(BAKERY)
    else:
        clover.refresh_cap = 1
        clover.connect_elsewhere(BAKERY)
    result = loopgate("call", account_id, "GET", "/v3/merchants/{merchant_id}")
    assert "unexpected error" not in result.err
    assert result.code != 0
    assert "reconnect" in result.err.lower() or "401" in result.err
    assert clover.counters.refresh_requests <= 1
    assert loopgate.account(account_id)["status"] == "reconnect_needed"


def test_a_callback_merchant_that_is_not_the_tokens_merchant_is_refused(
    loopgate, clover, clover_id
) -> None:
    """The redirect says BIKES, the token is BAKERY's: the connection is refused."""
    clover.callback_merchant_override = BIKES
    result = loopgate("connect", clover_id, "--timeout", "15")
    assert result.code != 0
    assert loopgate.accounts() == [] and loopgate.keychain() == {}
