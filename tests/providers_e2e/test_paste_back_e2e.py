"""Paste-back end to end: the browser cannot reach the loopback listener (a remote
desktop), so the person pastes the address it ended on. Real sockets: the provider-shaped
servers on 127.0.0.1, the engine and ``loopgate connect --paste`` in-process.
"""

from __future__ import annotations

import os
import sys
import threading
import webbrowser
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from desktop_app.core.base.errors import AccessDenied, IssuerMismatch, PasteRefused
from tests.support.connecting import Connecting, altered
from tests.support.engines import make_engine
from tests.support.provider_servers import CloverleafLike, CloverLike, write_profile
from tests.support.stranded_browser import StrandedBrowser

BAKERY = "JZP3TH6T37HA1"


@pytest.fixture
def clover(loopgate_home: Any) -> Iterator[CloverLike]:
    with CloverLike(deny_redirects=True) as server:
        yield server


def test_the_pasted_address_connects_after_refusing_wrong_ones(clover: CloverLike) -> None:
    """Another attempt's state and a code-less address are refused; the right one connects."""
    profile_id = write_profile(clover)
    browser = StrandedBrowser()
    engine = make_engine(0, browser=browser)
    flow = Connecting(engine, profile_id)
    ended_on = browser.wait_stranded()
    with pytest.raises(PasteRefused, match="different sign-in"):
        flow.paste.deliver(altered(ended_on, state="lg1-some-other-attempt"))
    with pytest.raises(PasteRefused, match="no sign-in code"):
        flow.paste.deliver(altered(ended_on, code=None))
    assert flow.still_waiting() and clover.counters.token_requests == 0
    flow.paste.deliver(ended_on)
    assert flow.finished() and flow.error is None
    assert flow.account.identity.subject == BAKERY
    assert clover.counters.token_requests == 1
    assert engine.vault.get_tokens(flow.account.id) is not None
    steps = {e["step"]: e["detail"] for e in flow.account.diagnostics}
    assert steps["callback"] == "redirect pasted by the person"


def test_a_pasted_refusal_ends_the_attempt_with_nothing_stored(clover: CloverLike) -> None:
    """The person pressed Deny: the pasted ``error=access_denied`` ends it, as a callback."""
    profile_id = write_profile(clover)
    browser = StrandedBrowser(action="deny")
    engine = make_engine(0, browser=browser)
    flow = Connecting(engine, profile_id)
    flow.paste.deliver(browser.wait_stranded())
    assert flow.finished() and isinstance(flow.error, AccessDenied)
    assert clover.counters.token_requests == 0 and engine.accounts() == []


def test_a_pasted_answer_from_another_issuer_is_refused(loopgate_home: Any) -> None:
    """RFC 9207: the pasted ``iss`` is checked like a callback's; no token request."""
    with CloverleafLike() as server:
        profile_id = write_profile(server)
        browser = StrandedBrowser()
        engine = make_engine(0, browser=browser)
        flow = Connecting(engine, profile_id)
        ended_on = browser.wait_stranded()
        assert "iss" in dict(parse_qsl(urlsplit(ended_on).query))
        flow.paste.deliver(altered(ended_on, iss="https://evil.example"))
        assert flow.finished() and isinstance(flow.error, IssuerMismatch)
        assert server.counters.token_requests == 0 and engine.accounts() == []


def test_cli_connect_paste_reads_the_address_from_stdin(
    loopgate: Any, clover: CloverLike, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``loopgate connect --paste``: a wrong line is explained, the right one connects."""
    browser = StrandedBrowser()
    monkeypatch.setattr(webbrowser, "open", browser)
    read_end, write_end = os.pipe()
    monkeypatch.setattr(sys, "stdin", os.fdopen(read_end, encoding="utf-8"))

    def person() -> None:
        ended_on = browser.wait_stranded(20)
        with os.fdopen(write_end, "w", encoding="utf-8") as stdin:
            stdin.write(altered(ended_on, state="not-this-attempt") + "\n")
            stdin.flush()
            stdin.write("\n" + ended_on + "\n")

    threading.Thread(target=person, daemon=True).start()
    result = loopgate("connect", write_profile(clover), "--paste", "--timeout", "20")
    assert result.code == 0, result.err
    assert "belongs to a different sign-in" in result.err
    assert "Address accepted" in result.err and "Connected Harbor Street Bakery" in result.err
    assert loopgate.account(result.out.strip())["identity"]["subject"] == BAKERY
    assert clover.counters.token_requests == 1


def test_cli_connect_paste_still_takes_the_browsers_own_answer(
    loopgate: Any, clover: CloverLike, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``--paste`` and nothing pasted, a browser that reaches Loopgate still connects."""
    read_end, write_end = os.pipe()
    monkeypatch.setattr(sys, "stdin", os.fdopen(read_end, encoding="utf-8"))
    try:
        result = loopgate("connect", write_profile(clover), "--paste", "--timeout", "20")
    finally:
        os.close(write_end)
    assert result.code == 0, result.err
    assert "Address accepted" not in result.err
