"""Opening the browser: ``$BROWSER`` read like Python's ``webbrowser``, never waited on."""

from __future__ import annotations

import os
import time
import webbrowser
from pathlib import Path

import pytest

from desktop_app.core.oauth import browser, portal
from desktop_app.core.oauth.browser import browser_commands, open_system_browser

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX shell scripts as $BROWSER")
URL = "http://127.0.0.1:9/authorize?state=abc&x=1"


@pytest.fixture
def no_fallbacks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records what reached the portal or ``webbrowser`` (nothing real is opened)."""
    reached: list[str] = []
    monkeypatch.setattr(portal, "open_uri", lambda url: reached.append(f"portal {url}") or False)
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0: reached.append(f"wb {url}") or True)
    return reached


def test_browser_variable_is_read_like_webbrowser(tmp_path: Path) -> None:
    """``os.pathsep`` list; ``%s`` is the URL; a program path may hold spaces; ``&`` dropped."""
    spaced = tmp_path / "my browser"
    spaced.write_text("#!/bin/sh\n")
    spaced.chmod(0o755)
    value = os.pathsep.join(["", "firefox -P work %s", str(spaced), "lynx %s &", " "])
    assert browser_commands(value) == [
        ["firefox", "-P", "work", "%s"],
        [str(spaced)],
        ["lynx", "%s"],
    ]


def test_a_browser_command_that_never_exits_is_not_waited_for(browser_scripts, monkeypatch) -> None:
    """A foreground wrapper (``... ; sleep 3600``): open returns at once, the URL is argv[1]."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("never")))
    started = time.monotonic()
    assert open_system_browser(URL) is True
    assert time.monotonic() - started < 2.0
    assert browser_scripts.wait_started() and browser_scripts.opened() == [URL]
    assert browser_scripts.alive()  # still running: nobody waited for it


def test_percent_s_becomes_the_url_and_the_first_startable_entry_wins(
    browser_scripts, monkeypatch
) -> None:
    """A missing program is skipped; the next entry gets the URL where ``%s`` stands."""
    script = browser_scripts.write("never")
    monkeypatch.setenv("BROWSER", os.pathsep.join(["no-such-browser-lg %s", f"{script} %s"]))
    assert open_system_browser(URL) is True
    browser_scripts.wait_started()
    assert browser_scripts.opened() == [URL]


def test_the_settings_command_wins_over_the_variable(
    browser_scripts, no_fallbacks, monkeypatch
) -> None:
    """A browser chosen in Settings is used even when ``$BROWSER`` names another."""
    monkeypatch.setenv("BROWSER", "no-such-browser-lg")
    assert open_system_browser(URL, str(browser_scripts.write("never"))) is True
    browser_scripts.wait_started()
    assert browser_scripts.opened() == [URL] and no_fallbacks == []


def test_an_explicit_browser_variable_is_never_overridden_by_the_portal(
    browser_scripts, no_fallbacks, monkeypatch
) -> None:
    """``$BROWSER`` says which browser: the desktop portal is not asked."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("never")))
    assert open_system_browser(URL) is True
    assert no_fallbacks == []


def test_without_a_choice_the_portal_comes_first_then_webbrowser(no_fallbacks) -> None:
    """No setting, no ``$BROWSER``: the portal is tried, and Python's opener if it declines."""
    assert open_system_browser(URL) is True
    assert no_fallbacks == [f"portal {URL}", f"wb {URL}"]


def test_an_unstartable_variable_falls_back_to_webbrowser(no_fallbacks, monkeypatch) -> None:
    """Every ``$BROWSER`` entry missing: Python's opener still gets a chance."""
    monkeypatch.setenv("BROWSER", "no-such-browser-lg")
    assert open_system_browser(URL) is True
    assert no_fallbacks == [f"wb {URL}"]


def test_a_browser_that_cannot_start_is_false_not_an_exception(monkeypatch) -> None:
    """A settings command naming nothing runnable: False (the page then offers the link)."""
    monkeypatch.setattr(browser.shutil, "which", lambda _name: None)
    assert open_system_browser(URL, "no-such-browser-lg --new-tab") is False
