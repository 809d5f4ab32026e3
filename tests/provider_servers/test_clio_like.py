"""The Clio-shaped server follows Clio Manage's documented OAuth and API (design.md §4)."""

from __future__ import annotations

import base64

import requests

from tests.provider_servers.flows import (
    clio_code,
    clio_get,
    clio_post,
    clio_tokens,
    pkce_pair,
)
from tests.support.provider_servers import ClioLike, ProviderBrowser


def _refresh(server: ClioLike, refresh_token: str) -> requests.Response:
    data = {
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
        "client_id": server.client_id,
    }
    return clio_post(server, data)


def test_approval_redirects_with_code_and_state(clio, receiver) -> None:
    """Allow Access: back to the app with ``code`` and ``state`` only."""
    outcome, _ = clio_code(clio, receiver)
    assert outcome.delivered and set(outcome.callback) == {"code", "state"}


def test_decline_without_redirect_on_decline_never_comes_back(clio, receiver) -> None:
    """Deny without ``redirect_on_decline=true``: a "declined" page, no redirect at all."""
    outcome, _ = clio_code(clio, receiver, ProviderBrowser("deny"))
    assert not outcome.delivered and outcome.final_status == 200
    assert "declined" in outcome.final_text.lower()
    assert clio.counters.declines == 1


def test_decline_with_redirect_on_decline_returns_access_denied(clio, receiver) -> None:
    """Deny with ``redirect_on_decline=true``: ``error=access_denied`` and ``state``."""
    outcome, _ = clio_code(clio, receiver, ProviderBrowser("deny"), redirect_on_decline="true")
    assert outcome.callback == {"error": "access_denied", "state": "st-2"}


def test_token_answer_is_bearer_with_thirty_days_and_a_refresh_token(clio, receiver) -> None:
    """``{access_token, token_type: "bearer", expires_in: 2592000, refresh_token}``."""
    tokens = clio_tokens(clio, receiver)
    assert set(tokens) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 2_592_000


def test_token_request_must_repeat_the_exact_redirect_uri(clio, receiver) -> None:
    """A redirect_uri differing by one character: ``invalid_grant``."""
    outcome, redirect_uri = clio_code(clio, receiver)
    data = {
        "grant_type": "authorization_code",
        "code": outcome.callback["code"],
        "redirect_uri": redirect_uri + "/",
        "client_id": clio.client_id,
    }
    answer = clio_post(clio, data)
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"


def test_token_endpoint_is_form_encoded_only(clio, receiver) -> None:
    """A JSON body is ``invalid_request``."""
    outcome, redirect_uri = clio_code(clio, receiver)
    body = {
        "grant_type": "authorization_code",
        "code": outcome.callback["code"],
        "redirect_uri": redirect_uri,
        "client_id": clio.client_id,
    }
    answer = requests.post(f"{clio.base}/oauth/token", json=body, timeout=5)
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_request"


def test_code_verifier_is_optional_but_checked_when_sent(clio, receiver) -> None:
    """With a challenge at authorize: a wrong verifier fails, the right one passes."""
    verifier, challenge = pkce_pair()
    pkce = {"code_challenge": challenge, "code_challenge_method": "S256"}
    for sent, expected in ((pkce_pair()[0], 400), (verifier, 200)):
        outcome, redirect_uri = clio_code(clio, receiver, **pkce)
        data = {
            "grant_type": "authorization_code",
            "code": outcome.callback["code"],
            "redirect_uri": redirect_uri,
            "client_id": clio.client_id,
            "code_verifier": sent,
        }
        assert clio_post(clio, data).status_code == expected
    assert clio_tokens(clio, receiver)["access_token"]  # no PKCE at all still works


def test_codes_are_single_use(clio, receiver) -> None:
    """A second exchange of the same code: ``invalid_grant``, counted."""
    outcome, redirect_uri = clio_code(clio, receiver)
    data = {
        "grant_type": "authorization_code",
        "code": outcome.callback["code"],
        "redirect_uri": redirect_uri,
        "client_id": clio.client_id,
    }
    assert clio_post(clio, data).status_code == 200
    assert clio_post(clio, data).json()["error"] == "invalid_grant"
    assert clio.counters.reused_codes == 1


def test_secret_mode_answers_invalid_client_without_the_secret(receiver) -> None:
    """``require_client_secret``: 401 ``invalid_client`` unless sent in the form or Basic."""
    with ClioLike(require_client_secret=True, client_secret="s3cret") as server:
        outcome, redirect_uri = clio_code(server, receiver)
        data = {
            "grant_type": "authorization_code",
            "code": outcome.callback["code"],
            "redirect_uri": redirect_uri,
            "client_id": server.client_id,
        }
        refused = clio_post(server, data)
        assert refused.status_code == 401 and refused.json()["error"] == "invalid_client"
        basic = base64.b64encode(f"{server.client_id}:s3cret".encode()).decode()
        answer = clio_post(server, data, headers={"Authorization": f"Basic {basic}"})
        assert answer.status_code == 200
        tokens = clio_tokens(server, receiver, client_secret="s3cret")
        assert tokens["refresh_token"]


