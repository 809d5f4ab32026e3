"""OIDC discovery with an exact issuer match, and custom providers from an issuer URL."""

from __future__ import annotations

import pytest

from desktop_app.core.base.errors import DiscoveryError
from desktop_app.core.oauth.discovery import custom_profile_data, fetch_configuration, resolve
from desktop_app.core.oauth.transport import new_session
from desktop_app.core.providers.profiles import ProfileRegistry, default_registry, save_user_profile
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


def test_a_typed_trailing_slash_is_forgiven_but_the_documents_issuer_is_kept(demo_server) -> None:
    """Users paste issuers with a slash; the exact document issuer is what iss must match."""
    config = fetch_configuration(new_session(), demo_server.issuer + "/", typed_by_user=True)
    assert config["issuer"] == demo_server.issuer


def test_rfc8414_metadata_is_used_when_there_is_no_openid_configuration() -> None:
    """A plain OAuth 2.0 server (RFC 8414 only) still gets discovered, as oauth2."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/.well-known/oauth-authorization-server/tenant":
                self.send_response(404)
                self.end_headers()
                return
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body = json.dumps(
                {
                    "issuer": f"{base}/tenant",
                    "authorization_endpoint": f"{base}/tenant/auth",
                    "token_endpoint": f"{base}/tenant/token",
                    "code_challenge_methods_supported": ["S256"],
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        issuer = f"http://127.0.0.1:{server.server_address[1]}/tenant"
        config = fetch_configuration(new_session(), issuer)
        data = custom_profile_data(config, client_id="c")
        assert data["kind"] == "oauth2" and data["scopes"] == []
        assert data["discovery_url"].endswith("/.well-known/oauth-authorization-server/tenant")
    finally:
        server.shutdown()


def test_discovery_refuses_a_provider_without_s256() -> None:
    """PKCE S256 is mandatory: a document listing only plain is refused."""
    from desktop_app.core.oauth.discovery import _check

    with pytest.raises(DiscoveryError, match="S256"):
        _check(
            {
                "issuer": "https://i",
                "authorization_endpoint": "a",
                "token_endpoint": "t",
                "code_challenge_methods_supported": ["plain"],
            },
            "https://i",
            False,
        )


def test_cli_adds_a_provider_from_typed_endpoints(demo_server, capsys) -> None:
    """`provider add --authorize-url --token-url`: no issuer, so no iss comparison."""
    from desktop_app.cli import main

    code = main(
        [
            "provider",
            "add",
            "--authorize-url",
            f"{demo_server.issuer}/authorize",
            "--token-url",
            f"{demo_server.issuer}/token",
            "--client-id",
            "loopgate-demo",
            "--scope",
            "openid",
            "--name",
            "Typed",
        ]
    )
    assert code == 0
    profile = default_registry().get(capsys.readouterr().out.strip())
    assert profile.issuer == "" and profile.discovery_url == ""
    engine = make_engine(demo_server.port)
    account = engine.connect(profile.id, timeout=20)
    assert account.status == "connected"


@pytest.fixture
def serve_document():
    """Serves one discovery document on 127.0.0.1; ``{base}`` in values is its own address."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    servers = []

    def start(document: dict[str, object]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                text = json.dumps(document).replace("{base}", base).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(text)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("token_endpoint", "http://idp.example.com/token"),
        ("authorization_endpoint", "http://localhost:8080/auth"),
        ("userinfo_endpoint", "https://idp.example.com\\@evil.example/userinfo"),
        ("revocation_endpoint", "ftp://idp.example.com/revoke"),
        ("jwks_uri", "http://2130706433/jwks"),
    ],
)
def test_a_discovered_endpoint_must_be_https_or_a_loopback_literal(
    serve_document, key: str, value: str
) -> None:
    """Each endpoint of the document is checked, and the message names the field."""
    document = {
        "issuer": "{base}",
        "authorization_endpoint": "{base}/auth",
        "token_endpoint": "{base}/token",
        key: value,
    }
    issuer = serve_document(document)
    with pytest.raises(DiscoveryError, match=f"unsafe {key}"):
        fetch_configuration(new_session(), issuer)


def test_custom_provider_ids_never_collide() -> None:
    """Hosts that slug alike, and two tenants on one host, get different ids."""
    from desktop_app.core.oauth.discovery import custom_profile_id

    issuers = [
        "https://idp.example.com",
        "https://idp-example.com",
        "https://idp.example.com/tenant-a",
        "https://idp.example.com/tenant.a",
    ]
    ids = [custom_profile_id(i) for i in issuers]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith(("custom-idp-example-com-", "custom-idp-example-com")) for i in ids)
    assert custom_profile_id(issuers[0]) == ids[0]  # the same issuer: the same id
