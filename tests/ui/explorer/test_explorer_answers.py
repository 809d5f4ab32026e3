"""The explorer against a Clover-shaped server: Clover's 401 is renewed and resent, a 429
says when to retry; no answer ends in an error banner (issue 9, item 1)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.support.engines import make_engine
from tests.support.provider_servers import CloverLike, ProviderBrowser, write_profile

MERCHANT = "/v3/merchants/{merchant_id}"


@pytest.fixture
def clover(loopgate_home: object) -> Iterator[CloverLike]:
    with CloverLike() as server:
        yield server


@pytest.fixture
def explorer(qtbot: Any, clover: CloverLike) -> Iterator[Any]:
    from desktop_app.ui.explorer import ApiExplorer

    profile_id = write_profile(clover)  # before the engine reads the profiles
    engine = make_engine(0, browser=ProviderBrowser())
    account = engine.connect(profile_id, timeout=15)
    widget = ApiExplorer()
    qtbot.addWidget(widget)
    widget.set_engine(engine)
    widget.set_account(account)
    widget.show()
    yield widget
    widget.shutdown()


def _send(qtbot: Any, explorer: Any, path: str) -> None:
    explorer.editor.url_edit.setText(explorer.editor.api_base.rstrip("/") + path)
    explorer.editor.params.set_pairs([])
    qtbot.mouseClick(explorer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explorer.send_button.isEnabled(), timeout=20000)


def test_clovers_401_is_renewed_once_and_the_answer_shown(
    qtbot: Any, explorer: Any, clover: CloverLike
) -> None:
    """401 {"message"} with no WWW-Authenticate: one renewal, the 200 shown, the note says so."""
    clover.expire_access_tokens()
    _send(qtbot, explorer, MERCHANT)
    assert "200" in explorer.response.summary.text()
    assert "renewed it and resent" in explorer.response.note.text()
    assert not explorer.response.error.isVisible()
    assert clover.counters.refresh_requests == 1


def test_a_429_says_when_to_retry_and_is_not_resent(
    qtbot: Any, explorer: Any, clover: CloverLike
) -> None:
    """The 429 is shown with "Rate limited, retry in 7 s"; one request reached the provider."""
    clover.rate_limit_next(1, retry_after=7)
    calls = clover.counters.api_calls
    _send(qtbot, explorer, MERCHANT)
    assert "429" in explorer.response.summary.text()
    assert explorer.response.note.text() == "Rate limited, retry in 7 s."
    assert not explorer.response.error.isVisible()
    assert clover.counters.api_calls == calls + 1 and clover.counters.refresh_requests == 0
