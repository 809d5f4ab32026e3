"""The https relay page (``resources/relay/index.html``) in a real headless Chromium.

A static server on 127.0.0.1 stands in for the administrator's https Site URL; a
``RecordingServer`` stands in for Loopgate's loopback listener and must receive the
exact query, and another one ("elsewhere") must never receive anything.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.base.paths import resources_dir
from desktop_app.core.oauth.relay_state import make_relay_state, parse_relay_state
from tests.core.oauth.test_relay_state import NONCE, hostile_states, valid_states
from tests.support.chromium_browser import chromium_path
from tests.support.headless_chromium import Chromium, RecordingServer, headless_chromium, wait_until

PAGE = resources_dir() / "relay" / "index.html"
RELAY_PATH = "/loopgate/relay/"
LOOPGATE_PAGE = b"<!doctype html><title>Loopgate</title><p>Loopgate received the answer."
QUERY = (
    "code=Xy%2B%2F%3D42&merchant_id=MID1&employee_id=E%20one&client_id=CLIENT9"
    "&state={state}&note=caf%C3%A9&empty="
)

needs_chromium = pytest.mark.skipif(not chromium_path(), reason="chromium is not installed")


def page_html() -> str:
    return PAGE.read_text(encoding="utf-8")


def block(html: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S)
    assert found, f"no <{tag}> block"
    return found.group(1)


def csp(html: str) -> str:
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert found
    return found.group(1)


def sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


# -- the file itself -----------------------------------------------------------------------
def test_the_page_is_one_file_with_a_strict_csp() -> None:
    """default-src 'none'; the one script and style allowed by hash; loopback for the probe."""
    html = page_html()
    policy = csp(html)
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == f"'sha256-{sha256(block(html, 'script'))}'", (
        "the script changed: put its new sha256 in the page's Content-Security-Policy"
    )
    assert directives["style-src"] == f"'sha256-{sha256(block(html, 'style'))}'"
    assert directives["connect-src"] == "http://127.0.0.1:*"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"
    assert html.count("<script") == 1 and html.count("<style") == 1
    assert '<meta name="referrer" content="no-referrer">' in html


def test_the_page_loads_nothing_from_anywhere_and_stores_nothing() -> None:
    """No src/href attributes, no storage, cookies or beacons in the script."""
    html = page_html()
    assert not re.search(r"\s(src|href)\s*=", html)
    script = block(html, "script")
    for forbidden in (
        "localStorage",
        "sessionStorage",
        "indexedDB",
        "document.cookie",
        "sendBeacon",
        "XMLHttpRequest",
        "innerHTML",
        "eval(",
        "https://",
    ):
        assert forbidden not in script, forbidden


def test_the_page_and_python_share_one_pattern() -> None:
    """The page's STATE regular expression is the Python module's, character for character."""
    from desktop_app.core.oauth.relay_state import RELAY_STATE_PATTERN

    found = re.search(r"var STATE = /(.*)/;", block(page_html(), "script"))
    assert found and found.group(1) == RELAY_STATE_PATTERN


# -- in the browser ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    if not chromium_path():
        pytest.skip("chromium is not installed")
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture
def loopgate() -> Iterator[RecordingServer]:
    with RecordingServer(default=LOOPGATE_PAGE) as server:
        yield server


@pytest.fixture
def elsewhere() -> Iterator[RecordingServer]:
    with RecordingServer(default=b"elsewhere") as server:
        yield server


def site(html: str) -> RecordingServer:
    """The administrator's "https" site: the relay page under its path."""
    return RecordingServer({RELAY_PATH: html.encode("utf-8")})


def visible_section(browser: Chromium) -> str:
    return str(
        browser.evaluate(
            "Array.from(document.querySelectorAll('main section'))"
            ".filter(s => !s.hidden).map(s => s.id).join(',')"
        )
    )


def open_relay(browser: Chromium, server: RecordingServer, query: str) -> None:
    browser.navigate(f"http://127.0.0.1:{server.port}{RELAY_PATH}?{query}")


@needs_chromium
def test_forwards_the_whole_query_to_the_listener_named_in_state(
    browser: Chromium, loopgate: RecordingServer, elsewhere: RecordingServer
) -> None:
    """The listener gets path + query byte for byte, once, with no Referer; then its page shows."""
    state = make_relay_state(NONCE, loopgate.port, "/oauth/clover")
    query = QUERY.format(state=state)
    with site(page_html()) as relay:
        open_relay(browser, relay, query)
        arrived = wait_until(loopgate.requests_except_probes, 10, "the forwarded callback")
        browser.wait_for("document.title === 'Loopgate'")
    assert [seen.path for seen in arrived] == [f"/oauth/clover?{query}"]
    assert "referer" not in arrived[0].headers
    others = [seen.path for seen in loopgate.seen if seen is not arrived[0]]
    assert set(others) == {"/favicon.ico"}  # the page's probe (and the browser's own icon)
    assert elsewhere.seen == []


@needs_chromium
def test_an_administrators_fixed_target_wins_over_state(
    browser: Chromium, loopgate: RecordingServer, elsewhere: RecordingServer
) -> None:
    """data-port/data-path on <body> decide; the port named in state is never contacted."""
    html = page_html().replace(
        "<body>", f'<body data-port="{loopgate.port}" data-path="/callback">'
    )
    query = QUERY.format(state=make_relay_state(NONCE, elsewhere.port, "/callback"))
    with site(html) as relay:
        open_relay(browser, relay, query)
        arrived = wait_until(loopgate.requests_except_probes, 10, "the forwarded callback")
    assert [seen.path for seen in arrived] == [f"/callback?{query}"]
    assert elsewhere.seen == []


