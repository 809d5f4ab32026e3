"""A Cloverleaf-shaped OpenID provider, from Cloverleaf's docs (design.md §4).

The documented surface is small: ``/api/oidc/auth`` and ``/api/oidc/token`` under the
issuer ``<base>/api/oidc``, ``code``, ``iss`` and ``state`` on the redirect, a form-encoded
token endpoint, and ``/public-api/v1/self/daily-coaching``. The rest follows what an OIDC
provider with those paths (node ``oidc-provider``) does by default, and is a knob:

* a login form (username/password), then a consent page;
* ``iss`` on **every** redirect back to the client, errors included (RFC 9207);
* **no** discovery document unless ``serve_discovery=True`` (404 otherwise), so a client
  must work from the documented endpoints; JWKS at ``/api/oidc/jwks`` regardless;
* RS256 id_tokens (``iss``, ``aud``, ``sub``, ``nonce``, ``exp``, ``iat``, name, email);
* PKCE S256 required (``require_pkce``) and verified;
* a refresh token only when ``offline_access`` was granted (``offline_needs_consent_prompt``
  adds node's extra rule that ``prompt=consent`` must be sent too); refresh tokens rotate,
  and presenting a used one kills the whole grant (400 ``invalid_grant``);
* API 401s carry ``WWW-Authenticate: Bearer error="invalid_token"``.
"""

from __future__ import annotations

import secrets
from typing import Any

from . import oidc_keys
from .base import Request, Response
from .common import (
    Clock,
    ProviderServer,
    RedirectRegistry,
    Route,
    esc,
    exact,
    hidden_fields,
    page,
    pattern,
    pkce_matches,
    route,
    with_query,
)
from .faults import FaultInjector
from .grants import AuthCode, Grant, TokenBook

DEFAULT_CLIENT_ID = "loopgate-cloverleaf-test"
DEFAULT_REDIRECTS = ("http://127.0.0.1:*/callback",)
SCOPES_SUPPORTED = ("openid", "offline_access", "profile", "email")
USERS = {
    "casey": {
        "password": "coach-me",
        "sub": "usr_8f2c41",
        "name": "Casey Lee",
        "email": "casey@team.example",
    }
}
_INVALID_TOKEN = [("WWW-Authenticate", 'Bearer error="invalid_token"')]


def _oauth_error(status: int, error: str, description: str) -> Response:
    return Response.json(status, {"error": error, "error_description": description})


