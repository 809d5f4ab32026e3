"""The accounts model without a view: rows, roles, countdown text, status, sort keys."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core.storage.accounts import RECONNECT_NEEDED
from desktop_app.ui.accounts import status
from desktop_app.ui.accounts.model import (
    ACCOUNT_ROLE,
    COL_EXPIRES,
    COL_LABEL,
    COL_PROVIDER,
    COL_REFRESH_EXPIRES,
    COL_STATUS,
    COLUMNS,
    SORT_ROLE,
    AccountsModel,
    ProviderInfo,
)
from tests.ui.helpers import Clock, make_account


def _model(clock: Clock, accounts: list[Any]) -> AccountsModel:
    model = AccountsModel(clock, lambda _a: 300.0)
    model.set_providers({"demo": ProviderInfo("Demo", "Local")})
    model.set_accounts(accounts)
    return model


def _text(model: AccountsModel, row: int, column: int) -> Any:
    return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_rows_columns_and_headers(clock: Clock) -> None:
    """One row per account; no children; a header per column."""
    model = _model(clock, [make_account(0), make_account(1)])
    assert model.rowCount() == 2
    assert model.columnCount() == len(COLUMNS)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(COL_EXPIRES, Qt.Orientation.Horizontal) == "Access expires in"
    assert _text(model, 0, COL_PROVIDER) == "Demo"
    assert _text(model, 1, COL_LABEL) == "Account 1"
    assert model.index(0, 0).data(ACCOUNT_ROLE).id == "acct00000"
    assert model.data(QModelIndex()) is None


def test_countdown_text_follows_the_clock(clock: Clock) -> None:
    """The remaining time is computed at read time from the injected clock."""
    model = _model(clock, [make_account(0, expires_in=125)])
    assert _text(model, 0, COL_EXPIRES) == "2 min 05 s"
    clock.now += 100
    assert _text(model, 0, COL_EXPIRES) == "25 s"
    clock.now += 30
    assert _text(model, 0, COL_EXPIRES) == "expired"


def test_countdown_colours_amber_then_red(clock: Clock) -> None:
    """Amber inside the lead time, red under a minute, default colour otherwise."""
    model = _model(clock, [make_account(0, expires_in=1000)])
    cell = model.index(0, COL_EXPIRES)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None
    clock.now += 800  # 200 s left, lead is 300 s
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == model.colours["amber"]
    clock.now += 150  # 50 s left
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == model.colours["red"]


def test_refresh_expiry_column(clock: Clock) -> None:
    """Refresh-token expiry is shown where known, and said plainly where not."""
    model = _model(
        clock,
        [
            make_account(0, refresh_expires_at=clock.now + 3 * 86400),
            make_account(1),
            make_account(2, has_refresh_token=False),
        ],
    )
    assert _text(model, 0, COL_REFRESH_EXPIRES) == "3 days"
    assert _text(model, 1, COL_REFRESH_EXPIRES) == "not stated"
    assert _text(model, 2, COL_REFRESH_EXPIRES) == "no refresh token"


def test_status_derivation(clock: Clock) -> None:
    """Each status from the facts that cause it."""
    now = clock.now

    def derive(account: Any, refreshing: bool = False) -> str:
        return status.derive_status(account, now=now, lead_time=300, refreshing=refreshing)

    assert derive(make_account(0)) == status.CONNECTED
    assert derive(make_account(0), refreshing=True) == status.REFRESHING
    assert derive(make_account(0, status=RECONNECT_NEEDED)) == status.RECONNECT
    assert derive(make_account(0, last_error="Could not reach it.")) == status.OFFLINE
    no_refresh = make_account(0, expires_in=200, has_refresh_token=False)
    assert derive(no_refresh) == status.EXPIRING_SOON
    assert derive(make_account(0, expires_in=-5, has_refresh_token=False)) == status.RECONNECT
    dead_refresh = make_account(0, expires_in=100, refresh_expires_at=now - 1)
    assert derive(dead_refresh) == status.EXPIRING_SOON
    # A renewable account close to expiry is fine: it will be renewed.
    assert derive(make_account(0, expires_in=100)) == status.CONNECTED
    assert derive(make_account(0, expires_in=None, has_refresh_token=False)) == status.CONNECTED


def test_refreshing_flag_shows_in_status(clock: Clock, qtbot: Any) -> None:
    """set_refreshing announces only the status cell of that row."""
    model = _model(clock, [make_account(0), make_account(1)])
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_refreshing("acct00001", True)
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (
        1,
        COL_STATUS,
        1,
        COL_STATUS,
    )
    assert _text(model, 1, COL_STATUS) == status.REFRESHING
    model.set_refreshing("acct00001", False)
    assert _text(model, 1, COL_STATUS) == status.CONNECTED


def test_sort_role_is_absolute_expiry(clock: Clock) -> None:
    """Sorting uses the absolute expiry time (unknown last), which ticks never change."""
    model = _model(clock, [make_account(0, expires_in=50), make_account(1, expires_in=None)])
    first = model.index(0, COL_EXPIRES).data(SORT_ROLE)
    assert first[0] == clock.now + 50
    clock.now += 10
    assert model.index(0, COL_EXPIRES).data(SORT_ROLE) == first
    assert model.index(1, COL_EXPIRES).data(SORT_ROLE)[0] == math.inf
    # Equal keys fall back to provider, then name, then id: reloads never swap them.
    assert model.index(0, COL_LABEL).data(SORT_ROLE) == ("", "account 0", "demo", "acct00000")
    assert model.index(0, COL_PROVIDER).data(SORT_ROLE) == ("", "demo", "account 0", "acct00000")


def test_tick_rows_groups_contiguous_runs(clock: Clock, qtbot: Any) -> None:
    """One dataChanged per contiguous run of rows, spanning the time-dependent columns only."""
    accounts = [make_account(i) for i in range(10)]
    accounts[8] = make_account(8, has_refresh_token=False)  # its status can change with time
    model = _model(clock, accounts)
    seen: list[tuple[int, int, int, int, list[Any]]] = []
    model.dataChanged.connect(
        lambda a, b, roles: seen.append((a.row(), b.row(), a.column(), b.column(), list(roles)))
    )
    assert model.tick_rows([7, 2, 3, 4, 8, 9]) == 4
    assert [(s[0], s[1], s[2]) for s in seen] == [
        (2, 4, COL_EXPIRES),
        (7, 7, COL_EXPIRES),
        (8, 8, COL_STATUS),
        (9, 9, COL_EXPIRES),
    ]
    assert all(s[3] == COL_REFRESH_EXPIRES for s in seen)
    assert all(SORT_ROLE not in s[4] for s in seen)


def test_format_remaining() -> None:
    """Plain countdown words at every scale."""
    assert status.format_remaining(None, 0) == "unknown"
    assert status.format_remaining(0, 0) == "expired"
    assert status.format_remaining(59.9, 0) == "59 s"
    assert status.format_remaining(3599, 0) == "59 min 59 s"
    assert status.format_remaining(3 * 3600 + 120, 0) == "3 h 02 min"
    assert status.format_remaining(86400 + 5, 0) == "1 day"


def test_lead_time_default_and_setting() -> None:
    """Automatic lead: max(5 min, 10% of lifetime); a set value in minutes wins."""
    hour = make_account(0, lifetime=3600)
    long = make_account(1, lifetime=30 * 86400)
    assert status.lead_time_for(hour) == 360
    assert status.lead_time_for(long) == 3 * 86400
    assert status.lead_time_for(long, minutes=15) == 900


def test_lead_time_never_exceeds_half_the_lifetime() -> None:
    """A 5-minute token is renewed at half-time, not the moment it arrives."""
    short = make_account(0, lifetime=300, expires_in=300)
    assert status.lead_time_for(short) == 150
    assert status.lead_time_for(short, minutes=10) == 150


def test_presorted_accounts_skip_the_gui_sort(clock: Clock) -> None:
    """A list sorted off the GUI thread lands in the same order as a sort in the model."""
    accounts = [make_account(i, expires_in=1000 - i * 7 % 300) for i in range(50)]
    model = _model(clock, [])
    model.sort(COL_EXPIRES, Qt.SortOrder.DescendingOrder)
    spec = model.sort_spec()
    assert spec == (COL_EXPIRES, True)
    model.set_accounts(model.presort(accounts, spec), presorted=spec)
    fast = [model.account_at(r).id for r in range(50)]
    model.set_accounts(accounts)
    assert [model.account_at(r).id for r in range(50)] == fast


def test_tick_announces_only_cells_whose_text_changed(clock: Clock, qtbot: Any) -> None:
    """Same second, or "6 days" that stays "6 days": nothing is repainted."""
    accounts = [make_account(0, expires_in=90.0), make_account(1, expires_in=6 * 86400.0)]
    model = _model(clock, accounts)
    seen: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles: seen.append((a.row(), a.column(), b.column())))
    model.tick_rows([0, 1])
    seen.clear()
    assert model.tick_rows([0, 1]) == 0 and seen == []  # the clock did not move
    clock.now += 1
    assert model.tick_rows([0, 1]) == 1
    assert seen == [(0, COL_EXPIRES, COL_EXPIRES)]  # "1 min 29 s"; the days row is unchanged
