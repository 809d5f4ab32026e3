"""The main window against Clover- and Clio-shaped servers: a provider problem is shown and
retried later, a dead grant is never retried, and a failed revocation asks what to do
(issue 9, items 2–4)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.ui.accounts.model import COL_REFRESH_EXPIRES, COL_STATUS
from tests.support.engines import make_engine
from tests.support.provider_servers import ClioLike, CloverLike, Fault, ProviderBrowser
from tests.support.provider_servers import write_profile as write_server_profile

BAKERY = "JZP3TH6T37HA1"


def _cell(window: Any, column: int) -> str:
    return window.table.proxy.index(0, column).data(Qt.ItemDataRole.DisplayRole)


@pytest.fixture
def clover(loopgate_home: object) -> Iterator[CloverLike]:
    with CloverLike() as server:
        yield server


@pytest.fixture
def clio(loopgate_home: object) -> Iterator[ClioLike]:
    with ClioLike() as server:
        yield server


def _window_with_account(window_for: Any, server: Any) -> Any:
    """An account connected through the real flow, then the window started on it."""
    profile_id = write_server_profile(server)
    engine = make_engine(0, browser=ProviderBrowser())
    engine.connect(profile_id, timeout=15)
    window = window_for(engine)
    window.table.select_account(window.model.account_at(0).id)
    return window


def _refresh_now(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.accounts_loaded, timeout=15000):
        window.actions.refresh.trigger()


def test_a_provider_problem_is_shown_retried_later_and_cleared(
    qtbot: Any, window_for: Any, clover: CloverLike
) -> None:
    """503 with Retry-After: "Provider problem" with its words and next try; then cleared."""
    window = _window_with_account(window_for, clover)
    clover.faults.queue("refresh", Fault.unavailable(retry_after=600))
    _refresh_now(qtbot, window)
    account = window.model.account_at(0)
    assert _cell(window, COL_STATUS) == "Provider problem"
    assert _cell(window, COL_REFRESH_EXPIRES).endswith("days")  # still known, not lost
    sentence = window.overview.status.text()
    assert "connection was kept" in sentence and "503 Service Unavailable" in sentence
    assert "try again at" in sentence
    assert account.retry_at is not None
    assert window.health.due_at(account, window._clock()) >= account.retry_at  # Retry-After
    _refresh_now(qtbot, window)
    assert _cell(window, COL_STATUS) == "Connected"
    assert window.overview.status.text().startswith("Connected.")


def test_a_dead_grant_is_never_retried_automatically(
    qtbot: Any, window_for: Any, clover: CloverLike
) -> None:
    """Clover's 401 {message} at refresh: "Reconnect needed"; the health check sends nothing."""
    window = _window_with_account(window_for, clover)
    clover.uninstall(BAKERY)
    _refresh_now(qtbot, window)
    assert _cell(window, COL_STATUS) == "Reconnect needed"
    assert _cell(window, COL_REFRESH_EXPIRES) == "refused"
    account = window.model.account_at(0)
    assert window.health.due_at(account, window._clock() + 10**6) is None
    with qtbot.assertNotEmitted(window.health.refresh_started, wait=200):
        window.health.wake()
    assert clover.counters.refresh_requests == 1


def _disconnect_until_failed(qtbot: Any, window: Any) -> Any:
    window.actions.disconnect.trigger()
    confirm = window.confirm_box.findChild(QPushButton, "confirmDisconnectButton")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.disconnect_failed_box is not None and window.disconnect_failed_box.isVisible()
        ),
        timeout=15000,
    )
    return window.disconnect_failed_box


def test_a_failed_revocation_offers_try_again(qtbot: Any, window_for: Any, clio: ClioLike) -> None:
    """Deauthorize answers 500: the account stays; "Try again" then revokes and removes it."""
    window = _window_with_account(window_for, clio)
    clio.faults.queue("revoke", Fault.html_500())
    box = _disconnect_until_failed(qtbot, window)
    assert "could not revoke" in box.informativeText()
    assert window.model.rowCount() == 1 and clio.live_grants() == 1
    with qtbot.waitSignal(window.accounts_loaded, timeout=15000):
        qtbot.mouseClick(
            box.findChild(QPushButton, "retryDisconnectButton"), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=15000)
    assert clio.live_grants() == 0
    assert "revoked at the provider" in window.statusBar().currentMessage()


def test_a_failed_revocation_offers_removal_from_this_computer_only(
    qtbot: Any, window_for: Any, clio: ClioLike
) -> None:
    """ "Remove from this computer only": gone here, not claimed as revoked, grant untouched."""
    window = _window_with_account(window_for, clio)
    clio.faults.queue("revoke", Fault.html_500())
    box = _disconnect_until_failed(qtbot, window)
    local = box.findChild(QPushButton, "localOnlyDisconnectButton")
    with qtbot.waitSignal(window.accounts_loaded, timeout=15000):
        qtbot.mouseClick(local, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=15000)
    assert clio.live_grants() == 1 and len(clio.requests_to("/oauth/deauthorize")) == 1
    message = window.statusBar().currentMessage()
    assert "removed from this computer only" in message and "revoked" not in message