@needs_chromium
@pytest.mark.parametrize(
    "body",
    [
        '<body data-port="80" data-path="/callback">',
        '<body data-port="{port}" data-path="//evil.example/x">',
        '<body data-port="{port}@evil.example" data-path="/callback">',
        '<body data-port="{port}" data-path="/a/../callback">',
        '<body data-port="{port}">',
    ],
)
def test_a_tampered_fixed_target_is_refused(
    browser: Chromium, elsewhere: RecordingServer, body: str
) -> None:
    """Bad page attributes give the paste view; nothing leaves the page."""
    html = page_html().replace("<body>", body.format(port=elsewhere.port))
    query = QUERY.format(state=make_relay_state(NONCE, elsewhere.port, "/callback"))
    with site(html) as relay:
        open_relay(browser, relay, query)
        browser.wait_for("!document.getElementById('failed').hidden")
    assert elsewhere.seen == []


@needs_chromium
def test_hostile_states_are_not_forwarded_and_show_the_address(
    browser: Chromium, elsewhere: RecordingServer
) -> None:
    """States crafted to reach another place end on the paste view with the full address."""
    port = elsewhere.port
    crafted = [
        f"lg1.{NONCE}.{port}.callback@evil.example",
        f"lg1.{NONCE}.0{port}.callback",
        f"lg1.{NONCE}.{port}.%2F%2Fevil.example",
        f"lg1.{NONCE}.{port}@127.0.0.2.callback",
        f"lg1.{'a' * 21}.{port}.callback",
        f"lg1.{NONCE}.{port}.callback/..",
    ]
    with site(page_html()) as relay:
        for state in crafted:
            query = QUERY.format(state=state)
            open_relay(browser, relay, query)
            browser.wait_for("!document.getElementById('failed').hidden")
            shown = browser.evaluate("document.getElementById('address').value")
            assert shown == f"http://127.0.0.1:{relay.port}{RELAY_PATH}?{query}"
    assert elsewhere.seen == []


@needs_chromium
def test_a_tampered_script_is_refused_by_the_browser(
    browser: Chromium, elsewhere: RecordingServer
) -> None:
    """A script edited to go elsewhere no longer matches its hash: it never runs."""
    html = page_html().replace(
        'var origin = "http://127.0.0.1:" + target.port;',
        f'var origin = "http://127.0.0.1:{elsewhere.port}";',
    )
    assert html != page_html()
    query = QUERY.format(state=make_relay_state(NONCE, 1024, "/callback"))
    with site(html) as relay:
        open_relay(browser, relay, query)
        browser.wait_for("document.readyState === 'complete'")
        wait_until(lambda: True, 1, "")
        assert visible_section(browser) == "working"
        assert browser.evaluate("typeof parseRelayState") == "undefined"
    assert elsewhere.seen == []


@needs_chromium
def test_nothing_listening_shows_the_address_with_a_copy_button(
    browser: Chromium, loopgate: RecordingServer
) -> None:
    """A closed port: the paste view shows the full address; the code leaves the address bar."""
    with socket.socket() as probe:  # bound, then closed: nothing listens there now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    query = QUERY.format(state=make_relay_state(NONCE, port, "/callback"))
    with site(page_html()) as relay:
        open_relay(browser, relay, query)
        browser.wait_for("!document.getElementById('failed').hidden")
        shown = browser.evaluate("document.getElementById('address').value")
        reason = browser.evaluate("document.getElementById('reason').textContent")
        address_bar = browser.evaluate("location.href")
        browser.grant_clipboard(f"http://127.0.0.1:{relay.port}")
        browser.click("#copy")
        browser.wait_for("document.getElementById('copied').textContent === 'Copied.'")
        copied = browser.awaited("navigator.clipboard.readText()")
    assert shown == copied == f"http://127.0.0.1:{relay.port}{RELAY_PATH}?{query}"
    assert f"port {port}" in reason
    assert address_bar == f"http://127.0.0.1:{relay.port}{RELAY_PATH}"
    assert loopgate.seen == []


@needs_chromium
def test_without_a_query_the_page_only_explains_itself(browser: Chromium) -> None:
    """Opened directly, the page forwards nothing and says what it is for."""
    with site(page_html()) as relay:
        browser.navigate(f"http://127.0.0.1:{relay.port}{RELAY_PATH}")
        browser.wait_for("!document.getElementById('idle').hidden")


@needs_chromium
def test_the_page_and_python_agree_on_every_state(browser: Chromium) -> None:
    """Valid, tampered and hostile states: the page's parser gives what Python's gives."""
    corpus = [state for state, _ in valid_states()] + hostile_states()
    with site(page_html()) as relay:
        browser.navigate(f"http://127.0.0.1:{relay.port}{RELAY_PATH}")
        browser.wait_for("typeof parseRelayState === 'function'")
        answers = browser.evaluate(
            f"{json.dumps(corpus)}.map(s => {{ const t = parseRelayState(s);"
            " return t ? [t.port, t.path] : null; })"
        )
    expected = [list(found) if (found := parse_relay_state(s)) else None for s in corpus]
    assert answers == expected
    assert sum(a is not None for a in answers) == len(valid_states())


def test_resources_dir_holds_the_page() -> None:
    """The page ships with the other resources (one file)."""
    assert sorted(p.name for p in Path(PAGE).parent.iterdir()) == ["index.html"]
