"""Keychain faults (design §5): a clear message or it works, and never a plaintext fallback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.base.errors import VaultError
from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.storage.vault import KeyringVault, MemoryVault
from desktop_app.demo_provider.server import DemoServer
from tests.support import figures
from tests.support.engines import ScriptedBrowser, make_engine
from tests.support.fake_provider import FakeProvider, approving_browser
from tests.support.faulty_keyrings import RaisingKeyring
from tests.support.keyrings import LockedKeyring, WindowsCappedKeyring
from tests.support.reliability import fake_engine, secret_hits

ME = ApiRequest("GET", "/api/me")
BIG = 3500  # characters per token: well past Windows' 2,560-byte blob limit


@pytest.fixture
def provider() -> Iterator[FakeProvider]:
    with FakeProvider() as live:
        yield live


FAULTS = [
    ("no keychain (keyring's fail backend)", fail.Keyring, "No system keychain was found"),
    ("reads raise", lambda: RaisingKeyring(reads=True, writes=False), "keychain refused"),
    ("writes raise", lambda: RaisingKeyring(reads=False, writes=True), "keychain refused"),
    ("locked keychain", LockedKeyring, "keychain is locked"),
]


@pytest.mark.parametrize(
    ("backend", "message"), [f[1:] for f in FAULTS], ids=[f[0] for f in FAULTS]
)
def test_a_faulty_keychain_refuses_to_connect_with_a_clear_message(
    backend: type, message: str, provider: FakeProvider, loopgate_home: Path
) -> None:
    """Connecting with a missing, failing or locked keychain: a plain VaultError, nothing saved."""
    engine = fake_engine(provider, vault=KeyringVault(backend()))
    with pytest.raises(VaultError) as raised:
        engine.connect("fake", timeout=10)
    assert message in raised.value.message
    assert raised.value.detail
    assert engine.accounts() == []
    assert secret_hits(loopgate_home, provider.counters.issued) == []
    figures.add("keychain: fault cases")


def test_a_missing_keychain_is_reported_before_the_browser_opens(
    tmp_path: Path, loopgate_home: Path
) -> None:
    """No keychain: the user hears it before approving anything at the provider."""
    browser = ScriptedBrowser()
    with DemoServer(port=0, state_dir=tmp_path / "demo") as demo:
        engine = make_engine(demo.port, vault=KeyringVault(fail.Keyring()), browser=browser)
        with pytest.raises(VaultError, match="session-only mode"):
            engine.connect("demo", timeout=10)
        assert browser.opened == [] and demo.stats.token_requests == 0


@pytest.mark.parametrize("reads", [True, False], ids=["reads raise", "writes raise"])
def test_a_keychain_failing_after_connecting_gives_a_clear_error(
    reads: bool, provider: FakeProvider, loopgate_home: Path
) -> None:
    """The keychain dies later: calls and refreshes fail plainly; no token lands on disk."""
    backend = RaisingKeyring(reads=False, writes=False)
    engine = fake_engine(provider, vault=KeyringVault(backend))
    account_id = engine.connect("fake", timeout=10).id
    backend.reads, backend.writes = reads, True
    with pytest.raises(VaultError, match="keychain refused"):
        if reads:
            engine.call(account_id, ME)
        else:
            engine.tokens.fresh_tokens(account_id, force=True)
    assert secret_hits(loopgate_home, provider.counters.issued) == []
    figures.add("keychain: fault cases")


def test_windows_capped_keychain_holds_tokens_of_3500_bytes(loopgate_home: Path) -> None:
    """Credential Manager's 2,560-byte cap: big token sets are chunked, round-trip and rotate."""
    backend = WindowsCappedKeyring()
    with FakeProvider(token_length=BIG) as provider:
        engine = fake_engine(provider, vault=KeyringVault(backend))
        account_id = engine.connect("fake", timeout=10).id
        stored = engine.vault.get_tokens(account_id)
        assert stored is not None and len(stored.access_token) >= 3000
        assert stored.access_token in provider.counters.issued
        entries = len(backend.passwords)
        assert entries > 2, "a 7 KB token set must span several entries"
        assert all(len(v.encode("utf-16-le")) <= 2560 for v in backend.all_values())
        renewed, refreshed = engine.tokens.fresh_tokens(account_id, force=True)
        assert refreshed and engine.vault.get_tokens(account_id) == renewed
        assert len(backend.passwords) == entries, "the previous generation's chunks are dropped"
        assert engine.call(account_id, ME).status == 200
        assert secret_hits(loopgate_home, provider.counters.issued) == []
        engine.disconnect(account_id)
        assert backend.passwords == {}
    figures.add("keychain: fault cases")


def test_session_only_mode_keeps_tokens_in_memory_only(
    provider: FakeProvider, loopgate_home: Path
) -> None:
    """The chosen fallback is memory, said so on the account, never a file."""
    engine = fake_engine(provider, vault=MemoryVault())
    account = engine.connect("fake", timeout=10)
    assert account.session_only
    assert engine.call(account.id, ME).status == 200
    assert secret_hits(loopgate_home, provider.counters.issued) == []


@pytest.mark.secret_service
def test_real_secret_service_stores_reads_back_and_deletes_an_account(
    tmp_path: Path, loopgate_home: Path
) -> None:
    """gnome-keyring over D-Bus: a demo account's tokens round-trip, big ones too, then vanish."""
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run with a Secret Service keychain, got {backend!r}")
        pytest.skip("no Secret Service keychain (run under tests/with_keychain.sh)")
    vault = KeyringVault(backend)
    with DemoServer(port=0, state_dir=tmp_path / "demo") as demo:
        engine = make_engine(demo.port, vault=vault)
        account_id = engine.connect("demo", timeout=20).id
        try:
            tokens = vault.get_tokens(account_id)
            assert tokens is not None and tokens.refresh_token and tokens.id_token
            assert KeyringVault(SecretService.Keyring()).get_tokens(account_id) == tokens
            assert engine.call(account_id, ME).status == 200
            big = TokenSet(access_token=os.urandom(BIG).hex(), refresh_token=os.urandom(BIG).hex())
            vault.put_tokens(account_id, big)
            assert KeyringVault(SecretService.Keyring()).get_tokens(account_id) == big
            assert secret_hits(loopgate_home, [big.access_token, big.refresh_token]) == []
        finally:
            engine.disconnect(account_id)
        assert vault.get_tokens(account_id) is None
        assert backend.get_password("Loopgate", f"account:{account_id}") is None


def test_approving_browser_is_exercised(provider: FakeProvider) -> None:
    """Sanity: the stand-in browser drives the fake provider's flow end to end."""
    engine = fake_engine(provider, browser=approving_browser())
    assert engine.connect("fake", timeout=10).status == "connected"
