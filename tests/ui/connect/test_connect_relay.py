"""The Connect dialog with a relay profile: through the https relay page in headless
Chromium, and through paste-back of the relay address when Loopgate is out of the
browser's reach. Real widgets offscreen; the Clover-shaped server accepts only the relay
page's address; the shipped relay page is served on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.connect.dialog import PAGE_DONE
from tests.support.chromium_browser import chromium_path
from tests.support.connecting import altered
from tests.support.engines import make_engine
from tests.support.headless_chromium import Chromium, headless_chromium
from tests.support.provider_servers import CloverLike
from tests.support.relay_site import ChromiumPerson, RelaySite, write_relay_profile
from tests.support.stranded_browser import StrandedBrowser


@pytest.fixture
def relay_clover(loopgate_home: Any) -> Iterator[tuple[CloverLike, RelaySite, str]]:
    with RelaySite() as relay, CloverLike(redirect_uris=(relay.url,)) as server:
        yield server, relay, write_relay_profile(server, relay.url, "clover-relay")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    if not chromium_path():
        pytest.skip("chromium is not installed")
    with headless_chromium() as browser:
        yield browser


def test_the_dialog_connects_through_the_relay_page(
    qtbot: Any, window_for: Any, relay_clover: Any, chromium: Chromium
) -> None:
    """Connect, approve in Chromium, the page hands over: the Connected card."""
    server, relay, profile_id = relay_clover
    window = window_for(make_engine(0, browser=ChromiumPerson(chromium)))
    dialog = window.connect_account(profile_id)
    assert dialog.connect_button.isEnabled()
    with qtbot.waitSignal(dialog.connected, timeout=40000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == PAGE_DONE
    assert dialog.result_page.title.text() == "Connected Harbor Street Bakery."
    assert server.requests_to("/oauth/v2/authorize")[0].query["redirect_uri"] == relay.url


def test_the_relay_address_pasted_in_the_dialog(
    qtbot: Any, window_for: Any, relay_clover: Any
) -> None:
    """The relay page's paste view address: another attempt's is refused, this one connects."""
    server, relay, profile_id = relay_clover
    browser = StrandedBrowser()
    window = window_for(make_engine(0, browser=browser))
    dialog = window.connect_account(profile_id)
    dialog.start()
    qtbot.waitUntil(dialog.paste_button.isEnabled, timeout=15000)
    ended_on = browser.wait_stranded()
    assert ended_on.startswith(relay.url)
    dialog.paste_edit.setText(altered(ended_on, state="lg1.from-an-older-tab"))
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert "different sign-in" in dialog.findChild(object, "pasteMessage").text()
    dialog.paste_edit.setText(ended_on)
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert server.counters.token_requests == 1
