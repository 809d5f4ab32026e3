"""Refresh: single-flight, rotation persisted first, dead refresh tokens end cleanly."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from desktop_app.core.base.errors import ReconnectNeeded
from desktop_app.core.engine.refresh import default_lead_time
from tests.support.engines import make_engine


class Clock:
    def __init__(self) -> None:
        import time

        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def connected(demo_server, clock: Clock | None = None):
    engine = make_engine(demo_server.port, clock=clock)
    account = engine.connect("demo", timeout=20)
    return engine, account


def expire(engine, account_id: str) -> None:
    tokens = engine.vault.get_tokens(account_id)
    engine.vault.put_tokens(account_id, replace(tokens, expires_at=tokens.issued_at - 1))


def test_fresh_token_is_used_without_a_refresh(demo_server) -> None:
    """A token far from expiry goes out as is."""
    engine, account = connected(demo_server)
    before = demo_server.stats.refresh_requests
    _tokens, refreshed = engine.tokens.fresh_tokens(account.id)
    assert not refreshed and demo_server.stats.refresh_requests == before


def test_expired_token_is_refreshed_and_rotation_persisted(demo_server) -> None:
    """The rotated refresh token is in the vault before the access token is returned."""
    engine, account = connected(demo_server)
    old = engine.vault.get_tokens(account.id)
    expire(engine, account.id)
    tokens, refreshed = engine.tokens.fresh_tokens(account.id)
    assert refreshed
    stored = engine.vault.get_tokens(account.id)
    assert stored.refresh_token == tokens.refresh_token != old.refresh_token
    assert stored.access_token == tokens.access_token
    assert engine.store.get(account.id).last_refresh_at is not None


def test_fifty_concurrent_callers_cause_one_refresh(demo_server) -> None:
    """Single flight: the provider sees exactly one refresh request."""
    engine, account = connected(demo_server)
    expire(engine, account.id)
    before = demo_server.stats.refresh_requests
    results: list[str] = []
    barrier = threading.Barrier(50)

    def worker() -> None:
        barrier.wait()
        results.append(engine.access_token(account.id))

    threads = [threading.Thread(target=worker) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert demo_server.stats.refresh_requests - before == 1
    assert len(set(results)) == 1 and len(results) == 50
    assert demo_server.stats.reuse_detected == 0


def test_dead_refresh_token_marks_reconnect_needed_once(demo_server, memory_keyring) -> None:
    """invalid_grant → reconnect_needed, tokens kept byte for byte, the dead token never resent."""
    engine, account = connected(demo_server)
    tokens = engine.vault.get_tokens(account.id)
    engine.vault.put_tokens(
        account.id, replace(tokens, refresh_token="not-a-real-token", expires_at=0.0)
    )
    keychain = dict(memory_keyring.passwords)
    before = demo_server.stats.refresh_requests
    with pytest.raises(ReconnectNeeded):
        engine.access_token(account.id)
    marked = engine.store.get(account.id)
    assert marked.status == "reconnect_needed" and marked.has_refresh_token
    assert dict(memory_keyring.passwords) == keychain  # tokens leave only on disconnect
    with pytest.raises(ReconnectNeeded):
        engine.access_token(account.id)
    assert demo_server.stats.refresh_requests - before == 1


def test_reused_refresh_token_is_detected_by_the_provider(demo_server) -> None:
    """Replaying a rotated refresh token fails: we never do it ourselves."""
    engine, account = connected(demo_server)
    old = engine.vault.get_tokens(account.id)
    engine.tokens.fresh_tokens(account.id, force=True)
    engine.vault.put_tokens(account.id, replace(old, expires_at=0.0))
    with pytest.raises(ReconnectNeeded):
        engine.access_token(account.id)
    assert demo_server.stats.reuse_detected == 1


def test_force_refresh_after_someone_else_refreshed_sends_nothing(demo_server) -> None:
    """A rejected token already replaced in the vault is not refreshed again."""
    engine, account = connected(demo_server)
    old = engine.vault.get_tokens(account.id)
    engine.tokens.fresh_tokens(account.id, force=True)
    before = demo_server.stats.refresh_requests
    tokens, refreshed = engine.tokens.fresh_tokens(account.id, rejected_token=old.access_token)
    assert not refreshed and demo_server.stats.refresh_requests == before
    assert tokens.access_token != old.access_token


def test_default_lead_time_is_the_larger_of_five_minutes_and_ten_percent() -> None:
    """Auto-refresh lead time policy."""
    assert default_lead_time(600) == 300
    assert default_lead_time(30 * 24 * 3600) == pytest.approx(259200)
    assert default_lead_time(None) == 300


def test_a_typed_client_id_is_remembered_for_refresh(demo_server) -> None:
    """A profile without a client ID: the one typed at connect is used for every refresh."""
    from desktop_app.core.providers.profiles import save_user_profile

    save_user_profile({"id": "demo-no-client", "extends": "demo", "client_id": ""})
    engine = make_engine(demo_server.port)
    account = engine.connect("demo-no-client", client_id="loopgate-demo", timeout=20)
    assert engine.store.get(account.id).client_id == "loopgate-demo"
    _tokens, refreshed = engine.tokens.fresh_tokens(account.id, force=True)
    assert refreshed


def test_tokens_missing_from_the_keychain_mark_the_account(demo_server) -> None:
    """Deleted elsewhere (a keychain tool): the account says it needs reconnecting."""
    engine, account = connected(demo_server)
    engine.vault.delete_tokens(account.id)
    with pytest.raises(ReconnectNeeded, match="No tokens are stored"):
        engine.access_token(account.id)
    assert engine.store.get(account.id).status == "reconnect_needed"
