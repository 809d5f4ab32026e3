"""The loopback receiver under hostile input (RFC 8252 §7.3, §8.3; RFC 6749 §10.12).

A live receiver takes structured attacks (hypothesis) and raw garbage (a bounded,
seeded fuzz loop); afterwards the one valid callback must still complete.
"""

from __future__ import annotations

import random
import re
import secrets
import socket
import sys
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlencode, urlsplit

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.oauth import loopback
from desktop_app.core.oauth.loopback import LoopbackReceiver, load_pages
from tests.support import figures
from tests.support.reliability import raw_exchange

PAGES = set(load_pages().values())
SCRIPT = "<script>alert('lg-echo')</script>"
FUZZ_REQUESTS = 1500
FUZZ_SECONDS = 8.0


@pytest.fixture
def receiver() -> Iterator[LoopbackReceiver]:
    with LoopbackReceiver(expected_state=secrets.token_urlsafe(32)) as live:
        yield live


STATIC_HEADERS = {
    "server": "Loopgate",
    "content-type": "text/html; charset=utf-8",
    "connection": "close",
    "allow": "GET",
    **{name.lower(): value for name, value in loopback.SECURITY_HEADERS},
}
STATUS_LINE = re.compile(rb"HTTP/1\.[01] \d{3} [A-Za-z -]+")


def assert_static(response: bytes) -> None:
    """The answer is a static page with fixed headers: nothing the client sent is reflected."""
    if not response:
        return  # the connection was dropped without an answer: nothing echoed
    assert SCRIPT.encode() not in response
    if not response.startswith(b"HTTP/"):
        assert response in PAGES, response[:200]  # HTTP/0.9: a bare body, still static
        return
    head, _, body = response.partition(b"\r\n\r\n")
    status, *lines = head.split(b"\r\n")
    assert STATUS_LINE.fullmatch(status), status
    assert body in PAGES or body == b"", body[:200]
    names = set()
    for line in lines:
        name, _, value = line.decode("latin-1").partition(": ")
        names.add(name.lower())
        if name.lower() not in ("date", "content-length"):
            assert STATIC_HEADERS.get(name.lower()) == value.strip(), line
    assert {"cache-control", "referrer-policy"} <= names


def request_bytes(method: str, target: str, hosts: list[str], extra: str = "") -> bytes:
    header_lines = "".join(f"Host: {h}\r\n" for h in hosts)
    return f"{method} {target} HTTP/1.1\r\n{header_lines}{extra}\r\n".encode("latin-1", "replace")


def valid_callback(receiver: LoopbackReceiver, state: str) -> str:
    return f"{receiver.redirect_uri}?{urlencode({'code': 'the-real-code', 'state': state})}"


def complete_and_check(receiver: LoopbackReceiver, state: str) -> None:
    """The one valid callback still completes, answers the success page and closes."""
    answer = requests.get(valid_callback(receiver, state), timeout=5)
    assert answer.status_code == 200 and answer.content in PAGES
    assert "close this tab" in answer.text
    result = receiver.wait(timeout=5)
    assert result.params == {"code": "the-real-code", "state": state}


def is_valid(
    method: str, path: str, hosts: list[str], params: list[tuple[str, str]], r: LoopbackReceiver
) -> bool:
    """The spec's oracle: GET, exact path, one matching Host, unique params, state, code/error."""
    keys = [k for k, _ in params]
    values = dict(params)
    return (
        method == "GET"
        and urlsplit(path).path == "/callback"
        and hosts == [r.authority]
        and len(keys) == len(set(keys))
        and values.get("state") == r._expected_state
        and ("code" in values or "error" in values)
    )


def test_binds_only_the_loopback_ip_literal(receiver: LoopbackReceiver) -> None:
    """RFC 8252 §8.3: the listening socket is bound to 127.0.0.1, never 0.0.0.0."""
    assert receiver.bound_address == "127.0.0.1"
    assert urlsplit(receiver.redirect_uri).hostname == "127.0.0.1"
    if sys.platform.startswith("linux"):
        # 127.0.0.2 is loopback too: a wildcard bind would accept there, ours must not.
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.2", receiver.port), timeout=2).close()


