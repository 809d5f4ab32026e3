"""The token endpoint: code exchange with PKCE, id_token, refresh rotation and reuse detection."""

from __future__ import annotations

import jwt
import requests

from desktop_app.demo_provider.server import DemoServer


def _public_key(issuer: str):
    return jwt.PyJWKClient(f"{issuer}/jwks").get_jwk_set().keys[0].key


def test_code_flow_issues_jwt_access_token_refresh_token_and_id_token(flow) -> None:
    """RFC 6749 §5.1 response; RFC 9068 access token; OIDC id_token with the nonce."""
    code, params = flow.code()
    response = flow.exchange(code, params)
    assert response.status_code == 200, response.text
    assert response.headers["Cache-Control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 300
    assert body["scope"] == flow.FULL_SCOPE
    assert len(body["refresh_token"]) >= 43  # 256 bits, base64url

    key = _public_key(flow.issuer)
    assert jwt.get_unverified_header(body["access_token"])["typ"] == "at+jwt"
    access = jwt.decode(body["access_token"], key, algorithms=["RS256"], audience="loopgate-demo")
    assert access["iss"] == flow.issuer
    assert access["sub"] == "dana"
    assert access["client_id"] == "loopgate-demo"
    assert access["scope"] == flow.FULL_SCOPE
    assert access["jti"]
    assert access["exp"] - access["iat"] == 300

    id_token = jwt.decode(body["id_token"], key, algorithms=["RS256"], audience="loopgate-demo")
    assert id_token["iss"] == flow.issuer
    assert id_token["sub"] == "dana"
    assert id_token["nonce"] == params["nonce"]
    assert id_token["name"] == "Dana Demo"
    assert id_token["email"] == "dana@demo.loopgate.test"
    assert {"iat", "exp", "auth_time"} <= id_token.keys()


def test_second_user_is_the_subject(flow) -> None:
    """Approving as sam gives sam's tokens."""
    params = flow.params()
    answer = flow.decide(params, user="sam")
    code = flow.query_of(answer.headers["Location"])["code"]
    body = flow.exchange(code, params).json()
    assert jwt.decode(body["access_token"], options={"verify_signature": False})["sub"] == "sam"


def test_wrong_code_verifier_is_invalid_grant(flow) -> None:
    """RFC 7636 §4.6: a verifier that does not match the challenge gets invalid_grant."""
    code, params = flow.code()
    response = flow.exchange(code, params, code_verifier="x" * 64)
    assert response.status_code == 400
    assert response.headers["Cache-Control"] == "no-store"
    assert response.json()["error"] == "invalid_grant"
    assert response.json()["error_description"]


def test_missing_code_verifier_is_refused(flow) -> None:
    """A public client must send the verifier."""
    code, params = flow.code()
    response = flow.token(
        grant_type="authorization_code", code=code, redirect_uri=params["redirect_uri"]
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_redirect_uri_must_match_exactly(flow) -> None:
    """RFC 6749 §4.1.3: the token request repeats the identical redirect_uri."""
    code, params = flow.code()
    response = flow.exchange(code, params, redirect_uri=params["redirect_uri"] + "/")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_code_reuse_is_refused_and_revokes_what_the_code_issued(flow) -> None:
    """RFC 6749 §4.1.2: a replayed code fails and the tokens it produced are revoked."""
    code, params = flow.code()
    first = flow.exchange(code, params).json()
    assert flow.api("/api/me", first["access_token"]).status_code == 200
    replay = flow.exchange(code, params)
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    assert flow.api("/api/me", first["access_token"]).status_code == 401
    assert flow.refresh(first["refresh_token"]).json()["error"] == "invalid_grant"


def test_no_offline_access_means_no_refresh_token(flow) -> None:
    """Refresh tokens are issued only when offline_access was granted."""
    body = flow.tokens(scope="openid profile")
    assert "refresh_token" not in body
    assert "id_token" in body


def test_no_openid_means_no_id_token(flow) -> None:
    """An id_token only when openid is in scope."""
    body = flow.tokens(scope="profile offline_access")
    assert "id_token" not in body
    assert body["refresh_token"]


def test_refresh_rotates_and_reuse_kills_the_family(flow, demo: DemoServer) -> None:
    """RFC 9700 §4.14.2: rotation, then a replayed old token revokes everything from the grant."""
    first = flow.tokens()
    rotated = flow.refresh(first["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert second["expires_in"] == 300
    assert flow.api("/api/me", second["access_token"]).status_code == 200

    replay = flow.refresh(first["refresh_token"])
    assert replay.status_code == 400
    assert replay.headers["Cache-Control"] == "no-store"
    assert replay.json()["error"] == "invalid_grant"
    assert demo.stats.reuse_detected == 1
    # The whole family is dead: the rotated refresh token and its access token too.
    assert flow.refresh(second["refresh_token"]).json()["error"] == "invalid_grant"
    assert flow.api("/api/me", second["access_token"]).status_code == 401
    assert demo.stats.refresh_requests == 3


def test_expired_refresh_token_is_invalid_grant(start_flow) -> None:
    """A refresh token past its lifetime gets invalid_grant."""
    flow = start_flow(refresh_token_ttl=0)
    body = flow.tokens()
    response = flow.refresh(body["refresh_token"])
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_unknown_refresh_token_and_grant_type(flow) -> None:
    """Unknown refresh tokens are invalid_grant; unknown grant types are refused."""
    assert flow.refresh("not-a-token").json()["error"] == "invalid_grant"
    response = flow.token(grant_type="password", username="dana", password="x")
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_unknown_client_at_token_endpoint(flow) -> None:
    """A token request from an unregistered client is invalid_client."""
    code, params = flow.code()
    response = flow.exchange(code, params, client_id="someone-else")
    assert response.json()["error"] == "invalid_client"


def test_response_delay_slows_the_token_endpoint(flow, demo: DemoServer) -> None:
    """response_delay is settable at runtime for slow-provider benchmarks."""
    import time

    body = flow.tokens()
    demo.response_delay = 0.3
    started = time.monotonic()
    assert flow.refresh(body["refresh_token"]).status_code == 200
    assert time.monotonic() - started >= 0.3
    demo.response_delay = 0.0


def test_stats_endpoint_counts_without_secrets(flow) -> None:
    """/_demo/stats reports counters only."""
    flow.tokens()
    stats = requests.get(f"{flow.issuer}/_demo/stats", timeout=5).json()
    assert stats == {
        "token_requests": 1,
        "refresh_requests": 0,
        "revocations": 0,
        "api_requests": 0,
        "reuse_detected": 0,
    }


def test_no_token_value_reaches_a_log(flow, caplog) -> None:
    """Even at DEBUG, neither Authlib nor the server logs a token or code."""
    import logging

    with caplog.at_level(logging.DEBUG):
        code, params = flow.code()
        body = flow.exchange(code, params).json()
        flow.refresh(body["refresh_token"])
    text = caplog.text
    assert code not in text
    for value in (body["access_token"], body["refresh_token"], body["id_token"]):
        assert value not in text
