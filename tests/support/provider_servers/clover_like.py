"""A Clover-shaped server, from Clover's developer docs (design.md §4), not from Loopgate.

What makes Clover different from textbook OAuth, all reproduced here:

* two hosts: the consent page on one (``www``/``sandbox``), token, refresh and API on
  another (``api``/``apisandbox``); ``single_host=True`` serves both from one listener;
* the redirect carries ``code, merchant_id, employee_id, client_id, state`` and no ``iss``;
* token and refresh bodies are **JSON** (form bodies refused) and answers carry
  ``access_token_expiration``/``refresh_token_expiration`` as Unix seconds, with no
  ``token_type`` and no ``expires_in``;
* refresh tokens are single use, and a merchant has at most ``refresh_cap`` live ones
  (issuing beyond it kills the oldest, with its access token);
* every error is ``{"message": "..."}`` with no ``error`` field; a dead token at the API
  gets 401 ``{"message": "401 Unauthorized"}`` and no ``WWW-Authenticate``;
* API ``/v3/merchants/{mId}...`` answers only for the token's own merchant; a per-token
  rate limit (16/s by the docs) answers 429 with ``Retry-After``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from .base import Request, Response
from .common import (
    Clock,
    ProviderServer,
    RateLimiter,
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
from .grants import Grant, Token, TokenBook

DEFAULT_CLIENT_ID = "LOOPGATETEST1"
DEFAULT_REDIRECTS = ("http://127.0.0.1:*/oauth/clover/callback",)


@dataclass
class Merchant:
    id: str
    name: str
    employee_id: str
    owner: dict[str, str]
    items: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)


def default_merchants() -> dict[str, Merchant]:
    bakery = Merchant(
        "JZP3TH6T37HA1",
        "Harbor Street Bakery",
        "EMP4QW7A9B2C1",
        {"id": "EMP4QW7A9B2C1", "name": "Rosa Lind", "email": "rosa@bakery.example"},
        [{"id": f"ITEM{i:09d}", "name": f"Loaf {i}", "price": 450 + i} for i in range(3)],
        [{"id": "ORD000000001", "total": 1350, "state": "locked"}],
    )
    bikes = Merchant(
        "KX81MMPQ0RTE2",
        "Two Wheels Repair",
        "EMP7HH2K0D3F9",
        {"id": "EMP7HH2K0D3F9", "name": "Ari Moss", "email": "ari@bikes.example"},
        [{"id": "ITEM100000001", "name": "Tune-up", "price": 6000}],
        [],
    )
    return {m.id: m for m in (bakery, bikes)}


def _message(status: int, text: str, headers: list[tuple[str, str]] | None = None) -> Response:
    """Clover's only error shape: ``{"message": ...}``, never ``error``."""
    return Response.json(status, {"message": text}, headers)


_UNAUTHORIZED = "401 Unauthorized"


