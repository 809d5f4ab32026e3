"""The authorization endpoint: request validation, consent page, approve/deny redirects."""

from __future__ import annotations

import re

import pytest
import requests

from desktop_app.demo_provider.server import CLIENT_ID


def test_consent_page_shows_app_scopes_and_users(flow) -> None:
    """Plain-words scopes, both demo users, Approve/Deny, no external assets, no caching."""
    with requests.Session() as session:
        page = flow.consent_page(session, flow.params())
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    text = page.text
    assert "Loopgate" in text
    for words in ("See your name", "See your email address", "Read your demo items"):
        assert words in text
    assert "Dana Demo" in text and "Sam Sample" in text
    assert 'value="approve"' in text and 'value="deny"' in text
    assert 'name="csrf_token"' in text
    assert not re.search(r"""(src|href)=["']?https?://""", text)


def test_approve_redirects_with_code_state_and_iss(flow) -> None:
    """RFC 6749 §4.1.2 plus RFC 9207: code, the exact state, and iss."""
    params = flow.params()
    answer = flow.decide(params)
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith(flow.REDIRECT_URI + "?")
    query = flow.query_of(location)
    assert query["code"]
    assert query["state"] == params["state"]
    assert query["iss"] == flow.issuer


def test_deny_redirects_access_denied_with_state_and_iss(flow) -> None:
    """RFC 6749 §4.1.2.1: access_denied; RFC 9207: iss on error responses too."""
    params = flow.params()
    answer = flow.decide(params, decision="deny")
    assert answer.status_code == 302
    query = flow.query_of(answer.headers["Location"])
    assert query["error"] == "access_denied"
    assert query["state"] == params["state"]
    assert query["iss"] == flow.issuer
    assert "code" not in query


@pytest.mark.parametrize(
    "overrides",
    [
        {"code_challenge_method": "plain"},
        {"code_challenge_method": None},
        {"code_challenge": None, "code_challenge_method": None},
        {"code_challenge": None},
    ],
    ids=["plain", "no-method", "no-pkce", "no-challenge"],
)
def test_pkce_s256_is_required(flow, overrides) -> None:
    """RFC 7636: no challenge or a non-S256 method is an invalid_request redirect."""
    params = flow.params(**overrides)
    if overrides.get("code_challenge_method") == "plain":
        params["code_challenge"] = flow.verifier
    with requests.Session() as session:
        answer = flow.consent_page(session, params)
    assert answer.status_code == 302
    query = flow.query_of(answer.headers["Location"])
    assert query["error"] == "invalid_request"
    assert query["state"] == params["state"]
    assert query["iss"] == flow.issuer


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://evil.example/callback",
        "http://localhost:53682/callback",
        "http://127.0.0.1.evil.example/callback",
        "http://evil.example@127.0.0.1:53682/callback",
        "http://0.0.0.0:53682/callback",
        "http://127.0.0.1:53682/callback#frag",
        "myapp://callback",
        None,
    ],
)
def test_non_loopback_redirect_uri_gets_an_error_page_not_a_redirect(flow, redirect_uri) -> None:
    """RFC 8252 §7.3 and RFC 6749 §4.1.2.1: never redirect to an unverified URI."""
    with requests.Session() as session:
        answer = flow.consent_page(session, flow.params(redirect_uri=redirect_uri))
    assert answer.status_code == 400
    assert "Location" not in answer.headers
    assert answer.headers["Content-Type"].startswith("text/html")


@pytest.mark.parametrize(
    "redirect_uri",
    ["http://127.0.0.1:1/", "http://127.0.0.1:65535/any/path?x=1", "http://[::1]:8080/cb"],
)
def test_any_loopback_port_and_path_is_accepted(flow, redirect_uri) -> None:
    """RFC 8252 §7.3: any port and path on the loopback IP literals."""
    with requests.Session() as session:
        page = flow.consent_page(session, flow.params(redirect_uri=redirect_uri))
    assert page.status_code == 200


def test_unknown_client_gets_an_error_page(flow) -> None:
    """An unknown client_id is shown an error, never redirected."""
    with requests.Session() as session:
        answer = flow.consent_page(session, flow.params(client_id="someone-else"))
    assert answer.status_code == 400
    assert "Location" not in answer.headers


def test_unsupported_response_type_redirects_with_error(flow) -> None:
    """response_type=token is refused; the verified redirect URI gets the error."""
    with requests.Session() as session:
        answer = flow.consent_page(session, flow.params(response_type="token"))
    assert answer.status_code == 302
    query = flow.query_of(answer.headers["Location"])
    assert query["error"] == "unsupported_response_type"
    assert query["iss"] == flow.issuer


def test_unknown_scope_is_invalid_scope(flow) -> None:
    """A scope the server does not list is refused with invalid_scope."""
    with requests.Session() as session:
        answer = flow.consent_page(session, flow.params(scope="openid admin"))
    assert answer.status_code == 302
    assert flow.query_of(answer.headers["Location"])["error"] == "invalid_scope"


def test_consent_post_needs_the_pages_csrf_value_once(flow) -> None:
    """A POST without the page's anti-CSRF value, or replaying it, is refused."""
    params = flow.params()
    with requests.Session() as session:
        page = flow.consent_page(session, params)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        forged = session.post(
            page.url, data={"decision": "approve", "user": "dana"}, allow_redirects=False
        )
        assert forged.status_code == 400 and "Location" not in forged.headers
        data = {"csrf_token": csrf, "decision": "approve", "user": "dana"}
        first = session.post(page.url, data=data, allow_redirects=False)
        assert first.status_code == 302
        replay = session.post(page.url, data=data, allow_redirects=False)
        assert replay.status_code == 400
    # Without the cookie set by the page (another browser), the value is useless.
    with requests.Session() as other:
        page = flow.consent_page(other, params)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    stranger = requests.post(
        page.url,
        data={"csrf_token": csrf, "decision": "approve", "user": "dana"},
        allow_redirects=False,
        timeout=5,
    )
    assert stranger.status_code == 400


def test_client_id_constant() -> None:
    """The one public client is `loopgate-demo`."""
    assert CLIENT_ID == "loopgate-demo"
