"""The Cloverleaf-shaped server is a documented-endpoints OpenID provider (design.md §4)."""

from __future__ import annotations

import jwt
import pytest
import requests

from tests.provider_servers.flows import (
    cloverleaf_authorize_url,
    cloverleaf_code,
    cloverleaf_post,
    cloverleaf_refresh,
    cloverleaf_tokens,
    pkce_pair,
)
from tests.support.provider_servers import CloverleafLike, ProviderBrowser


def _verify(server: CloverleafLike, id_token: str) -> dict:
    keys = requests.get(f"{server.issuer}/jwks", timeout=5).json()
    key = jwt.PyJWK(keys["keys"][0])
    return jwt.decode(
        id_token, key.key, algorithms=["RS256"], audience=server.client_id, issuer=server.issuer
    )


def test_login_then_consent_then_code_state_and_iss(cloverleaf, receiver) -> None:
    """Sign in, consent, and the redirect carries ``code``, ``state`` and ``iss``."""
    outcome, _, _ = cloverleaf_code(cloverleaf, receiver)
    assert outcome.delivered and set(outcome.callback) == {"code", "state", "iss"}
    assert outcome.callback["iss"] == f"{cloverleaf.base}/api/oidc"
    assert cloverleaf.counters.logins == 1
    assert any("/login" in step for step in outcome.steps)


def test_a_wrong_password_shows_the_login_form_again(cloverleaf, receiver) -> None:
    """Bad credentials never redirect; the person stays on the sign-in page."""
    browser = ProviderBrowser(password="nope", max_steps=3)
    outcome, _, _ = cloverleaf_code(cloverleaf, receiver, browser)
    assert not outcome.delivered and "Invalid username or password" in outcome.final_text


@pytest.mark.parametrize(
    ("params", "browser", "error"),
    [
        ({}, ProviderBrowser("deny"), "access_denied"),
        ({"code_challenge": "", "code_challenge_method": ""}, None, "invalid_request"),
        ({"code_challenge_method": "plain"}, None, "invalid_request"),
        ({"scope": "profile"}, None, "invalid_scope"),
        ({"response_type": "token"}, None, "unsupported_response_type"),
    ],
)
def test_error_redirects_carry_iss_and_state(cloverleaf, receiver, params, browser, error) -> None:
    """RFC 9207: ``iss`` on every redirect back, errors included."""
    outcome, _, _ = cloverleaf_code(cloverleaf, receiver, browser, **params)
    assert outcome.callback["error"] == error
    assert outcome.callback["iss"] == cloverleaf.issuer
    assert outcome.callback["state"] == "st-3"


def test_bad_client_or_redirect_uri_is_a_page_not_a_redirect(cloverleaf, receiver) -> None:
    """Unknown client or unregistered redirect_uri: 400, never a redirect."""
    for url in (
        cloverleaf_authorize_url(cloverleaf, receiver.uri("/callback"), client_id="other"),
        cloverleaf_authorize_url(cloverleaf, receiver.uri("/elsewhere")),
    ):
        answer = requests.get(url, timeout=5, allow_redirects=False)
        assert answer.status_code == 400 and "Location" not in answer.headers


def test_no_discovery_document_by_default_but_jwks_is_served(cloverleaf) -> None:
    """``.well-known/openid-configuration`` is 404; ``/api/oidc/jwks`` has an RS256 key."""
    discovery = f"{cloverleaf.issuer}/.well-known/openid-configuration"
    assert requests.get(discovery, timeout=5).status_code == 404
    keys = requests.get(f"{cloverleaf.issuer}/jwks", timeout=5).json()["keys"]
    assert keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256" and "d" not in keys[0]


def test_discovery_mode_serves_a_matching_document() -> None:
    """``serve_discovery=True``: exact ``issuer``, the documented endpoints, offline_access."""
    with CloverleafLike(serve_discovery=True) as server:
        doc = requests.get(f"{server.issuer}/.well-known/openid-configuration", timeout=5).json()
        assert doc["issuer"] == server.issuer
        assert doc["authorization_endpoint"] == f"{server.base}/api/oidc/auth"
        assert doc["token_endpoint"] == f"{server.base}/api/oidc/token"
        assert "offline_access" in doc["scopes_supported"]
        assert doc["authorization_response_iss_parameter_supported"] is True