class CloverleafLike(ProviderServer):
    """Cloverleaf's OIDC provider and coaching API on one loopback host."""

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        redirect_uris: tuple[str, ...] = DEFAULT_REDIRECTS,
        serve_discovery: bool = False,
        require_pkce: bool = True,
        offline_needs_consent_prompt: bool = False,
        access_lifetime: float = 3600,
        refresh_lifetime: float = 14 * 86400,
        id_token_lifetime: float = 3600,
        code_lifetime: float = 60,
        clock: Clock | None = None,
        faults: FaultInjector | None = None,
    ) -> None:
        super().__init__(clock=clock, faults=faults)
        self.client_id = client_id
        self.redirects = RedirectRegistry(list(redirect_uris))
        self.serve_discovery = serve_discovery
        self.require_pkce = require_pkce
        self.offline_needs_consent_prompt = offline_needs_consent_prompt
        self.access_lifetime = access_lifetime
        self.refresh_lifetime = refresh_lifetime
        self.id_token_lifetime = id_token_lifetime
        self.code_lifetime = code_lifetime
        self.sign_with_foreign_key = False
        self.book = TokenBook(self.clock)
        self._interactions: dict[str, dict[str, Any]] = {}
        o = "/api/oidc"
        self._routes = [
            Route("GET", exact(f"{o}/auth"), self._authorize),
            Route("GET", pattern(f"{o}/interaction/([^/]+)"), self._interaction),
            Route("POST", pattern(f"{o}/interaction/([^/]+)/login"), self._login),
            Route("POST", pattern(f"{o}/interaction/([^/]+)/confirm"), self._confirm),
            Route("POST", exact(f"{o}/token"), self._token),
            Route("GET", exact(f"{o}/jwks"), self._jwks),
            Route("GET", exact(f"{o}/.well-known/openid-configuration"), self._discovery),
            Route("GET", exact(f"{o}/me"), self._userinfo),
            Route("GET", exact("/public-api/v1/self/daily-coaching"), self._coaching),
        ]
        self._listen("main")

    @property
    def base(self) -> str:
        return self.listeners["main"].base

    @property
    def issuer(self) -> str:
        return f"{self.base}/api/oidc"

    @property
    def hosts(self) -> dict[str, str]:
        """The ``hosts`` block of a profile extending the shipped ``cloverleaf`` one."""
        return {"base": self.base}

    # -- knobs ---------------------------------------------------------------------
    def expire_access_tokens(self) -> None:
        with self.lock:
            self.book.expire_access_tokens()

    def end_grants(self) -> None:
        """The person (or an administrator) revokes the app: every grant dies at once."""
        with self.lock:
            for grant_id in list(self.book.grants):
                self.book.kill_grant(grant_id)

    def live_grants(self) -> int:
        with self.lock:
            return sum(1 for g in self.book.grants.values() if g.alive)

    def handle(self, request: Request) -> Response:
        return route(self._routes, request, lambda _r: _oauth_error(404, "not_found", "No route"))

    # -- authorization -------------------------------------------------------------
    def _back(self, params: dict[str, str], answer: dict[str, str]) -> Response:
        """Every redirect to the client carries ``state`` (if sent) and ``iss``."""
        extra = {"state": params["state"]} if "state" in params else {}
        return Response.redirect(
            with_query(params["redirect_uri"], {**answer, **extra, "iss": self.issuer})
        )

    def _authorize(self, request: Request) -> Response:
        q = dict(request.query)
        with self.lock:
            self.counters.authorize_requests += 1
        if q.get("client_id") != self.client_id or not self.redirects.matches(
            q.get("redirect_uri", "")
        ):
            return Response.html(400, page("Invalid client or redirect_uri", ""))
        if q.get("response_type") != "code":
            return self._back(q, {"error": "unsupported_response_type"})
        if "openid" not in q.get("scope", "").split():
            return self._back(q, {"error": "invalid_scope", "error_description": "openid needed"})
        if self.require_pkce and (
            not q.get("code_challenge") or q.get("code_challenge_method") != "S256"
        ):
            description = "PKCE S256 code_challenge required"
            return self._back(q, {"error": "invalid_request", "error_description": description})
        uid = secrets.token_urlsafe(12)
        with self.lock:
            self._interactions[uid] = {"params": q, "user": None}
        return Response(303, headers=[("Location", f"/api/oidc/interaction/{uid}")])

    def _interaction(self, request: Request, uid: str, notice: str = "") -> Response:
        with self.lock:
            interaction = self._interactions.get(uid)
        if interaction is None:
            return Response.html(400, page("Session not found", ""))
        if interaction["user"] is None:
            form = (
                f"<form method='post' action='/api/oidc/interaction/{esc(uid)}/login'>"
                f"<p>{esc(notice)}</p><input type='text' name='username'>"
                "<input type='password' name='password'><button type='submit'>Sign in</button>"
                "</form>"
            )
            return Response.html(200, page("Sign in to Cloverleaf", form))
        scopes = esc(interaction["params"].get("scope", ""))
        form = (
            f"<form method='post' action='/api/oidc/interaction/{esc(uid)}/confirm'>"
            f"{hidden_fields({'uid': uid})}<p>Requested: {scopes}</p>"
            "<button name='decision' value='approve'>Continue</button>"
            "<button name='decision' value='deny'>Cancel</button></form>"
        )
        return Response.html(200, page("Authorize Loopgate", form))

    def _login(self, request: Request, uid: str) -> Response:
        form = request.form()
        user = USERS.get(form.get("username", ""))
        with self.lock:
            interaction = self._interactions.get(uid)
            if interaction is None:
                return Response.html(400, page("Session not found", ""))
            if user is None or not secrets.compare_digest(
                form.get("password", ""), user["password"]
            ):
                return self._interaction(request, uid, "Invalid username or password.")
            interaction["user"] = form["username"]
            self.counters.logins += 1
        return Response(303, headers=[("Location", f"/api/oidc/interaction/{uid}")])

    def _confirm(self, request: Request, uid: str) -> Response:
        form = request.form()
        with self.lock:
            interaction = self._interactions.pop(uid, None)
            if interaction is None or interaction["user"] is None:
                return Response.html(400, page("Session not found", ""))
            params = interaction["params"]
            if form.get("decision") != "approve":
                self.counters.declines += 1
                description = "End-User aborted interaction"
                return self._back(
                    params, {"error": "access_denied", "error_description": description}
                )
            self.counters.approvals += 1
            code = self.book.new_code(
                self.code_lifetime,
                client_id=params["client_id"],
                redirect_uri=params["redirect_uri"],
                subject=interaction["user"],
                challenge=params.get("code_challenge", ""),
                challenge_method=params.get("code_challenge_method", ""),
                scope=self._granted(params),
                nonce=params.get("nonce", ""),
            )
        return self._back(params, {"code": code.value})

    def _granted(self, params: dict[str, str]) -> tuple[str, ...]:
        wanted = [s for s in params.get("scope", "").split() if s in SCOPES_SUPPORTED]
        prompts = params.get("prompt", "").split()
        if self.offline_needs_consent_prompt and "consent" not in prompts:
            wanted = [s for s in wanted if s != "offline_access"]
        return tuple(dict.fromkeys(wanted))

    # -- token endpoint ------------------------------------------------------------
    def _token(self, request: Request) -> Response:
        form = request.form() if request.content_type == "application/x-www-form-urlencoded" else {}
        grant_type = form.get("grant_type", "")
        with self.lock:
            self.counters.token_requests += 1
            if grant_type == "refresh_token":
                self.counters.refresh_requests += 1
        fault = self.fault("refresh" if grant_type == "refresh_token" else "code", "token")
        if fault is not None:
            return fault
        if not form:
            return _oauth_error(400, "invalid_request", "form-encoded body required")
        if form.get("client_id") != self.client_id:
            return _oauth_error(401, "invalid_client", "client authentication failed")
        with self.lock:
            if grant_type == "authorization_code":
                return self._exchange(form)
            if grant_type == "refresh_token":
                return self._refresh(form)
        return _oauth_error(400, "unsupported_grant_type", "unsupported grant_type")

    def _exchange(self, form: dict[str, str]) -> Response:
        code: AuthCode | None = self.book.codes.get(form.get("code", ""))
        if code is None or code.client_id != form["client_id"]:
            return _oauth_error(400, "invalid_grant", "grant request is invalid")
        if code.used:
            self.counters.reused_codes += 1
            self.book.kill_grant(code.grant_id)
            return _oauth_error(400, "invalid_grant", "authorization code already consumed")
        code.used = True
        if code.expires_at <= self.clock() or form.get("redirect_uri") != code.redirect_uri:
            return _oauth_error(400, "invalid_grant", "grant request is invalid")
        if code.challenge and not pkce_matches(form.get("code_verifier", ""), code.challenge):
            return _oauth_error(400, "invalid_grant", "PKCE verification failed")
        grant = self.book.new_grant(code.client_id, code.subject, code.scope)
        code.grant_id = grant.id
        return Response.json(200, self._issue(grant, nonce=code.nonce))

    def _refresh(self, form: dict[str, str]) -> Response:
        token = self.book.find(form.get("refresh_token"), "refresh")
        if token is not None and token.used:
            # RFC 9700 §4.14.2: a rotated token came back; assume theft, end the grant.
            self.counters.reused_refresh_tokens += 1
            self.book.kill_grant(token.grant_id)
        if token is None or not self.book.is_live(token):
            return _oauth_error(400, "invalid_grant", "grant request is invalid")
        grant = self.book.grant_of(token)
        if grant.client_id != form["client_id"]:
            return _oauth_error(400, "invalid_grant", "client mismatch")
        token.used = True
        return Response.json(200, self._issue(grant, nonce=""))

    def _issue(self, grant: Grant, *, nonce: str) -> dict[str, Any]:
        access = self.book.issue(grant, "access", self.access_lifetime, 43)
        answer: dict[str, Any] = {
            "access_token": access.value,
            "token_type": "Bearer",
            "expires_in": int(self.access_lifetime),
            "scope": " ".join(grant.scope),
            "id_token": self._id_token(grant, nonce),
        }
        if "offline_access" in grant.scope:
            refresh = self.book.issue(grant, "refresh", self.refresh_lifetime, 43)
            answer["refresh_token"] = refresh.value
        return answer

    def _id_token(self, grant: Grant, nonce: str) -> str:
        user = USERS[grant.subject]
        now = int(self.clock())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": grant.client_id,
            "sub": user["sub"],
            "iat": now,
            "exp": now + int(self.id_token_lifetime),
            "auth_time": now,
            "name": user["name"],
            "email": user["email"],
        }
        if nonce:
            claims["nonce"] = nonce
        return oidc_keys.sign(claims, foreign=self.sign_with_foreign_key)

    # -- metadata, userinfo, API ---------------------------------------------------
    def _jwks(self, request: Request) -> Response:
        with self.lock:
            self.counters.jwks_requests += 1
        return Response.json(200, oidc_keys.jwks())

    def _discovery(self, request: Request) -> Response:
        with self.lock:
            self.counters.discovery_requests += 1
        if not self.serve_discovery:
            return _oauth_error(404, "not_found", "discovery is not served")
        i = self.issuer
        return Response.json(
            200,
            {
                "issuer": i,
                "authorization_endpoint": f"{i}/auth",
                "token_endpoint": f"{i}/token",
                "jwks_uri": f"{i}/jwks",
                "userinfo_endpoint": f"{i}/me",
                "scopes_supported": list(SCOPES_SUPPORTED),
                "response_types_supported": ["code"],
                "grant_types_supported": ["authorization_code", "refresh_token"],
                "code_challenge_methods_supported": ["S256"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "subject_types_supported": ["public"],
                "token_endpoint_auth_methods_supported": ["none"],
                "authorization_response_iss_parameter_supported": True,
            },
        )

    def _live_bearer(self, request: Request) -> Grant | None:
        with self.lock:
            token = self.book.live(request.bearer(), "access")
            return None if token is None else self.book.grant_of(token)

    def _userinfo(self, request: Request) -> Response:
        grant = self._live_bearer(request)
        if grant is None:
            body = {"error": "invalid_token", "error_description": "invalid token provided"}
            return Response.json(401, body, _INVALID_TOKEN)
        user = USERS[grant.subject]
        return Response.json(
            200, {"sub": user["sub"], "name": user["name"], "email": user["email"]}
        )

    def _coaching(self, request: Request) -> Response:
        with self.lock:
            self.counters.api_calls += 1
        fault = self.fault("api")
        if fault is not None:
            return fault
        grant = self._live_bearer(request)
        if grant is None:
            body = {"error": "invalid_token", "error_description": "invalid token provided"}
            return Response.json(401, body, _INVALID_TOKEN)
        tip = {"date": "2024-05-02", "title": "Ask one more question", "focus": "Curiosity"}
        return Response.json(200, {"data": [tip], "user": USERS[grant.subject]["sub"]})
