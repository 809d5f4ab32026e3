"""Refresh under concurrency and rotation (RFC 6749 §6, RFC 9700 §4.14).

Single-flight per account in one process (threads) and across processes (a second
engine, or the CLI, over the same ``LOOPGATE_HOME`` and keychain); rotated refresh
tokens are never replayed; a dead refresh token marks the account once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import keyring
import pytest

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.base.errors import ReconnectNeeded
from desktop_app.core.engine.engine import Engine
from desktop_app.core.storage.accounts import RECONNECT_NEEDED
from desktop_app.core.storage.vault import KeyringVault
from desktop_app.demo_provider.server import DemoServer
from tests.support import figures
from tests.support.children import run_threads
from tests.support.engines import make_engine
from tests.support.faulty_keyrings import BACKEND_NAME, KEYRING_DIR_ENV, FileKeyring
from tests.support.reliability import env_for_child

TTL = 300
EXPIRED = TTL + 100  # a clock this far ahead sees every issued access token as expired
ME = ApiRequest("GET", "/api/me")


class SkewedClock:
    """The machine's clock, moved by ``skew`` seconds (a laptop waking, a wrong clock)."""

    def __init__(self) -> None:
        self.skew = 0.0

    def __call__(self) -> float:
        return time.time() + self.skew


@dataclass
class SharedKeychain:
    vault: KeyringVault
    child_env: dict[str, str]
    threads: int  # per process: D-Bus round trips make the real keychain slower


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[DemoServer]:
    with DemoServer(port=0, state_dir=tmp_path / "demo-state", access_token_ttl=TTL) as server:
        yield server


def secret_service_backend() -> object:
    """The session's real Secret Service keychain; skip without one (never under CI)."""
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run with a Secret Service keychain, got {backend!r}")
        pytest.skip("no Secret Service keychain (run under tests/with_keychain.sh)")
    return backend


@pytest.fixture(
    params=["file-keychain", pytest.param("secret-service", marks=pytest.mark.secret_service)]
)
def shared_keychain(request: pytest.FixtureRequest, tmp_path: Path) -> SharedKeychain:
    """A keychain two processes both see: the real Secret Service, or a file-backed stand-in."""
    if request.param == "secret-service":
        return SharedKeychain(KeyringVault(secret_service_backend()), {}, threads=10)
    folder = tmp_path / "keychain"
    env = {"PYTHON_KEYRING_BACKEND": BACKEND_NAME, KEYRING_DIR_ENV: str(folder)}
    return SharedKeychain(KeyringVault(FileKeyring(folder)), env, threads=25)


def connected(engine: Engine) -> str:
    return engine.connect("demo", timeout=20).id


def start_child(home: Path, demo: DemoServer, env: dict[str, str], *args: str) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.children", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env_for_child(home, LOOPGATE_DEMO_PORT=str(demo.port), **env),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def finish_child(child: subprocess.Popen) -> dict:
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 0, out
    return json.loads(out.strip().splitlines()[-1])


def test_fifty_concurrent_calls_on_an_expired_token_refresh_once(
    demo: DemoServer, loopgate_home: Path
) -> None:
    """50 threads calling with an expired token: one refresh request, every call succeeds."""
    clock = SkewedClock()
    engine = make_engine(demo.port, clock=clock)
    account_id = connected(engine)
    clock.skew = EXPIRED
    results = run_threads(50, lambda: engine.call(account_id, ME))
    assert [getattr(r, "status", r) for r in results] == [200] * 50
    assert sum(r.refreshed for r in results) == 1
    assert demo.stats.refresh_requests == 1
    assert demo.stats.reuse_detected == 0
    figures.add("refresh: concurrent calls on an expired token", 50)


def test_rotated_refresh_tokens_are_never_replayed(demo: DemoServer, loopgate_home: Path) -> None:
    """Forced refreshes from 4 threads, 10 rounds: the provider never sees a used token."""
    engine = make_engine(demo.port)
    account_id = connected(engine)
    results = run_threads(
        4,
        lambda: sum(engine.tokens.fresh_tokens(account_id, force=True)[1] for _ in range(10)),
    )
    assert all(isinstance(r, int) for r in results), results
    assert demo.stats.refresh_requests == sum(results) >= 10
    assert demo.stats.reuse_detected == 0
    assert engine.call(account_id, ME).status == 200


