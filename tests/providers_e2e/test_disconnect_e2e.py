"""``loopgate disconnect`` really revokes, or says plainly that it did not (issue 9, item 3).

Clio's deauthorize needs a live bearer token (renewed first, or after a 401); a failure
(HTTP error, network, stall — bounded in time) exits non-zero with nothing removed and
points at ``--local-only``; a revocation that did not happen is never reported.
"""

from __future__ import annotations

import time

import pytest

from desktop_app.core.oauth import revocation
from tests.support.provider_servers import ClioLike, Fault, write_profile


def _assert_nothing_removed(loopgate, account_id: str, before: dict, result) -> None:  # type: ignore[no-untyped-def]
    assert result.code == 1 and "unexpected error" not in result.err
    assert "revoked at the provider" not in result.err
    assert "could not revoke" in result.err and "--local-only" in result.err
    assert [a["id"] for a in loopgate.accounts()] == [account_id]
    assert loopgate.keychain() == before


def test_a_stalled_revocation_is_bounded_and_removes_nothing(
    loopgate, clio, clio_id, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deauthorize never answers: the client gives up on time and keeps the account."""
    monkeypatch.setattr(revocation, "REVOKE_TIMEOUT", (2.0, 1.0))
    account_id = loopgate.connect(clio_id)
    before = loopgate.keychain()
    clio.faults.queue("revoke", Fault.stall(60))
    started = time.monotonic()
    result = loopgate("disconnect", account_id)
    assert time.monotonic() - started < 10
    _assert_nothing_removed(loopgate, account_id, before, result)
    assert "did not answer in time" in result.err
    assert clio.live_grants() == 1


def test_an_unreachable_provider_removes_nothing_until_asked_for_local_only(
    loopgate, loopgate_home
) -> None:
    """Nothing listens: "could not revoke"; ``--local-only`` then forgets it, honestly worded."""
    with ClioLike() as server:
        account_id = loopgate.connect(write_profile(server))
    before = loopgate.keychain()
    result = loopgate("disconnect", account_id)
    _assert_nothing_removed(loopgate, account_id, before, result)
    assert "Could not reach the provider" in result.err
    result = loopgate("disconnect", "--local-only", account_id)
    assert result.code == 0 and "removed from this computer only" in result.err
    assert "revoked" not in result.err
    assert loopgate.accounts() == [] and loopgate.keychain() == {}


def test_an_access_token_killed_early_is_renewed_once_then_deauthorized(
    loopgate, clio, clio_id
) -> None:
    """Deauthorize answers 401 to a token that looked live: renew once, retry, grant ends."""
    account_id = loopgate.connect(clio_id)
    clio.expire_access_tokens()
    result = loopgate("disconnect", account_id)
    assert result.code == 0 and "revoked at the provider" in result.err
    assert clio.counters.refresh_requests == 1 and clio.live_grants() == 0
    assert len(clio.requests_to("/oauth/deauthorize")) == 2


def test_a_grant_already_dead_cannot_be_revoked_and_its_token_is_not_resent(
    loopgate, clio, clio_id
) -> None:
    """Reconnect needed and expired: no refresh is attempted; local removal stays possible."""
    clio.expires_in = 1
    account_id = loopgate.connect(clio_id)
    clio.end_grants()
    assert loopgate("refresh", account_id).code == 1  # invalid_grant: reconnect needed
    time.sleep(1.2)  # the access token expires on the client's clock too
    before = loopgate.keychain()
    result = loopgate("disconnect", account_id)
    _assert_nothing_removed(loopgate, account_id, before, result)
    assert "expired and cannot be renewed" in result.err
    assert clio.counters.refresh_requests == 1 and clio.requests_to("/oauth/deauthorize") == []
    assert loopgate("disconnect", "--local-only", account_id).code == 0
    assert loopgate.accounts() == []


def test_clover_says_it_cannot_revoke_and_still_removes_locally(
    loopgate, clover, clover_id
) -> None:
    """No revocation endpoint: said as such, never as a revocation; nothing sent."""
    account_id = loopgate.connect(clover_id)
    before = len(clover.seen)
    result = loopgate("disconnect", account_id)
    assert result.code == 0 and "offers no way to revoke" in result.err
    assert "revoked at the provider" not in result.err
    assert len(clover.seen) == before
    assert loopgate.accounts() == [] and loopgate.keychain() == {}
