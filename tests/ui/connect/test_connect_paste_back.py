"""Paste-back on the waiting page: the address the browser ended on, when the browser
could not reach Loopgate. Real widgets offscreen, the Clover-shaped server on loopback
with an administrator's profile, and a browser that cannot reach the loopback listener.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.oauth.paste_back import MESSAGES, NOT_AN_ADDRESS
from desktop_app.ui.connect.dialog import PAGE_DONE, PAGE_ERROR, PAGE_WAITING, PASTE_EMPTY
from tests.support.connecting import altered
from tests.support.engines import make_engine
from tests.support.provider_servers import CloverLike, write_profile
from tests.support.stranded_browser import StrandedBrowser


@pytest.fixture
def clover(loopgate_home: Any) -> Iterator[tuple[CloverLike, str]]:
    with CloverLike(deny_redirects=True) as server:
        yield server, write_profile(server)


def waiting_dialog(qtbot: Any, window_for: Any, profile_id: str, browser: Any) -> Any:
    window = window_for(make_engine(0, browser=browser))
    dialog = window.connect_account(profile_id)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.paste_button.isEnabled(), timeout=15000)
    return dialog


def paste(qtbot: Any, dialog: Any, text: str) -> None:
    """What a person does: click the field, paste, click "Use this address"."""
    dialog.paste_edit.setText(text)
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)


def test_pasting_the_address_connects(qtbot: Any, window_for: Any, clover: Any) -> None:
    """The browser could not reach Loopgate; the pasted address finishes the connection."""
    server, profile_id = clover
    browser = StrandedBrowser()
    dialog = waiting_dialog(qtbot, window_for, profile_id, browser)
    label = dialog.findChild(object, "pasteAddressLabel")
    assert label.text() == "Paste the address your browser ended on:"
    assert label.buddy() is dialog.paste_edit
    ended_on = browser.wait_stranded()
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        paste(qtbot, dialog, ended_on)
    assert dialog.stack.currentIndex() == PAGE_DONE
    assert dialog.result_page.title.text() == "Connected Harbor Street Bakery."
    assert server.counters.token_requests == 1


def test_wrong_addresses_are_explained_and_the_wait_goes_on(
    qtbot: Any, window_for: Any, clover: Any
) -> None:
    """Another attempt's, a code-less one, a non-address, nothing: each its own words."""
    server, profile_id = clover
    browser = StrandedBrowser()
    dialog = waiting_dialog(qtbot, window_for, profile_id, browser)
    ended_on = browser.wait_stranded()
    message = dialog.findChild(object, "pasteMessage")
    for text, expected in (
        (
            altered(ended_on, state="an-older-attempt"),
            MESSAGES["state does not match this attempt"],
        ),
        (altered(ended_on, code=None), MESSAGES["neither code nor error in the callback"]),
        ("my merchant id is JZP3TH6T37HA1", NOT_AN_ADDRESS),
        ("   ", PASTE_EMPTY),
    ):
        paste(qtbot, dialog, text)
        assert message.isVisible() and message.text() == expected
        assert dialog.stack.currentIndex() == PAGE_WAITING
    assert server.counters.token_requests == 0
    dialog.paste_edit.setText(ended_on)
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        qtbot.keyClick(dialog.paste_edit, Qt.Key.Key_Return)  # Enter in the field pastes too


def test_a_pasted_refusal_ends_like_a_callback(qtbot: Any, window_for: Any, clover: Any) -> None:
    """The person pressed Deny: the pasted answer ends the attempt in plain words."""
    server, profile_id = clover
    browser = StrandedBrowser(action="deny")
    dialog = waiting_dialog(qtbot, window_for, profile_id, browser)
    paste(qtbot, dialog, browser.wait_stranded())
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_ERROR, timeout=15000)
    assert dialog.error.message.text().startswith("You chose not to allow access")
    assert server.counters.token_requests == 0
