"""A small threaded HTTP server whose threads are bounded in number and in lifetime.

``http.server.ThreadingHTTPServer`` starts one thread per connection and lets it live as
long as the client keeps sending a byte now and then: 400 slow-drip connections once
kept 320 threads alive after the attempt had ended. This server bounds both:

* at most ``MAX_CONNECTIONS`` connections are served at once; a new one evicts the
  oldest (a browser sends its request the moment it connects, so the stalled ones go);
* each connection has ``REQUEST_DEADLINE`` seconds for its whole request, however
  slowly it drips (the per-read timeout alone restarts with every byte);
* ``cut_all()`` ends every connection still sending its request, so no handler outlives
  the attempt (one already being answered finishes: the browser gets its whole page).

A connection is ended with ``shutdown(SHUT_RDWR)``, never ``close()`` from another
thread: the blocked read in its handler returns at once and the handler closes it.
"""

from __future__ import annotations

import errno
import http.server
import logging
import os
import socket
import threading
import time
from typing import Any

from ..base.errors import LoopbackError

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 32
HANDLER_THREAD_NAME = "loopback-connection"
REQUEST_DEADLINE = 5.0


def _cut(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already gone


class BoundedHTTPServer(http.server.ThreadingHTTPServer):
    """Threads per connection, at most ``max_connections`` of them, each with a deadline."""

    daemon_threads = True
    # socketserver's default backlog of 5 lets a burst of hostile connections delay the
    # browser's real callback by seconds of SYN retries; accept them all promptly instead.
    request_queue_size = 64
    # Windows' SO_REUSEADDR lets a second program steal the port; POSIX's does not.
    allow_reuse_address = os.name != "nt"
    max_connections = MAX_CONNECTIONS
    request_deadline = REQUEST_DEADLINE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._active: dict[Any, float] = {}
        self._active_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def server_bind(self) -> None:
        if os.name == "nt" and hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        super().server_bind()

    @property
    def active_connections(self) -> int:
        with self._active_lock:
            return len(self._active)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Admits the connection, evicting the oldest one when the cap is reached."""
        evicted = None
        with self._active_lock:
            if len(self._active) >= self.max_connections:
                evicted = min(self._active, key=self._active.__getitem__)
                del self._active[evicted]
            self._active[request] = time.monotonic() + self.request_deadline
        if evicted is not None:
            _cut(evicted)
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=HANDLER_THREAD_NAME,
            daemon=True,
        )
        thread.start()

    def answering(self, request: Any) -> None:
        """The request was read; its small static answer is being written: never cut it.

        (The page fits in the socket's send buffer, so writing it cannot stall.)
        """
        with self._active_lock:
            self._active.pop(request, None)

    def shutdown_request(self, request: Any) -> None:
        with self._active_lock:
            self._active.pop(request, None)
        super().shutdown_request(request)

    def service_actions(self) -> None:
        """Runs on every turn of ``serve_forever`` (≤ its poll interval): enforce deadlines."""
        now = time.monotonic()
        with self._active_lock:
            late = [c for c, deadline in self._active.items() if deadline <= now]
        for connection in late:
            _cut(connection)

    def cut_all(self) -> None:
        """Ends every connection now; their handler threads return promptly."""
        with self._active_lock:
            connections = list(self._active)
        for connection in connections:
            _cut(connection)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that vanished mid-answer is routine here; never print a traceback.
        log.debug("loopback connection ended early", exc_info=True)


def bind_error(exc: OSError, port: int) -> LoopbackError:
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1), errno.EACCES):
        return LoopbackError(
            f"Port {port} on this computer is already in use by another program, so Loopgate "
            "cannot receive the provider's answer. Close the other program (or another "
            "Loopgate window that is connecting) and try again, or ask your administrator "
            "to set a different port for this provider.",
            detail=f"bind 127.0.0.1:{port}: {exc}",
        )
    return LoopbackError(detail=f"bind 127.0.0.1:{port}: {exc}")
