"""The loopback redirect receiver (RFC 8252 §7.3, §8.3).

Listens on 127.0.0.1 only for the length of one attempt, accepts exactly one callback
whose ``state`` matches, answers every request with a static page (never echoing what
it was sent), and closes. Everything else — other paths, other methods, a foreign
``Host`` header, a wrong ``state`` — is answered and ignored, so a hostile page cannot
end or hijack the attempt. Connections are bounded in number and time
(``loopback_server``).

An attempt that ends without its callback (cancelled, timed out) keeps the port for
``ENDED_GRACE_SECONDS`` more, answering its own callback with "this sign-in has ended"
and nothing else — a consent approved a moment too late is told the truth instead of
"Connected" or a refused connection — then closes. RFC 8252 §7.3 wants the listener
open only around the attempt, so the grace is short, and a new attempt in this process
on the same fixed port takes the port over at once.
"""

from __future__ import annotations

import hmac
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from ..base.errors import CallbackTimeout, Cancelled, LoopbackError, StateMismatch
from .loopback_pages import PAGE_NAMES, SECURITY_HEADERS, PageHandler, load_pages
from .loopback_server import BoundedHTTPServer, bind_error

__all__ = ["PAGE_NAMES", "SECURITY_HEADERS", "CallbackResult", "LoopbackReceiver", "load_pages"]

log = logging.getLogger(__name__)

# A connection silent for this long is dropped (its whole request has REQUEST_DEADLINE).
CONNECTION_TIMEOUT = 5.0
# After a cancel or timeout: how long a late callback still gets the "ended" page.
ENDED_GRACE_SECONDS = 20.0


# Why an answer was not taken (``wait`` reads a "state…" reason as a state mismatch).
DUPLICATE = "a parameter appeared more than once"
NO_STATE = "state missing"
WRONG_STATE = "state does not match this attempt"
NO_ANSWER = "neither code nor error in the callback"
ENDED = "the attempt has ended"
ANSWERED = "the attempt already has its answer"


@dataclass(frozen=True)
class CallbackResult:
    """The accepted redirect's query parameters (each exactly once).

    ``pasted``: the person pasted the address the browser ended on (``deliver``).
    """

    params: dict[str, str]
    pasted: bool = False


@dataclass
class _Outcome:
    result: CallbackResult | None = None
    rejected: list[str] = field(default_factory=list)


class _Server(BoundedHTTPServer):
    receiver: LoopbackReceiver

    @property
    def pages(self) -> dict[str, bytes]:
        return self.receiver._pages


class _Handler(PageHandler):
    server: _Server
    timeout = CONNECTION_TIMEOUT

    def do_GET(self) -> None:
        page, status = self.server.receiver._handle(self.path, self.headers.get_all("Host") or [])
        self._send_page(page, status)


_lingering: dict[tuple[str, int], LoopbackReceiver] = {}
_lingering_lock = threading.Lock()


def _take_over_port(host: str, port: int) -> None:
    """A new attempt on a fixed port ends this process's ended-attempt listener there."""
    with _lingering_lock:
        previous = _lingering.pop((host, port), None)
    if previous is not None:
        previous.close()


