"""End to end over real sockets: the engine, the demo provider, a scripted browser."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop_app.core.base.errors import AccessDenied, CallbackTimeout, LoopbackError, VaultError
from desktop_app.core.oauth.jwt_view import decode_unverified
from desktop_app.core.storage.vault import KeyringVault
from tests.support.engines import ScriptedBrowser, make_engine
from tests.support.keyrings import FailingKeyring, MemoryKeyring


def test_approve_connects_and_stores_tokens_only_in_the_keychain(
    demo_server, memory_keyring: MemoryKeyring, loopgate_home: Path
) -> None:
    """Approve → account saved with identity, tokens in the keyring, none on disk."""
    engine = make_engine(demo_server.port)
    account = engine.connect("demo", timeout=20)
    assert account.identity.email == "dana@demo.loopgate.test"
    assert account.status == "connected"
    assert account.expires_at and account.has_refresh_token
    tokens = engine.vault.get_tokens(account.id)
    assert tokens and tokens.id_token and tokens.refresh_token
    assert [a.id for a in engine.accounts()] == [account.id]
    on_disk = b"".join(p.read_bytes() for p in loopgate_home.rglob("*") if p.is_file())
    for secret in (tokens.access_token, tokens.refresh_token, tokens.id_token):
        assert secret.encode() not in on_disk
    steps = [entry["step"] for entry in account.diagnostics]
    assert steps[:4] == ["provider", "authorize", "callback", "token"]
    assert "signature verified" in " ".join(e["detail"] for e in account.diagnostics)


def test_authorization_url_uses_pkce_s256_and_a_loopback_redirect(demo_server) -> None:
    """What the browser is sent to: S256 challenge, 127.0.0.1 redirect, offline_access."""
    browser = ScriptedBrowser()
    engine = make_engine(demo_server.port, browser=browser)
    engine.connect("demo", timeout=20)
    url = browser.opened[0]
    assert "code_challenge_method=S256" in url
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in url
    assert "offline_access" in url and "prompt=consent" in url


def test_deny_stores_nothing_and_says_so_plainly(demo_server, memory_keyring) -> None:
    """access_denied → plain message, no account, no keychain entry."""
    engine = make_engine(demo_server.port, browser=ScriptedBrowser("deny"))
    with pytest.raises(AccessDenied, match="You chose not to allow access"):
        engine.connect("demo", timeout=20)
    assert engine.accounts() == []
    assert memory_keyring.passwords == {}


def test_nobody_answers_means_timeout(demo_server) -> None:
    """A browser that never comes back ends in CallbackTimeout, nothing saved."""
    engine = make_engine(demo_server.port, browser=ScriptedBrowser("nothing"))
    with pytest.raises(CallbackTimeout):
        engine.connect("demo", timeout=0.5)
    assert engine.accounts() == []


def test_connecting_the_same_identity_again_updates_the_account(demo_server) -> None:
    """No duplicates: same provider + subject → same account id, new tokens."""
    engine = make_engine(demo_server.port)
    first = engine.connect("demo", timeout=20)
    first_token = engine.vault.get_tokens(first.id).access_token
    second = engine.connect("demo", timeout=20)
    assert second.id == first.id
    assert len(engine.accounts()) == 1
    assert engine.vault.get_tokens(first.id).access_token != first_token
    sam = make_engine(demo_server.port, browser=ScriptedBrowser(user="sam"))
    other = sam.connect("demo", timeout=20)
    assert other.id != first.id and len(engine.accounts()) == 2


def test_port_in_use_is_reported_before_the_browser_opens(demo_server) -> None:
    """A fixed port already taken → LoopbackError, browser never opened."""
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    browser = ScriptedBrowser()
    try:
        with pytest.raises(LoopbackError, match="already in use"):
            make_engine(demo_server.port, browser=browser).connect(
                "demo", port=blocker.getsockname()[1], timeout=5
            )
    finally:
        blocker.close()
    assert browser.opened == []


def test_missing_keychain_is_reported_before_the_browser_opens(demo_server) -> None:
    """No keychain → VaultError up front, no browser, nothing saved."""
    browser = ScriptedBrowser()
    engine = make_engine(demo_server.port, browser=browser, vault=KeyringVault(FailingKeyring()))
    with pytest.raises(VaultError):
        engine.connect("demo", timeout=5)
    assert browser.opened == [] and engine.accounts() == []


def test_id_token_is_verified_with_nonce(demo_server) -> None:
    """The stored id_token carries the attempt's nonce and the demo issuer."""
    browser = ScriptedBrowser()
    engine = make_engine(demo_server.port, browser=browser)
    account = engine.connect("demo", timeout=20)
    claims = decode_unverified(engine.vault.get_tokens(account.id).id_token).claims
    assert f"nonce={claims['nonce']}" in browser.opened[0]
    assert claims["iss"] == demo_server.issuer


def test_reconnecting_as_someone_else_is_refused_and_nothing_changes(demo_server) -> None:
    """Reconnect "Dana" but approve as Sam: refused, Dana's row and tokens untouched."""
    from desktop_app.core.base.errors import IdentityMismatch

    engine = make_engine(demo_server.port)
    dana = engine.connect("demo", timeout=20)
    tokens_before = engine.vault.get_tokens(dana.id)
    engine.browser = ScriptedBrowser(user="sam")
    with pytest.raises(IdentityMismatch, match="Nothing was changed"):
        engine.connect("demo", account_id=dana.id, timeout=20)
    assert engine.store.get(dana.id).identity.subject == "dana"
    assert engine.vault.get_tokens(dana.id) == tokens_before
    assert len(engine.accounts()) == 1


def test_unusable_ports_and_timeouts_are_refused_up_front(demo_server) -> None:
    """A browser-refused port, an impossible port or a non-positive timeout: no browser."""
    browser = ScriptedBrowser()
    engine = make_engine(demo_server.port, browser=browser)
    with pytest.raises(LoopbackError, match="ERR_UNSAFE_PORT"):
        engine.connect("demo", port=6000, timeout=5)
    with pytest.raises(LoopbackError, match="not a port number"):
        engine.connect("demo", port=99999, timeout=5)
    with pytest.raises(Exception, match="more than zero"):
        engine.connect("demo", timeout=-1)
    assert browser.opened == []


def test_session_only_accounts_need_reconnecting_after_a_restart(demo_server) -> None:
    """Tokens kept in memory are gone after a restart: the account says so plainly."""
    from desktop_app.core.storage.vault import MemoryVault

    engine = make_engine(demo_server.port, vault=MemoryVault())
    account = engine.connect("demo", timeout=20)
    assert account.session_only
    restarted = make_engine(demo_server.port, vault=MemoryVault())
    assert restarted.forget_session_accounts() == [account.id]
    again = restarted.store.get(account.id)
    assert again.status == "reconnect_needed" and "one session only" in again.last_error


def test_a_reconnect_ends_an_earlier_provider_problem_and_its_backoff(demo_server) -> None:
    """Problem words, failure count and next-try time go; the sign-in starts afresh."""
    engine = make_engine(demo_server.port)
    dana = engine.connect("demo", timeout=20)
    engine.store.update(
        dana.id,
        lambda a: a.with_changes(
            problem="The provider had a problem (HTTP 503).",
            last_error="The provider had a problem (HTTP 503).",
            refresh_failures=4,
            retry_at=9e9,
        ),
    )
    again = engine.connect("demo", account_id=dana.id, timeout=20)
    assert (again.problem, again.refresh_failures, again.retry_at) == ("", 0, None)
    assert not engine.store.get(dana.id).has_problem
