"""RFC 7009 revocation for the public client."""

from __future__ import annotations

import requests

from desktop_app.demo_provider.server import DemoServer


def test_revoking_an_access_token_makes_the_api_refuse_it(flow, demo: DemoServer) -> None:
    """An access token is revoked by jti; the API then answers invalid_token."""
    body = flow.tokens()
    assert flow.api("/api/me", body["access_token"]).status_code == 200
    response = flow.revoke(body["access_token"], hint="access_token")
    assert response.status_code == 200
    denied = flow.api("/api/me", body["access_token"])
    assert denied.status_code == 401
    assert denied.json() == {
        "error": "invalid_token",
        "error_description": "The access token was revoked.",
    }
    # The refresh token was not revoked: a new access token still works.
    assert flow.refresh(body["refresh_token"]).status_code == 200
    assert demo.stats.revocations == 1


def test_revoking_a_refresh_token_ends_the_grant(flow) -> None:
    """RFC 7009 §2.1: the refresh token and the access tokens of its grant stop working."""
    body = flow.tokens()
    assert flow.revoke(body["refresh_token"], hint="refresh_token").status_code == 200
    assert flow.refresh(body["refresh_token"]).json()["error"] == "invalid_grant"
    assert flow.api("/api/me", body["access_token"]).status_code == 401


def test_hint_is_only_a_hint(flow) -> None:
    """A wrong token_type_hint still finds the token."""
    body = flow.tokens()
    assert flow.revoke(body["refresh_token"], hint="access_token").status_code == 200
    assert flow.refresh(body["refresh_token"]).json()["error"] == "invalid_grant"


def test_unknown_token_is_still_200(flow) -> None:
    """RFC 7009 §2.2: invalid tokens do not cause an error response."""
    assert flow.revoke("no-such-token").status_code == 200
    assert flow.revoke("a.b.c", hint="access_token").status_code == 200


def test_revocation_identifies_the_client_and_needs_a_token(flow) -> None:
    """A missing client_id is invalid_client; a missing token is invalid_request."""
    url = f"{flow.issuer}/revoke"
    no_client = requests.post(url, data={"token": "x"}, timeout=5)
    assert no_client.status_code in (400, 401)
    assert no_client.json()["error"] == "invalid_client"
    no_token = requests.post(url, data={"client_id": "loopgate-demo"}, timeout=5)
    assert no_token.status_code == 400
    assert no_token.json()["error"] == "invalid_request"
