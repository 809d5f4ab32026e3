"""The loopback redirect receiver (RFC 8252 §7.3, §8.3).

Listens on 127.0.0.1 only for the length of one attempt, accepts exactly one callback
whose ``state`` matches, answers every request with a static page (never echoing what
it was sent), and closes. Everything else — other paths, other methods, a foreign
``Host`` header, a wrong ``state`` — is answered and ignored, so a hostile page cannot
end or hijack the attempt.
"""

from __future__ import annotations

import errno
import hmac
import http.server
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..base.errors import CallbackTimeout, Cancelled, LoopbackError, StateMismatch

log = logging.getLogger(__name__)

# Slow or half-open connections are dropped after this many seconds.
CONNECTION_TIMEOUT = 5.0
PAGE_NAMES = ("success", "denied", "error", "mismatch", "not_found", "bad_request")
SECURITY_HEADERS = (
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"),
)


@dataclass(frozen=True)
class CallbackResult:
    """The accepted redirect's query parameters (each exactly once)."""

    params: dict[str, str]


@dataclass
class _Outcome:
    result: CallbackResult | None = None
    rejected: list[str] = field(default_factory=list)


def load_pages(directory: Path | None = None) -> dict[str, bytes]:
    """Renders each outcome's page once, from one template and fixed texts (never input)."""
    import json

    from ..base.paths import resources_dir

    folder = directory or resources_dir() / "pages"
    current = folder / "page.html"
    try:
        template = current.read_text(encoding="utf-8")
        current = folder / "pages.json"
        texts = json.loads(current.read_text(encoding="utf-8"))
        return {name: template.format(**texts[name]).encode("utf-8") for name in PAGE_NAMES}
    except (OSError, ValueError, LookupError, TypeError) as exc:  # a broken install
        raise LoopbackError(
            f"Loopgate's file {current} is missing or damaged. Reinstall Loopgate.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from None


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 lets a burst of hostile connections delay the
    # browser's real callback by seconds of SYN retries; accept them all promptly instead.
    request_queue_size = 64
    # Windows' SO_REUSEADDR lets a second program steal the port; POSIX's does not.
    allow_reuse_address = os.name != "nt"
    receiver: LoopbackReceiver

    def server_bind(self) -> None:
        if os.name == "nt" and hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        super().server_bind()


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    timeout = CONNECTION_TIMEOUT
    protocol_version = "HTTP/1.0"
    server_version = "Loopgate"
    sys_version = ""

    def do_GET(self) -> None:
        page, status = self.server.receiver._handle(self.path, self.headers.get_all("Host") or [])
        self._send_page(page, status)

    def do_HEAD(self) -> None:
        self._send_page("not_found", 405, body=False)

    def _not_allowed(self) -> None:
        self._send_page("bad_request", 405)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    def _send_page(self, page: str, status: int, body: bool = True) -> None:
        content = self.server.receiver._pages[page]
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(content)))
        if status == 405:
            self.send_header("Allow", "GET")
        for name, value in SECURITY_HEADERS:
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        if body:
            self.wfile.write(content)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # http.server's default error page echoes the request line; ours is static.
        try:
            self._send_page("bad_request", code if code >= 400 else 400)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        # The request line carries the authorization code: never log it.
        log.debug("loopback request handled (%s)", args[1] if len(args) > 1 else "?")


