"""Pieces every provider-shaped server needs: a settable clock, counters, PKCE, pages,
redirect-URI registration, rate limits, and the start/stop life cycle.

Written from the RFCs and the providers' docs, never from Loopgate's client code, so a
test against these servers checks the client against the outside world rather than
against itself.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import string
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import TypeVar
from urllib.parse import urlencode, urlsplit

from .base import Handler, Listener, Request, Response
from .faults import FaultInjector

Clock = Callable[[], float]
_S = TypeVar("_S", bound="ProviderServer")
_TOKEN_ALPHABET = string.ascii_letters + string.digits + "-._~"


class ManualClock:
    """A clock a test moves by hand: expiry and rate windows without sleeping."""

    def __init__(self, start: float | None = None) -> None:
        self.now = float(start if start is not None else int(time.time()))
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> float:
        with self._lock:
            self.now += seconds
            return self.now


@dataclass
class Counters:
    """What the server saw; tests assert on these instead of on the client's word.

    ``token_requests`` counts every request to a token-issuing endpoint (code exchanges
    and refreshes alike); ``refresh_requests`` only the refreshes.
    """

    authorize_requests: int = 0
    approvals: int = 0
    declines: int = 0
    logins: int = 0
    token_requests: int = 0
    refresh_requests: int = 0
    api_calls: int = 0
    revocations: int = 0
    reused_codes: int = 0
    reused_refresh_tokens: int = 0
    killed_by_cap: int = 0
    rate_limited: int = 0
    faults_served: int = 0
    discovery_requests: int = 0
    jwks_requests: int = 0

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def new_token(length: int, prefix: str = "") -> str:
    """Random unreserved characters (no structure to lean on); ``length`` includes the prefix."""
    body = "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(max(length - len(prefix), 8)))
    return prefix + body


def s256(verifier: str) -> str:
    """RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def pkce_matches(verifier: str, challenge: str) -> bool:
    """RFC 7636 §4.6, S256 only; the verifier must also have the §4.1 shape."""
    ok_shape = 43 <= len(verifier) <= 128 and all(c in _TOKEN_ALPHABET for c in verifier)
    return ok_shape and secrets.compare_digest(s256(verifier), challenge)


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def page(title: str, body: str) -> str:
    """A whole HTML page; ``body`` is trusted markup built with :func:`esc`."""
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{esc(title)}</title></head><body><h1>{esc(title)}</h1>{body}</body></html>"
    )


def hidden_fields(values: dict[str, str]) -> str:
    return "".join(
        f"<input type='hidden' name='{esc(k)}' value='{esc(v)}'>" for k, v in values.items()
    )


def with_query(uri: str, params: dict[str, str]) -> str:
    """Adds ``params`` to a redirect URI that may already carry a query (RFC 6749 §3.1.2)."""
    joiner = "&" if urlsplit(uri).query else "?"
    return f"{uri}{joiner}{urlencode(params)}"


class RedirectRegistry:
    """Registered redirect URIs, compared by exact string match.

    One convenience for tests: ``http://127.0.0.1:*/path`` stands for that path on any
    port (RFC 8252 §7.3 lets the loopback port vary), because test profiles set the
    redirect port to 0. Any other string, https relay pages included, matches only itself.
    """

    def __init__(self, uris: list[str]) -> None:
        self.uris = list(uris)

    def allow(self, uri: str) -> None:
        self.uris.append(uri)

    def matches(self, uri: str) -> bool:
        for registered in self.uris:
            if uri == registered:
                return True
            if ":*/" in registered:
                head, _, tail = registered.partition(":*/")
                if not uri.startswith(head + ":"):
                    continue
                port, slash, rest = uri[len(head) + 1 :].partition("/")
                if port.isdigit() and slash and rest == tail:
                    return True
        return False


class RateLimiter:
    """Per-token limits: at most ``per_window`` calls per ``window`` seconds, and/or
    "the next K calls answer 429". Windows use the server's clock."""

    def __init__(self, clock: Clock, per_window: int | None, window: float = 1.0) -> None:
        self.clock = clock
        self.per_window = per_window
        self.window = window
        self.forced: deque[int] = deque()
        self._seen: dict[str, deque[float]] = defaultdict(deque)

    def force(self, calls: int, retry_after: int) -> None:
        """The next ``calls`` API calls answer 429 with ``Retry-After: retry_after``."""
        self.forced.extend([retry_after] * calls)

    def check(self, key: str) -> tuple[int | None, int, float]:
        """(retry_after or None, remaining, reset epoch) for one more call with ``key``."""
        now = self.clock()
        seen = self._seen[key]
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        reset = (seen[0] if seen else now) + self.window
        if self.forced:
            return self.forced.popleft(), 0, reset
        if self.per_window is not None and len(seen) >= self.per_window:
            return max(1, int(reset - now + 0.999)), 0, reset
        seen.append(now)
        remaining = -1 if self.per_window is None else self.per_window - len(seen)
        return None, remaining, reset


class ProviderServer:
    """Start/stop, lock, counters, clock and fault injector shared by the three providers.

    Subclasses open their listeners in ``__init__`` through :meth:`_listen` and route
    requests in :meth:`handle`. Usable as a context manager; ``close()`` releases any
    stalled request first so a test never waits on its own fault.
    """

    def __init__(self, *, clock: Clock | None = None, faults: FaultInjector | None = None) -> None:
        self.clock: Clock = clock or time.time
        self.faults = faults or FaultInjector()
        self.counters = Counters()
        self.lock = threading.RLock()
        self.listeners: dict[str, Listener] = {}
        self.seen: list[Request] = []
        self._closed = False

    def _listen(self, *names: str) -> None:
        for name in names:
            self.listeners[name] = Listener(name, self._dispatch, self.clock)

    def _dispatch(self, request: Request) -> Response:
        with self.lock:
            self.seen.append(request)
        return self.handle(request)

    def requests_to(self, path: str) -> list[Request]:
        """Every request seen for ``path`` (any listener), oldest first."""
        with self.lock:
            return [r for r in self.seen if r.path == path]

    def handle(self, request: Request) -> Response:  # pragma: no cover - abstract
        raise NotImplementedError

    def fault(self, *scopes: str) -> Response | None:
        """A queued fault for the first of ``scopes`` that has one (counted), else None."""
        answer = self.faults.intercept(*scopes)
        if answer is not None:
            with self.lock:
                self.counters.faults_served += 1
        return answer

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.faults.close()
        for listener in self.listeners.values():
            listener.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Route:
    """``method`` + a path test; the handler gets the request and the path match groups."""

    method: str
    matches: Callable[[str], tuple[str, ...] | None]
    handler: Callable[..., Response]
    listeners: tuple[str, ...] = field(default=())


def route(routes: list[Route], request: Request, not_found: Handler) -> Response:
    """First route whose method, listener and path match; 405/404 otherwise."""
    path_hit = False
    for r in routes:
        if r.listeners and request.listener not in r.listeners:
            continue
        groups = r.matches(request.path)
        if groups is None:
            continue
        path_hit = True
        if r.method == request.method:
            return r.handler(request, *groups)
    if path_hit:
        return Response.empty(405)
    return not_found(request)


def exact(path: str) -> Callable[[str], tuple[str, ...] | None]:
    return lambda p: () if p == path else None


def pattern(regex: str) -> Callable[[str], tuple[str, ...] | None]:
    import re

    compiled = re.compile(regex)

    def match(p: str) -> tuple[str, ...] | None:
        found = compiled.fullmatch(p)
        return found.groups() if found else None

    return match
