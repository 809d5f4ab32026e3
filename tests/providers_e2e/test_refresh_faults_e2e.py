"""A refresh that fails: only a dead grant means "reconnect"; anything else keeps the tokens.

Design §3: ``invalid_grant`` (or Clover's 401 ``{"message"}`` from its refresh endpoint)
marks the account reconnect-needed; ``invalid_request``, ``invalid_client``, HTML, 5xx,
503 + ``Retry-After``, timeouts and 200-with-HTML are the provider's problem: every token
stays in the keychain, byte for byte, and the account stays connected.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.provider_servers import (
    ClioLike,
    CloverleafLike,
    CloverLike,
    Fault,
    write_profile,
)


@pytest.fixture(params=["clover", "clio"])
def server(
    request: pytest.FixtureRequest, loopgate_home: object
) -> Iterator[CloverLike | ClioLike]:
    with CloverLike() if request.param == "clover" else ClioLike() as running:
        yield running


def _connected(loopgate, server) -> str:  # type: ignore[no-untyped-def]
    return loopgate.connect(write_profile(server))


def _assert_kept(loopgate, account_id: str, before: dict, result) -> None:  # type: ignore[no-untyped-def]
    assert result.code != 0 and "unexpected error" not in result.err
    assert loopgate.keychain() == before
    assert loopgate.account(account_id)["status"] == "connected"


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(Fault.invalid_client(), id="invalid_client"),
        pytest.param(Fault.invalid_request(), id="invalid_request"),
        pytest.param(Fault.html_400(), id="html_400"),
        pytest.param(Fault.html_500(), id="html_500"),
        pytest.param(Fault.unavailable(retry_after=30), id="503_retry_after"),
        pytest.param(Fault.html_200(), id="html_200"),
    ],
)
def test_a_provider_problem_at_refresh_keeps_every_token(loopgate, server, fault) -> None:
    """The keychain entry is unchanged, the account stays connected, and works afterwards."""
    account_id = _connected(loopgate, server)
    before = loopgate.keychain()
    server.faults.queue("refresh", fault)
    _assert_kept(loopgate, account_id, before, loopgate("refresh", account_id))
    assert loopgate("refresh", account_id).code == 0


@pytest.mark.slow
def test_a_stalled_refresh_keeps_every_token(loopgate, clover, clover_id) -> None:
    """The token endpoint never answers (the client's own timeout ends it): tokens kept."""
    account_id = loopgate.connect(clover_id)
    before = loopgate.keychain()
    clover.faults.queue("refresh", Fault.stall(300))
    result = loopgate("refresh", account_id)
    _assert_kept(loopgate, account_id, before, result)
    assert "did not answer in time" in result.err or "time" in result.err.lower()


def test_invalid_grant_marks_the_account_reconnect_needed(loopgate, server) -> None:
    """``invalid_grant``: a plain message and "reconnect needed"."""
    account_id = _connected(loopgate, server)
    server.faults.queue("refresh", Fault.invalid_grant())
    result = loopgate("refresh", account_id)
    assert result.code != 0 and "reconnect" in result.err.lower()
    assert loopgate.account(account_id)["status"] == "reconnect_needed"


def test_clovers_401_message_from_refresh_marks_reconnect_needed(
    loopgate, clover, clover_id
) -> None:
    """The merchant uninstalled the app: 401 ``{"message"}`` at refresh means reconnect."""
    account_id = loopgate.connect(clover_id)
    clover.uninstall("JZP3TH6T37HA1")
    result = loopgate("refresh", account_id)
    assert result.code != 0 and "unexpected error" not in result.err
    assert loopgate.account(account_id)["status"] == "reconnect_needed"


def test_a_revoked_clio_grant_marks_reconnect_needed(loopgate, clio, clio_id) -> None:
    """Clio answers a dead refresh token with ``invalid_grant``."""
    account_id = loopgate.connect(clio_id)
    clio.end_grants()
    assert loopgate("refresh", account_id).code != 0
    assert loopgate.account(account_id)["status"] == "reconnect_needed"


def test_a_revoked_cloverleaf_grant_marks_reconnect_needed(loopgate, loopgate_home) -> None:
    """Cloverleaf (discovery mode, so a refresh token exists): ``invalid_grant``."""
    with CloverleafLike(serve_discovery=True) as server:
        account_id = loopgate.connect(write_profile(server))
        server.end_grants()
        assert loopgate("refresh", account_id).code != 0
        assert loopgate.account(account_id)["status"] == "reconnect_needed"
