"""Time: a machine clock minutes off the provider's, a laptop waking past expiry, no expiry.

The engine's clock is injected; the providers keep real time, so the two disagree the
way a badly set laptop and a provider do.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.api.calls import ApiRequest
from desktop_app.demo_provider.server import DemoServer
from tests.support import figures
from tests.support.engines import make_engine
from tests.support.fake_provider import FakeProvider
from tests.support.reliability import fake_engine

ME = ApiRequest("GET", "/api/me")
TTL = 300


class Clock:
    def __init__(self, skew: float = 0.0) -> None:
        self.skew = skew

    def __call__(self) -> float:
        return time.time() + self.skew


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[DemoServer]:
    with DemoServer(port=0, state_dir=tmp_path / "demo", access_token_ttl=TTL) as server:
        yield server


@pytest.mark.parametrize("skew", [-600.0, 600.0], ids=["10 min behind", "10 min ahead"])
def test_relative_expiry_is_immune_to_clock_skew(skew: float, demo: DemoServer) -> None:
    """expires_in counts from our own clock: 10 minutes off changes nothing, no early refresh."""
    clock = Clock(skew)
    engine = make_engine(demo.port, clock=clock)
    account = engine.connect("demo", timeout=20)
    assert account.expires_at is not None
    assert account.expires_at - clock() == pytest.approx(TTL, abs=10)
    assert engine.call(account.id, ME).status == 200
    assert demo.stats.refresh_requests == 0
    figures.add("time: cases")


@pytest.mark.parametrize("skew", [-600.0, 600.0], ids=["10 min behind", "10 min ahead"])
def test_absolute_expiry_with_a_skewed_clock_still_works(skew: float) -> None:
    """Epoch expiries (Clover) are measured on the provider's clock (its Date header)."""
    clock = Clock(skew)
    with FakeProvider(expires_in=3600, absolute_expiry=True) as provider:
        engine = fake_engine(provider, clock=clock)
        account = engine.connect("fake", timeout=10)
        assert account.expires_at is not None
        assert account.expires_at - clock() == pytest.approx(3600, abs=10)
        assert engine.call(account.id, ME).status == 200
        assert provider.counters.refresh_requests == 0
        provider.expire_access_tokens()  # the provider's clock says "expired"; ours does not
        response = engine.call(account.id, ME)
        assert response.status == 200 and response.refreshed
        assert provider.counters.refresh_requests == 1
    figures.add("time: cases")


def test_clock_ahead_by_more_than_the_lifetime_still_works() -> None:
    """A clock hours ahead still reads epoch-dated tokens' true lifetime: no refresh storm."""
    clock = Clock(7200)
    with FakeProvider(expires_in=600, absolute_expiry=True) as provider:
        engine = fake_engine(provider, clock=clock)
        account_id = engine.connect("fake", timeout=10).id
        statuses = [engine.call(account_id, ME).status for _ in range(3)]
        assert statuses == [200] * 3
        # The provider's Date header anchors the epoch, so nothing looks expired on arrival.
        assert provider.counters.refresh_requests == 0
        figures.put("time: refreshes for 3 calls with a clock 2 h ahead (600 s epoch tokens)",
                    provider.counters.refresh_requests)  # fmt: skip
    figures.add("time: cases")


def test_sleeping_past_expiry_then_waking_refreshes_once_and_works(demo: DemoServer) -> None:
    """The clock jumps two hours: the next call renews once; the countdown is fresh again."""
    clock = Clock()
    engine = make_engine(demo.port, clock=clock)
    account = engine.connect("demo", timeout=20)
    clock.skew = 7200.0
    woke = engine.call(account.id, ME)
    assert woke.status == 200 and woke.refreshed
    again = engine.call(account.id, ME)
    assert again.status == 200 and not again.refreshed
    renewed = engine.store.get(account.id)
    assert renewed.expires_at is not None and renewed.expires_at - clock() > TTL - 30
    assert renewed.last_refresh_at is not None and renewed.last_refresh_at >= clock() - 60
    assert demo.stats.refresh_requests == 1 and demo.stats.reuse_detected == 0
    figures.add("time: cases")


def test_tokens_without_expiry_are_unknown_and_renewed_on_401() -> None:
    """No expires_in: expiry shown as unknown, never refreshed early, renewed once on a 401."""
    with FakeProvider(expires_in=None) as provider:
        clock = Clock()
        engine = fake_engine(provider, clock=clock)
        account = engine.connect("fake", timeout=10)
        assert account.expires_at is None
        clock.skew = 10 * 365 * 24 * 3600.0  # ten years later: still "unknown", not "expired"
        assert engine.call(account.id, ME).status == 200
        assert provider.counters.refresh_requests == 0
        provider.expire_access_tokens()
        response = engine.call(account.id, ME)
        assert response.status == 200 and response.refreshed and response.note
        assert provider.counters.refresh_requests == 1
        assert engine.store.get(account.id).expires_at is None
    figures.add("time: cases")