class LoopbackReceiver:
    """One attempt's listener. Use as a context manager; ``wait()`` returns the callback."""

    def __init__(
        self,
        *,
        expected_state: str,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/callback",
        pages: dict[str, bytes] | None = None,
        on_rejected: Callable[[str], None] | None = None,
    ) -> None:
        self._expected_state = expected_state
        self._host = host.strip("[]")
        self._requested_port = port
        self._path = path
        self._pages = pages or load_pages()
        self._on_rejected = on_rejected
        self._outcome = _Outcome()
        self._done = threading.Event()
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------
    def start(self) -> LoopbackReceiver:
        server_class = _Server
        if ":" in self._host:
            server_class = type("_Server6", (_Server,), {"address_family": socket.AF_INET6})
        try:
            # RFC 8252 §8.3: bind the loopback IP literal, never 0.0.0.0.
            server = server_class((self._host, self._requested_port), _Handler)
        except OSError as exc:
            raise _bind_error(exc, self._requested_port) from exc
        server.receiver = self
        self._server = server
        # A daemon thread, so a stuck browser connection can never keep Loopgate alive.
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="loopback-receiver",
            daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> LoopbackReceiver:
        return self.start() if self._server is None else self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def cancel(self) -> None:
        self._cancelled.set()
        self._done.set()

    # -- facts ----------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._server is None:
            raise LoopbackError("The receiver is not listening.")
        return int(self._server.server_address[1])

    @property
    def bound_address(self) -> str:
        if self._server is None:
            raise LoopbackError("The receiver is not listening.")
        return str(self._server.socket.getsockname()[0])

    @property
    def authority(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{host}:{self.port}"

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.authority}{self._path}"

    @property
    def rejected(self) -> list[str]:
        with self._lock:
            return list(self._outcome.rejected)

    # -- waiting --------------------------------------------------------------------
    def wait(self, timeout: float, cancel: threading.Event | None = None) -> CallbackResult:
        """Blocks until the callback, a cancel, or the timeout; always closes the listener."""
        try:
            deadline = time.monotonic() + timeout
            while (remaining := deadline - time.monotonic()) > 0:
                if self._done.wait(min(0.1, remaining)):
                    break
                if cancel is not None and cancel.is_set():
                    self._cancelled.set()
                    break
            if self._cancelled.is_set() or (cancel is not None and cancel.is_set()):
                raise Cancelled()
            with self._lock:
                result = self._outcome.result
                rejected = list(self._outcome.rejected)
            if result is not None:
                return result
            if any(reason.startswith("state") for reason in rejected):
                raise StateMismatch(detail="; ".join(rejected))
            raise CallbackTimeout(
                detail=f"waited {timeout:.0f} s"
                + (f"; ignored: {'; '.join(rejected)}" if rejected else "")
            )
        finally:
            self.close()

    # -- request handling (server threads) ------------------------------------------
    def _reject(self, reason: str) -> None:
        with self._lock:
            self._outcome.rejected.append(reason)
        log.info("loopback: ignored a request (%s)", reason)
        if self._on_rejected is not None:
            try:
                self._on_rejected(reason)
            except Exception:  # a UI callback must never break the listener
                log.exception("on_rejected callback failed")

    def _handle(self, raw_path: str, hosts: list[str]) -> tuple[str, int]:
        split = urlsplit(raw_path)
        if split.path == "/favicon.ico":
            return "not_found", 404
        if split.path != self._path:
            return "not_found", 404
        # DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends its own Host.
        if len(hosts) != 1 or hosts[0].lower() != self.authority:
            self._reject("host header does not name this listener")
            return "bad_request", 400
        if self._done.is_set():
            return "not_found", 404
        params = parse_qs(split.query, keep_blank_values=True)
        if any(len(values) != 1 for values in params.values()):
            self._reject("a parameter appeared more than once")
            return "bad_request", 400
        flat = {k: v[0] for k, v in params.items()}
        state = flat.get("state", "")
        if not state or not hmac.compare_digest(state.encode(), self._expected_state.encode()):
            self._reject("state missing" if not state else "state does not match this attempt")
            return "mismatch", 400
        if "code" not in flat and "error" not in flat:
            self._reject("neither code nor error in the callback")
            return "bad_request", 400
        with self._lock:
            if self._outcome.result is not None:
                return "not_found", 404
            self._outcome.result = CallbackResult(params=flat)
        self._done.set()
        if "error" in flat:
            return ("denied" if flat["error"] == "access_denied" else "error"), 200
        return "success", 200


def _bind_error(exc: OSError, port: int) -> LoopbackError:
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1), errno.EACCES):
        return LoopbackError(
            f"Port {port} on this computer is already in use by another program, so Loopgate "
            "cannot receive the provider's answer. Close the other program (or another "
            "Loopgate window that is connecting) and try again, or ask your administrator "
            "to set a different port for this provider.",
            detail=f"bind 127.0.0.1:{port}: {exc}",
        )
    return LoopbackError(detail=f"bind 127.0.0.1:{port}: {exc}")
