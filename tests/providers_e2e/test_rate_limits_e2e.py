"""A 429 is reported with its ``Retry-After`` and never retried in a loop (design §3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.support.provider_servers import ClioLike, CloverLike, write_profile

PATHS = {"clover": "/v3/merchants/{merchant_id}", "clio": "/api/v4/matters"}


@pytest.fixture(params=["clover", "clio"])
def limited(
    request: pytest.FixtureRequest, loopgate, loopgate_home: object
) -> Iterator[tuple[CloverLike | ClioLike, str, str]]:
    """A connected account whose next API call is answered 429 with ``Retry-After: 7``."""
    with CloverLike() if request.param == "clover" else ClioLike() as server:
        account_id = loopgate.connect(write_profile(server))
        server.rate_limit_next(1, retry_after=7)
        server.counters.api_calls = 0  # count from here on
        yield server, account_id, PATHS[request.param]


def test_a_429_is_sent_once_and_not_retried(loopgate, limited) -> None:
    """One request reaches the provider; exit 2 with the status; no refresh attempted."""
    server, account_id, path = limited
    result = loopgate("call", account_id, "GET", path)
    assert result.code == 2 and "429" in result.err
    assert server.counters.api_calls == 1
    assert server.counters.rate_limited == 1 and server.counters.refresh_requests == 0


def test_a_429_says_rate_limited_and_when_to_retry(loopgate, limited) -> None:
    """The words: "rate limited, retry in 7 s"."""
    _server, account_id, path = limited
    result = loopgate("call", account_id, "GET", path)
    assert re.search(r"rate limited, retry in 7 s", result.err, re.IGNORECASE), result.err
