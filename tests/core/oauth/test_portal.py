"""The XDG desktop portal opens the browser: the authorize URL never sits on a command line.

A stand-in portal service owns ``org.freedesktop.portal.Desktop`` on the test's private
session bus (``tests/with_keychain.sh`` runs the suite under ``dbus-run-session``).
"""

from __future__ import annotations

import subprocess
import sys
import webbrowser

import pytest

from desktop_app.core.oauth import portal
from desktop_app.core.oauth.browser import open_system_browser
from desktop_app.demo_provider import scripted_browser
from tests.support.engines import make_engine
from tests.support.fake_portal import StandInPortal, session_bus_available

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and session_bus_available()),
    reason="needs Linux and a D-Bus session bus (run under tests/with_keychain.sh)",
)
URL = "http://127.0.0.1:9/authorize?state=s3cr3t-state&code_challenge=abc&nonce=n"


@pytest.fixture
def no_processes(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Fails any attempt to start a process or use Python's opener (argv exposure)."""
    started: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        started.append(args)
        raise AssertionError("a process was started with the URL on its command line")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0: started.append(url) or True)
    monkeypatch.delenv(portal.DISABLE_ENV, raising=False)
    return started


def test_the_url_goes_over_the_session_bus_not_a_command_line(no_processes) -> None:
    """No ``$BROWSER``, no setting: the portal receives the URL; no process, no webbrowser."""
    with StandInPortal() as stand_in:
        assert open_system_browser(URL) is True
    assert stand_in.uris == [URL]
    assert ("org.freedesktop.portal.OpenURI", "OpenURI") in stand_in.calls
    assert no_processes == []


def test_without_a_portal_the_opener_falls_back(no_processes) -> None:
    """Nobody owns the portal name (and none is activatable): Python's opener is used."""
    assert portal.open_uri(URL) is False
    assert open_system_browser(URL) is True
    assert no_processes == [URL]


def test_a_portal_that_refuses_falls_back(no_processes) -> None:
    """An error reply (e.g. not allowed): False, then Python's opener."""
    with StandInPortal(refuse=True) as stand_in:
        assert open_system_browser(URL) is True
    assert stand_in.uris == [] and no_processes == [URL]


def test_browser_variable_and_switch_keep_the_portal_out(no_processes, monkeypatch) -> None:
    """An explicit ``$BROWSER`` (or LOOPGATE_NO_PORTAL=1) says otherwise: the portal is not used."""
    with StandInPortal() as stand_in:
        monkeypatch.setenv(portal.DISABLE_ENV, "1")
        assert portal.open_uri(URL) is False
        monkeypatch.delenv(portal.DISABLE_ENV)
        monkeypatch.setenv("BROWSER", "no-such-browser-lg")
        assert open_system_browser(URL) is True  # the variable names nothing: webbrowser
    assert stand_in.uris == [] and no_processes == [URL]


def test_connect_through_the_portal_end_to_end(demo_server, no_processes) -> None:
    """The demo flow with the real opener: the portal gets the URL, a person approves."""
    with StandInPortal(on_uri=scripted_browser.approve) as stand_in:
        engine = make_engine(demo_server.port, browser=open_system_browser)
        account = engine.connect("demo", timeout=20)
    assert account.identity.email == "dana@demo.loopgate.test"
    assert len(stand_in.uris) == 1 and "code_challenge_method=S256" in stand_in.uris[0]
    assert no_processes == []
