"""HTTP plumbing shared by the provider-shaped servers: loopback listeners, requests, answers.

Each provider server is a plain object with a ``handle(request)`` method; this module turns
``http.server`` into that shape so the provider modules read like the providers' docs and
nothing else. Listeners bind 127.0.0.1 only, on port 0, in daemon threads; every answer
closes its connection, so a closed server really stops answering (no keep-alive socket
survives ``close()``), and connections still open at ``close()`` (a stalled request) are
shut down.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Request:
    """One request as the provider logic sees it; ``listener`` names the host it hit."""

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    listener: str
    base: str

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def form(self) -> dict[str, str]:
        """The body as ``application/x-www-form-urlencoded`` (first value of each field)."""
        text = self.body.decode("utf-8", "replace")
        return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}

    def json(self) -> Any:
        """The body as JSON; raises ``ValueError`` when it is not."""
        return json.loads(self.body.decode("utf-8"))

    def bearer(self) -> str | None:
        """RFC 6750 §2.1: the token from ``Authorization: Bearer``, or None."""
        scheme, _, token = self.headers.get("authorization", "").partition(" ")
        return (token.strip() or None) if scheme.lower() == "bearer" else None


@dataclass
class Response:
    """An answer; ``drop`` closes the connection without a status line (a dead server)."""

    status: int = 200
    body: bytes = b""
    content_type: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    drop: bool = False

    @classmethod
    def json(
        cls, status: int, payload: Any, headers: list[tuple[str, str]] | None = None
    ) -> Response:
        body = json.dumps(payload).encode()
        return cls(status, body, "application/json", list(headers or []))

    @classmethod
    def html(cls, status: int, text: str, headers: list[tuple[str, str]] | None = None) -> Response:
        return cls(status, text.encode(), "text/html; charset=utf-8", list(headers or []))

    @classmethod
    def redirect(cls, location: str) -> Response:
        return cls(302, b"", "", [("Location", location), ("Cache-Control", "no-store")])

    @classmethod
    def empty(cls, status: int, headers: list[tuple[str, str]] | None = None) -> Response:
        return cls(status, b"", "", list(headers or []))

    @classmethod
    def dropped(cls) -> Response:
        return cls(drop=True)


Handler = Callable[[Request], Response]


class _RequestHandler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return None

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The ``Date`` header follows the provider's (injectable) clock, as a real one would:
        clients measure epoch expirations such as Clover's against it."""
        return super().date_time_string(self.server.clock() if timestamp is None else timestamp)

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        self.server.track(self.connection, False)

    def _serve(self) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        request = Request(
            method=self.command,
            path=split.path,
            query={k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()},
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            listener=self.server.name,
            base=self.server.base,
        )
        try:
            answer = self.server.app(request)
        except Exception as exc:  # a bug in a test server must show, not hang the client
            answer = Response.html(500, f"<h1>test server bug</h1><pre>{exc!r}</pre>")
        self.close_connection = True
        if answer.drop:
            return
        self.send_response(answer.status)
        if answer.content_type:
            self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Connection", "close")
        for name, value in answer.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, name: str, app: Handler, clock: Callable[[], float]) -> None:
        super().__init__((LOOPBACK, 0), _RequestHandler)
        self.name = name
        self.app = app
        self.clock = clock
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://{LOOPBACK}:{self.server_address[1]}"

    def track(self, conn: socket.socket, opened: bool) -> None:
        with self._open_lock:
            (self._open.add if opened else self._open.discard)(conn)

    def cut_open_connections(self) -> None:
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Listener:
    """One loopback host (``http://127.0.0.1:<port>``) serving ``app`` in a daemon thread."""

    def __init__(self, name: str, app: Handler, clock: Callable[[], float] = time.time) -> None:
        self._server = _Server(name, app, clock)
        # A short poll keeps close() quick (shutdown waits for the next poll).
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"provider-{name}",
            daemon=True,
        )
        self._thread.start()

    @property
    def base(self) -> str:
        return self._server.base

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._server.cut_open_connections()
