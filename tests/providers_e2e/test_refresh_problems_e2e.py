"""Refresh never throws away a working grant (issue 9, item 2; design §3).

Only ``invalid_grant`` (RFC 6749 §5.2) or the shape a profile declares (Clover's 401
``{"message"}``) marks an account reconnect-needed. Anything else keeps the keychain
entry byte for byte, shows a provider problem in the provider's own words with the next
try (backoff, never sooner than ``Retry-After``), and the next success clears it. A dead
grant keeps its tokens too (for a disconnect to revoke) but its refresh token is never
presented again.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import NamedTuple

import pytest

from desktop_app.core.oauth import transport
from tests.support.provider_servers import ClioLike, CloverLike, Fault, write_profile

KIND = {"CloverLike": "clover", "ClioLike": "clio"}
EXPIRY = {"clover": "access_token_expiration", "clio": "expires_in"}


class Problem(NamedTuple):
    fault: Fault
    words: str  # what the stored message must contain (the provider's words where any)
    retry_after: float = 0.0


def _ok_shape(kind: str, **fields: object) -> Fault:
    """A 200 refresh answer in the provider's own shape, with ``fields`` overriding."""
    body: dict[str, object] = {"access_token": "at-replacement-0123456789", "refresh_token": "rt-x"}
    if kind == "clio":
        body["token_type"] = "bearer"
    body[EXPIRY[kind]] = int(time.time()) + 1800 if kind == "clover" else 1800
    body.update(fields)
    body = {k: v for k, v in body.items() if v is not None}
    return Fault.custom(200, json.dumps(body).encode(), "application/json")


def problems(kind: str) -> dict[str, Problem]:
    expiry = EXPIRY[kind]
    return {
        "429 Retry-After 90": Problem(
            Fault.custom(
                429,
                b'{"message": "Too Many Requests"}',
                "application/json",
                (("Retry-After", "90"),),
            ),
            "Too Many Requests",
            90,
        ),
        "503 Retry-After 600": Problem(Fault.unavailable(retry_after=600), "503", 600),
        "unauthorized_client": Problem(
            Fault.oauth_error(400, "unauthorized_client", "Client may not refresh."),
            "Client may not refresh.",
        ),
        "200 without access_token": Problem(
            _ok_shape(kind, access_token=None), "did not contain an access token"
        ),
        "expiry as a word": Problem(_ok_shape(kind, **{expiry: "soon"}), "unreadable"),
        "negative expiry": Problem(_ok_shape(kind, **{expiry: -3600}), "impossible token lifetime"),
        "absurd expiry": Problem(
            _ok_shape(kind, **{expiry: 10**13 if kind == "clover" else 10**12}),
            "impossible token lifetime",
        ),
        "401 HTML (not the declared JSON shape)": Problem(
            Fault.custom(401, b"<html><title>Gateway says no</title></html>", "text/html"),
            "Gateway says no",
        ),
        "400 {message} (not the declared 401)": Problem(
            Fault.custom(400, b'{"message": "Missing required field"}', "application/json"),
            "Missing required field",
        ),
    }


CASES = [(kind, name) for kind in ("clover", "clio") for name in problems(kind)]


@pytest.fixture
def server(
    request: pytest.FixtureRequest, loopgate_home: object
) -> Iterator[CloverLike | ClioLike]:
    with CloverLike() if request.param == "clover" else ClioLike() as running:
        yield running


@pytest.mark.parametrize(
    ("server", "name"), CASES, indirect=["server"], ids=[f"{k}-{n}" for k, n in CASES]
)
def test_a_provider_problem_keeps_every_token_and_says_when_the_next_try_is(
    loopgate, server, name: str
) -> None:
    """Keychain byte-identical, "provider problem" in the provider's words, Retry-After kept."""
    problem = problems(KIND[type(server).__name__])[name]
    account_id = loopgate.connect(write_profile(server))
    before = loopgate.keychain()
    server.faults.queue("refresh", problem.fault)
    started = time.time()
    result = loopgate("refresh", account_id)
    assert result.code == 1 and "unexpected error" not in result.err
    assert "tokens were kept" in result.err and "next try" in result.err
    assert loopgate.keychain() == before
    row = loopgate.account(account_id)
    assert row["status"] == "connected" and row["problem"] == "provider"
    assert problem.words in row["last_error"]
    wait = max(60.0, problem.retry_after)  # first failure: one minute, or what it asked for
    assert started + wait - 1 <= row["retry_at"] <= time.time() + wait + 1
    assert loopgate("refresh", account_id).code == 0  # the next success clears it
    row = loopgate.account(account_id)
    assert row["problem"] == "" and row["last_error"] == "" and row["retry_at"] is None


def test_a_stalled_refresh_keeps_every_token_within_the_client_timeout(
    loopgate, clover, clover_id, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The token endpoint never answers: the client's own timeout ends it; tokens kept."""
    monkeypatch.setattr(transport, "DEFAULT_TIMEOUT", (2.0, 1.0))
    account_id = loopgate.connect(clover_id)
    before = loopgate.keychain()
    clover.faults.queue("refresh", Fault.stall(60))
    started = time.monotonic()
    result = loopgate("refresh", account_id)
    assert time.monotonic() - started < 10
    assert result.code == 1 and "did not answer in time" in result.err
    assert loopgate.keychain() == before
    assert loopgate.account(account_id)["problem"] == "provider"


def test_an_unreachable_provider_is_offline_and_keeps_every_token(loopgate, loopgate_home) -> None:
    """Nothing listens any more: "offline", not "reconnect needed"; nothing is deleted."""
    with ClioLike() as server:
        account_id = loopgate.connect(write_profile(server))
    before = loopgate.keychain()
    result = loopgate("refresh", account_id)
    assert result.code == 1 and "Could not reach the provider" in result.err
    assert loopgate.keychain() == before
    row = loopgate.account(account_id)
    assert row["status"] == "connected" and row["problem"] == "unreachable"
    assert "offline, next try" in loopgate("list").out


def test_a_dead_grant_keeps_its_tokens_and_never_resends_the_refresh_token(
    loopgate, clio, clio_id
) -> None:
    """invalid_grant: reconnect needed once; the keychain entry stays; no second request."""
    account_id = loopgate.connect(clio_id)
    before = loopgate.keychain()
    clio.end_grants()
    result = loopgate("refresh", account_id)
    assert result.code == 1 and "reconnect" in result.err.lower()
    assert loopgate.keychain() == before
    assert loopgate.account(account_id)["status"] == "reconnect_needed"
    assert loopgate("refresh", account_id).code == 1
    assert clio.counters.refresh_requests == 1


def test_list_shows_the_provider_problem_and_its_words(loopgate, clover, clover_id) -> None:
    """The STATUS column says "provider problem, next try …"; stderr carries the words."""
    account_id = loopgate.connect(clover_id)
    clover.faults.queue("refresh", Fault.html_500())
    loopgate("refresh", account_id)
    result = loopgate("list")
    row = next(line for line in result.out.splitlines() if line.startswith(account_id))
    assert re.search(r"provider problem, next try \d\d:\d\d \(in (5\d s|1 min)\)", row), row
    assert "500 Internal Server Error" in result.err
