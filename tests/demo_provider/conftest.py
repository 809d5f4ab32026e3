"""Fixtures for the demo provider: a real server on an ephemeral loopback port per test."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from desktop_app.demo_provider.server import CLIENT_ID, DemoServer

FULL_SCOPE = "openid profile email offline_access items:read"
REDIRECT_URI = "http://127.0.0.1:53682/callback"


def make_pkce() -> tuple[str, str]:
    """(verifier, S256 challenge) from the CSPRNG."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def query_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


class Flow:
    """Drives one demo server the way a client and a person would, without a browser."""

    FULL_SCOPE = FULL_SCOPE
    REDIRECT_URI = REDIRECT_URI
    query_of = staticmethod(query_of)

    def __init__(self, server: DemoServer) -> None:
        self.server = server
        self.issuer = server.issuer
        self._verifiers: dict[str, str] = {}  # by state: flows may run in parallel threads

    def params(self, **overrides: str | None) -> dict[str, str]:
        verifier, challenge = make_pkce()
        self.verifier = verifier
        params = {
            "response_type": "code",
            "client_id": CLIENT_ID,
            "redirect_uri": REDIRECT_URI,
            "scope": FULL_SCOPE,
            "state": secrets.token_urlsafe(16),
            "nonce": secrets.token_urlsafe(16),
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        params.update(overrides)  # type: ignore[arg-type]
        self._verifiers[params["state"] or ""] = verifier
        return {k: v for k, v in params.items() if v is not None}

    def consent_page(self, session: requests.Session, params: dict[str, str]) -> requests.Response:
        return session.get(f"{self.issuer}/authorize", params=params, allow_redirects=False)

    def decide(
        self, params: dict[str, str], decision: str = "approve", user: str = "dana"
    ) -> requests.Response:
        """GET the consent page and press a button; returns the 302 (not followed)."""
        with requests.Session() as session:
            page = self.consent_page(session, params)
            assert page.status_code == 200, page.text
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
            assert csrf is not None
            data = {"csrf_token": csrf.group(1), "decision": decision, "user": user}
            return session.post(page.url, data=data, allow_redirects=False)

    def code(self, **overrides: str | None) -> tuple[str, dict[str, str]]:
        params = self.params(**overrides)
        answer = self.decide(params)
        assert answer.status_code == 302
        return query_of(answer.headers["Location"])["code"], params

    def token(self, **data: str) -> requests.Response:
        data.setdefault("client_id", CLIENT_ID)
        return requests.post(f"{self.issuer}/token", data=data, timeout=10)

    def exchange(self, code: str, params: dict[str, str], **extra: str) -> requests.Response:
        data = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": params["redirect_uri"],
            "code_verifier": self._verifiers[params.get("state", "")],
        }
        data.update(extra)
        return self.token(**data)

    def tokens(self, **overrides: str | None) -> dict[str, Any]:
        """The whole code flow; returns the token response JSON."""
        code, params = self.code(**overrides)
        response = self.exchange(code, params)
        assert response.status_code == 200, response.text
        return response.json()

    def refresh(self, refresh_token: str) -> requests.Response:
        return self.token(grant_type="refresh_token", refresh_token=refresh_token)

    def api(self, path: str, access_token: str | None = None) -> requests.Response:
        headers = {"Authorization": f"Bearer {access_token}"} if access_token else {}
        return requests.get(f"{self.issuer}{path}", headers=headers, timeout=30)

    def revoke(self, token: str, hint: str | None = None) -> requests.Response:
        data = {"token": token, "client_id": CLIENT_ID}
        if hint:
            data["token_type_hint"] = hint
        return requests.post(f"{self.issuer}/revoke", data=data, timeout=10)


@pytest.fixture(scope="session")
def signing_key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One RSA key for the session: generating one per test costs ~0.2 s each."""
    from desktop_app.demo_provider.keys import KEY_FILE, SigningKeys

    directory = tmp_path_factory.mktemp("demo-key")
    SigningKeys.load_or_create(directory)
    return directory / KEY_FILE


@pytest.fixture
def state_dir(tmp_path: Path, signing_key_file: Path) -> Path:
    directory = tmp_path / "demo-state"
    directory.mkdir()
    shutil.copy2(signing_key_file, directory / signing_key_file.name)
    return directory


@pytest.fixture
def demo(state_dir: Path) -> Iterator[DemoServer]:
    with DemoServer(port=0, state_dir=state_dir) as server:
        yield server


@pytest.fixture
def flow(demo: DemoServer) -> Flow:
    return Flow(demo)


@pytest.fixture
def start_flow(state_dir: Path) -> Iterator[Callable[..., Flow]]:
    """Start extra servers (custom lifetimes, restarts) that are stopped after the test."""
    started: list[DemoServer] = []

    def start(**options: Any) -> Flow:
        options.setdefault("state_dir", state_dir)
        options.setdefault("port", 0)
        server = DemoServer(**options).start()
        started.append(server)
        return Flow(server)

    yield start
    for server in started:
        server.stop()


class LoopbackCatcher:
    """A tiny loopback redirect receiver that records the one callback it gets."""

    def __init__(self) -> None:
        self.received: list[dict[str, str]] = []
        catcher = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                catcher.received.append(query_of(self.path))
                body = b"You can close this tab and return to Loopgate."
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return None

        # RFC 8252 §8.3: bind the loopback IP literal, port 0.
        self._httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.redirect_uri = f"http://127.0.0.1:{self._httpd.server_port}/callback"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def catcher() -> Iterator[LoopbackCatcher]:
    receiver = LoopbackCatcher()
    yield receiver
    receiver.close()
