"""Keeping accounts healthy: renew tokens a lead time before they expire, in the background.

One single-shot timer aims at the soonest account that needs something (a renewal, or a
warning that a connection will end with no way to renew); after each check it is re-aimed.
Timers do not run while a laptop sleeps, so ``wake()`` re-checks everything at once.
Failures back off (1, 2, 4 … 15 min, never sooner than the provider's ``Retry-After``)
instead of hammering a provider that is down; the engine stores the next try on the
account (``retry_at``), so the CLI's failures and a restart are honoured too. An account
the provider declared dead is never retried automatically: its refresh token must not be
presented again (rotating providers treat reuse as theft).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account

from ..common.background import Task, run_in_background
from ..common.lifetime import guarded
from .status import can_renew, format_remaining, lead_time_for, renewal_due, still_due

MAX_TIMER_SECONDS = 300.0
SCAN_CHUNK = 500


class _Scan:
    """One pass over the accounts, possibly spread over several event-loop turns."""

    def __init__(
        self, generation: int, accounts: Iterator[Account], now: float, minutes: float, auto: bool
    ) -> None:
        self.generation = generation
        self.accounts = accounts
        self.now = now
        self.minutes = minutes
        self.auto = auto
        self.soonest: float | None = None

    def consider(self, at: float) -> None:
        if self.soonest is None or at < self.soonest:
            self.soonest = at


class HealthMonitor(QObject):
    """Schedules and runs renewals; reports through signals, never touches widgets."""

    refresh_started = Signal(str)
    refresh_finished = Signal(str, object)  # account id, the exception or None
    renewed = Signal(object)  # a "Refresh now" succeeded: the account as now stored
    accounts_changed = Signal()
    notify = Signal(str, str)  # title, plain message

    def __init__(
        self,
        lead_minutes: Callable[[], float] = lambda: 0.0,
        auto_refresh: Callable[[], bool] = lambda: True,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lead_minutes = lead_minutes
        self._auto_refresh = auto_refresh
        self._clock = clock
        self._engine: Any = None
        self._accounts: dict[str, Account] = {}
        self._running: dict[str, Task] = {}
        self._failures: dict[str, tuple[int, float]] = {}
        self._warned: set[str] = set()
        # Accounts the provider (or the keychain) said need reconnecting, with the stored
        # facts at the time: not retried automatically until those change (a reconnect).
        self._dead: dict[str, tuple[float, float | None]] = {}
        self._leads: dict[str, float] = {}
        self._blocked: frozenset[str] = frozenset()  # providers the organisation forbids
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def set_engine(self, engine: Any) -> None:
        self._engine = engine

    def set_accounts(
        self, accounts: list[Account], by_id: dict[str, Account] | None = None
    ) -> None:
        """``by_id``: the same accounts by id, when a worker built it (10,000: ≈ 6 ms)."""
        if by_id is None or len(by_id) != len(accounts):
            by_id = {a.id: a for a in accounts}
        self._accounts = by_id
        self._leads = {}  # refilled by the scan; lead_time() computes meanwhile
        for gone in [i for i in self._failures if i not in by_id]:
            del self._failures[gone]
        self._warned = {i for i in self._warned if i in by_id}
        self._dead = {i: m for i, m in self._dead.items() if i in by_id}
        self.check()

    def settings_changed(self) -> None:
        """Lead time or auto-refresh changed: new leads, new schedule."""
        self._leads = {}
        self.check()

    def is_refreshing(self, account_id: str) -> bool:
        return account_id in self._running

    def lead_time(self, account: Account) -> float:
        """Cached per account (the table asks on every paint of a countdown cell)."""
        if self._accounts.get(account.id) is account:
            lead = self._leads.get(account.id)
            if lead is not None:
                return lead
        return lead_time_for(account, self._lead_minutes())

    # -- scheduling -----------------------------------------------------------------
    def due_at(self, account: Account, now: float) -> float | None:
        """When this account should be renewed automatically (``None``: never)."""
        return self._due(account, now, self._auto_refresh())

    def _due(self, account: Account, now: float, auto: bool) -> float | None:
        if not auto or account.profile_id in self._blocked:
            return None
        if self._dead.get(account.id) == _facts(account):
            return None  # said "reconnect" and nothing changed since: no retry loop
        due = renewal_due(account, now, self.lead_time(account))
        failure = self._failures.get(account.id)
        return max(due, failure[1]) if failure and due is not None else due

    def _warn_at(self, account: Account, now: float) -> float | None:
        if account.status == RECONNECT_NEEDED or account.expires_at is None:
            return None
        if can_renew(account, now) or account.id in self._warned:
            return None
        return account.expires_at - self.lead_time(account)

    def check(self) -> None:
        """Starts whatever is due, then aims the timer at the next thing to do.

        The scan goes ``SCAN_CHUNK`` accounts per event-loop turn, so 10,000 accounts
        never hold the GUI thread for long; a new check restarts it (``_generation``).
        """
        self._generation += 1
        self.timer.stop()
        self._blocked = _blocked_profiles(self._engine)
        scan = _Scan(
            self._generation,
            iter(list(self._accounts.values())),
            self._clock(),
            self._lead_minutes(),  # settings read once per check, not per account
            self._auto_refresh(),
        )
        self._scan_step(scan)

    def _scan_step(self, scan: _Scan) -> None:
        if scan.generation != self._generation:
            return  # superseded by a newer check
        now, leads = scan.now, self._leads
        for count, account in enumerate(scan.accounts, start=1):
            if account.id not in leads:
                leads[account.id] = lead_time_for(account, scan.minutes)
            self._scan_one(scan, account)
            if count == SCAN_CHUNK:
                QTimer.singleShot(0, guarded(self, lambda: self._scan_step(scan)))
                return
        if scan.soonest is not None:
            wait = min(max(scan.soonest - now, 0.0), MAX_TIMER_SECONDS)
            self.timer.start(int(wait * 1000) + 50)

    def _scan_one(self, scan: _Scan, account: Account) -> None:
        now = scan.now
        warn = self._warn_at(account, now)
        if warn is not None and warn <= now:
            self._warned.add(account.id)
            left = format_remaining(account.expires_at, now)
            self.notify.emit(
                "Connection ending soon",
                f"{account.label} will disconnect in {left} and cannot renew itself. "
                "Reconnect it to keep it working.",
            )
        elif warn is not None:
            scan.consider(warn)
        due = self._due(account, now, scan.auto)
        if due is None or account.id in self._running:
            return
        if due > now:
            scan.consider(due)
        elif self._engine is not None:
            self._start(account.id, manual=False)

    def wake(self, gap: float = 0.0) -> None:
        """After sleep: every due time may have passed while timers were frozen."""
        self.check()

    # -- renewing -------------------------------------------------------------------
    def refresh_now(self, account_id: str) -> bool:
        """The "Refresh now" button; returns False when a renewal is already running."""
        if self._engine is None or account_id in self._running:
            return False
        self._failures.pop(account_id, None)
        self._start(account_id, manual=True)
        return True

    def _start(self, account_id: str, *, manual: bool) -> None:
        engine = self._engine
        lead_minutes = self._lead_minutes()
        clock = self._clock

        def op(_cancel: Any) -> Account | None:
            if not manual:
                # Re-read: the CLI or another window may have renewed it, failed (and set
                # the next try) or been told the grant is dead meanwhile.
                current = engine.store.get(account_id)
                if not still_due(current, lead_time_for(current, lead_minutes), clock()):
                    return None
            engine.tokens.fresh_tokens(account_id, force=True)
            return engine.store.get(account_id) if manual else None

        self.refresh_started.emit(account_id)
        task = run_in_background(
            op,
            guarded(self, lambda result: self._succeeded(account_id, result)),
            guarded(self, lambda exc: self._failed(account_id, exc)),
        )
        self._running[account_id] = task

    def _succeeded(self, account_id: str, manual_result: Account | None = None) -> None:
        self._running.pop(account_id, None)
        self._failures.pop(account_id, None)
        self.refresh_finished.emit(account_id, None)
        if manual_result is not None:
            self.renewed.emit(manual_result)
        self.accounts_changed.emit()

    def _failed(self, account_id: str, exc: BaseException) -> None:
        from desktop_app.core.base.errors import AccountNotFound, ReconnectNeeded

        self._running.pop(account_id, None)
        self.refresh_finished.emit(account_id, exc)
        account = self._accounts.get(account_id)
        label = account.label if account else "An account"
        if isinstance(exc, ReconnectNeeded):
            self._failures.pop(account_id, None)
            if account is not None:
                self._dead[account_id] = _facts(account)
            self.notify.emit("Reconnect needed", f"{label}: {exc.message}")
        elif not isinstance(exc, AccountNotFound):
            count = self._failures.get(account_id, (0, 0.0))[0] + 1
            wait = _retry_delay()(count, getattr(exc, "retry_after", None))
            self._failures[account_id] = (count, self._clock() + wait)
            if count == 1:
                message = getattr(exc, "message", "") or "An unexpected error occurred."
                self.notify.emit("Could not renew a connection", f"{label}: {message}")
        self.accounts_changed.emit()

    def stop(self) -> None:
        self.timer.stop()
        for task in self._running.values():
            task.cancel()


def _retry_delay() -> Callable[[int, float | None], float]:
    from desktop_app.core.engine.refresh import retry_delay  # heavy: only after a failure

    return retry_delay


def _blocked_profiles(engine: Any) -> frozenset[str]:
    """Accounts at these providers are never renewed (organisation policy)."""
    registry = getattr(engine, "registry", None)
    if registry is None:
        return frozenset()
    from desktop_app.core.policy.registry import blocked_profile_ids

    return blocked_profile_ids(registry)


def _facts(account: Account) -> tuple[float, float | None]:
    """What a reconnect (or another process's renewal) changes."""
    return (account.updated_at, account.expires_at)
