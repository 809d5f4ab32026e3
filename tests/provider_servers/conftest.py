"""Fixtures for the server specs: each server on a hand-moved clock, and a receiver."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.provider_servers.flows import Receiver
from tests.support.provider_servers import ClioLike, CloverleafLike, CloverLike, ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rx = Receiver()
    yield rx
    rx.close()


@pytest.fixture
def clover(clock: ManualClock) -> Iterator[CloverLike]:
    with CloverLike(clock=clock) as server:
        yield server


@pytest.fixture
def clio(clock: ManualClock) -> Iterator[ClioLike]:
    with ClioLike(clock=clock) as server:
        yield server


@pytest.fixture
def cloverleaf(clock: ManualClock) -> Iterator[CloverleafLike]:
    with CloverleafLike(clock=clock) as server:
        yield server
