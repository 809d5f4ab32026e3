"""Thread safety of refresh-token rotation under the threaded server."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from desktop_app.demo_provider.server import DemoServer


def test_fifty_concurrent_refreshes_with_one_token_exactly_one_succeeds(
    flow, demo: DemoServer
) -> None:
    """One rotation wins; every other presentation of the same token is invalid_grant."""
    refresh_token = flow.tokens()["refresh_token"]
    barrier = threading.Barrier(50)

    def refresh(_: int) -> tuple[int, str | None]:
        barrier.wait()
        response = flow.refresh(refresh_token)
        return response.status_code, response.json().get("error")

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(refresh, range(50)))

    assert sum(1 for status, _ in results if status == 200) == 1
    assert sorted(error for status, error in results if status != 200) == ["invalid_grant"] * 49
    assert demo.stats.refresh_requests == 50
    assert demo.stats.reuse_detected >= 1


def test_concurrent_independent_flows_all_succeed(flow) -> None:
    """Parallel sign-ins and refreshes of different grants do not interfere."""

    def sign_in_and_refresh(_: int) -> int:
        body = flow.tokens()
        return flow.refresh(body["refresh_token"]).status_code

    with ThreadPoolExecutor(max_workers=10) as pool:
        assert list(pool.map(sign_in_and_refresh, range(20))) == [200] * 20
