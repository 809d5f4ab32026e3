"""A scriptable OAuth 2.0 provider on loopback: well-behaved by default, hostile on request.

The demo provider is the honest reference; this one exists to misbehave on purpose (HTML
instead of JSON, hangs, resets, redirects, odd ``expires_in``) and to issue token shapes
the demo never does (3,000-byte tokens, no expiry, absolute epochs), so the engine's
handling of each can be driven through the real connect and call paths.
"""

from __future__ import annotations

import http.server
import json
import secrets
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

# A behaviour answers one token request: (handler, parsed form body) -> None.
Behaviour = Callable[["_Handler", dict[str, str]], None]


@dataclass
class ProviderCounters:
    token_requests: int = 0
    refresh_requests: int = 0
    api_requests: int = 0
    reused_refresh_tokens: int = 0
    issued: list[str] = field(default_factory=list)


class FakeProvider:
    """Token endpoint ``/token`` and API ``/api/me``; ``behaviour`` overrides the token answer."""

    def __init__(
        self,
        *,
        expires_in: float | None = 3600,
        token_length: int = 40,
        rotate_refresh: bool = True,
        absolute_expiry: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.expires_in = expires_in
        self.token_length = token_length
        self.rotate_refresh = rotate_refresh
        self.absolute_expiry = absolute_expiry
        self.clock = clock
        self.behaviour: Behaviour | None = None
        self.counters = ProviderCounters()
        self.lock = threading.Lock()
        self._live_access: dict[str, float | None] = {}
        self._live_refresh: set[str] = set()
        self._used_refresh: set[str] = set()
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.provider = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle ------------------------------------------------------------------
    def __enter__(self) -> FakeProvider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def profile_data(self, profile_id: str = "fake", **overrides: Any) -> dict[str, Any]:
        """A plain OAuth 2.0 profile (no discovery, no identity lookup) pointing here."""
        data: dict[str, Any] = {
            "id": profile_id,
            "name": "Fake provider",
            "kind": "oauth2",
            "authorization_endpoint": f"{self.base}/authorize",
            "token_endpoint": f"{self.base}/token",
            "client_id": "fake-client",
            "scopes": ["read"],
            "api_base": self.base,
        }
        if self.absolute_expiry:
            data["access_expiry_kind"] = "absolute"
            data["access_expiry_field"] = "access_token_expiration"
        data.update(overrides)
        return data

    def write_profile(self, directory: Path, profile_id: str = "fake", **overrides: Any) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{profile_id}.json"
        path.write_text(json.dumps(self.profile_data(profile_id, **overrides)), encoding="utf-8")
        return path

    # -- token issuing --------------------------------------------------------------
    def _token(self, prefix: str) -> str:
        # Random URL-safe text does not compress, so long tokens really are long in the vault.
        body = secrets.token_urlsafe(self.token_length)[: self.token_length]
        return f"{prefix}{body}"[: max(self.token_length, len(prefix) + 8)]

    def issue(self) -> dict[str, Any]:
        access, refresh = self._token("at-"), self._token("rt-")
        now = self.clock()
        expiry = None if self.expires_in is None else now + self.expires_in
        with self.lock:
            self._live_access[access] = expiry
            self._live_refresh.add(refresh)
            self.counters.issued += [access, refresh]
        payload: dict[str, Any] = {"access_token": access, "token_type": "Bearer"}
        payload["refresh_token"] = refresh
        if self.expires_in is not None:
            if self.absolute_expiry:
                payload["access_token_expiration"] = int(expiry or 0)
            else:
                payload["expires_in"] = self.expires_in
        return payload

    def redeem_refresh(self, token: str) -> bool:
        """Single use when rotating (RFC 9700 §4.14); False for unknown or reused tokens."""
        with self.lock:
            if token in self._used_refresh:
                self.counters.reused_refresh_tokens += 1
                return False
            if token not in self._live_refresh:
                return False
            if self.rotate_refresh:
                self._live_refresh.discard(token)
                self._used_refresh.add(token)
            return True

    def access_valid(self, token: str) -> bool:
        with self.lock:
            if token not in self._live_access:
                return False
            expiry = self._live_access[token]
        return expiry is None or expiry > self.clock()

    def expire_access_tokens(self) -> None:
        """The provider ends every access token now (e.g. its own idea of their lifetime)."""
        with self.lock:
            self._live_access = {k: 0.0 for k in self._live_access}


class _Handler(http.server.BaseHTTPRequestHandler):
    server: Any
    protocol_version = "HTTP/1.1"

    @property
    def provider(self) -> FakeProvider:
        return self.server.provider  # type: ignore[no-any-return]

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        if "json" in (self.headers.get("Content-Type") or ""):
            body = {k: str(v) for k, v in json.loads(raw or "{}").items()}
        else:
            body = {k: v[0] for k, v in parse_qs(raw).items()}
        provider = self.provider
        with provider.lock:
            provider.counters.token_requests += 1
            if body.get("grant_type") == "refresh_token":
                provider.counters.refresh_requests += 1
        if provider.behaviour is not None:
            provider.behaviour(self, body)
            return
        if body.get("grant_type") == "refresh_token" and not provider.redeem_refresh(
            body.get("refresh_token", "")
        ):
            self.send_json(400, {"error": "invalid_grant", "error_description": "dead token"})
            return
        self.send_json(200, provider.issue())

    def do_GET(self) -> None:
        provider = self.provider
        if not urlsplit(self.path).path.startswith("/api/"):
            self.send_body(404, b"not found", "text/plain")
            return
        with provider.lock:
            provider.counters.api_requests += 1
        auth = self.headers.get("Authorization") or ""
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        if not provider.access_valid(token):
            self.send_body(
                401,
                b'{"error":"invalid_token"}',
                "application/json",
                extra=(("WWW-Authenticate", 'Bearer error="invalid_token"'),),
            )
            return
        self.send_json(200, {"id": "fake-user", "name": "Fake User"})

    # -- answer helpers (used by behaviours) ----------------------------------------
    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, status: int, payload: Any) -> None:
        self.send_body(status, json.dumps(payload).encode(), "application/json")

    def reset(self) -> None:
        """Abort with a TCP RST (SO_LINGER 0), as a crashing proxy would."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass


def approving_browser(code: str = "") -> Callable[[str], bool]:
    """A 'browser' for providers without a consent page: redirects back with a code at once."""

    def open_url(url: str) -> bool:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        answer = {"code": code or secrets.token_urlsafe(16), "state": query["state"]}
        target = f"{query['redirect_uri']}?{urlencode(answer)}"
        threading.Thread(target=requests.get, args=(target,), kwargs={"timeout": 10}).start()
        return True

    return open_url


class TimeoutSession(requests.Session):
    """A session whose every request uses a short timeout (the hang cases need seconds, not 30)."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.short_timeout = timeout

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        kwargs["timeout"] = self.short_timeout
        return super().request(method, url, *args, **kwargs)


def iter_issued(provider: FakeProvider) -> Iterator[str]:
    with provider.lock:
        yield from list(provider.counters.issued)
