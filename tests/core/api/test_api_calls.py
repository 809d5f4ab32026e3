"""API calls: bearer header only, one refresh-and-retry on 401, tokens stay home."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.api.calls import ApiRequest, as_curl
from desktop_app.core.base.errors import LoopgateError
from tests.support.engines import make_engine


@pytest.fixture
def connected(demo_server):
    engine = make_engine(demo_server.port)
    return engine, engine.connect("demo", timeout=20)


def test_call_returns_status_headers_body_and_timing(connected) -> None:
    """GET /api/me with the account's token."""
    engine, account = connected
    response = engine.call(account.id, ApiRequest("GET", "/api/me"))
    assert response.status == 200
    assert json.loads(response.body)["email"] == "dana@demo.loopgate.test"
    assert response.elapsed_ms > 0 and "json" in response.content_type


def test_revoked_access_token_is_refreshed_once_and_resent(connected, demo_server) -> None:
    """401 invalid_token → one refresh, one resend, and the note says so."""
    engine, account = connected
    tokens = engine.vault.get_tokens(account.id)
    import requests

    requests.post(
        f"{demo_server.issuer}/revoke",
        data={
            "token": tokens.access_token,
            "token_type_hint": "access_token",
            "client_id": "loopgate-demo",
        },
        timeout=5,
    )
    before = demo_server.stats.refresh_requests
    response = engine.call(account.id, ApiRequest("GET", "/api/me"))
    assert response.status == 200 and response.refreshed
    assert "renewed" in response.note
    assert demo_server.stats.refresh_requests - before == 1


def test_token_is_never_sent_to_a_foreign_host(connected) -> None:
    """A typed URL on another host is refused before anything is sent."""
    engine, account = connected
    with pytest.raises(LoopgateError, match="not one of this provider's addresses"):
        engine.call(account.id, ApiRequest("GET", "http://127.0.0.2:9/steal"))
    with pytest.raises(LoopgateError, match="https"):
        engine.call(account.id, ApiRequest("GET", "http://example.com/x"))


def test_placeholders_are_filled_from_the_account(connected) -> None:
    """{sub} comes from the identity; a missing placeholder is a clear error."""
    engine, account = connected
    prepared = engine.prepare_request(account, ApiRequest("GET", "/api/items?owner={sub}"))
    assert prepared.url.endswith("/api/items?owner=dana")
    with pytest.raises(LoopgateError, match="merchant_id"):
        engine.prepare_request(account, ApiRequest("GET", "/v3/merchants/{merchant_id}"))


def test_history_is_kept_without_tokens(connected) -> None:
    """Each call is recorded; the Authorization header is redacted."""
    engine, account = connected
    token = engine.vault.get_tokens(account.id).access_token
    engine.call(account.id, ApiRequest("GET", "/api/items", headers=(("Authorization", token),)))
    entries = engine.history.entries(account.id)
    assert entries[-1].status == 200 and entries[-1].url.endswith("/api/items")
    text = (engine.data_dir / "history" / f"{account.id}.jsonl").read_text()
    assert token not in text


def test_copy_as_curl_uses_a_token_placeholder() -> None:
    """The default curl has $TOKEN, not the secret."""
    request = ApiRequest("POST", "https://api.example/x", headers=(("X-A", "1"),), body='{"a":1}')
    curl = as_curl(request)
    assert '"Authorization: Bearer $TOKEN"' in curl
    assert "--data-raw" in curl and "X-A: 1" in curl
    assert "Bearer secret" in as_curl(request, token="secret")


def test_forbidden_is_not_retried(demo_server) -> None:
    """403 insufficient_scope is returned as is, with no refresh."""
    from desktop_app.core.providers.profiles import save_user_profile

    save_user_profile({"id": "demo-narrow", "extends": "demo", "scopes": ["openid"]})
    engine = make_engine(demo_server.port)
    account = engine.connect("demo-narrow", timeout=20)
    before = demo_server.stats.refresh_requests
    response = engine.call(account.id, ApiRequest("GET", "/api/items"))
    assert response.status == 403
    assert "insufficient_scope" in response.header("WWW-Authenticate") + response.body.decode()
    assert demo_server.stats.refresh_requests == before and not response.refreshed


def test_send_and_copy_as_curl_share_the_one_checked_url(connected) -> None:
    """prepare_request folds the query in; the curl command carries exactly that URL."""
    engine, account = connected
    request = ApiRequest("GET", "/api/items", params=(("page", "2"), ("q", "a b")))
    prepared = engine.prepare_request(account, request)
    assert prepared.params == () and prepared.url.endswith("/api/items?page=2&q=a+b")
    assert f"'{prepared.url}'" in as_curl(prepared)
    hostile = ApiRequest("GET", f"http://127.0.0.2:1\\@{prepared.url.split('/')[2]}/x")
    with pytest.raises(LoopgateError, match="backslash"):
        engine.prepare_request(account, hostile)
