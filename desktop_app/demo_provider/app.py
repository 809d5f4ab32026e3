"""The demo provider's Flask app: discovery, authorize (consent), token, revoke, JWKS, stats."""

from __future__ import annotations

import time
from typing import Any

from authlib.oauth2 import OAuth2Error
from flask import Flask, Response, jsonify, request

from .api import create_api_blueprint
from .config import DemoConfig
from .consent import CONSENT_COOKIE, PAGE_HEADERS, ConsentGuard, error_page, render_consent
from .grants import DemoAuthorizationServer, DemoIssuerParameter
from .keys import SigningKeys
from .models import SCOPES_SUPPORTED, USERS, DemoStats
from .state import DemoState

CLAIMS_SUPPORTED = [
    "sub",
    "iss",
    "aud",
    "exp",
    "iat",
    "auth_time",
    "nonce",
    "name",
    "email",
    "email_verified",
]


def discovery_document(issuer: str) -> dict[str, Any]:
    """OpenID Connect Discovery 1.0 / RFC 8414 metadata."""
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/authorize",
        "token_endpoint": f"{issuer}/token",
        "revocation_endpoint": f"{issuer}/revoke",
        "userinfo_endpoint": f"{issuer}/userinfo",
        "jwks_uri": f"{issuer}/jwks",
        "scopes_supported": SCOPES_SUPPORTED,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "revocation_endpoint_auth_methods_supported": ["none"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "claims_supported": CLAIMS_SUPPORTED,
        "authorization_response_iss_parameter_supported": True,
    }


def create_app(config: DemoConfig, state: DemoState, keys: SigningKeys, stats: DemoStats) -> Flask:
    """Build the app; `config.issuer` must already carry the bound port."""
    app = Flask("loopgate_demo_provider")
    server = DemoAuthorizationServer(app, config, state, keys, stats)
    issuer_parameter = DemoIssuerParameter(config.issuer)
    guard = ConsentGuard()
    app.register_blueprint(create_api_blueprint(config, keys, state, stats))

    def authorization_error(error: OAuth2Error) -> Response:
        # RFC 6749 §4.1.2.1: redirect only to a URI already checked against the client.
        if error.redirect_uri:
            response = server.handle_error_response(None, error)
            issuer_parameter.add_issuer_parameter(server, response)  # RFC 9207 §2
            return response
        return error_page(error.error or "invalid_request", error.get_error_description())

    @app.get("/.well-known/openid-configuration")
    @app.get("/.well-known/oauth-authorization-server")
    def discovery() -> Response:
        return jsonify(discovery_document(config.issuer))

    @app.get("/jwks")
    def jwks() -> Response:
        return jsonify(keys.public_jwks())

    @app.get("/authorize")
    def authorize_page() -> Response:
        try:
            grant = server.get_consent_grant(end_user=None)
        except OAuth2Error as error:
            return authorization_error(error)
        csrf_token, cookie = guard.issue(request.query_string, request.cookies.get(CONSENT_COOKIE))
        action = "/authorize?" + request.query_string.decode("ascii", "replace")
        page = render_consent(scope=grant.request.scope, action=action, csrf_token=csrf_token)
        response = Response(page, mimetype="text/html", headers=PAGE_HEADERS)
        response.set_cookie(
            CONSENT_COOKIE, cookie, httponly=True, samesite="Strict", path="/authorize"
        )
        return response

    @app.post("/authorize")
    def authorize_decision() -> Response:
        form = request.form
        if not guard.check(
            form.get("csrf_token"), request.query_string, request.cookies.get(CONSENT_COOKIE)
        ):
            return error_page("invalid_request", "This approval page expired or was already used.")
        approved = form.get("decision") == "approve"
        user = USERS.get(form.get("user", "")) if approved else None
        if approved and user is None:
            return error_page("invalid_request", "Choose which demo user to sign in as.")
        try:
            grant = server.get_consent_grant(end_user=user)
        except OAuth2Error as error:
            return authorization_error(error)
        # Deny goes through Authlib too: access_denied + state, and `iss` from the extension.
        return server.create_authorization_response(grant=grant, grant_user=user)

    @app.post("/token")
    def token() -> Response:
        stats.increment("token_requests")
        if request.form.get("grant_type") == "refresh_token":
            stats.increment("refresh_requests")
        delay = config.response_delay
        if delay > 0:
            time.sleep(delay)  # "slow provider" benchmarks; outside the lock on purpose
        with state.lock:  # one token request at a time: rotation must be atomic
            return server.create_token_response()

    @app.post("/revoke")
    def revoke() -> Response:
        with state.lock:
            response = server.create_endpoint_response("revocation")
        if response.status_code == 200:
            stats.increment("revocations")
        return response

    @app.get("/_demo/stats")
    def demo_stats() -> Response:
        return jsonify(stats.snapshot())

    return app