def test_closes_after_the_one_valid_callback(receiver: LoopbackReceiver) -> None:
    """After the callback the port is closed: a replayed callback reaches nobody."""
    state = receiver._expected_state
    replay = valid_callback(receiver, state)
    complete_and_check(receiver, state)
    with pytest.raises(requests.ConnectionError):
        requests.get(replay, timeout=2)


def test_structured_attacks_never_complete_and_never_echo() -> None:
    """Wrong methods/paths/Host/state, duplicated or missing params, script: ignored, static."""
    state = secrets.token_urlsafe(32)
    other_attempt_state = secrets.token_urlsafe(32)
    sent = [0]
    with LoopbackReceiver(expected_state=state) as receiver:
        port = receiver.port
        authority = receiver.authority
        hosts = st.sampled_from(
            [
                [authority],
                [],
                [authority, authority],
                [f"localhost:{port}"],
                ["evil.example"],
                [f"evil.example:{port}"],
                ["127.0.0.1"],
                [f"127.0.0.1:{port}.evil.example"],
                [f"[::1]:{port}"],
            ]
        )
        values = st.one_of(
            st.sampled_from([state, other_attempt_state, "", state + "x", state[:-1], SCRIPT]),
            st.text(max_size=40),
        )
        keys = st.sampled_from(["code", "state", "error", "iss", "error_description", "x"])
        params = st.lists(st.tuples(keys, values), max_size=6)
        methods = st.sampled_from(["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE"])
        paths = st.sampled_from(
            [
                "/callback",
                "/",
                "/favicon.ico",
                "/callback/",
                "/CALLBACK",
                "//callback",
                "/callback/../callback",
                "/%63allback",
                "/callbackx",
                "http://evil/callback",
            ]
        )

        @settings(
            max_examples=400,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
            database=None,
        )
        @given(method=methods, path=paths, host=hosts, query=params)
        def attack(method: str, path: str, host: list[str], query: list[tuple[str, str]]) -> None:
            if is_valid(method, path, host, query, receiver):
                return  # the oracle says this one is the genuine callback: not an attack
            target = f"{path}?{urlencode(query)}" if query else path
            response = raw_exchange(port, request_bytes(method, target, host))
            sent[0] += 1
            assert_static(response)
            assert not receiver._done.is_set(), f"completed on {method} {target} {host}"

        attack()
        assert sent[0] >= 300
        figures.add("loopback: structured attack requests", sent[0])
        complete_and_check(receiver, state)


def _fuzz_cases(rng: random.Random, port: int, wrong_state: str) -> Iterator[bytes]:
    base = request_bytes(
        "GET",
        f"/callback?{urlencode({'code': 'c0de', 'state': wrong_state})}",
        [f"127.0.0.1:{port}"],
        "User-Agent: fuzz\r\nAccept: */*\r\n",
    )
    fixed = [
        b"",
        b"\r\n\r\n",
        b"GET /callback\r\n",  # HTTP/0.9
        b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",  # an HTTP/2 preface
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(32),  # a TLS ClientHello
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",  # request line over 64 KiB
        b"GET /callback HTTP/1.1\r\nX: " + b"b" * 70_000 + b"\r\n\r\n",  # one huge header
        b"GET /callback HTTP/1.1\r\n" + b"X-A: 1\r\n" * 150 + b"\r\n",  # too many headers
        b"POST /callback HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n",
        b"GET /callback?state=\x00\xff HTTP/1.1\r\n\r\n",
        b"GET /callback?%E0%80%AF=%C0%AE HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /callback\r\nHost: x HTTP/1.1\r\n\r\n",  # CRLF injection into the line
        b"GET /callback HTTP/9.9\r\n\r\n",
        b"get /callback HTTP/1.1\r\n\r\n",
    ]
    yield from fixed
    while True:
        kind = rng.random()
        if kind < 0.3:
            yield rng.randbytes(rng.randint(1, 2048))
        elif kind < 0.8:
            data = bytearray(base)
            for _ in range(rng.randint(1, 8)):
                where = rng.randrange(len(data))
                action = rng.random()
                if action < 0.4:
                    data[where] = rng.randrange(256)
                elif action < 0.7:
                    data[where:where] = rng.randbytes(rng.randint(1, 16))
                else:
                    del data[where : where + rng.randint(1, 16)]
            yield bytes(data)
        else:
            yield b"".join(rng.choice(fixed[2:]) for _ in range(rng.randint(2, 4)))


