"""An account's tokens never follow a profile that now points somewhere else."""

from __future__ import annotations

import pytest

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.base.errors import ReconnectNeeded
from desktop_app.core.base.paths import user_providers_dir
from desktop_app.core.engine.provider_moved import provider_moved
from desktop_app.core.providers.profiles import ProviderProfile
from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account
from tests.support.fake_provider import FakeProvider
from tests.support.reliability import fake_engine


@pytest.fixture
def home_and_elsewhere():
    with FakeProvider() as home, FakeProvider() as elsewhere:
        yield home, elsewhere


def test_connect_remembers_the_issuer_and_token_endpoint(home_and_elsewhere) -> None:
    """The two addresses the refresh token is bound to are kept with the account."""
    home, _ = home_and_elsewhere
    account = fake_engine(home).connect("fake", timeout=10)
    assert account.connected_token_endpoint == f"{home.base}/token"
    assert account.connected_issuer == ""  # a typed OAuth 2.0 profile names no issuer


def test_a_re_pointed_profile_gets_a_reconnect_not_the_refresh_token(home_and_elsewhere) -> None:
    """The token endpoint moved: reconnect asked, naming old and new; nothing sent there."""
    home, elsewhere = home_and_elsewhere
    engine = fake_engine(home)
    account = engine.connect("fake", timeout=10)
    elsewhere.write_profile(user_providers_dir(), "fake")  # same id, another provider
    engine.reload_profiles()
    with pytest.raises(ReconnectNeeded) as caught:
        engine.tokens.fresh_tokens(account.id, force=True)
    assert f"{home.base}/token" in caught.value.message
    assert f"{elsewhere.base}/token" in caught.value.message
    with pytest.raises(ReconnectNeeded):
        engine.call(account.id, ApiRequest("GET", "/api/me"))
    assert elsewhere.counters.token_requests == elsewhere.counters.refresh_requests == 0
    assert elsewhere.counters.api_requests == 0
    stored = engine.store.get(account.id)
    assert stored.status == RECONNECT_NEEDED and "settings changed" in stored.last_error
    assert engine.vault.get_tokens(account.id) is not None  # still valid at the old provider


def test_reconnecting_adopts_the_new_addresses(home_and_elsewhere) -> None:
    """After the user reconnects, the account works with the new provider."""
    home, elsewhere = home_and_elsewhere
    engine = fake_engine(home)
    account = engine.connect("fake", timeout=10)
    elsewhere.write_profile(user_providers_dir(), "fake")
    engine.reload_profiles()
    again = engine.connect("fake", account_id=account.id, timeout=10)
    assert again.connected_token_endpoint == f"{elsewhere.base}/token"
    engine.tokens.fresh_tokens(account.id, force=True)
    assert elsewhere.counters.refresh_requests == 1


@pytest.mark.parametrize(
    ("changes", "moved"),
    [
        ({}, ""),
        ({"token_endpoint": "https://idp.example/oauth2/token"}, ""),  # same origin: not a move
        ({"refresh_endpoint": "https://idp.example/refresh"}, ""),
        ({"issuer": "https://idp.example/other"}, "issuer was https://idp.example"),
        ({"token_endpoint": "https://idp.example:8443/token"}, "token endpoint was"),
        ({"refresh_endpoint": "https://evil.example/refresh"}, "refresh endpoint was"),
    ],
)
def test_what_counts_as_a_move(changes: dict[str, str], moved: str) -> None:
    """Issuer exactly; token and refresh endpoints by origin."""
    from dataclasses import replace

    account = Account(
        id="a",
        profile_id="p",
        label="A",
        connected_issuer="https://idp.example",
        connected_token_endpoint="https://idp.example/token",
    )
    profile = ProviderProfile(
        id="p", name="P", issuer="https://idp.example", token_endpoint="https://idp.example/token"
    )
    found = provider_moved(account, replace(profile, **changes))
    assert found.startswith(f"its {moved}" if moved else "") and bool(found) == bool(moved)


def test_accounts_saved_before_addresses_were_kept_still_load_and_refresh() -> None:
    """An old account file has neither field: it loads and is never called moved."""
    old = Account.from_json({"id": "a", "profile_id": "p", "label": "A", "client_id": "c"})
    assert old.connected_issuer == old.connected_token_endpoint == ""
    assert provider_moved(old, ProviderProfile(id="p", name="P", issuer="https://x")) == ""
