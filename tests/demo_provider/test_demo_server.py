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
    """A demo provider already serving the port (another process) is reused, not duplicated."""
    with DemoServer(port=0, state_dir=state_dir) as other:
        assert ensure_running(other.port) == other.issuer
        assert server_module._RUNNING == {}


def test_ensure_running_fails_when_a_stranger_holds_the_port(clean_registry) -> None:
    """Something else on the port (another issuer) is not mistaken for the demo provider."""

    class Stranger(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"issuer": "https://elsewhere.example"}).encode()
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
        with pytest.raises(OSError):
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
