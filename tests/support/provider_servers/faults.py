"""A shared fault hook: queue misbehaviour for the next N requests of a kind.

Every provider server asks its injector before doing real work, naming the request's
scopes from most to least specific: a code exchange asks ``("code", "token")``, a refresh
``("refresh", "token")``, an API call ``("api",)``, Clio's deauthorize ``("revoke",)``.
So ``faults.queue("token", Fault.html_500(), times=2)`` hits the next two token-endpoint
requests of either kind, and ``faults.queue("refresh", ...)`` only refreshes.

A hook rather than a reverse proxy: the fault is served by the same host and port the
client was configured with, so redirects, ``iss`` and API-origin checks stay real.
Stalls wait on an event that :meth:`FaultInjector.release` (or closing the server) sets,
so a test never waits out its own stall.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass

from .base import Response

_HTML_500 = b"<html><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>"
_HTML_LOGIN = b"<!doctype html><html><body><h1>Sign in</h1><p>Session expired.</p></body></html>"


@dataclass(frozen=True)
class Fault:
    """One misbehaviour; build it with the class methods below."""

    kind: str
    status: int = 0
    body: bytes = b""
    content_type: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0
    then_answer: bool = False

    # -- token and refresh endpoint ------------------------------------------------
    @classmethod
    def html_500(cls) -> Fault:
        """A proxy or crash page: 500 with HTML."""
        return cls("html_500", 500, _HTML_500, "text/html")

    @classmethod
    def unavailable(cls, retry_after: int = 30) -> Fault:
        """503 with ``Retry-After`` (maintenance, overload)."""
        body = b"<html><body><h1>503 Service Unavailable</h1></body></html>"
        return cls("unavailable", 503, body, "text/html", (("Retry-After", str(retry_after)),))

    @classmethod
    def invalid_request(cls) -> Fault:
        return cls.oauth_error(400, "invalid_request", "The request is missing a parameter.")

    @classmethod
    def invalid_client(cls) -> Fault:
        return cls.oauth_error(401, "invalid_client", "Client authentication failed.")

    @classmethod
    def invalid_grant(cls) -> Fault:
        return cls.oauth_error(400, "invalid_grant", "The grant is invalid or revoked.")

    @classmethod
    def html_400(cls) -> Fault:
        body = b"<html><body><h1>400 Bad Request</h1></body></html>"
        return cls("html_400", 400, body, "text/html")

    @classmethod
    def html_200(cls) -> Fault:
        """A captive portal or login wall answering 200 with HTML instead of JSON."""
        return cls("html_200", 200, _HTML_LOGIN, "text/html")

    @classmethod
    def stall(cls, seconds: float, *, then_answer: bool = False) -> Fault:
        """Hold the request ``seconds`` (or until released), then drop the connection,
        or, with ``then_answer``, serve it normally (a slow but working server)."""
        return cls("stall", seconds=seconds, then_answer=then_answer)

    @classmethod
    def oauth_error(cls, status: int, error: str, description: str = "") -> Fault:
        body = json.dumps({"error": error, "error_description": description}).encode()
        return cls(error, status, body, "application/json")

    @classmethod
    def custom(
        cls, status: int, body: bytes, content_type: str, headers: tuple[tuple[str, str], ...] = ()
    ) -> Fault:
        return cls("custom", status, body, content_type, headers)

    # -- API side ------------------------------------------------------------------
    @classmethod
    def html_5xx(cls, status: int = 502) -> Fault:
        body = f"<html><body><h1>{status} Bad Gateway</h1></body></html>".encode()
        return cls("html_5xx", status, body, "text/html")

    @classmethod
    def empty_401(cls) -> Fault:
        """401 with no body and no ``WWW-Authenticate``."""
        return cls("empty_401", 401)

    @classmethod
    def huge_body(cls, size: int = 5_000_000) -> Fault:
        """200 with a JSON array of ``size`` bytes or so."""
        item = b'{"id":"0123456789","name":"padding padding padding"},'
        count = max(1, size // len(item))
        body = b'{"elements":[' + item * (count - 1) + item[:-1] + b"]}"
        return cls("huge_body", 200, body, "application/json")

    def response(self) -> Response:
        return Response(self.status, self.body, self.content_type, list(self.headers))


class FaultInjector:
    """Queues of faults per scope; thread-safe; ``served`` lists what was served, in order."""

    def __init__(self) -> None:
        self._queues: dict[str, deque[Fault]] = {}
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._closed = False
        self.served: list[str] = []

    def queue(self, scope: str, fault: Fault, times: int = 1) -> None:
        with self._lock:
            self._queues.setdefault(scope, deque()).extend([fault] * times)

    def pending(self, scope: str) -> int:
        with self._lock:
            return len(self._queues.get(scope, ()))

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()

    def release(self) -> None:
        """End every stall now (current ones; later stalls still wait)."""
        with self._lock:
            event, self._release = self._release, threading.Event()
        event.set()

    def close(self) -> None:
        """Server shutdown: release stalls and make later ones return at once."""
        with self._lock:
            self._closed = True
        self._release.set()

    def intercept(self, *scopes: str) -> Response | None:
        """The answer for this request if a fault is queued for one of ``scopes``."""
        with self._lock:
            fault = None
            for scope in scopes:
                queue = self._queues.get(scope)
                if queue:
                    fault = queue.popleft()
                    break
            if fault is None:
                return None
            self.served.append(fault.kind)
            event, closed = self._release, self._closed
        if fault.kind != "stall":
            return fault.response()
        if not closed:
            event.wait(fault.seconds)
        if self._closed:
            return Response.dropped()
        return None if fault.then_answer else Response.dropped()
