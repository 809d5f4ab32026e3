"""A Clio-shaped server (Manage API v4), from Clio's docs (design.md §4), not from Loopgate.

What it reproduces:

* ``/oauth/authorize`` shows a consent page; a decline comes back to the app as
  ``error=access_denied`` **only** when ``redirect_on_decline=true`` was sent, otherwise
  the person sees a "declined" page and the app never hears (it looks like a timeout);
* ``/oauth/token`` is form-encoded, repeats the exact ``redirect_uri``, takes an optional
  ``code_verifier`` (checked when present: PKCE for Manage is undocumented) and an optional
  ``client_secret`` (``require_client_secret=True`` answers 401 ``invalid_client`` without
  it); answers ``{access_token, token_type: "bearer", expires_in: 2592000, refresh_token}``;
* refresh tokens are **reusable** and a refresh answer carries no ``refresh_token``;
* ``POST /oauth/deauthorize`` with a live bearer token: 200, empty body, and the whole
  grant (all its access tokens and its refresh token) dies; a dead bearer gets 401;
* API ``/api/v4/...`` with ``fields=`` selection (``who_am_i`` gives only ``id`` without
  it), ``X-RateLimit-Limit/Remaining/Reset`` on every answer, 429 with ``Retry-After``,
  and 401 ``{"error": "invalid_token", "error_description": ...}``.
"""

from __future__ import annotations

import base64
import secrets
from typing import Any

from .base import Request, Response
from .common import (
    Clock,
    ProviderServer,
    RateLimiter,
    RedirectRegistry,
    Route,
    exact,
    hidden_fields,
    page,
    pkce_matches,
    route,
    with_query,
)
from .faults import FaultInjector
from .grants import Grant, TokenBook

DEFAULT_CLIENT_ID = "loopgate-clio-test"
DEFAULT_REDIRECTS = ("http://127.0.0.1:*/oauth/clio/callback",)
THIRTY_DAYS = 2_592_000

USER = {"id": 345678901, "name": "Jordan Avery", "email": "jordan@firm.example"}
MATTERS = [
    {
        "id": 1000 + i,
        "display_number": f"00{i}-Avery",
        "description": f"Matter {i}",
        "status": "Open",
    }
    for i in range(1, 4)
]
CONTACTS = [{"id": 2000 + i, "name": f"Client {i}", "type": "Person"} for i in range(1, 3)]


def _oauth_error(status: int, error: str, description: str) -> Response:
    return Response.json(status, {"error": error, "error_description": description})


