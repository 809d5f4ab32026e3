"""The renewal scheduler: one timer aimed at the soonest account, wake re-checks, back-off."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from desktop_app.core.base.errors import ProviderError, ReconnectNeeded
from desktop_app.ui.accounts.health import HealthMonitor
from tests.ui.helpers import Clock, make_account


class FakeEngine:
    """Just what the monitor uses: ``store.get`` and ``tokens.fresh_tokens``."""

    def __init__(self, accounts: list[Any], fail: BaseException | None = None) -> None:
        self.accounts = {a.id: a for a in accounts}
        self.fail = fail
        self.refreshed: list[str] = []
        self.lock = threading.Lock()
        self.store = self
        self.tokens = self

    def get(self, account_id: str) -> Any:
        return self.accounts[account_id]

    def fresh_tokens(self, account_id: str, force: bool = False) -> tuple[object, bool]:
        assert force
        with self.lock:
            self.refreshed.append(account_id)
        if self.fail is not None:
            raise self.fail
        return object(), True


@pytest.fixture
def monitor(qapp: Any, clock: Clock) -> HealthMonitor:
    return HealthMonitor(lambda: 0.0, lambda: True, clock)


def test_one_timer_aims_at_the_soonest_account(monitor: HealthMonitor, clock: Clock) -> None:
    """The single timer waits until the earliest due time (expiry minus lead)."""
    accounts = [make_account(0, expires_in=3000), make_account(1, expires_in=1000)]
    monitor.set_engine(FakeEngine(accounts))
    monitor.set_accounts(accounts)
    assert monitor.timer.isActive()
    # Lead for a 1 h token is 6 min; account 1 is due in 1000 - 360 s, capped at 300 s.
    assert monitor.timer.interval() == 300_050
    monitor.set_accounts([make_account(1, expires_in=400)])
    assert monitor.timer.interval() == 40_050


def test_due_accounts_are_refreshed_in_background(
    qtbot: Any, monitor: HealthMonitor, clock: Clock
) -> None:
    """An account inside its lead time is renewed once; the window is told to reload."""
    due = make_account(0, expires_in=100)
    engine = FakeEngine([due, make_account(1)])
    monitor.set_engine(engine)
    with qtbot.waitSignal(monitor.accounts_changed, timeout=5000):
        monitor.set_accounts([due, make_account(1)])
        assert monitor.is_refreshing(due.id)
    assert engine.refreshed == [due.id]
    assert not monitor.is_refreshing(due.id)


def test_wake_rechecks_everything(qtbot: Any, monitor: HealthMonitor, clock: Clock) -> None:
    """After sleep the timer may be late: wake() starts what became due."""
    account = make_account(0, expires_in=3600)
    engine = FakeEngine([account])
    monitor.set_engine(engine)
    monitor.set_accounts([account])
    assert engine.refreshed == []
    clock.now += 3500  # the laptop slept through the due time
    with qtbot.waitSignal(monitor.accounts_changed, timeout=5000):
        monitor.wake(3500)
    assert engine.refreshed == [account.id]


def test_auto_refresh_off_schedules_nothing(qapp: Any, clock: Clock) -> None:
    """With auto-refresh off no renewal is due."""
    monitor = HealthMonitor(lambda: 0.0, lambda: False, clock)
    monitor.set_accounts([make_account(0, expires_in=10)])
    assert not monitor.timer.isActive()


def test_failure_backs_off_and_notifies_once(
    qtbot: Any, monitor: HealthMonitor, clock: Clock
) -> None:
    """A provider error notifies once and pushes the next attempt out by a minute."""
    account = make_account(0, expires_in=100)
    engine = FakeEngine([account], fail=ProviderError("The provider is down."))
    monitor.set_engine(engine)
    notes: list[tuple[str, str]] = []
    monitor.notify.connect(lambda t, m: notes.append((t, m)))
    with qtbot.waitSignal(monitor.accounts_changed, timeout=5000):
        monitor.set_accounts([account])
    assert len(notes) == 1 and "The provider is down." in notes[0][1]
    assert monitor.due_at(account, clock.now) == pytest.approx(clock.now + 60)
    monitor.set_accounts([account])  # the reload after failure: nothing starts again
    assert engine.refreshed == [account.id]


def test_reconnect_needed_notifies(qtbot: Any, monitor: HealthMonitor) -> None:
    """A dead refresh token says "Reconnect needed"."""
    account = make_account(0, expires_in=100)
    monitor.set_engine(FakeEngine([account], fail=ReconnectNeeded(error="invalid_grant")))
    with qtbot.waitSignal(monitor.notify, timeout=5000) as blocker:
        monitor.set_accounts([account])
    assert blocker.args[0] == "Reconnect needed"


def test_expiring_without_refresh_warns_once(
    qtbot: Any, monitor: HealthMonitor, clock: Clock
) -> None:
    """A connection that will end with no way to renew triggers one notification."""
    account = make_account(0, expires_in=120, has_refresh_token=False)
    with qtbot.waitSignal(monitor.notify) as blocker:
        monitor.set_accounts([account])
    assert blocker.args[0] == "Connection ending soon"
    with qtbot.assertNotEmitted(monitor.notify):
        monitor.check()


def test_refresh_now(qtbot: Any, monitor: HealthMonitor) -> None:
    """ "Refresh now" renews even a fresh account, and refuses a second concurrent run."""
    account = make_account(0, expires_in=3600)
    engine = FakeEngine([account])
    monitor.set_engine(engine)
    monitor.set_accounts([account])
    with qtbot.waitSignal(monitor.refresh_finished, timeout=5000):
        assert monitor.refresh_now(account.id)
        assert not monitor.refresh_now(account.id)
    assert engine.refreshed == [account.id]


def test_large_scan_is_spread_over_event_loop_turns(
    qtbot: Any, monitor: HealthMonitor, clock: Clock
) -> None:
    """Thousands of accounts are scanned in chunks; the timer is aimed once the scan ends."""
    accounts = [make_account(i, expires_in=3600 + i) for i in range(1200)]
    monitor.set_accounts(accounts)
    assert not monitor.timer.isActive()  # first chunk only
    qtbot.waitUntil(monitor.timer.isActive, timeout=5000)
    assert monitor.lead_time(accounts[-1]) == 360


def test_reconnect_needed_is_not_retried_in_a_loop(
    qtbot: Any, monitor: HealthMonitor, clock: Clock
) -> None:
    """A "reconnect" answer stops automatic retries until the account changes."""
    account = make_account(0, expires_in=100)
    engine = FakeEngine([account], fail=ReconnectNeeded(error="no_tokens"))
    monitor.set_engine(engine)
    with qtbot.waitSignal(monitor.accounts_changed, timeout=5000):
        monitor.set_accounts([account])
    with qtbot.assertNotEmitted(monitor.refresh_started):
        monitor.set_accounts([account])  # the reload that the failure asked for
    assert engine.refreshed == ["acct00000"]
    reconnected = account.with_changes(updated_at=clock.now + 1)
    engine.accounts[reconnected.id] = reconnected
    with qtbot.waitSignal(monitor.refresh_finished, timeout=5000):
        monitor.set_accounts([reconnected])  # changed facts: eligible again
    assert engine.refreshed == ["acct00000", "acct00000"]


def test_a_stored_next_try_is_honoured_after_a_restart(
    qtbot: Any, monitor: HealthMonitor, clock: Clock
) -> None:
    """A failure recorded by the CLI (or before a restart) waits for its Retry-After."""
    account = make_account(
        0,
        now=clock.now,
        expires_in=100,
        last_error="The provider had a problem (HTTP 503).",
        problem="provider",
        retry_at=clock.now + 600,
    )
    engine = FakeEngine([account])
    monitor.set_engine(engine)
    with qtbot.assertNotEmitted(monitor.refresh_started, wait=100):
        monitor.set_accounts([account])
    assert monitor.due_at(account, clock.now) == clock.now + 600
    clock.now += 601
    with qtbot.waitSignal(monitor.refresh_finished, timeout=5000):
        monitor.wake()
    assert engine.refreshed == [account.id]


def test_a_failure_waits_at_least_as_long_as_retry_after(
    qtbot: Any, monitor: HealthMonitor, clock: Clock
) -> None:
    """503 with Retry-After: 900 s pushes the next automatic try past the 1-minute backoff."""
    account = make_account(0, expires_in=100)
    engine = FakeEngine([account], fail=ProviderError("Down.", status=503, retry_after=900))
    monitor.set_engine(engine)
    with qtbot.waitSignal(monitor.accounts_changed, timeout=5000):
        monitor.set_accounts([account])
    assert monitor.due_at(account, clock.now) == pytest.approx(clock.now + 900)
