"""One time label everywhere: local time with its zone on screen, UTC on hover."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop_app.core.storage.history import HistoryEntry
from desktop_app.ui.accounts.cells import COL_EXPIRES, expiry_tooltip
from desktop_app.ui.accounts.overview import renewal_text
from desktop_app.ui.common.times import local_label, utc_label, zone_name
from desktop_app.ui.explorer.history_list import describe_entry
from tests.ui.helpers import make_account


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The machine's clock is in Paris; yields the zone name in effect now."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield zone_name(datetime.now().astimezone())
    monkeypatch.undo()
    time.tzset()


def test_zone_names_are_short_or_an_offset() -> None:
    """ "CET" stays; a long Windows-style name becomes its UTC offset."""
    from datetime import timedelta, timezone

    assert zone_name(datetime(2026, 1, 5, tzinfo=timezone(timedelta(hours=1), "CET"))) == "CET"
    long_name = timezone(timedelta(hours=-3, minutes=-30), "Newfoundland Standard Time")
    assert zone_name(datetime(2026, 1, 5, tzinfo=long_name)) == "UTC-03:30"


def test_table_overview_and_history_name_the_zone(paris: str) -> None:
    """The countdown's tooltip, the Overview's renewal line and the history all say CET."""
    now = time.time()
    account = make_account(0, now=now, last_refresh_at=now - 60)
    tip = expiry_tooltip(account, COL_EXPIRES)
    assert (
        tip == f"{local_label(account.expires_at, seconds=True)} ({utc_label(account.expires_at)})"
    )
    assert paris in tip and tip.endswith(" UTC)")
    assert renewal_text(account, now).endswith(f" {paris}.")
    entry = HistoryEntry(now, "GET", "https://x.test/api/me", 200, 12.0, 10)
    assert f" {paris}" in describe_entry(entry)