class ClioLike(ProviderServer):
    """Clio Manage's OAuth and a slice of its API on one loopback host."""

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = "",
        require_client_secret: bool = False,
        redirect_uris: tuple[str, ...] = DEFAULT_REDIRECTS,
        token_length: int = 40,
        expires_in: int = THIRTY_DAYS,
        code_lifetime: float = 600,
        rate_limit: int | None = 50,
        rate_window: float = 60,
        clock: Clock | None = None,
        faults: FaultInjector | None = None,
    ) -> None:
        super().__init__(clock=clock, faults=faults)
        self.client_id = client_id
        self.client_secret = client_secret
        self.require_client_secret = require_client_secret
        self.redirects = RedirectRegistry(list(redirect_uris))
        self.token_length = token_length
        self.expires_in = expires_in
        self.code_lifetime = code_lifetime
        self.book = TokenBook(self.clock)
        self.rate = RateLimiter(self.clock, rate_limit, rate_window)
        self._pending: dict[str, dict[str, str]] = {}
        self._routes = [
            Route("GET", exact("/oauth/authorize"), self._authorize),
            Route("POST", exact("/oauth/authorize"), self._decide),
            Route("POST", exact("/oauth/token"), self._token),
            Route("POST", exact("/oauth/deauthorize"), self._deauthorize),
            Route("GET", exact("/api/v4/users/who_am_i"), lambda r: self._api(r, "who_am_i")),
            Route("GET", exact("/api/v4/matters"), lambda r: self._api(r, "matters")),
            Route("GET", exact("/api/v4/contacts"), lambda r: self._api(r, "contacts")),
        ]
        self._listen("main")

    @property
    def base(self) -> str:
        return self.listeners["main"].base

    @property
    def hosts(self) -> dict[str, str]:
        """The ``hosts`` block of a profile extending the shipped ``clio`` one."""
        return {"host": self.base}

    # -- knobs ---------------------------------------------------------------------
    def expire_access_tokens(self) -> None:
        with self.lock:
            self.book.expire_access_tokens()

    def rate_limit_next(self, calls: int, retry_after: int = 7) -> None:
        with self.lock:
            self.rate.force(calls, retry_after)

    def end_grants(self) -> None:
        """The person (or an administrator) revokes the app: every grant dies at once."""
        with self.lock:
            for grant_id in list(self.book.grants):
                self.book.kill_grant(grant_id)

    def live_grants(self) -> int:
        with self.lock:
            return sum(1 for g in self.book.grants.values() if g.alive)

    def refresh_token_live(self, value: str) -> bool:
        with self.lock:
            return self.book.live(value, "refresh") is not None

    def handle(self, request: Request) -> Response:
        return route(self._routes, request, lambda _r: Response.html(404, page("Not found", "")))

    # -- authorize -----------------------------------------------------------------
    def _authorize(self, request: Request) -> Response:
        q = request.query
        with self.lock:
            self.counters.authorize_requests += 1
            if q.get("client_id") != self.client_id or not self.redirects.matches(
                q.get("redirect_uri", "")
            ):
                # Never redirect to an address the app did not register (RFC 6749 §4.1.2.1).
                return Response.html(400, page("Invalid client or redirect URI", ""))
            state = {"state": q["state"]} if "state" in q else {}
            if q.get("response_type") != "code":
                error = {"error": "unsupported_response_type", **state}
                return Response.redirect(with_query(q["redirect_uri"], error))
            txn = secrets.token_urlsafe(16)
            self._pending[txn] = dict(q)
        form = (
            f"<form method='post' action='/oauth/authorize'>{hidden_fields({'txn': txn})}"
            "<p>Loopgate would like to access your Clio account.</p>"
            "<button name='decision' value='approve'>Allow Access</button>"
            "<button name='decision' value='deny'>Deny</button></form>"
        )
        return Response.html(200, page("Clio: allow access?", form))

    def _decide(self, request: Request) -> Response:
        form = request.form()
        with self.lock:
            params = self._pending.pop(form.get("txn", ""), None)
            if params is None:
                return Response.html(400, page("This request has expired", ""))
            state = {"state": params["state"]} if "state" in params else {}
            if form.get("decision") != "approve":
                self.counters.declines += 1
                if params.get("redirect_on_decline") == "true":
                    error = {"error": "access_denied", **state}
                    return Response.redirect(with_query(params["redirect_uri"], error))
                return Response.html(200, page("Access declined", "<p>You declined.</p>"))
            self.counters.approvals += 1
            code = self.book.new_code(
                self.code_lifetime,
                client_id=params["client_id"],
                redirect_uri=params["redirect_uri"],
                subject=str(USER["id"]),
                challenge=params.get("code_challenge", ""),
                challenge_method=params.get("code_challenge_method", ""),
            )
        return Response.redirect(with_query(params["redirect_uri"], {"code": code.value, **state}))

    # -- token endpoint ------------------------------------------------------------
    def _client_ok(self, request: Request, form: dict[str, str]) -> bool:
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "basic":
            try:
                client_id, _, secret = base64.b64decode(value).decode().partition(":")
            except ValueError:
                return False
        if client_id != self.client_id:
            return False
        if self.require_client_secret or secret:
            return bool(self.client_secret) and secrets.compare_digest(secret, self.client_secret)
        return True

    def _token(self, request: Request) -> Response:
        form = request.form() if request.content_type == "application/x-www-form-urlencoded" else {}
        grant_type = form.get("grant_type", "")
        with self.lock:
            self.counters.token_requests += 1
            if grant_type == "refresh_token":
                self.counters.refresh_requests += 1
        scope = "refresh" if grant_type == "refresh_token" else "code"
        fault = self.fault(scope, "token")
        if fault is not None:
            return fault
        if not form:
            return _oauth_error(400, "invalid_request", "The body must be form-encoded.")
        if not self._client_ok(request, form):
            return _oauth_error(401, "invalid_client", "Client authentication failed.")
        with self.lock:
            if grant_type == "authorization_code":
                return self._exchange(form)
            if grant_type == "refresh_token":
                return self._refresh(form)
        return _oauth_error(400, "unsupported_grant_type", f"Unsupported: {grant_type!r}")

    def _exchange(self, form: dict[str, str]) -> Response:
        code = self.book.codes.get(form.get("code", ""))
        if code is None or code.client_id != form.get("client_id"):
            return _oauth_error(400, "invalid_grant", "Unknown authorization code.")
        if code.used:
            self.counters.reused_codes += 1
            self.book.kill_grant(code.grant_id)
            return _oauth_error(400, "invalid_grant", "The authorization code was already used.")
        code.used = True
        if code.expires_at <= self.clock():
            return _oauth_error(400, "invalid_grant", "The authorization code has expired.")
        if form.get("redirect_uri") != code.redirect_uri:
            return _oauth_error(400, "invalid_grant", "redirect_uri does not match.")
        verifier = form.get("code_verifier")
        if verifier is not None and code.challenge and not pkce_matches(verifier, code.challenge):
            return _oauth_error(400, "invalid_grant", "code_verifier does not match.")
        grant = self.book.new_grant(code.client_id, code.subject)
        code.grant_id = grant.id
        refresh = self.book.issue(grant, "refresh", None, self.token_length)
        return Response.json(200, {**self._access(grant), "refresh_token": refresh.value})

    def _refresh(self, form: dict[str, str]) -> Response:
        token = self.book.live(form.get("refresh_token"), "refresh")
        if token is None:
            return _oauth_error(400, "invalid_grant", "The refresh token is invalid.")
        # Reusable: the refresh token is not consumed, and the answer does not repeat it.
        return Response.json(200, self._access(self.book.grant_of(token)))

    def _access(self, grant: Grant) -> dict[str, Any]:
        access = self.book.issue(grant, "access", self.expires_in, self.token_length)
        return {"access_token": access.value, "token_type": "bearer", "expires_in": self.expires_in}

    # -- deauthorize and API -------------------------------------------------------
    def _deauthorize(self, request: Request) -> Response:
        fault = self.fault("revoke")
        if fault is not None:
            return fault
        with self.lock:
            token = self.book.live(request.bearer(), "access")
            if token is None:
                return _oauth_error(401, "invalid_token", "The access token is invalid.")
            self.book.kill_grant(token.grant_id)
            self.counters.revocations += 1
        return Response.empty(200)

    def _api(self, request: Request, what: str) -> Response:
        with self.lock:
            self.counters.api_calls += 1
        fault = self.fault("api")
        if fault is not None:
            return fault
        with self.lock:
            token = self.book.live(request.bearer(), "access")
            if token is None:
                return _oauth_error(401, "invalid_token", "The access token is invalid or expired.")
            retry_after, remaining, reset = self.rate.check(token.value)
            headers = self._rate_headers(remaining, reset)
            if retry_after is not None:
                self.counters.rate_limited += 1
                message = f"Rate limit exceeded. Retry in {retry_after} seconds."
                body = {"error": {"type": "RateLimited", "message": message}}
                return Response.json(429, body, [*headers, ("Retry-After", str(retry_after))])
        return Response.json(200, self._api_json(request, what), headers)

    def _rate_headers(self, remaining: int, reset: float) -> list[tuple[str, str]]:
        if self.rate.per_window is None:
            return []
        return [
            ("X-RateLimit-Limit", str(self.rate.per_window)),
            ("X-RateLimit-Remaining", str(max(remaining, 0))),
            ("X-RateLimit-Reset", str(int(reset))),
        ]

    def _api_json(self, request: Request, what: str) -> dict[str, Any]:
        fields = [f for f in request.query.get("fields", "id").split(",") if f]
        if what == "who_am_i":
            return {"data": {k: USER[k] for k in fields if k in USER}}
        rows = MATTERS if what == "matters" else CONTACTS
        limit = int(request.query.get("limit") or 200)
        data = [{k: row[k] for k in fields if k in row} for row in rows[:limit]]
        return {"data": data, "meta": {"records": len(data), "paging": {}}}