def test_invalid_grant_marks_reconnect_once_without_a_retry_loop(
    demo: DemoServer, loopgate_home: Path
) -> None:
    """A dead refresh token: one refresh request, account marked, tokens kept, no retries."""
    clock = SkewedClock()
    engine = make_engine(demo.port, clock=clock)
    account_id = connected(engine)
    tokens = engine.vault.get_tokens(account_id)
    assert tokens is not None
    engine.vault.put_tokens(account_id, replace(tokens, refresh_token="rt-revoked-" + "x" * 30))
    dead = engine.vault.get_tokens(account_id)
    clock.skew = EXPIRED
    results = run_threads(20, lambda: engine.call(account_id, ME))
    assert all(isinstance(r, ReconnectNeeded) for r in results), results
    assert demo.stats.refresh_requests == 1
    account = engine.store.get(account_id)
    assert account.status == RECONNECT_NEEDED
    assert "reconnect" in account.last_error.lower() or "expired" in account.last_error.lower()
    # Design §3: tokens leave the keychain only on disconnect or when a reconnect replaces them.
    assert engine.vault.get_tokens(account_id) == dead
    for _ in range(3):
        with pytest.raises(ReconnectNeeded):
            engine.call(account_id, ME)
    assert demo.stats.refresh_requests == 1


def test_two_processes_calling_on_an_expired_token_refresh_once(
    demo: DemoServer, loopgate_home: Path, shared_keychain: SharedKeychain
) -> None:
    """Calls here and in a second process at once (25 + 25): exactly one refresh in total."""
    threads = shared_keychain.threads
    clock = SkewedClock()
    engine = make_engine(demo.port, clock=clock, vault=shared_keychain.vault)
    account_id = connected(engine)
    try:
        child = start_child(
            loopgate_home,
            demo,
            shared_keychain.child_env,
            *("calls", "--account", account_id, "--threads", str(threads), "--skew", str(EXPIRED)),
        )
        clock.skew = EXPIRED
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        mine = run_threads(threads, lambda: engine.call(account_id, ME))
        theirs = finish_child(child)
        assert [getattr(r, "status", r) for r in mine] == [200] * threads
        assert theirs["statuses"] == [200] * threads, theirs["errors"]
        assert sum(r.refreshed for r in mine) + theirs["refreshed"] == 1
        assert demo.stats.refresh_requests == 1
        assert demo.stats.reuse_detected == 0
    finally:
        engine.disconnect(account_id)
    figures.add("refresh: cross-process concurrent calls", 2 * threads)


def test_a_second_process_refreshing_at_the_same_time_loses_no_rotated_token(
    demo: DemoServer, loopgate_home: Path, shared_keychain: SharedKeychain
) -> None:
    """Forced refreshes racing in two processes, plus the CLI: the stored token stays live."""
    rounds = str(shared_keychain.threads // 3)
    engine = make_engine(demo.port, vault=shared_keychain.vault)
    account_id = connected(engine)
    try:
        child = start_child(
            loopgate_home,
            demo,
            shared_keychain.child_env,
            *("refreshes", "--account", account_id, "--threads", "2", "--count", rounds),
        )
        env = env_for_child(
            loopgate_home, LOOPGATE_DEMO_PORT=str(demo.port), **shared_keychain.child_env
        )
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        cli = [
            subprocess.Popen(
                [sys.executable, "-m", "desktop_app.cli", "refresh", account_id],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        mine = run_threads(
            2,
            lambda: sum(
                engine.tokens.fresh_tokens(account_id, force=True)[1] for _ in range(int(rounds))
            ),
        )
        theirs = finish_child(child)
        for process in cli:
            _, err = process.communicate(timeout=60)
            assert process.returncode == 0, err
        assert all(isinstance(r, int) for r in mine), mine
        assert theirs["errors"] == []
        assert demo.stats.reuse_detected == 0
        # The token in the keychain is the live one: renewing and calling still work.
        _tokens, refreshed = engine.tokens.fresh_tokens(account_id, force=True)
        assert refreshed and engine.call(account_id, ME).status == 200
        assert demo.stats.reuse_detected == 0
    finally:
        engine.disconnect(account_id)