def test_id_token_is_rs256_with_the_oidc_claims(cloverleaf, receiver) -> None:
    """The id_token verifies against the JWKS and carries iss, aud, sub, nonce, exp, iat."""
    tokens = cloverleaf_tokens(cloverleaf, receiver)
    claims = _verify(cloverleaf, tokens["id_token"])
    assert claims["sub"] == "usr_8f2c41" and claims["nonce"] == "n-0S6"
    assert claims["exp"] > claims["iat"] and claims["name"] == "Casey Lee"
    assert claims["email"] == "casey@team.example"
    assert jwt.get_unverified_header(tokens["id_token"])["alg"] == "RS256"


def test_foreign_key_knob_makes_signatures_fail(cloverleaf, receiver) -> None:
    """``sign_with_foreign_key``: same ``kid``, a key the JWKS does not publish."""
    cloverleaf.sign_with_foreign_key = True
    tokens = cloverleaf_tokens(cloverleaf, receiver)
    with pytest.raises(jwt.InvalidSignatureError):
        _verify(cloverleaf, tokens["id_token"])


def test_pkce_verifier_is_checked(cloverleaf, receiver) -> None:
    """A wrong verifier: ``invalid_grant``."""
    outcome, _verifier, redirect_uri = cloverleaf_code(cloverleaf, receiver)
    data = {
        "grant_type": "authorization_code",
        "code": outcome.callback["code"],
        "redirect_uri": redirect_uri,
        "client_id": cloverleaf.client_id,
        "code_verifier": pkce_pair()[0],
    }
    answer = cloverleaf_post(cloverleaf, data)
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"


def test_codes_are_single_use_and_the_token_endpoint_is_form_only(cloverleaf, receiver) -> None:
    """Second exchange fails; a JSON body is ``invalid_request``."""
    outcome, verifier, redirect_uri = cloverleaf_code(cloverleaf, receiver)
    data = {
        "grant_type": "authorization_code",
        "code": outcome.callback["code"],
        "redirect_uri": redirect_uri,
        "client_id": cloverleaf.client_id,
        "code_verifier": verifier,
    }
    as_json = requests.post(f"{cloverleaf.issuer}/token", json=data, timeout=5)
    assert as_json.status_code == 400 and as_json.json()["error"] == "invalid_request"
    assert cloverleaf_post(cloverleaf, data).status_code == 200
    assert cloverleaf_post(cloverleaf, data).json()["error"] == "invalid_grant"


def test_refresh_token_only_with_offline_access(cloverleaf, receiver) -> None:
    """``scope=openid`` gets no refresh token; ``openid offline_access`` gets one."""
    assert "refresh_token" not in cloverleaf_tokens(cloverleaf, receiver, scope="openid")
    assert cloverleaf_tokens(cloverleaf, receiver)["refresh_token"]


def test_offline_may_also_need_prompt_consent(receiver) -> None:
    """``offline_needs_consent_prompt``: node oidc-provider's extra rule."""
    with CloverleafLike(offline_needs_consent_prompt=True) as server:
        assert "refresh_token" not in cloverleaf_tokens(server, receiver)
        assert cloverleaf_tokens(server, receiver, prompt="consent")["refresh_token"]


def test_refresh_rotates_and_reuse_kills_the_grant(cloverleaf, receiver) -> None:
    """A used refresh token comes back: 400 ``invalid_grant`` and the newer one dies too."""
    tokens = cloverleaf_tokens(cloverleaf, receiver)
    renewed = cloverleaf_refresh(cloverleaf, tokens["refresh_token"]).json()
    assert renewed["refresh_token"] != tokens["refresh_token"]
    assert _verify(cloverleaf, renewed["id_token"])["sub"] == "usr_8f2c41"
    reused = cloverleaf_refresh(cloverleaf, tokens["refresh_token"])
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    assert cloverleaf.counters.reused_refresh_tokens == 1
    assert cloverleaf_refresh(cloverleaf, renewed["refresh_token"]).status_code == 400
    assert cloverleaf.live_grants() == 0


def test_daily_coaching_api_and_its_401_challenge(cloverleaf, receiver, clock) -> None:
    """A live bearer gets coaching; an expired one a 401 with ``WWW-Authenticate``."""
    token = cloverleaf_tokens(cloverleaf, receiver)["access_token"]
    url = f"{cloverleaf.base}/public-api/v1/self/daily-coaching"
    headers = {"Authorization": f"Bearer {token}"}
    assert requests.get(url, headers=headers, timeout=5).json()["data"]
    me = requests.get(f"{cloverleaf.issuer}/me", headers=headers, timeout=5).json()
    assert me["sub"] == "usr_8f2c41"
    clock.advance(cloverleaf.access_lifetime + 1)
    answer = requests.get(url, headers=headers, timeout=5)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'
