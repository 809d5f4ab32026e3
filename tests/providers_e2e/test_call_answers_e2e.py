"""``loopgate call``: no API answer crashes a call (issue 9, item 1; RFC 6750 §3.1).

Whatever a 401/403/429/5xx looks like, the call either renews once and resends (a 401
that names no other error) or reports the status plainly, with exit 2 — never
"unexpected error", never a traceback, never a refresh loop.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from email.utils import formatdate
from typing import NamedTuple

import pytest

from tests.support.provider_servers import ClioLike, CloverLike, Fault, write_profile

PATHS = {"clover": "/v3/merchants/{merchant_id}", "clio": "/api/v4/users/who_am_i"}
UNAUTHORIZED_HTML = b"<html><head><title>401 Authorization Required</title></head></html>"


class Answer(NamedTuple):
    fault: Callable[[], Fault]  # built when the test runs (dates are relative to then)
    code: int  # exit code of `loopgate call`
    renewals: int  # refresh requests the provider sees
    words: str  # a pattern stderr must match


def _json(status: int, payload: object, *headers: tuple[str, str]) -> Fault:
    return Fault.custom(status, json.dumps(payload).encode(), "application/json", headers)


def _in_30_s() -> Fault:
    """429 whose Retry-After is an HTTP-date 30 s on (the server adds its own Date)."""
    return Fault.custom(429, b"", "", (("Retry-After", formatdate(time.time() + 30, usegmt=True)),))


ANSWERS = {
    "401 empty, no WWW-Authenticate": Answer(Fault.empty_401, 0, 1, "renewed it and resent"),
    "401 HTML page": Answer(
        lambda: Fault.custom(401, UNAUTHORIZED_HTML, "text/html"), 0, 1, "renewed it and resent"
    ),
    "401 naming another error": Answer(
        lambda: _json(
            401,
            {"error": "invalid_request"},
            ("WWW-Authenticate", 'Bearer error="invalid_request"'),
        ),
        2,
        0,
        "HTTP 401: invalid_request",
    ),
    "403 insufficient_scope": Answer(
        lambda: _json(
            403,
            {"error": "insufficient_scope"},
            ("WWW-Authenticate", 'Bearer error="insufficient_scope"'),
        ),
        2,
        0,
        "insufficient_scope",
    ),
    # HTTP-dates have whole seconds: the server's Date may already be a second on.
    "429 with an HTTP-date": Answer(_in_30_s, 2, 0, r"Rate limited, retry in (29|30) s\."),
    "502 HTML": Answer(lambda: Fault.html_5xx(502), 2, 0, r"provider had a problem \(HTTP 502\)"),
    "500 empty": Answer(
        lambda: Fault.custom(500, b"", ""), 2, 0, r"provider had a problem \(HTTP 500\)"
    ),
    "200 of 3 MB": Answer(lambda: Fault.huge_body(3_000_000), 0, 0, "HTTP 200"),
}


@pytest.fixture(params=["clover", "clio"])
def account(
    request: pytest.FixtureRequest, loopgate, loopgate_home: object
) -> Iterator[tuple[CloverLike | ClioLike, str, str]]:
    """A connected account at each provider-shaped server, and an API path it may call."""
    with CloverLike() if request.param == "clover" else ClioLike() as server:
        account_id = loopgate.connect(write_profile(server))
        server.counters.api_calls = 0
        yield server, account_id, PATHS[request.param]


@pytest.mark.parametrize("name", list(ANSWERS))
def test_every_answer_is_renewed_once_or_reported_plainly(loopgate, account, name: str) -> None:
    """A 401 about the token: one renewal, one resend; anything else: its status, exit 2."""
    server, account_id, path = account
    expected = ANSWERS[name]
    server.faults.queue("api", expected.fault())
    result = loopgate("call", account_id, "GET", path)
    assert "unexpected error" not in result.err and "Traceback" not in result.err
    assert result.code == expected.code, result.err
    assert re.search(expected.words, result.err), result.err
    assert server.counters.refresh_requests == expected.renewals
    assert server.counters.api_calls == 1 + expected.renewals  # at most one resend


def test_a_huge_answer_reaches_stdout_whole(loopgate, account) -> None:
    """The body is streamed once and printed in full."""
    server, account_id, path = account
    server.faults.queue("api", Fault.huge_body(3_000_000))
    result = loopgate("call", account_id, "GET", path)
    assert result.code == 0 and len(json.loads(result.out)["elements"]) > 10_000


def test_a_401_whose_renewal_hits_a_provider_problem_reports_both(loopgate, account) -> None:
    """The 401 comes back (exit 2) with why renewing failed; every token is kept."""
    server, account_id, path = account
    before = loopgate.keychain()
    server.faults.queue("api", Fault.empty_401())
    server.faults.queue("refresh", Fault.html_500())
    result = loopgate("call", account_id, "GET", path)
    assert result.code == 2 and "unexpected error" not in result.err
    assert "HTTP 401" in result.err and "Renewing the token failed" in result.err
    assert "HTTP 500" in result.err
    assert loopgate.keychain() == before
    assert server.counters.api_calls == 1 and server.counters.refresh_requests == 1


def test_a_clover_call_after_uninstall_says_reconnect_and_sends_nothing_more(
    loopgate, clover, clover_id
) -> None:
    """Dead grant: one refresh ever; later calls and refreshes never resend the dead token."""
    account_id = loopgate.connect(clover_id)
    before = loopgate.keychain()
    clover.uninstall("JZP3TH6T37HA1")
    first = loopgate("call", account_id, "GET", PATHS["clover"])
    assert first.code == 1 and "reconnect" in first.err.lower()
    for command in (("call", account_id, "GET", PATHS["clover"]), ("refresh", account_id)):
        again = loopgate(*command)
        assert again.code == 1 and "reconnect" in again.err.lower()
    assert clover.counters.refresh_requests == 1
    assert loopgate.keychain() == before  # kept until a reconnect or a disconnect


def test_a_note_never_repeats_the_token_an_error_page_echoes(loopgate, account) -> None:
    """The provider's words are shown, but a token inside them is scrubbed."""
    server, account_id, path = account
    token = loopgate("token", account_id).out.strip()
    page = f"<html><title>Backend error for {token}</title></html>".encode()
    server.faults.queue("api", Fault.custom(502, page, "text/html"))
    result = loopgate("call", account_id, "GET", path)
    assert result.code == 2 and "Backend error for [REDACTED]" in result.err
    assert token not in result.err
