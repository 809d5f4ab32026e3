"""Disconnect with RFC 7009: the refresh token is revoked so the whole grant ends (§2.1).

A revocation the provider did not confirm is never reported: ``RevocationFailed`` leaves
the account, its keychain entry and its history exactly as they were.
"""

from __future__ import annotations

from typing import Any

import pytest
import requests

from desktop_app.core.base.errors import RevocationFailed
from desktop_app.core.engine.disconnect import LOCAL_ONLY, REVOKED
from tests.support.engines import make_engine
from tests.support.fake_provider import FakeProvider
from tests.support.keyrings import MemoryKeyring
from tests.support.reliability import fake_engine


def test_revoking_the_refresh_token_ends_the_whole_grant(demo_server) -> None:
    """After disconnect the old refresh token no longer renews anything at the provider."""
    engine = make_engine(demo_server.port)
    account = engine.connect("demo", timeout=20)
    refresh_token = engine.vault.get_tokens(account.id).refresh_token
    assert engine.disconnect(account.id) == REVOKED
    answer = requests.post(
        f"{demo_server.issuer}/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": "loopgate-demo",
        },
        timeout=5,
    )
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"
    assert engine.accounts() == [] and engine.vault.get_tokens(account.id) is None


@pytest.fixture
def revocable() -> Any:
    """A plain OAuth provider with an RFC 7009 endpoint on the same loopback host."""
    with FakeProvider() as provider:
        yield provider


def _engine(provider: FakeProvider) -> Any:
    return fake_engine(
        provider,
        timeout=2.0,
        revocation_endpoint=f"{provider.base}/revoke",
        revocation_style="rfc7009",
    )


def test_a_revocation_the_provider_refuses_removes_nothing(
    revocable: FakeProvider, memory_keyring: MemoryKeyring
) -> None:
    """503 at the revocation endpoint: a plain error; account, keychain and history unchanged."""
    engine = _engine(revocable)
    account = engine.connect("fake", timeout=10)
    sent: list[dict[str, str]] = []
    store_before = engine.store.path.read_bytes()
    keychain_before = dict(memory_keyring.passwords)

    def unavailable(handler: Any, form: dict[str, str]) -> None:
        sent.append(form)
        handler.send_body(503, b"<title>Down for maintenance</title>", "text/html")

    revocable.behaviour = unavailable
    with pytest.raises(RevocationFailed) as raised:
        engine.disconnect(account.id)
    assert "could not revoke" in raised.value.message
    assert "Down for maintenance" in raised.value.message
    assert "this computer only" in raised.value.message
    refresh_token = engine.vault.get_tokens(account.id).refresh_token
    assert sent == [
        {"token": refresh_token, "token_type_hint": "refresh_token", "client_id": "fake-client"}
    ]
    assert engine.store.path.read_bytes() == store_before
    assert dict(memory_keyring.passwords) == keychain_before


def test_local_only_removes_everything_here_and_asks_the_provider_nothing(
    revocable: FakeProvider, memory_keyring: MemoryKeyring
) -> None:
    """--local-only: no request at all; the account, its tokens and history are gone."""
    engine = _engine(revocable)
    account = engine.connect("fake", timeout=10)
    before = revocable.counters.token_requests
    assert engine.disconnect(account.id, local_only=True) == LOCAL_ONLY
    assert revocable.counters.token_requests == before
    assert engine.accounts() == [] and memory_keyring.passwords == {}


def test_a_provider_that_moved_is_never_sent_the_tokens_to_revoke(
    revocable: FakeProvider, memory_keyring: MemoryKeyring
) -> None:
    """The profile now points at another host: nothing is sent there; local-only still works."""
    engine = _engine(revocable)
    account = engine.connect("fake", timeout=10)
    with FakeProvider() as elsewhere:
        _engine(elsewhere)  # the same profile id now names another provider
        engine.reload_profiles()
        before = (revocable.counters.token_requests, elsewhere.counters.token_requests)
        with pytest.raises(RevocationFailed, match="changed since the account was connected"):
            engine.disconnect(account.id)
        assert engine.vault.get_tokens(account.id) is not None
        assert engine.disconnect(account.id, local_only=True) == LOCAL_ONLY
        after = (revocable.counters.token_requests, elsewhere.counters.token_requests)
    assert after == before and memory_keyring.passwords == {}