class CloverLike(ProviderServer):
    """Clover's low-trust (PKCE) flow on loopback; see the module docstring."""

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        redirect_uris: tuple[str, ...] = DEFAULT_REDIRECTS,
        merchants: dict[str, Merchant] | None = None,
        single_host: bool = False,
        token_length: int = 64,
        access_lifetime: float = 1800,
        refresh_lifetime: float = 365 * 86400,
        code_lifetime: float = 300,
        refresh_cap: int = 10,
        rate_limit_per_second: int | None = 16,
        deny_redirects: bool = False,
        clock: Clock | None = None,
        faults: FaultInjector | None = None,
    ) -> None:
        super().__init__(clock=clock, faults=faults)
        self.client_ids = {client_id}
        self.client_id = client_id
        self.redirects = RedirectRegistry(list(redirect_uris))
        self.merchants = merchants or default_merchants()
        self.token_length = token_length
        self.access_lifetime = access_lifetime
        self.refresh_lifetime = refresh_lifetime
        self.code_lifetime = code_lifetime
        self.refresh_cap = refresh_cap
        self.deny_redirects = deny_redirects
        self.next_merchant: str | None = None
        self.callback_merchant_override: str | None = None
        self.book = TokenBook(self.clock)
        self.rate = RateLimiter(self.clock, rate_limit_per_second, 1.0)
        self._pending: dict[str, dict[str, str]] = {}
        self._routes = self._build_routes(single_host)
        self._listen(*(("main",) if single_host else ("auth", "api")))

    # -- addresses -----------------------------------------------------------------
    @property
    def auth_base(self) -> str:
        return self.listeners.get("auth", self.listeners.get("main")).base  # type: ignore[union-attr]

    @property
    def api_base(self) -> str:
        return self.listeners.get("api", self.listeners.get("main")).base  # type: ignore[union-attr]

    @property
    def hosts(self) -> dict[str, str]:
        """The ``hosts`` block of a profile extending the shipped ``clover`` one."""
        return {"auth": self.auth_base, "api": self.api_base}

    # -- knobs ---------------------------------------------------------------------
    def uninstall(self, merchant_id: str) -> None:
        """The merchant removes the app: its tokens die before their stated expiry."""
        with self.lock:
            for grant in self.book.grants_for(merchant_id):
                self.book.kill_grant(grant.id)

    def connect_elsewhere(self, merchant_id: str) -> dict[str, Any]:
        """Another device installs the same app for ``merchant_id`` (counts toward the cap)."""
        with self.lock:
            return self._issue(self.book.new_grant(self.client_id, merchant_id))

    def rate_limit_next(self, calls: int, retry_after: int = 7) -> None:
        """The next ``calls`` API calls answer 429 with ``Retry-After``."""
        with self.lock:
            self.rate.force(calls, retry_after)

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.book.expire_access_tokens()

    def live_refresh_tokens(self, merchant_id: str) -> list[str]:
        with self.lock:
            return [t.value for t in self.book.live_refresh_tokens(merchant_id, self.client_id)]

    def access_token_live(self, value: str) -> bool:
        with self.lock:
            return self.book.live(value, "access") is not None

    # -- routing -------------------------------------------------------------------
    def _build_routes(self, single: bool) -> list[Route]:
        auth: tuple[str, ...] = ("main",) if single else ("auth",)
        api: tuple[str, ...] = ("main",) if single else ("api",)
        m = r"/v3/merchants/([^/]+)"
        return [
            Route("GET", exact("/oauth/v2/authorize"), self._authorize, auth),
            Route("POST", exact("/oauth/v2/authorize"), self._decide, auth),
            Route("POST", exact("/oauth/v2/token"), self._token, api),
            Route("POST", exact("/oauth/v2/refresh"), self._refresh, api),
            Route("GET", pattern(m), lambda r, mid: self._api(r, mid, "merchant"), api),
            Route("GET", pattern(m + "/items"), lambda r, mid: self._api(r, mid, "items"), api),
            Route("GET", pattern(m + "/orders"), lambda r, mid: self._api(r, mid, "orders"), api),
        ]

    def handle(self, request: Request) -> Response:
        return route(self._routes, request, lambda _r: _message(404, "Not Found"))

    # -- authorize -----------------------------------------------------------------
    def _authorize(self, request: Request) -> Response:
        q = request.query
        with self.lock:
            self.counters.authorize_requests += 1
            if q.get("client_id") not in self.client_ids:
                return _message(400, "Invalid client_id")
            if not self.redirects.matches(q.get("redirect_uri", "")):
                return _message(400, "redirect_uri is not registered for this app")
            if q.get("response_type") != "code":
                return _message(400, "response_type must be code")
            if not q.get("code_challenge") or q.get("code_challenge_method") != "S256":
                return _message(400, "code_challenge with code_challenge_method=S256 required")
            chosen = q.get("merchant_id") or self.next_merchant or next(iter(self.merchants))
            txn = secrets.token_urlsafe(16)
            self._pending[txn] = dict(q)
        radios = "".join(
            f"<label><input type='radio' name='merchant_id' value='{esc(m.id)}'"
            f"{' checked' if m.id == chosen else ''}> {esc(m.name)}</label><br>"
            for m in self.merchants.values()
        )
        form = (
            "<form method='post' action='/oauth/v2/authorize'>"
            f"{hidden_fields({'txn': txn})}<p>Pick a merchant:</p>{radios}"
            "<button name='decision' value='approve'>Approve</button>"
            "<button name='decision' value='deny'>Deny</button></form>"
        )
        return Response.html(200, page("Clover: allow this app?", form))

    def _decide(self, request: Request) -> Response:
        form = request.form()
        with self.lock:
            params = self._pending.pop(form.get("txn", ""), None)
            if params is None:
                return _message(400, "This authorization request has expired")
            state = {"state": params["state"]} if "state" in params else {}
            if form.get("decision") != "approve":
                self.counters.declines += 1
                if self.deny_redirects:
                    return Response.redirect(
                        with_query(params["redirect_uri"], {"error": "access_denied", **state})
                    )
                return Response.html(200, page("Access declined", "<p>You may close this tab.</p>"))
            merchant = self.merchants.get(form.get("merchant_id", ""))
            if merchant is None:
                return _message(400, "Unknown merchant")
            self.counters.approvals += 1
            code = self.book.new_code(
                self.code_lifetime,
                client_id=params["client_id"],
                redirect_uri=params["redirect_uri"],
                subject=merchant.id,
                challenge=params["code_challenge"],
                challenge_method="S256",
            )
            shown_merchant = self.callback_merchant_override or merchant.id
        answer = {
            "code": code.value,
            "merchant_id": shown_merchant,
            "employee_id": merchant.employee_id,
            "client_id": params["client_id"],
            **state,
        }
        return Response.redirect(with_query(params["redirect_uri"], answer))

    # -- token and refresh ---------------------------------------------------------
    def _json_body(self, request: Request, *names: str) -> dict[str, str] | Response:
        if request.content_type != "application/json":
            return _message(415, "Content-Type must be application/json")
        try:
            body = request.json()
        except ValueError:
            return _message(400, "Request body is not valid JSON")
        if not isinstance(body, dict):
            return _message(400, "Request body must be a JSON object")
        missing = [n for n in names if not isinstance(body.get(n), str) or not body.get(n)]
        if missing:
            return _message(400, f"Missing required field: {missing[0]}")
        return body

    def _token(self, request: Request) -> Response:
        with self.lock:
            self.counters.token_requests += 1
        fault = self.fault("code", "token")
        if fault is not None:
            return fault
        body = self._json_body(request, "client_id", "code", "code_verifier")
        if isinstance(body, Response):
            return body
        with self.lock:
            code = self.book.codes.get(body["code"])
            if code is None or code.client_id != body["client_id"]:
                return _message(400, "Invalid authorization code")
            if code.used:
                self.counters.reused_codes += 1
                if code.grant_id:
                    self.book.kill_grant(code.grant_id)
                return _message(400, "Authorization code has already been used")
            code.used = True
            if code.expires_at <= self.clock():
                return _message(400, "Authorization code has expired")
            if not pkce_matches(body["code_verifier"], code.challenge):
                return _message(400, "code_verifier does not match code_challenge")
            grant = self.book.new_grant(code.client_id, code.subject)
            code.grant_id = grant.id
            return Response.json(200, self._issue(grant))

    def _refresh(self, request: Request) -> Response:
        with self.lock:
            self.counters.token_requests += 1
            self.counters.refresh_requests += 1
        fault = self.fault("refresh", "token")
        if fault is not None:
            return fault
        body = self._json_body(request, "client_id", "refresh_token")
        if isinstance(body, Response):
            return body
        with self.lock:
            token = self.book.find(body["refresh_token"], "refresh")
            if token is not None and token.used:
                self.counters.reused_refresh_tokens += 1
            if not self.book.is_live(token) or token is None:
                return _message(401, "Invalid refresh token")
            grant = self.book.grant_of(token)
            if grant.client_id != body["client_id"]:
                return _message(401, "Invalid refresh token")
            token.used = True
            return Response.json(200, self._issue(grant))

    def _issue(self, grant: Grant) -> dict[str, Any]:
        """A new access/refresh pair under ``grant``, then the per-merchant cap."""
        access = self.book.issue(grant, "access", self.access_lifetime, self.token_length)
        refresh = self.book.issue(grant, "refresh", self.refresh_lifetime, self.token_length)
        refresh.partner = access.value
        live = self.book.live_refresh_tokens(grant.subject, grant.client_id)
        for oldest in live[: max(0, len(live) - self.refresh_cap)]:
            self.book.kill_token(oldest)
            self.counters.killed_by_cap += 1
        return {
            "access_token": access.value,
            "access_token_expiration": int(access.expires_at or 0),
            "refresh_token": refresh.value,
            "refresh_token_expiration": int(refresh.expires_at or 0),
        }

    # -- API -----------------------------------------------------------------------
    def _api(self, request: Request, merchant_id: str, what: str) -> Response:
        with self.lock:
            self.counters.api_calls += 1
        fault = self.fault("api")
        if fault is not None:
            return fault
        with self.lock:
            token: Token | None = self.book.live(request.bearer(), "access")
            if token is None:
                return _message(401, _UNAUTHORIZED)
            retry_after, _remaining, _reset = self.rate.check(token.value)
            if retry_after is not None:
                self.counters.rate_limited += 1
                return _message(429, "Too Many Requests", [("Retry-After", str(retry_after))])
            if self.book.grant_of(token).subject != merchant_id:
                return _message(401, _UNAUTHORIZED)
            merchant = self.merchants[merchant_id]
        return Response.json(200, self._merchant_json(request, merchant, what))

    def _merchant_json(self, request: Request, merchant: Merchant, what: str) -> Any:
        href = f"{request.base}/v3/merchants/{merchant.id}"
        if what == "merchant":
            expand = request.query.get("expand", "").split(",")
            owner = merchant.owner if "owner" in expand else {"id": merchant.owner["id"]}
            return {"href": href, "id": merchant.id, "name": merchant.name, "owner": owner}
        limit = int(request.query.get("limit") or 100)
        elements = (merchant.items if what == "items" else merchant.orders)[:limit]
        return {"elements": elements, "href": f"{href}/{what}"}
