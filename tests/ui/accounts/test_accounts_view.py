"""The accounts table: ticks repaint visible rows only, and never make the proxy re-sort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.ui.accounts.model import (
    COL_EXPIRES,
    COL_LABEL,
    COL_PROVIDER,
    AccountsModel,
    ProviderInfo,
)
from desktop_app.ui.accounts.view import AccountsTable, Ticker
from tests.ui.helpers import Clock, make_account


def _table(qtbot: Any, clock: Clock, count: int) -> AccountsTable:
    model = AccountsModel(clock, lambda _a: 300.0)
    model.set_providers({"demo": ProviderInfo("Demo")})
    # Expiries deliberately out of order so the proxy's order differs from the model's.
    model.set_accounts(
        make_account(i, now=clock.now, expires_in=60 + (i * 7919) % count) for i in range(count)
    )
    table = AccountsTable(model)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_object_name_and_sorted_by_name(qtbot: Any, clock: Clock) -> None:
    """The table is found by name and starts sorted by provider, then account name."""
    table = _table(qtbot, clock, 50)
    assert table.objectName() == "accountsTable"
    assert table.accessibleName()
    assert table.horizontalHeader().sortIndicatorSection() == COL_PROVIDER
    labels = [table.proxy.index(r, COL_LABEL).data() for r in range(50)]
    assert labels == sorted(labels, key=str.casefold)
    table.sortByColumn(COL_EXPIRES, Qt.SortOrder.AscendingOrder)
    expiries = [
        table.proxy.index(r, COL_EXPIRES).data(Qt.ItemDataRole.UserRole + 1) for r in range(50)
    ]
    assert expiries == sorted(expiries)
    assert not table.proxy.dynamicSortFilter()


def test_tick_announces_only_visible_rows(qtbot: Any, clock: Clock) -> None:
    """A tick over 10,000 accounts names only the source rows on screen."""
    table = _table(qtbot, clock, 10_000)
    visible = table.visible_source_rows()
    assert 0 < len(visible) < 40
    changed: set[int] = set()

    def record(top: Any, bottom: Any, _roles: Any) -> None:
        changed.update(range(top.row(), bottom.row() + 1))

    table.source.dataChanged.connect(record)
    table.tick()
    assert changed == set(visible)
    # Visible source rows are exactly what the proxy shows from the top of the viewport.
    first = table.proxy.mapToSource(table.proxy.index(table.rowAt(0), 0)).row()
    assert first in changed


def test_tick_never_resorts(qtbot: Any, clock: Clock) -> None:
    """Ticks change countdown text, never the order: no layout change on the proxy."""
    table = _table(qtbot, clock, 2_000)
    table.sortByColumn(COL_EXPIRES, Qt.SortOrder.AscendingOrder)
    before = [table.proxy.index(r, COL_LABEL).data() for r in range(30)]
    layouts: list[int] = []
    table.proxy.layoutChanged.connect(lambda *_a: layouts.append(1))
    for _ in range(5):
        clock.now += 1
        table.tick()
    assert layouts == []
    assert [table.proxy.index(r, COL_LABEL).data() for r in range(30)] == before


def test_tick_work_is_bounded_by_the_visible_rows(qtbot: Any, clock: Clock) -> None:
    """At 100 or 10,000 accounts a tick announces at most the visible rows' 3 ticking cells."""

    def announced(count: int) -> tuple[int, int]:
        table = _table(qtbot, clock, count)
        table.tick()
        cells: list[int] = []

        def record(a: Any, b: Any, _roles: Any) -> None:
            cells.append((b.row() - a.row() + 1) * (b.column() - a.column() + 1))

        table.source.dataChanged.connect(record)
        clock.now += 1
        table.tick()
        visible = len(table.visible_source_rows())
        table.close()
        return sum(cells), visible

    for count in (100, 10_000):
        cells, visible = announced(count)
        assert 0 < cells <= 3 * visible < 60


def test_ticker_detects_wake(qtbot: Any, clock: Clock) -> None:
    """A tick arriving long after the previous one reports a wake-up."""
    ticker = Ticker(clock)
    ticker.start()
    ticker.stop()
    clock.now += 1
    with qtbot.assertNotEmitted(ticker.woke):
        ticker.tick()
    clock.now += 600
    with qtbot.waitSignal(ticker.woke) as blocker:
        ticker.tick()
    assert blocker.args == [600.0]


def test_header_sort_keeps_the_selection(qtbot: Any, clock: Clock) -> None:
    """Sorting (done in the model, one key per row) keeps the selected account selected."""
    table = _table(qtbot, clock, 500)
    assert table.select_account("acct00123")
    table.sortByColumn(COL_LABEL, Qt.SortOrder.DescendingOrder)
    labels = [table.proxy.index(r, COL_LABEL).data() for r in range(5)]
    assert labels == sorted(labels, key=str.casefold, reverse=True)
    selected = table.selected_account()
    assert selected is not None and selected.id == "acct00123"
