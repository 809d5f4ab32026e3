"""The browser never holds up a connection: timeout, Cancel and the callback always work.

Real sockets throughout: the demo provider or a fake token endpoint, the loopback
receiver, and ``$BROWSER`` scripts that never exit (a wrapper running the browser in the
foreground), started by the real opener.
"""

from __future__ import annotations

import os
import threading
import time
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests

from desktop_app.core.base.errors import CallbackTimeout, Cancelled
from desktop_app.core.oauth.browser import open_system_browser
from tests.support.engines import make_engine
from tests.support.fake_provider import FakeProvider
from tests.support.reliability import fake_engine

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX shell scripts as $BROWSER")


class RecordingOpener:
    """A browser that opens nothing; ``block`` makes it hang like a waiting ``webbrowser``."""

    def __init__(self, *, block: bool = False, opens: bool = True) -> None:
        self.block = block
        self.opens = opens
        self.urls: list[str] = []
        self.release = threading.Event()

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        if self.block:
            self.release.wait(60)
        return self.opens


def late_callback(url: str) -> requests.Response:
    """What the browser sends when the person approves after the attempt ended."""
    query = parse_qs(urlsplit(url).query)
    answer = {"code": "approved-too-late", "state": query["state"][0]}
    return requests.get(f"{query['redirect_uri'][0]}?{urlencode(answer)}", timeout=5)


def connect_in_thread(engine, profile_id: str, **kwargs) -> tuple[threading.Thread, list]:
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(engine.connect(profile_id, **kwargs))
        except Exception as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_a_never_exiting_browser_command_still_connects_in_seconds(
    demo_server, browser_scripts, monkeypatch
) -> None:
    """``$BROWSER`` approves, then sleeps for an hour: connected long before it exits."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("approve")))
    engine = make_engine(demo_server.port, browser=open_system_browser)
    started = time.monotonic()
    account = engine.connect("demo", timeout=30)
    assert time.monotonic() - started < 15
    assert account.identity.email == "dana@demo.loopgate.test"
    assert browser_scripts.alive()  # the wrapper is still "running the browser"


def test_a_never_exiting_browser_that_never_approves_times_out_on_time(
    demo_server, browser_scripts, monkeypatch
) -> None:
    """The timeout fires on schedule although the browser command never returns."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("never")))
    engine = make_engine(demo_server.port, browser=open_system_browser)
    started = time.monotonic()
    with pytest.raises(CallbackTimeout):
        engine.connect("demo", timeout=2)
    assert 2 <= time.monotonic() - started < 5
    assert browser_scripts.started() and engine.accounts() == []


def test_cancel_ends_promptly_while_the_opener_itself_hangs(demo_server) -> None:
    """An opener stuck like ``webbrowser`` waiting on its command: Cancel still ends it."""
    opener = RecordingOpener(block=True)
    engine = make_engine(demo_server.port, browser=opener)
    cancel = threading.Event()
    thread, outcome = connect_in_thread(engine, "demo", timeout=60, cancel=cancel)
    deadline = time.monotonic() + 10
    while not opener.urls and time.monotonic() < deadline:
        time.sleep(0.05)
    cancel.set()
    started = time.monotonic()
    thread.join(5)
    assert time.monotonic() - started < 1.5
    assert isinstance(outcome[0], Cancelled)
    opener.release.set()


def test_approving_after_cancel_shows_ended_and_sends_no_token_request() -> None:
    """The late callback gets "This sign-in has ended" (410), never "Connected"; no exchange."""
    with FakeProvider() as provider:
        opener = RecordingOpener()
        engine = fake_engine(provider, browser=opener)
        cancel = threading.Event()
        thread, outcome = connect_in_thread(engine, "fake", timeout=60, cancel=cancel)
        deadline = time.monotonic() + 10
        while not opener.urls and time.monotonic() < deadline:
            time.sleep(0.05)
        cancel.set()
        thread.join(5)
        assert isinstance(outcome[0], Cancelled)
        late = late_callback(opener.urls[0])
        assert late.status_code == 410
        assert "This sign-in has ended" in late.text and "Connected" not in late.text
        assert provider.counters.token_requests == 0
        assert engine.accounts() == []


def test_approving_after_a_timeout_shows_ended_and_sends_no_token_request() -> None:
    """Same after the timeout: the listener answers "ended" for its short grace."""
    with FakeProvider() as provider:
        opener = RecordingOpener()
        engine = fake_engine(provider, browser=opener)
        with pytest.raises(CallbackTimeout):
            engine.connect("fake", timeout=0.5)
        late = late_callback(opener.urls[0])
        assert late.status_code == 410 and "Connected" not in late.text
        assert provider.counters.token_requests == 0


def test_a_browser_that_cannot_open_is_said_while_waiting(demo_server) -> None:
    """The opener reports failure: the waiting step says to copy the link (with the link)."""
    opener = RecordingOpener(opens=False)
    engine = make_engine(demo_server.port, browser=opener)
    seen: list = []
    with pytest.raises(CallbackTimeout):
        engine.connect("demo", timeout=1, on_progress=seen.append)
    said = [p for p in seen if p.message.startswith("Could not open a browser")]
    assert said and said[0].url == opener.urls[0]
