"""The fault injector misbehaves exactly as queued, then the server behaves again."""

from __future__ import annotations

import threading
import time

import pytest
import requests

from tests.provider_servers.flows import (
    clio_get,
    clio_post,
    clio_tokens,
    clover_get,
    clover_refresh,
    clover_tokens,
    cloverleaf_refresh,
    cloverleaf_tokens,
)
from tests.support.provider_servers import ClioLike, Fault


def _refresh_clio(server: ClioLike, token: str) -> requests.Response:
    data = {"grant_type": "refresh_token", "refresh_token": token, "client_id": server.client_id}
    return clio_post(server, data)


@pytest.mark.parametrize(
    ("fault", "status", "content_type", "error"),
    [
        (Fault.html_500(), 500, "text/html", None),
        (Fault.unavailable(retry_after=42), 503, "text/html", None),
        (Fault.invalid_request(), 400, "application/json", "invalid_request"),
        (Fault.invalid_client(), 401, "application/json", "invalid_client"),
        (Fault.invalid_grant(), 400, "application/json", "invalid_grant"),
        (Fault.html_400(), 400, "text/html", None),
        (Fault.html_200(), 200, "text/html", None),
    ],
)
def test_each_refresh_fault_is_served_once_then_the_real_answer(
    clio, receiver, fault, status, content_type, error
) -> None:
    """A queued fault answers the next refresh; the one after is normal again."""
    tokens = clio_tokens(clio, receiver)
    clio.faults.queue("refresh", fault)
    answer = _refresh_clio(clio, tokens["refresh_token"])
    assert answer.status_code == status
    assert answer.headers["Content-Type"].startswith(content_type)
    if error:
        assert answer.json()["error"] == error
    if fault.kind == "unavailable":
        assert answer.headers["Retry-After"] == "42"
    assert _refresh_clio(clio, tokens["refresh_token"]).status_code == 200
    assert clio.counters.faults_served == 1


def test_times_and_scopes(clover, receiver) -> None:
    """``times=2`` hits two requests; a ``refresh`` fault never hits a code exchange."""
    clover.faults.queue("refresh", Fault.html_500(), times=2)
    tokens, _ = clover_tokens(clover, receiver)  # the code exchange is untouched
    assert clover.faults.pending("refresh") == 2
    statuses = [clover_refresh(clover, tokens["refresh_token"]).status_code for _ in range(3)]
    assert statuses == [500, 500, 200]
    assert clover.faults.served == ["html_500", "html_500"]


def test_token_scope_covers_code_exchange_and_refresh(cloverleaf, receiver) -> None:
    """``token`` faults hit whichever token request comes next."""
    cloverleaf.faults.queue("token", Fault.invalid_client())
    with pytest.raises(AssertionError):
        cloverleaf_tokens(cloverleaf, receiver)
    tokens = cloverleaf_tokens(cloverleaf, receiver)
    cloverleaf.faults.queue("token", Fault.unavailable(5))
    assert cloverleaf_refresh(cloverleaf, tokens["refresh_token"]).status_code == 503


def test_a_stall_is_released_on_demand(clio, receiver) -> None:
    """A 60 s stall ends when the test releases it: the connection just closes."""
    tokens = clio_tokens(clio, receiver)
    clio.faults.queue("refresh", Fault.stall(60))
    threading.Timer(0.3, clio.faults.release).start()
    started = time.monotonic()
    with pytest.raises(requests.ConnectionError):
        _refresh_clio(clio, tokens["refresh_token"])
    assert time.monotonic() - started < 5


def test_a_stall_outlasts_the_client_timeout(clio, receiver) -> None:
    """The client gives up first (a read timeout), and the server still closes quickly."""
    tokens = clio_tokens(clio, receiver)
    clio.faults.queue("refresh", Fault.stall(60))
    data = {
        "grant_type": "refresh_token",
        "refresh_token": tokens["refresh_token"],
        "client_id": clio.client_id,
    }
    with pytest.raises(requests.ReadTimeout):
        requests.post(f"{clio.base}/oauth/token", data=data, timeout=0.3)


def test_closing_the_server_releases_a_stall(receiver) -> None:
    """``close()`` ends a stalled request at once, so a test never waits it out."""
    server = ClioLike()
    tokens = clio_tokens(server, receiver)
    server.faults.queue("refresh", Fault.stall(60))
    threading.Timer(0.3, server.close).start()
    started = time.monotonic()
    with pytest.raises(requests.ConnectionError):
        _refresh_clio(server, tokens["refresh_token"])
    assert time.monotonic() - started < 5


def test_a_slow_stall_can_answer_normally(clio, receiver) -> None:
    """``then_answer=True``: held for a while, then the real answer."""
    tokens = clio_tokens(clio, receiver)
    clio.faults.queue("refresh", Fault.stall(0.2, then_answer=True))
    started = time.monotonic()
    assert _refresh_clio(clio, tokens["refresh_token"]).status_code == 200
    assert time.monotonic() - started >= 0.2


def test_api_faults(clover, receiver) -> None:
    """API-side: 5xx HTML, an empty 401 with no challenge, a huge body."""
    tokens, merchant = clover_tokens(clover, receiver)
    clover.faults.queue("api", Fault.html_5xx(502))
    clover.faults.queue("api", Fault.empty_401())
    clover.faults.queue("api", Fault.huge_body(2_000_000))
    path, token = f"/v3/merchants/{merchant}", tokens["access_token"]
    bad_gateway, empty, huge = (clover_get(clover, path, token) for _ in range(3))
    assert bad_gateway.status_code == 502 and "html" in bad_gateway.headers["Content-Type"]
    assert empty.status_code == 401 and empty.content == b""
    assert "WWW-Authenticate" not in empty.headers
    assert huge.status_code == 200 and len(huge.content) > 1_900_000
    assert len(huge.json()["elements"]) > 10_000
    assert clover_get(clover, path, token).status_code == 200


def test_revoke_scope_hits_clio_deauthorize(clio, receiver) -> None:
    """``revoke`` faults answer Clio's deauthorize, which then really happens next time."""
    tokens = clio_tokens(clio, receiver)
    clio.faults.queue("revoke", Fault.html_500())
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    url = f"{clio.base}/oauth/deauthorize"
    assert requests.post(url, headers=headers, timeout=5).status_code == 500
    assert clio_get(clio, "/api/v4/matters", tokens["access_token"]).status_code == 200
    assert requests.post(url, headers=headers, timeout=5).status_code == 200
    assert clio.live_grants() == 0
