"""Figures the reliability suite measures (requests fuzzed, kills survived, cases covered).

Tests add to them; ``tests/reliability/conftest.py`` prints them at the end of the run
and, when ``LOOPGATE_FIGURES`` names a file, writes them there as JSON.
"""

from __future__ import annotations

import threading

FIGURES: dict[str, float] = {}
_lock = threading.Lock()


def add(name: str, amount: float = 1) -> None:
    with _lock:
        FIGURES[name] = FIGURES.get(name, 0) + amount


def put(name: str, value: float) -> None:
    with _lock:
        FIGURES[name] = value


def snapshot() -> dict[str, float]:
    with _lock:
        return dict(sorted(FIGURES.items()))
