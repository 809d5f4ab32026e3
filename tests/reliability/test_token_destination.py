"""Hostile API addresses never carry the account's token off its origin (design §3).

Two real listeners stand where a thief would: one on 127.0.0.2 and one on another port
of 127.0.0.1 (the demo provider's host). Several hundred addresses built from the
tricks parsers disagree on are sent through the engine and a few through the ``loopgate``
CLI; the listeners must never see an ``Authorization`` header. Name resolution is
fenced to loopback literals, so a mistake could never send anything off this machine.
"""

from __future__ import annotations

import itertools
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.base.errors import LoopgateError
from desktop_app.core.storage.vault import KeyringVault
from desktop_app.demo_provider.server import DemoServer
from tests.support import figures
from tests.support.engines import make_engine
from tests.support.faulty_keyrings import BACKEND_NAME, KEYRING_DIR_ENV, FileKeyring
from tests.support.reliability import env_for_child


class Thief(ThreadingHTTPServer):
    """Records every request; answers 200 so a leak would look like success."""

    def __init__(self, host: str) -> None:
        self.seen: list[tuple[str, str]] = []
        super().__init__((host, 0), _Recorder)

    @property
    def authorizations(self) -> list[str]:
        return [auth for _path, auth in self.seen if auth]


class _Recorder(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.seen.append((self.path, self.headers.get("Authorization", "")))  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *_args: object) -> None:
        return None


@pytest.fixture
def thieves() -> Iterator[tuple[Thief, Thief]]:
    """A listener on 127.0.0.2 and one on another port of 127.0.0.1, both proven live."""
    pair = (Thief("127.0.0.2"), Thief("127.0.0.1"))
    threads = [threading.Thread(target=t.serve_forever, daemon=True) for t in pair]
    for thread in threads:
        thread.start()
    for thief in pair:  # they really listen: a plain request without a token arrives
        host, port = thief.server_address[:2]
        assert requests.get(f"http://{host}:{port}/alive", timeout=5).status_code == 200
    yield pair
    for thief in pair:
        thief.shutdown()
        thief.server_close()


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolution of anything but a loopback IP spelling fails: no traffic can leave."""
    real = socket.getaddrinfo

    def fenced(host: object, *args: object, **kwargs: object) -> object:
        answers = real(host, *args, **kwargs)  # type: ignore[arg-type]
        if not all(a[4][0].startswith(("127.", "::1", "::ffff:127.")) for a in answers):
            raise socket.gaierror(f"test fence: {host!r} is not loopback")
        return answers

    monkeypatch.setattr(socket, "getaddrinfo", fenced)


def hostile_urls(demo_port: int, far: tuple[str, int], near_port: int) -> list[str]:
    """Addresses that some parser reads as the demo provider and another as a thief."""
    far_host, far_port = far
    demo = f"127.0.0.1:{demo_port}"
    far_spellings = [far_host, "2130706434", "0177.0.0.2", "0x7f000002", "127.2", "127.0.0.2.",
                     "%31%32%37.0.0.2", "[::ffff:127.0.0.2]", "127.000.000.002"]  # fmt: skip
    near_spellings = ["127.0.0.1", "127.1", "2130706433", "localhost", "[::1]", "127.0.0.1."]
    thieves = [f"{h}:{far_port}" for h in far_spellings]
    thieves += [f"{h}:{near_port}" for h in near_spellings] + [f"127.0.0.1:0{near_port}"]
    joins = ["\\@", "@", ":x@", "#@", "?@", "\\", "/..\\", "\t@", "%40", ";@", "%5C@"]
    urls = []
    for scheme, thief, join in itertools.product(["http://", "HTTP://"], thieves, joins):
        urls.append(f"{scheme}{thief}{join}{demo}/api/me")  # the thief reads first
        urls.append(f"{scheme}{demo}{join}{thief}/api/me")  # the thief reads last
    urls += [f"http://{thief}/api/me" for thief in thieves]
    return urls


def test_hostile_addresses_never_carry_the_token_off_origin(
    demo_server: DemoServer, thieves: tuple[Thief, Thief], loopback_only: None
) -> None:
    """Hundreds of hostile addresses through the engine: 0 tokens at either thief."""
    far, near = thieves
    engine = make_engine(demo_server.port)
    account = engine.connect("demo", timeout=20)
    assert engine.call(account.id, ApiRequest("GET", "/api/me")).status == 200
    urls = hostile_urls(demo_server.port, far.server_address[:2], near.server_address[1])
    answered_by = set()
    for url in urls:
        try:
            response = engine.call(account.id, ApiRequest("GET", url))
        except LoopgateError:
            continue
        answered_by.add(response.url.split("/", 3)[2])  # "#@thief" and "?@thief": the demo's
    leaked = far.authorizations + near.authorizations
    figures.add("destination: hostile URLs tried", len(urls))
    figures.add("destination: tokens sent off-origin", len(leaked))
    assert leaked == []
    assert [path for path, _ in far.seen + near.seen] == ["/alive", "/alive"]  # nothing more
    assert answered_by <= {f"127.0.0.1:{demo_server.port}"}


def test_the_cli_refuses_the_reported_bypasses(
    demo_server: DemoServer, thieves: tuple[Thief, Thief], loopgate_home: Path, tmp_path: Path
) -> None:
    """``loopgate call`` with the review's addresses: one clear line, no token sent."""
    far, near = thieves
    keychain = tmp_path / "keychain"
    engine = make_engine(demo_server.port, vault=KeyringVault(FileKeyring(keychain)))
    account = engine.connect("demo", timeout=20)
    env = env_for_child(
        loopgate_home,
        LOOPGATE_DEMO_PORT=str(demo_server.port),
        PYTHON_KEYRING_BACKEND=BACKEND_NAME,
        **{KEYRING_DIR_ENV: str(keychain)},
    )
    far_host, far_port = far.server_address[:2]
    demo = f"127.0.0.1:{demo_server.port}"
    urls = [
        f"http://{far_host}:{far_port}\\@{demo}/x",
        f"http://127.0.0.1:{near.server_address[1]}/x",
        f"http://{demo}@{far_host}:{far_port}/x",
        f"http://2130706434:{far_port}/x",
    ]

    def call(target: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "call", account.id, "GET", target],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    ok = call("/api/me")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["sub"] == "dana"  # the same CLI does send to the provider
    for url in urls:
        done = call(url)
        assert done.returncode == 1, done.stderr
        assert done.stderr.count("\n") <= 2 and "token" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    figures.add("destination: hostile URLs tried", len(urls))
    assert far.authorizations + near.authorizations == []
