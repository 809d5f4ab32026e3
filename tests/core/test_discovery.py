"""OIDC discovery with an exact issuer match, and custom providers from an issuer URL."""

from __future__ import annotations

import pytest

from desktop_app.core.discovery import custom_profile_data, fetch_configuration, resolve
from desktop_app.core.errors import DiscoveryError
from desktop_app.core.profiles import ProfileRegistry, default_registry, save_user_profile
from desktop_app.core.transport import new_session
from tests.support.engines import make_engine


def test_discovery_reads_endpoints_and_iss_support(demo_server) -> None:
    """The demo's configuration is trusted because its issuer matches exactly."""
    config = fetch_configuration(new_session(), demo_server.issuer)
    assert config["token_endpoint"] == f"{demo_server.issuer}/token"
    assert config["authorization_response_iss_parameter_supported"] is True


def test_issuer_mismatch_is_refused(demo_server) -> None:
    """OIDC Discovery §4.3: a document naming another issuer is not used."""
    with pytest.raises(DiscoveryError, match="different issuer"):
        fetch_configuration(new_session(), demo_server.issuer + "/")


def test_unreachable_discovery_falls_back_to_typed_endpoints() -> None:
    """Cloverleaf: try discovery, fall back to the documented endpoints."""
    from dataclasses import replace

    profile = default_registry().get("cloverleaf")
    offline = replace(profile, discovery_url="http://127.0.0.1:9/.well-known/openid-configuration")
    assert resolve(offline, new_session()).token_endpoint == profile.token_endpoint


def test_provider_added_from_an_issuer_connects_end_to_end(demo_server) -> None:
    """`provider add --issuer` data → a saved profile → a working connection."""
    config = fetch_configuration(new_session(), demo_server.issuer)
    data = custom_profile_data(config, client_id="loopgate-demo", name="My IdP")
    save_user_profile(data)
    assert default_registry().get(data["id"]).name == "My IdP"
    engine = make_engine(demo_server.port)
    account = engine.connect(data["id"], timeout=20)
    assert account.identity.subject == "dana"
    assert account.profile_id == data["id"]
    assert isinstance(engine.registry, ProfileRegistry)