def test_refresh_tokens_are_reusable_and_not_repeated_in_the_answer(clio, receiver) -> None:
    """The same refresh token works twice; answers carry no ``refresh_token``."""
    tokens = clio_tokens(clio, receiver)
    first, second = _refresh(clio, tokens["refresh_token"]), _refresh(clio, tokens["refresh_token"])
    assert first.status_code == second.status_code == 200
    assert "refresh_token" not in first.json() and first.json()["token_type"] == "bearer"
    assert first.json()["access_token"] != second.json()["access_token"]
    assert clio.counters.reused_refresh_tokens == 0


def test_deauthorize_kills_the_whole_grant(clio, receiver) -> None:
    """200 with an empty body; every access token and the refresh token die."""
    tokens = clio_tokens(clio, receiver)
    renewed = _refresh(clio, tokens["refresh_token"]).json()["access_token"]
    answer = requests.post(
        f"{clio.base}/oauth/deauthorize",
        headers={"Authorization": f"Bearer {renewed}"},
        timeout=5,
    )
    assert answer.status_code == 200 and answer.content == b""
    for token in (tokens["access_token"], renewed):
        assert clio_get(clio, "/api/v4/users/who_am_i", token).status_code == 401
    assert _refresh(clio, tokens["refresh_token"]).json()["error"] == "invalid_grant"
    assert clio.live_grants() == 0 and clio.counters.revocations == 1


def test_deauthorize_needs_a_live_bearer_token(clio, receiver, clock) -> None:
    """An expired or unknown bearer: 401, and the grant lives on."""
    tokens = clio_tokens(clio, receiver)
    clock.advance(clio.expires_in + 1)
    for bearer in (tokens["access_token"], "not-a-token"):
        answer = requests.post(
            f"{clio.base}/oauth/deauthorize",
            headers={"Authorization": f"Bearer {bearer}"},
            timeout=5,
        )
        assert answer.status_code == 401
    assert clio.refresh_token_live(tokens["refresh_token"])


def test_who_am_i_gives_only_the_id_unless_fields_are_named(clio, receiver) -> None:
    """Without ``fields=``: ``{"data": {"id": N}}``; with it, those fields."""
    token = clio_tokens(clio, receiver)["access_token"]
    bare = clio_get(clio, "/api/v4/users/who_am_i", token).json()
    assert bare == {"data": {"id": 345678901}}
    full = clio_get(clio, "/api/v4/users/who_am_i?fields=id,name,email", token).json()
    assert full["data"] == {"id": 345678901, "name": "Jordan Avery", "email": "jordan@firm.example"}


def test_matters_and_contacts(clio, receiver) -> None:
    """List endpoints honour ``fields`` and ``limit``."""
    token = clio_tokens(clio, receiver)["access_token"]
    matters = clio_get(clio, "/api/v4/matters?fields=id,display_number&limit=2", token).json()
    assert len(matters["data"]) == 2 and set(matters["data"][0]) == {"id", "display_number"}
    contacts = clio_get(clio, "/api/v4/contacts?fields=id,name", token).json()
    assert contacts["data"][0]["name"] == "Client 1"


def test_api_401_names_invalid_token(clio, receiver, clock) -> None:
    """An expired token: 401 ``{"error": "invalid_token", "error_description": ...}``."""
    token = clio_tokens(clio, receiver)["access_token"]
    clock.advance(clio.expires_in + 1)
    answer = clio_get(clio, "/api/v4/users/who_am_i", token)
    assert answer.status_code == 401 and answer.json()["error"] == "invalid_token"
    assert answer.json()["error_description"]


def test_rate_limit_headers_and_429_with_retry_after(receiver, clock) -> None:
    """``X-RateLimit-*`` on every answer; over the limit, 429 with ``Retry-After``."""
    with ClioLike(clock=clock, rate_limit=3, rate_window=60) as server:
        token = clio_tokens(server, receiver)["access_token"]
        answers = [clio_get(server, "/api/v4/matters", token) for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429]
        assert [a.headers["X-RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
        assert answers[0].headers["X-RateLimit-Limit"] == "3"
        assert int(answers[0].headers["X-RateLimit-Reset"]) >= int(clock())
        assert 1 <= int(answers[3].headers["Retry-After"]) <= 60
        clock.advance(61)
        assert clio_get(server, "/api/v4/matters", token).status_code == 200


def test_the_next_k_calls_can_be_rate_limited(clio, receiver) -> None:
    """``rate_limit_next(1, 5)``: one 429 with ``Retry-After: 5``, then service."""
    token = clio_tokens(clio, receiver)["access_token"]
    clio.rate_limit_next(1, retry_after=5)
    first = clio_get(clio, "/api/v4/matters", token)
    assert first.status_code == 429 and first.headers["Retry-After"] == "5"
    assert clio_get(clio, "/api/v4/matters", token).status_code == 200