class LoopbackReceiver:
    """One attempt's listener. Use as a context manager; ``wait()`` returns the callback."""

    def __init__(
        self,
        *,
        expected_state: str = "",
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/callback",
        pages: dict[str, bytes] | None = None,
        on_rejected: Callable[[str], None] | None = None,
        ended_grace: float = ENDED_GRACE_SECONDS,
        cancel: threading.Event | None = None,
    ) -> None:
        """``cancel``: the attempt's Cancel, seen by the handlers from the first request.

        ``expected_state`` may instead be given by ``expect_state`` once the port is known
        (a relay ``state`` carries it); until then every answer is refused.
        """
        self._expected_state = expected_state
        self._host = host.strip("[]")
        self._requested_port = port
        self._path = path
        self._pages = pages or load_pages()
        self._on_rejected = on_rejected
        self._ended_grace = ended_grace
        self._outcome = _Outcome()
        self._done = threading.Event()
        self._cancelled = threading.Event()
        self._wait_cancel = cancel
        self._ended = False
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._closer: threading.Timer | None = None

    # -- lifecycle ------------------------------------------------------------------
    def start(self) -> LoopbackReceiver:
        server_class = _Server
        if ":" in self._host:
            server_class = type("_Server6", (_Server,), {"address_family": socket.AF_INET6})
        if self._requested_port:
            _take_over_port(self._host, self._requested_port)
        try:
            # RFC 8252 §8.3: bind the loopback IP literal, never 0.0.0.0.
            server = server_class((self._host, self._requested_port), _Handler)
        except OSError as exc:
            raise bind_error(exc, self._requested_port) from exc
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
        """Stops listening now and ends every open connection (idempotent)."""
        with self._lock:
            server, self._server = self._server, None
            closer, self._closer = self._closer, None
            self._ended = True
        if closer is not None:
            closer.cancel()
        if server is None:
            return
        with _lingering_lock:
            if _lingering.get(server.server_address[:2]) is self:
                del _lingering[server.server_address[:2]]
        server.shutdown()
        server.cut_all()
        server.server_close()

    def end_attempt(self) -> None:
        """No callback is wanted any more: answer "ended" for a short grace, then close."""
        with self._lock:
            self._ended = True
            server = self._server
        if server is None:
            return
        server.cut_all()  # whatever was mid-request belonged to the attempt that ended
        if self._ended_grace <= 0:
            self.close()
            return
        closer = threading.Timer(self._ended_grace, self.close)
        closer.daemon = True
        with self._lock:
            if self._server is None:
                return
            self._closer = closer
        with _lingering_lock:
            _lingering[server.server_address[:2]] = self
        closer.start()

    def __enter__(self) -> LoopbackReceiver:
        return self.start() if self._server is None else self

    def __exit__(self, *exc_info: object) -> None:
        if not self._ended:
            self.close()

    def cancel(self) -> None:
        self._cancelled.set()
        self._done.set()

    def expect_state(self, state: str) -> None:
        """The attempt's ``state``, set before the browser is sent to the provider."""
        with self._lock:
            self._expected_state = state

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

    @property
    def active_connections(self) -> int:
        server = self._server
        return server.active_connections if server is not None else 0

    # -- waiting --------------------------------------------------------------------
    def wait(self, timeout: float, cancel: threading.Event | None = None) -> CallbackResult:
        """Blocks until the callback, a cancel, or the timeout; the listener then closes.

        With the callback it closes at once (one valid callback, RFC 8252 §7.3); without
        one it answers "ended" for the grace period first (``end_attempt``).
        """
        cancel = self._wait_cancel = cancel or self._wait_cancel
        result: CallbackResult | None = None
        try:
            deadline = time.monotonic() + timeout
            while (remaining := deadline - time.monotonic()) > 0:
                if self._done.wait(min(0.1, remaining)):
                    break
                if cancel is not None and cancel.is_set():
                    break
            with self._lock:
                cancelled = self._cancelled.is_set() or (cancel is not None and cancel.is_set())
                self._ended = True  # from here on a late callback gets the "ended" page
                result = None if cancelled else self._outcome.result
                rejected = list(self._outcome.rejected)
            if cancelled:
                raise Cancelled()
            if result is not None:
                return result
            if any(reason.startswith("state") for reason in rejected):
                raise StateMismatch(detail="; ".join(rejected))
            raise CallbackTimeout(
                detail=f"waited {timeout:.0f} s"
                + (f"; ignored: {'; '.join(rejected)}" if rejected else "")
            )
        finally:
            if result is not None:
                self.close()
            else:
                self.end_attempt()

    # -- request handling (server threads) ------------------------------------------
    def _is_over(self) -> bool:
        cancel = self._wait_cancel
        return self._ended or self._cancelled.is_set() or (cancel is not None and cancel.is_set())

    def _reject(self, reason: str) -> None:
        with self._lock:
            self._outcome.rejected.append(reason)
            over = self._is_over()
        log.info("loopback: ignored a request (%s)", reason)
        if self._on_rejected is not None and not over:
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
        reason, flat = self._check_answer(split.query)
        if reason:
            self._reject(reason)
            return ("mismatch" if reason in (NO_STATE, WRONG_STATE) else "bad_request"), 400
        return self._accept(flat)

    def _check_answer(self, query: str) -> tuple[str, dict[str, str]]:
        """("", params) for this attempt's answer, else (why not, {}): RFC 6749 §10.12."""
        params = parse_qs(query, keep_blank_values=True)
        if any(len(values) != 1 for values in params.values()):
            return DUPLICATE, {}
        flat = {k: v[0] for k, v in params.items()}
        state = flat.get("state", "")
        with self._lock:
            expected = self._expected_state
        if not state:
            return NO_STATE, {}
        if not expected or not hmac.compare_digest(state.encode(), expected.encode()):
            return WRONG_STATE, {}
        if "code" not in flat and "error" not in flat:
            return NO_ANSWER, {}
        return "", flat

    def deliver(self, query: str) -> str:
        """The query of an address the person pasted, checked exactly as a callback's.

        Returns "" when it was this attempt's answer (the wait then returns it, as if it
        had arrived on the listener), else why not; a refused one leaves the attempt
        waiting, and a wrong ``state`` counts towards ``StateMismatch`` at the end.
        """
        with self._lock:
            if self._outcome.result is not None:
                return ANSWERED
            if self._is_over() or self._done.is_set():
                return ENDED
        reason, flat = self._check_answer(query)
        if reason:
            with self._lock:
                self._outcome.rejected.append(f"{reason} (pasted)")
            log.info("loopback: refused a pasted address (%s)", reason)
            return reason
        page, _status = self._accept(flat, pasted=True)
        return ENDED if page == "ended" else ""

    def _accept(self, flat: dict[str, str], *, pasted: bool = False) -> tuple[str, int]:
        """The attempt's own callback: the result, unless the attempt already ended."""
        with self._lock:
            if self._is_over():
                log.info("loopback: a callback arrived after its attempt ended")
                return "ended", 410  # never "Connected", and no token request follows
            if self._outcome.result is not None:
                return "not_found", 404
            self._outcome.result = CallbackResult(params=flat, pasted=pasted)
        self._done.set()
        if "error" in flat:
            return ("denied" if flat["error"] == "access_denied" else "error"), 200
        return "success", 200
