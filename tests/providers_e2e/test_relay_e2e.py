"""The https relay page, wired into the flow, end to end over real sockets.

A Clover-shaped server that accepts only the relay page's address as ``redirect_uri``
(its Site URL rule); the shipped relay page served on 127.0.0.1 standing in for that
site; a real headless Chromium pressing Approve and running the page's script, which
forwards the answer to Loopgate's loopback listener. Then the same through paste-back
with the listener out of the browser's reach, and a tampered port refused.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from desktop_app.core.base.errors import PasteRefused
from desktop_app.core.oauth.relay_state import make_relay_state, parse_relay_state
from tests.support.chromium_browser import chromium_path
from tests.support.connecting import Connecting, altered, query_of
from tests.support.engines import make_engine
from tests.support.headless_chromium import Chromium, RecordingServer, headless_chromium
from tests.support.provider_servers import ClioLike, CloverLike
from tests.support.relay_site import ChromiumPerson, RelaySite, write_relay_profile
from tests.support.stranded_browser import StrandedBrowser

BAKERY = "JZP3TH6T37HA1"
CALLBACK = "/oauth/clover/callback"

pytestmark = pytest.mark.skipif(not chromium_path(), reason="chromium is not installed")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    with headless_chromium() as browser:
        yield browser


@pytest.fixture
def relay() -> Iterator[RelaySite]:
    with RelaySite() as site:
        yield site


@pytest.fixture
def clover(relay: RelaySite, loopgate_home: Any) -> Iterator[tuple[CloverLike, str]]:
    """Redirect URIs: the relay page only (no http://127.0.0.1 at all)."""
    with CloverLike(redirect_uris=(relay.url,)) as server:
        yield server, write_relay_profile(server, relay.url, "clover-relay")


def test_connects_through_the_relay_page_in_chromium(
    chromium: Chromium, relay: RelaySite, clover: Any
) -> None:
    """Authorize sends the relay; state names the listener; the page forwards; connected."""
    server, profile_id = clover
    person = ChromiumPerson(chromium)
    engine = make_engine(0, browser=person)
    account = engine.connect(profile_id, timeout=30)
    assert account.identity.subject == BAKERY and not person.errors
    sent = server.requests_to("/oauth/v2/authorize")[0].query
    assert sent["redirect_uri"] == relay.url
    port, path = parse_relay_state(sent["state"]) or (0, "")
    assert path == CALLBACK and port >= 1024
    served = relay.requests_except_probes()
    assert len(served) == 1 and served[0].path.startswith("/loopgate/relay/?code=")
    assert query_of(served[0].path)["state"] == sent["state"]
    assert server.counters.token_requests == 1
    steps = {e["step"]: e["detail"] for e in account.diagnostics}
    assert steps["authorize"] == (
        f"redirect_uri={relay.url}, relayed to http://127.0.0.1:{port}{CALLBACK}"
    )
    assert steps["callback"] == "redirect received on the loopback listener"


def test_the_token_request_repeats_the_relay_address(
    chromium: Chromium, relay: RelaySite, loopgate_home: Any
) -> None:
    """RFC 6749 §4.1.3 at the Clio-shaped server, which compares the two exactly."""
    with ClioLike(redirect_uris=(relay.url,)) as server:
        profile_id = write_relay_profile(server, relay.url, "clio-relay")
        person = ChromiumPerson(chromium)
        engine = make_engine(0, browser=person)
        engine.connect(profile_id, timeout=30)
        token = server.requests_to("/oauth/token")[0].form()
        assert token["redirect_uri"] == relay.url
        authorize = server.requests_to("/oauth/authorize")[0].query
        assert authorize["redirect_uri"] == relay.url


def test_paste_back_when_the_browser_cannot_reach_loopgate(relay: RelaySite, clover: Any) -> None:
    """The browser ends on the relay address (the page's paste view): pasted, connected."""
    server, profile_id = clover
    browser = StrandedBrowser()
    engine = make_engine(0, browser=browser)
    flow = Connecting(engine, profile_id)
    ended_on = browser.wait_stranded()
    assert ended_on.startswith(relay.url + "?")
    flow.paste.deliver(ended_on)
    assert flow.finished() and flow.error is None
    assert flow.account.identity.subject == BAKERY
    assert server.counters.token_requests == 1


def test_a_tampered_port_goes_nowhere_useful_and_is_refused(
    chromium: Chromium, relay: RelaySite, clover: Any
) -> None:
    """State altered to another port: the page forwards there (a code useless without the
    verifier); Loopgate's listener and paste-back refuse the altered state; the genuine
    answer still connects, with one token request."""
    server, profile_id = clover
    stranded = StrandedBrowser()
    engine = make_engine(0, browser=stranded)
    flow = Connecting(engine, profile_id)
    genuine = stranded.wait_stranded()
    state = query_of(genuine)["state"]
    port, path = parse_relay_state(state) or (0, "")
    with RecordingServer(default=b"elsewhere") as elsewhere:
        nonce = state.split(".")[1]
        tampered = altered(genuine, state=make_relay_state(nonce, elsewhere.port, path))
        chromium.navigate(tampered)
        chromium.wait_for(
            "location.href.indexOf('elsewhere') >= 0 || document.body && "
            "document.body.innerText.indexOf('elsewhere') >= 0",
            15,
        )
        assert any(s.path.startswith(CALLBACK) for s in elsewhere.requests_except_probes())
    assert flow.still_waiting() and server.counters.token_requests == 0
    listener = f"http://127.0.0.1:{port}{CALLBACK}?{tampered.split('?', 1)[1]}"
    assert requests.get(listener, timeout=5).status_code == 400
    with pytest.raises(PasteRefused, match="different sign-in"):
        flow.paste.deliver(tampered)
    assert flow.still_waiting() and server.counters.token_requests == 0
    flow.paste.deliver(genuine)
    assert flow.finished() and flow.error is None
    assert server.counters.token_requests == 1


def test_cli_connects_through_the_relay(
    chromium: Chromium, loopgate: Any, clover: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``loopgate connect`` with a relay profile: the same flow from the terminal."""
    _server, profile_id = clover
    monkeypatch.setattr(webbrowser, "open", ChromiumPerson(chromium))
    result = loopgate("connect", profile_id, "--timeout", "30")
    assert result.code == 0, result.err
    assert loopgate.account(result.out.strip())["identity"]["subject"] == BAKERY
