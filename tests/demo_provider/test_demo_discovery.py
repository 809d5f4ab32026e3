"""Discovery (OIDC Discovery 1.0, RFC 8414) and the JWKS."""

from __future__ import annotations

import jwt
import requests

from desktop_app.demo_provider.server import DemoServer


def test_openid_configuration_describes_the_server(demo: DemoServer) -> None:
    """Every field the client relies on, with the exact issuer of the bound port."""
    response = requests.get(f"{demo.issuer}/.well-known/openid-configuration", timeout=5)
    assert response.status_code == 200
    doc = response.json()
    issuer = f"http://127.0.0.1:{demo.port}"
    assert demo.issuer == issuer
    assert doc["issuer"] == issuer
    assert doc["authorization_endpoint"] == f"{issuer}/authorize"
    assert doc["token_endpoint"] == f"{issuer}/token"
    assert doc["revocation_endpoint"] == f"{issuer}/revoke"
    assert doc["userinfo_endpoint"] == f"{issuer}/userinfo"
    assert doc["jwks_uri"] == f"{issuer}/jwks"
    assert doc["code_challenge_methods_supported"] == ["S256"]
    assert doc["authorization_response_iss_parameter_supported"] is True
    assert doc["scopes_supported"] == ["openid", "profile", "email", "offline_access", "items:read"]
    assert doc["response_types_supported"] == ["code"]
    assert set(doc["grant_types_supported"]) == {"authorization_code", "refresh_token"}
    assert doc["token_endpoint_auth_methods_supported"] == ["none"]
    assert doc["id_token_signing_alg_values_supported"] == ["RS256"]


def test_rfc8414_metadata_is_the_same_document(demo: DemoServer) -> None:
    """/.well-known/oauth-authorization-server serves the same metadata."""
    oidc = requests.get(f"{demo.issuer}/.well-known/openid-configuration", timeout=5).json()
    oauth = requests.get(f"{demo.issuer}/.well-known/oauth-authorization-server", timeout=5)
    assert oauth.status_code == 200
    assert oauth.json() == oidc


def test_jwks_has_only_the_public_key_and_it_verifies_tokens(flow) -> None:
    """The JWKS carries no private parameters and its key verifies issued tokens."""
    jwks = requests.get(f"{flow.issuer}/jwks", timeout=5).json()
    assert len(jwks["keys"]) == 1
    key = jwks["keys"][0]
    assert key["kty"] == "RSA" and key["kid"]
    assert not {"d", "p", "q", "dp", "dq", "qi"} & key.keys()
    tokens = flow.tokens()
    assert jwt.get_unverified_header(tokens["access_token"])["kid"] == key["kid"]
    public = jwt.PyJWK(key).key
    claims = jwt.decode(
        tokens["access_token"], public, algorithms=["RS256"], audience="loopgate-demo"
    )
    assert claims["iss"] == flow.issuer
