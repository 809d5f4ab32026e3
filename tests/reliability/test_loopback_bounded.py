"""The loopback receiver's threads are bounded in number and in lifetime (slow-drip floods).

A hostile local process opens a few hundred connections and drips one byte now and then
so no per-read timeout ever fires. The receiver must keep its handler threads under its
cap while that goes on, still complete the browser's real callback, and leave no
handler thread behind once the attempt is over. Everything stays on 127.0.0.1, bounded
in connections (``FLOOD``) and in time (``DRIP_SECONDS``).
"""

from __future__ import annotations

import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import requests

from desktop_app.core.base.errors import CallbackTimeout
from desktop_app.core.oauth.loopback import LoopbackReceiver
from desktop_app.core.oauth.loopback_server import HANDLER_THREAD_NAME, MAX_CONNECTIONS
from tests.support import figures

FLOOD = 300
DRIP_SECONDS = 3.0
SETTLE_SECONDS = 3.0


class SlowDrip:
    """Opens ``count`` connections to ``port`` and drips a header byte on each, in one thread."""

    def __init__(self, port: int, count: int) -> None:
        self.port = port
        self.count = count
        self.opened = 0
        self.peak_threads = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="slow-drip", daemon=True)

    def _run(self) -> None:
        sockets: list[socket.socket] = []
        try:
            for _ in range(self.count):
                if self.stop.is_set():
                    break
                sock = socket.create_connection(("127.0.0.1", self.port), timeout=2)
                sock.sendall(b"GET /callback?state=")
                sockets.append(sock)
                self.opened += 1
                self.peak_threads = max(self.peak_threads, threading.active_count())
            started = time.monotonic()
            while not self.stop.is_set() and time.monotonic() - started < DRIP_SECONDS:
                for sock in sockets:
                    try:
                        sock.send(b"x")
                    except OSError:
                        pass  # the receiver cut it: expected
                self.peak_threads = max(self.peak_threads, threading.active_count())
                self.stop.wait(0.2)
        finally:
            for sock in sockets:
                sock.close()

    def __enter__(self) -> SlowDrip:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=DRIP_SECONDS + 10)


def handler_threads() -> list[threading.Thread]:
    """Live per-connection handler threads of loopback receivers in this process."""
    return [t for t in threading.enumerate() if t.name == HANDLER_THREAD_NAME]


def wait_for_no_handlers(limit: float = SETTLE_SECONDS) -> float:
    """Seconds until no handler thread is left; fails the test past ``limit``."""
    started = time.monotonic()
    while handler_threads():
        assert time.monotonic() - started < limit, f"{len(handler_threads())} handlers linger"
        time.sleep(0.05)
    return time.monotonic() - started


@contextmanager
def baseline_threads() -> Iterator[int]:
    assert not handler_threads()
    yield threading.active_count()


def test_a_slow_drip_flood_is_capped_and_the_real_callback_still_completes() -> None:
    """300 dripping connections: handlers stay under the cap; the callback works; none linger."""
    state = secrets.token_urlsafe(32)
    with baseline_threads() as baseline:
        with (
            LoopbackReceiver(expected_state=state) as receiver,
            SlowDrip(receiver.port, FLOOD) as drip,
        ):
            while drip.opened < FLOOD and drip.thread.is_alive():
                time.sleep(0.05)
            url = f"{receiver.redirect_uri}?code=the-real-code&state={state}"
            answer = requests.get(url, timeout=5)
            assert answer.status_code == 200 and "close this tab" in answer.text
            assert receiver.wait(timeout=5).params["code"] == "the-real-code"
        assert drip.opened == FLOOD
        # serve thread + drip thread + the capped handlers (+ a few being evicted)
        assert drip.peak_threads <= baseline + 2 + MAX_CONNECTIONS + 8, drip.peak_threads
        settled = wait_for_no_handlers()
        assert threading.active_count() <= baseline + 1  # only the ended drip may remain
    figures.add("loopback: slow-drip connections", FLOOD)
    figures.put("loopback: handler threads at peak (cap 32)", drip.peak_threads - baseline - 2)
    figures.put("loopback: seconds until no handler is left", round(settled, 2))


def test_after_a_timeout_no_handler_outlives_the_attempt() -> None:
    """No callback: when the wait times out every dripping connection is cut at once."""
    with baseline_threads() as baseline:
        receiver = LoopbackReceiver(expected_state=secrets.token_urlsafe(32), ended_grace=0.5)
        with receiver, SlowDrip(receiver.port, FLOOD) as drip:
            while drip.opened < FLOOD and drip.thread.is_alive():
                time.sleep(0.05)
            with pytest.raises(CallbackTimeout):
                receiver.wait(timeout=0.5)
            assert wait_for_no_handlers(limit=1.5) < 1.5  # cut while still in the grace
        started = time.monotonic()
        while threading.active_count() > baseline:  # the grace timer and server end too
            assert time.monotonic() - started < SETTLE_SECONDS
            time.sleep(0.05)


def test_a_request_dripping_past_the_deadline_is_cut() -> None:
    """One byte every 0.2 s never trips the read timeout; the whole-request deadline does."""
    with LoopbackReceiver(expected_state=secrets.token_urlsafe(32)) as receiver:
        receiver_server = receiver._server
        assert receiver_server is not None
        receiver_server.request_deadline = 1.0
        sock = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
        sock.setblocking(False)
        started = time.monotonic()
        cut = False
        while not cut and time.monotonic() - started < 4:
            try:
                sock.send(b"x")
                cut = sock.recv(1) == b""  # the server shut the connection down
            except BlockingIOError:
                time.sleep(0.2)  # nothing to read yet: still connected
            except OSError:
                cut = True
        sock.close()
        assert cut and 0.9 <= time.monotonic() - started < 2.5
