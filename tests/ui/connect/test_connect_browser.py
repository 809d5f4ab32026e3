"""The Connect dialog with a real ``$BROWSER`` that never exits, the window coming back to
the front when the browser answers, and the result page with its notices.

Real widgets offscreen (pytest-qt), the real opener starting never-exiting scripts, the
demo provider and the Cloverleaf-shaped server on loopback.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.oauth.browser import open_system_browser
from desktop_app.ui.connect.dialog import PAGE_CHOOSE, PAGE_DONE, PAGE_ERROR
from desktop_app.ui.shell.tray import Tray
from tests.support.engines import make_engine
from tests.support.provider_servers import CloverleafLike, ProviderBrowser, profile_for
from tests.support.provider_servers.profiles import providers_dir

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX shell scripts as $BROWSER")


@pytest.fixture
def real_opener_engine(demo_server) -> Any:
    """The engine with the system opener, as shipped (``$BROWSER`` decides)."""
    return make_engine(demo_server.port, browser=open_system_browser)


@posix_only
def test_a_never_exiting_browser_connects_and_shows_the_result(
    qtbot, window_for, real_opener_engine, browser_scripts, monkeypatch
) -> None:
    """The wrapper approves and stays: connected in seconds, the result in the dialog."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("approve")))
    window = window_for(real_opener_engine)
    dialog = window.connect_account("demo")
    started = time.monotonic()
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        dialog.start()
    assert time.monotonic() - started < 15
    assert dialog.stack.currentIndex() == PAGE_DONE
    assert dialog.result_page.title.text() == "Connected Dana Demo."
    assert not dialog.result_page.notices.isVisible()  # the demo grants refresh tokens
    assert browser_scripts.alive()
    qtbot.mouseClick(dialog.result_page.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@posix_only
def test_a_never_answering_browser_times_out_on_time(
    qtbot, window_for, real_opener_engine, browser_scripts, monkeypatch
) -> None:
    """The dialog's timeout fires although the browser command never returns."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("never")))
    window = window_for(real_opener_engine)
    dialog = window.connect_account("demo")
    dialog.timeout = 2.0
    started = time.monotonic()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_ERROR, timeout=8000)
    assert 2 <= time.monotonic() - started < 6
    assert dialog.error.message.text().startswith("No answer arrived from the browser in time")


@posix_only
def test_cancel_ends_at_once_with_a_browser_that_never_exits(
    qtbot, window_for, real_opener_engine, browser_scripts, monkeypatch
) -> None:
    """Cancel never sticks on "Cancelling…": back to the choice within a second or two."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("never")))
    window = window_for(real_opener_engine)
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: bool(browser_scripts.opened()), timeout=15000)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_CHOOSE, timeout=2000)
    assert dialog.connect_button.isEnabled() and window.engine.accounts() == []


@posix_only
def test_the_window_comes_back_when_the_browser_answers(
    qtbot, window_for, real_opener_engine, browser_scripts, monkeypatch
) -> None:
    """Minimised while the person is in the browser: restored, raised, and a notification."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("approve")))
    window = window_for(real_opener_engine)
    told: list[tuple[str, str]] = []
    window.tray = Tray(lambda title, text: told.append((title, text)), window)
    dialog = window.connect_account("demo")
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    with qtbot.waitSignal(dialog.answer_received, timeout=20000):
        dialog.start()
    assert not window.isMinimized() and window.isVisible()
    assert told == [("Loopgate", "Your browser answered; finishing the connection.")]
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_DONE, timeout=15000)


def test_no_refresh_token_is_told_on_the_result_page(qtbot, window_for, loopgate_home) -> None:
    """A provider that grants no refresh token: the result says how often it will ask."""
    with CloverleafLike(access_lifetime=1800) as server:
        data = {**profile_for(server, "cloverleaf-test"), "request_offline_access": False}
        folder = providers_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "cloverleaf-test.json").write_text(json.dumps(data), encoding="utf-8")
        engine = make_engine(0, browser=ProviderBrowser())
        window = window_for(engine)
        dialog = window.connect_account("cloverleaf-test")
        with qtbot.waitSignal(dialog.connected, timeout=20000):
            dialog.start()
        notices = dialog.result_page.notices
        assert notices.isVisible()
        assert "asks you to sign in again every 30 minutes" in notices.text()


def test_an_admin_secret_typed_in_the_dialog_is_kept_and_sent(
    qtbot, window_for, loopgate_home, memory_keyring
) -> None:
    """The Cloverleaf profile may need a secret: the field shows; it lands in the keychain."""
    with CloverleafLike() as server:
        folder = providers_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cloverleaf-test.json"
        path.write_text(json.dumps(profile_for(server, "cloverleaf-test")), encoding="utf-8")
        window = window_for(make_engine(0, browser=ProviderBrowser()))
        dialog = window.connect_account("cloverleaf-test")
        assert not dialog.picker.secret_box.isVisible()  # staff never see it unasked
        dialog.picker.admin.set_expanded(True)
        assert dialog.picker.secret_box.isVisible()
        dialog.picker.secret.setText("typed-admin-secret")
        with qtbot.waitSignal(dialog.connected, timeout=20000):
            dialog.start()
        assert "typed-admin-secret" in memory_keyring.passwords.values()
        assert server.requests_to("/api/oidc/token")[0].form()["client_secret"] == (
            "typed-admin-secret"
        )
