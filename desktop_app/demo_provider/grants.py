"""Authlib grants, extensions and the authorization server wired to the demo's state.

Authlib does the protocol validation; these classes only say where codes and tokens live,
how tokens look (RFC 9068 JWTs, rotating refresh tokens) and what a replay kills.
"""

from __future__ import annotations

import logging
import secrets
import time
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import (
    InvalidGrantError,
    InvalidRequestError,
    OAuth2Request,
    grants,
    scope_to_list,
)
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oauth2.rfc9068 import JWTBearerTokenGenerator
from authlib.oauth2.rfc9207 import IssuerParameter
from authlib.oidc.core import OpenIDCode, UserInfo
from flask import Flask

from .config import DemoConfig
from .keys import SigningKeys, verified_claims
from .models import (
    AUTHORIZATION_CODE_TTL,
    CLIENT,
    CLIENT_ID,
    SCOPES_SUPPORTED,
    USERS,
    AuthorizationCode,
    DemoClient,
    DemoStats,
    DemoUser,
    RefreshRecord,
)
from .revocation import DemoRevocationEndpoint
from .state import DemoState


class _DropIssuedTokens(logging.Filter):
    """Authlib's grants log the whole token dict at DEBUG; a token must never reach a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Issue token", "Grant token"))


def _silence_token_debug_logs() -> None:
    for name in (
        "authlib.oauth2.rfc6749.grants.authorization_code",
        "authlib.oauth2.rfc6749.grants.refresh_token",
    ):
        target = logging.getLogger(name)
        if not any(isinstance(f, _DropIssuedTokens) for f in target.filters):
            target.addFilter(_DropIssuedTokens())


_silence_token_debug_logs()


def new_refresh_token(**_: Any) -> str:
    """An opaque refresh token with 256 bits from the CSPRNG."""
    return secrets.token_urlsafe(32)


class DemoAuthorizationServer(AuthorizationServer):
    """Authlib's Flask server plus the demo's state, keys and counters."""

    def __init__(
        self, app: Flask, config: DemoConfig, state: DemoState, keys: SigningKeys, stats: DemoStats
    ) -> None:
        self.config = config
        self.state = state
        self.keys = keys
        self.stats = stats
        app.config["OAUTH2_SCOPES_SUPPORTED"] = SCOPES_SUPPORTED
        super().__init__(app, query_client=self._query_client)
        self.register_token_generator("default", DemoTokenGenerator(config, keys))
        self.register_grant(DemoAuthorizationCodeGrant, [S256CodeChallenge(), DemoOpenIDCode(self)])
        self.register_grant(DemoRefreshTokenGrant)
        self.register_endpoint(DemoRevocationEndpoint)
        self.register_extension(DemoIssuerParameter(config.issuer))

    @staticmethod
    def _query_client(client_id: str) -> DemoClient | None:
        return CLIENT if client_id == CLIENT_ID else None

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        """Tie the new tokens to their family: a fresh one per code, the old one on refresh."""
        with self.state.lock:
            previous = request.refresh_token
            if isinstance(previous, RefreshRecord):
                family, auth_time = previous.family, previous.auth_time
            else:
                code: AuthorizationCode = request.authorization_code
                family, auth_time = self.state.new_family(), code.auth_time
                self.state.consume_code(code, family)
            claims = verified_claims(self.keys, token["access_token"])
            assert claims is not None, "the server cannot read a token it just signed"
            self.state.record_access_token(family, claims["jti"], claims["exp"])
            if refresh_token := token.get("refresh_token"):
                now = int(time.time())
                self.state.add_refresh_token(
                    refresh_token,
                    family=family,
                    client_id=request.client.get_client_id(),
                    user_id=request.user.get_user_id(),
                    scope=token.get("scope", ""),
                    auth_time=auth_time,
                    issued_at=now,
                    expires_at=now + self.config.refresh_token_ttl,
                )
            self.state.persist()


class DemoTokenGenerator(JWTBearerTokenGenerator):
    """RFC 9068 JWT access tokens; refresh tokens only where `offline_access` was granted."""

    def __init__(self, config: DemoConfig, keys: SigningKeys) -> None:
        self._config = config
        self._keys = keys
        super().__init__(
            issuer=config.issuer,
            refresh_token_generator=new_refresh_token,
            expires_generator=self._expires_in,
        )

    def _expires_in(self, client: DemoClient, grant_type: str) -> int:
        return self._config.access_token_ttl

    def get_jwks(self) -> Any:
        return self._keys.private_set

    def generate(
        self,
        grant_type: str,
        client: DemoClient,
        user: DemoUser | None = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        scope = self.get_allowed_scope(client, scope)
        # OIDC Core §11: offline access is what earns a refresh token; a rotation
        # (RFC 9700 §4.14.2) always hands back a successor.
        include_refresh_token = include_refresh_token and (
            grant_type == "refresh_token" or "offline_access" in scope_to_list(scope)
        )
        return super().generate(grant_type, client, user, scope, expires_in, include_refresh_token)


class S256CodeChallenge(CodeChallenge):
    """PKCE required at the authorization endpoint too, and S256 only (never `plain`)."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012 - Authlib's class attribute
    DEFAULT_CODE_CHALLENGE_METHOD = "S256"

    def __init__(self) -> None:
        super().__init__(required=True)

    def validate_code_challenge(self, grant: grants.BaseGrant, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: send code_challenge (RFC 7636).")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("code_challenge_method must be S256.")
        super().validate_code_challenge(grant, redirect_uri)


class DemoAuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    """Codes live in memory; a replayed code revokes what it produced (RFC 6749 §4.1.2)."""

    TOKEN_ENDPOINT_AUTH_METHODS = ["none"]  # noqa: RUF012 - Authlib's class attribute
    server: DemoAuthorizationServer

    def save_authorization_code(self, code: str, request: OAuth2Request) -> None:
        data = request.payload.data
        self.server.state.save_code(
            AuthorizationCode(
                code=code,
                client_id=request.client.get_client_id(),
                redirect_uri=request.payload.redirect_uri,
                scope=request.scope,
                user_id=request.user.get_user_id(),
                code_challenge=data["code_challenge"],
                code_challenge_method=data["code_challenge_method"],
                nonce=data.get("nonce"),
                auth_time=int(time.time()),
                expires_at=time.time() + AUTHORIZATION_CODE_TTL,
            )
        )

    def query_authorization_code(self, code: str, client: DemoClient) -> AuthorizationCode | None:
        found = self.server.state.get_code(code)
        if found is None or found.client_id != client.get_client_id():
            return None
        if found.used:
            if found.family:
                self.server.state.revoke_family(found.family)
            raise InvalidGrantError(
                "The authorization code was already used; tokens issued from it are revoked."
            )
        return found

    def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
        # Already marked used in save_token; kept until expiry so a replay is recognised.
        return None

    def authenticate_user(self, authorization_code: AuthorizationCode) -> DemoUser | None:
        return USERS.get(authorization_code.user_id)


class DemoRefreshTokenGrant(grants.RefreshTokenGrant):
    """Rotating refresh tokens with reuse detection (RFC 9700 §4.14.2)."""

    TOKEN_ENDPOINT_AUTH_METHODS = ["none"]  # noqa: RUF012 - Authlib's class attribute
    INCLUDE_NEW_REFRESH_TOKEN = True
    server: DemoAuthorizationServer

    def authenticate_refresh_token(self, refresh_token: str) -> RefreshRecord | None:
        state = self.server.state
        record = state.find_refresh_token(refresh_token)
        if record is None or state.family_revoked(record.family):
            return None
        if record.is_expired():
            raise InvalidGrantError("The refresh token expired.")
        if record.used:
            # A used token presented again means two parties hold it: kill the family.
            state.revoke_family(record.family)
            self.server.stats.increment("reuse_detected")
            raise InvalidGrantError(
                "The refresh token was already used; all tokens from this sign-in are revoked."
            )
        return record

    def authenticate_user(self, refresh_token: RefreshRecord) -> DemoUser | None:
        return USERS.get(refresh_token.user_id)

    def revoke_old_credential(self, refresh_token: RefreshRecord) -> None:
        self.server.state.mark_refresh_used(refresh_token)
        self.server.state.persist()


class DemoOpenIDCode(OpenIDCode):
    """Adds an RS256 id_token to the code grant when `openid` was granted."""

    def __init__(self, server: DemoAuthorizationServer) -> None:
        super().__init__(require_nonce=False)
        self._server = server

    def resolve_client_private_key(self, client: DemoClient) -> Any:
        return self._server.keys.private_set

    def get_client_algorithm(self, client: DemoClient) -> str:
        return "RS256"

    def get_encode_header(self, client: DemoClient) -> dict[str, str]:
        return {"alg": "RS256", "typ": "JWT"}  # `kid` is added by the key set

    def get_client_claims(self, client: DemoClient) -> dict[str, Any]:
        config = self._server.config
        return {
            "iss": config.issuer,
            "aud": client.get_client_id(),
            "exp": int(time.time()) + config.id_token_ttl,
        }

    def exists_nonce(self, nonce: str, request: OAuth2Request) -> bool:
        return False  # codes are single use, which already stops a replayed nonce

    def generate_user_info(self, user: DemoUser, scope: str) -> UserInfo:
        return UserInfo(user.claims())


class DemoIssuerParameter(IssuerParameter):
    """RFC 9207: `iss` on every authorization response, errors included."""

    def __init__(self, issuer: str) -> None:
        self._issuer = issuer

    def get_issuer(self) -> str:
        return self._issuer
