"""The protected demo API: RFC 6750 error shapes, pagination, the large document, userinfo."""

from __future__ import annotations

import json

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa


def test_missing_token_gets_a_bare_challenge(flow) -> None:
    """RFC 6750 §3.1: no credentials, no error code in the challenge."""
    for path in ("/api/me", "/api/items", "/api/large", "/userinfo"):
        response = flow.api(path)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == 'Bearer realm="demo"'
        assert "error" not in response.json()


def test_token_in_query_is_not_accepted(flow) -> None:
    """RFC 6750 as profiled here: the Authorization header only."""
    token = flow.tokens()["access_token"]
    response = requests.get(f"{flow.issuer}/api/me", params={"access_token": token}, timeout=5)
    assert response.status_code == 401


def _assert_invalid_token(response: requests.Response, reason: str) -> None:
    assert response.status_code == 401
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ")
    assert 'error="invalid_token"' in challenge
    assert f'error_description="{reason}"' in challenge
    assert response.json() == {"error": "invalid_token", "error_description": reason}


def test_bad_signature_garbage_and_expired_tokens_are_invalid_token(flow, start_flow) -> None:
    """Each kind of bad token is a 401 invalid_token with a plain reason."""
    real = flow.tokens()["access_token"]
    claims = jwt.decode(real, options={"verify_signature": False})
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = jwt.encode(claims, other_key, algorithm="RS256", headers={"typ": "at+jwt"})
    bad_signature = "The access token is malformed or its signature is not valid."
    _assert_invalid_token(flow.api("/api/me", forged), bad_signature)
    _assert_invalid_token(flow.api("/api/me", "not-a-jwt"), bad_signature)
    id_token = flow.tokens()["id_token"]
    _assert_invalid_token(flow.api("/api/me", id_token), "The token is not an access token.")

    short = start_flow(access_token_ttl=0)  # expired the moment it is issued
    expiring = short.tokens()["access_token"]
    _assert_invalid_token(short.api("/api/me", expiring), "The access token expired.")


def test_me_returns_the_user_and_scopes(flow) -> None:
    """/api/me: who the token belongs to and what it may do."""
    token = flow.tokens()["access_token"]
    body = flow.api("/api/me", token).json()
    assert body == {
        "sub": "dana",
        "name": "Dana Demo",
        "email": "dana@demo.loopgate.test",
        "scopes": flow.FULL_SCOPE.split(),
    }


def test_userinfo(flow) -> None:
    """OIDC userinfo: sub, name, email, email_verified."""
    token = flow.tokens()["access_token"]
    body = flow.api("/userinfo", token).json()
    assert body == {
        "sub": "dana",
        "name": "Dana Demo",
        "email": "dana@demo.loopgate.test",
        "email_verified": True,
    }


def test_items_without_scope_is_insufficient_scope(flow) -> None:
    """RFC 6750 §3.1: 403 insufficient_scope, not retried by clients."""
    token = flow.tokens(scope="openid profile")["access_token"]
    response = flow.api("/api/items", token)
    assert response.status_code == 403
    assert response.json()["error"] == "insufficient_scope"
    assert 'error="insufficient_scope"' in response.headers["WWW-Authenticate"]
    assert 'scope="items:read"' in response.headers["WWW-Authenticate"]


def test_items_paginate_over_137_deterministic_items(flow) -> None:
    """Following `next` visits every item once; the last page has next=null."""
    token = flow.tokens()["access_token"]
    url: str | None = f"{flow.issuer}/api/items?page=1&per_page=20"
    seen: list[dict] = []
    pages = 0
    while url:
        response = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert response.status_code == 200
        body = response.json()
        assert body["total"] == 137 and body["per_page"] == 20
        assert body["page"] == pages + 1
        seen.extend(body["items"])
        url = body["next"]
        pages += 1
    assert pages == 7
    assert len(seen) == 137
    assert len({item["id"] for item in seen}) == 137
    again = flow.api("/api/items?page=3&per_page=20", token).json()["items"]
    assert again == seen[40:60]


def test_items_default_page_and_bad_parameters(flow) -> None:
    """Defaults page=1, per_page=20; nonsense is a 400."""
    token = flow.tokens()["access_token"]
    body = flow.api("/api/items", token).json()
    assert (body["page"], body["per_page"], len(body["items"])) == (1, 20, 20)
    assert body["next"] == f"{flow.issuer}/api/items?page=2&per_page=20"
    assert flow.api("/api/items?page=0", token).status_code == 400
    assert flow.api("/api/items?per_page=abc", token).status_code == 400
    assert flow.api("/api/items?page=99", token).json()["items"] == []


def test_large_document_is_about_the_requested_size_and_valid_json(flow) -> None:
    """/api/large?mb=N: within 10% of N MB, valid JSON, with nested structure."""
    token = flow.tokens()["access_token"]
    for mb in (1, 5):
        response = flow.api(f"/api/large?mb={mb}", token)
        assert response.status_code == 200
        size = len(response.content)
        assert abs(size - mb * 1_000_000) <= mb * 100_000, size
        doc = json.loads(response.content)
        record = doc["records"][0]
        assert isinstance(record["address"]["geo"], dict)
        assert isinstance(record["history"], list) and isinstance(record["history"][0], dict)
        assert doc["summary"]["records"] == len(doc["records"])


@pytest.mark.slow
def test_large_document_is_capped_and_streamed(flow) -> None:
    """The size is capped at 100 MB and sent in chunks (no Content-Length)."""
    from desktop_app.demo_provider.api import large_document

    chunks = large_document(3_000_000)
    assert max(len(c) for c in chunks) < 400_000
    token = flow.tokens()["access_token"]
    with requests.get(
        f"{flow.issuer}/api/large?mb=1000",
        headers={"Authorization": f"Bearer {token}"},
        stream=True,
        timeout=30,
    ) as response:
        assert response.status_code == 200
        assert "Content-Length" not in response.headers
        total = sum(len(chunk) for chunk in response.iter_content(1 << 20))
    assert 90_000_000 <= total <= 110_000_000


def test_api_requests_are_counted(flow, demo) -> None:
    """stats.api_requests counts calls to /api/*."""
    token = flow.tokens()["access_token"]
    flow.api("/api/me", token)
    flow.api("/api/me")
    assert demo.stats.api_requests == 2
