"""Building the authorization request and validating its response."""

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from desktop_app.core.base.errors import (
    AccessDenied,
    AuthorizationError,
    IssuerMismatch,
    StateMismatch,
)
from desktop_app.core.base.paths import resources_dir
from desktop_app.core.oauth.authorization import parse_authorization_response, start_authorization
from desktop_app.core.oauth.pkce import code_challenge
from desktop_app.core.providers.profiles import ProfileRegistry

REGISTRY = ProfileRegistry([resources_dir() / "providers"])
REDIRECT = "http://127.0.0.1:5555/callback"


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def oidc_profile():
    return replace(
        REGISTRY.get("demo"),
        issuer="https://issuer.example",
        authorization_endpoint="https://issuer.example/authorize",
    )


def test_request_carries_s256_challenge_state_and_redirect() -> None:
    """RFC 7636 §4.3: the challenge of this attempt's verifier, S256 only."""
    attempt = start_authorization(oidc_profile(), REDIRECT)
    q = query(attempt.url)
    assert q["response_type"] == "code"
    assert q["code_challenge_method"] == "S256"
    assert q["code_challenge"] == code_challenge(attempt.code_verifier)
    assert q["state"] == attempt.state
    assert q["redirect_uri"] == REDIRECT
    assert q["nonce"] == attempt.nonce
    assert "client_secret" not in q


def test_clio_request_includes_redirect_on_decline_and_no_nonce() -> None:
    """Profile extras are added; plain OAuth providers get no nonce."""
    profile = replace(REGISTRY.get("clio-us"), client_id="cid")
    q = query(start_authorization(profile, REDIRECT).url)
    assert q["redirect_on_decline"] == "true"
    assert "nonce" not in q


def test_offline_access_brings_prompt_consent() -> None:
    """node oidc-provider style servers need prompt=consent with offline_access."""
    profile = replace(oidc_profile(), scopes_supported=("openid", "offline_access"))
    q = query(start_authorization(profile, REDIRECT).url)
    assert "offline_access" in q["scope"].split()
    assert q["prompt"] == "consent"


def test_response_with_the_right_state_yields_the_code() -> None:
    """Code and Clover's extra ids are kept."""
    profile = oidc_profile()
    attempt = start_authorization(profile, REDIRECT)
    response = parse_authorization_response(
        attempt, profile, {"code": "c1", "state": attempt.state, "merchant_id": "M1"}
    )
    assert response.code == "c1"
    assert response.identity_params(("merchant_id",)) == {"merchant_id": "M1"}


@pytest.mark.parametrize("state", ["", "other"])
def test_missing_or_wrong_state_is_refused(state: str) -> None:
    """RFC 6749 §10.12: no token request without the attempt's state."""
    profile = oidc_profile()
    attempt = start_authorization(profile, REDIRECT)
    with pytest.raises(StateMismatch):
        parse_authorization_response(attempt, profile, {"code": "c", "state": state})


def test_wrong_iss_is_refused_and_missing_iss_too_when_advertised() -> None:
    """RFC 9207 mix-up defence."""
    profile = oidc_profile()
    attempt = start_authorization(profile, REDIRECT)
    with pytest.raises(IssuerMismatch):
        parse_authorization_response(
            attempt, profile, {"code": "c", "state": attempt.state, "iss": "https://evil.example"}
        )
    strict = replace(profile, iss_parameter_supported=True)
    with pytest.raises(IssuerMismatch):
        parse_authorization_response(attempt, strict, {"code": "c", "state": attempt.state})
    ok = parse_authorization_response(
        attempt, strict, {"code": "c", "state": attempt.state, "iss": "https://issuer.example"}
    )
    assert ok.code == "c"


def test_access_denied_is_a_plain_message() -> None:
    """RFC 6749 §4.1.2.1 access_denied reads as the user's own choice."""
    profile = oidc_profile()
    attempt = start_authorization(profile, REDIRECT)
    with pytest.raises(AccessDenied) as caught:
        parse_authorization_response(
            attempt, profile, {"error": "access_denied", "state": attempt.state}
        )
    assert caught.value.message.startswith("You chose not to allow access")


def test_other_errors_keep_code_and_description_for_engineers() -> None:
    """server_error etc.: plain words plus the verbatim detail."""
    profile = oidc_profile()
    attempt = start_authorization(profile, REDIRECT)
    with pytest.raises(AuthorizationError) as caught:
        parse_authorization_response(
            attempt,
            profile,
            {
                "error": "server_error",
                "error_description": "db down",
                "state": attempt.state,
            },
        )
    assert "problem" in caught.value.message
    assert caught.value.detail == "server_error: db down"
