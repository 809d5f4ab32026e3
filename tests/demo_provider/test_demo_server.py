"""Server lifecycle: start/stop, ensure_running, and the command line."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import requests

from desktop_app.demo_provider import server as server_module
from desktop_app.demo_provider.server import DEFAULT_PORT, DemoServer, ensure_running


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_defaults() -> None:
    """The documented default port and client id."""
    assert DEFAULT_PORT == 8765
    assert server_module.CLIENT_ID == "loopgate-demo"


def test_start_binds_loopback_and_stop_frees_the_port(state_dir: Path) -> None:
    """start() binds 127.0.0.1 on a free port; stop() closes it; both are idempotent."""
    demo = DemoServer(port=0, state_dir=state_dir)
    assert demo.start() is demo
    assert demo.start() is demo
    assert demo.port != 0
    assert demo.issuer == f"http://127.0.0.1:{demo.port}"
    assert requests.get(f"{demo.issuer}/jwks", timeout=5).status_code == 200
    demo.stop()
    demo.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{demo.issuer}/jwks", timeout=2)


@pytest.fixture
def clean_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LOOPGATE_HOME", str(tmp_path / "home"))
    yield
    for running in list(server_module._RUNNING.values()):
        running.stop()
    server_module._RUNNING.clear()


def test_ensure_running_starts_once_and_uses_the_app_data_dir(clean_registry, tmp_path) -> None:
    """With nothing on the port it starts one in-process, then returns the same issuer."""
    port = _free_port()
    issuer = ensure_running(port)
    assert issuer == f"http://127.0.0.1:{port}"
    assert ensure_running(port) == issuer
    assert len(server_module._RUNNING) == 1
    assert (tmp_path / "home" / "data" / "demo-provider" / "signing-key.json").exists()


def test_ensure_running_reuses_a_provider_already_answering(clean_registry, state_dir) -> None:
    """This user's demo provider in another process proves itself and is reused."""
    with DemoServer(port=0, state_dir=state_dir) as other:
        assert ensure_running(other.port) == other.issuer
        assert server_module._RUNNING == {}


def test_another_users_demo_provider_is_not_trusted(
    clean_registry, state_dir, tmp_path, monkeypatch
) -> None:
    """A real demo provider started under another home (another user's key) is refused."""
    monkeypatch.setenv("LOOPGATE_HOME", str(tmp_path / "someone-else"))
    with DemoServer(port=0, state_dir=state_dir) as theirs:
        monkeypatch.setenv("LOOPGATE_HOME", str(tmp_path / "home"))
        with pytest.raises(OSError, match=f"port {theirs.port} is held by another program"):
            ensure_running(theirs.port)
        assert server_module._RUNNING == {}


@pytest.mark.parametrize("issuer", ["https://elsewhere.example", "http://127.0.0.1:{port}"])
def test_ensure_running_fails_when_a_stranger_holds_the_port(clean_registry, issuer) -> None:
    """A stranger is refused, even one serving the very issuer the demo would have."""

    class Stranger(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            port = self.server.server_address[1]
            body = json.dumps({"issuer": issuer.format(port=port), "proof": "0" * 64}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return None

    squatter = HTTPServer(("127.0.0.1", 0), Stranger)
    thread = threading.Thread(target=squatter.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        with pytest.raises(OSError, match="did not prove it is your Loopgate demo provider"):
            ensure_running(squatter.server_port)
        assert server_module._RUNNING == {}
    finally:
        squatter.shutdown()
        squatter.server_close()


@pytest.mark.slow
def test_module_entry_point_prints_the_issuer(tmp_path: Path) -> None:
    """`python -m desktop_app.demo_provider --port 0 --state-dir DIR` prints the issuer."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app.demo_provider",
            "--port",
            "0",
            "--state-dir",
            str(tmp_path / "state"),
            "--access-token-ttl",
            "60",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert process.stdout is not None
        issuer = process.stdout.readline().strip()
        assert issuer.startswith("http://127.0.0.1:")
        doc = requests.get(f"{issuer}/.well-known/openid-configuration", timeout=5).json()
        assert doc["issuer"] == issuer
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_engine_says_which_port_another_program_holds(clean_registry) -> None:
    """Choosing Demo with a stranger on the port: one plain message naming the port."""
    from desktop_app.core.base.errors import LoopbackError
    from tests.support.engines import make_engine

    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen(1)
        port = squatter.getsockname()[1]
        with pytest.raises(LoopbackError, match=f"port {port} is used by another program"):
            make_engine(port).resolved_profile("demo")
