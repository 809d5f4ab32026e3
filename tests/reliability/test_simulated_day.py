"""A shortened simulated day (``benchmarks/simulated_day.py``) under faults: nothing lost.

12 accounts across the demo provider and the Clover- and Clio-shaped servers, renewed by
the health monitor's rules through the real engine for 30 s of 5xx, stalls, 429s, API
faults and six grants killed on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.simulated_day import run
from tests.support import figures


@pytest.mark.slow
def test_a_shortened_day_under_faults_loses_nothing_and_never_reuses_a_refresh_token(
    loopgate_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0 duplicate refreshes, 0 accounts lost, every killed grant says reconnect needed."""
    from desktop_app.core.engine import refresh
    from desktop_app.core.oauth import transport

    # run() shortens the client timeout and backoff for the day; undo it afterwards.
    monkeypatch.setattr(transport, "DEFAULT_TIMEOUT", transport.DEFAULT_TIMEOUT)
    monkeypatch.setattr(refresh, "FIRST_RETRY_SECONDS", refresh.FIRST_RETRY_SECONDS)
    monkeypatch.setattr(refresh, "MAX_BACKOFF_SECONDS", refresh.MAX_BACKOFF_SECONDS)
    day = run(loopgate_home, seconds=30, accounts=12, seed=3)
    assert day.refreshes > 0 and day.faults > day.kills == 6
    assert day.duplicates == 0
    assert day.lost == []
    assert day.killed_marked == 6
    figures.put("simulated day (30 s, 12 accounts): refreshes done", day.refreshes)
    figures.put("simulated day (30 s, 12 accounts): faults met", day.faults)
