"""Interoperability with an independent OpenID provider (node oidc-provider)."""

from __future__ import annotations

import pytest

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.oauth.discovery import custom_profile_data, fetch_configuration
from desktop_app.core.oauth.transport import new_session
from desktop_app.core.providers.profiles import save_user_profile
from tests.interop.form_browser import FormBrowser
from tests.support.engines import make_engine

pytestmark = pytest.mark.slow


@pytest.fixture
def engine_and_profile(node_oidc_provider: str):
    config = fetch_configuration(new_session(), node_oidc_provider)
    data = custom_profile_data(config, client_id="loopgate-native", name="node oidc-provider")
    save_user_profile(data)
    return make_engine(0, browser=FormBrowser()), data["id"]


def test_connect_refresh_call_and_revoke(engine_and_profile) -> None:
    """PKCE, iss, offline_access + prompt=consent, rotation and RFC 7009 against real code."""
    engine, profile_id = engine_and_profile
    account = engine.connect(profile_id, timeout=30)
    assert account.identity.email == "alice@example.org"
    assert "offline_access" in account.scopes and account.has_refresh_token
    first = engine.vault.get_tokens(account.id)
    tokens, refreshed = engine.tokens.fresh_tokens(account.id, force=True)
    assert refreshed and tokens.refresh_token != first.refresh_token  # rotated
    userinfo = engine.resolved_profile(profile_id).userinfo_endpoint
    response = engine.call(account.id, ApiRequest("GET", userinfo))
    assert response.status == 200 and b"alice@example.org" in response.body
    assert engine.disconnect(account.id) == "revoked at the provider"


def test_reconnecting_the_same_user_updates_the_account(engine_and_profile) -> None:
    """The subject from the verified id_token de-duplicates accounts."""
    engine, profile_id = engine_and_profile
    first = engine.connect(profile_id, timeout=30)
    again = engine.connect(profile_id, timeout=30)
    assert again.id == first.id and len(engine.accounts()) == 1