def test_raw_fuzz_never_crashes_hangs_or_completes(receiver: LoopbackReceiver) -> None:
    """Garbage, oversized lines and headers, mutated requests: the receiver stays up and static."""
    state = receiver._expected_state
    rng = random.Random(20240501)
    started = time.monotonic()
    sent = 0
    for data in _fuzz_cases(rng, receiver.port, secrets.token_urlsafe(32)):
        if sent >= FUZZ_REQUESTS or time.monotonic() - started > FUZZ_SECONDS:
            break
        response = raw_exchange(receiver.port, data, timeout=3)
        assert_static(response)
        assert not receiver._done.is_set(), data[:120]
        sent += 1
    assert sent >= 200
    figures.add("loopback: raw fuzz requests", sent)
    complete_and_check(receiver, state)


def test_slow_and_half_open_connections_do_not_block_the_callback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stalled sockets each hold one thread; the valid callback is answered at once regardless."""
    monkeypatch.setattr(loopback._Handler, "timeout", 0.5)
    state = secrets.token_urlsafe(32)
    with LoopbackReceiver(expected_state=state) as receiver:
        stalled: list[socket.socket] = []
        started = time.monotonic()
        for index in range(30):
            sock = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
            if index % 3 == 1:
                sock.sendall(b"GET /callback?state=")
            elif index % 3 == 2:
                sock.sendall(b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            stalled.append(sock)
        complete_and_check(receiver, state)
        assert time.monotonic() - started < 2.0
        # The per-connection timeout then drops every stalled socket.
        for sock in stalled:
            sock.settimeout(3)
            assert sock.recv(65536) == b""
            sock.close()
    figures.add("loopback: slow or half-open connections", len(stalled))


def test_a_stuck_connection_never_keeps_wait_from_returning() -> None:
    """``wait`` times out on schedule while a client holds a connection open mid-request."""
    with LoopbackReceiver(expected_state=secrets.token_urlsafe(32)) as receiver:
        sock = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
        sock.sendall(b"GET /callback?code=x")
        started = time.monotonic()
        with pytest.raises(loopback.CallbackTimeout):
            receiver.wait(timeout=0.5)
        assert time.monotonic() - started < 2.0
        sock.close()


def test_another_attempts_state_and_code_are_ignored() -> None:
    """A callback carrying attempt B's state (and code) never completes attempt A."""
    state_a, state_b = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    with LoopbackReceiver(expected_state=state_a) as a:
        url = f"{a.redirect_uri}?{urlencode({'code': 'code-for-b', 'state': state_b})}"
        answer = requests.get(url, timeout=5)
        assert answer.status_code == 400 and answer.content in PAGES
        assert "code-for-b" not in answer.text
        assert not a._done.is_set()
        assert a.rejected == ["state does not match this attempt"]
        complete_and_check(a, state_a)


def test_concurrent_hostile_clients_and_the_valid_callback() -> None:
    """Eight threads of garbage while the browser delivers: the genuine callback wins."""
    state = secrets.token_urlsafe(32)
    with LoopbackReceiver(expected_state=state) as receiver:
        port = receiver.port
        stop = threading.Event()
        count = [0]
        lock = threading.Lock()

        def hammer(seed: int) -> None:
            rng = random.Random(seed)
            cases = _fuzz_cases(rng, port, secrets.token_urlsafe(32))
            while not stop.is_set():
                try:
                    assert_static(raw_exchange(port, next(cases), timeout=3))
                except OSError:
                    return  # the receiver closed after the valid callback
                with lock:
                    count[0] += 1

        threads = [threading.Thread(target=hammer, args=(i,), daemon=True) for i in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        complete_and_check(receiver, state)
        stop.set()
        for thread in threads:
            thread.join(timeout=10)
        figures.add("loopback: concurrent hostile requests", count[0])
        assert count[0] > 20
