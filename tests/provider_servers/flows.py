"""A minimal hand-written client for the server specs: PKCE pair, a loopback receiver,
and one authorization per provider, with raw ``requests`` (never Loopgate's code)."""

from __future__ import annotations

import http.server
import secrets
import threading
from typing import Any
from urllib.parse import urlencode

import requests

from tests.support.provider_servers import (
    ClioLike,
    CloverleafLike,
    CloverLike,
    Outcome,
    ProviderBrowser,
    s256,
)


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    return verifier, s256(verifier)


class _Ok(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:
        return None


class Receiver:
    """Stands in for the client's loopback redirect listener: answers 200 to anything."""

    def __init__(self) -> None:
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
        self._server.daemon_threads = True
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def uri(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _visit(url: str, browser: ProviderBrowser | None) -> Outcome:
    return (browser or ProviderBrowser()).act(url)


# -- Clover ----------------------------------------------------------------------------
def clover_authorize_url(
    server: CloverLike, redirect_uri: str, challenge: str, **extra: str
) -> str:
    params = {
        "client_id": server.client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "state": "st-1",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        **extra,
    }
    return f"{server.auth_base}/oauth/v2/authorize?{urlencode(params)}"


def clover_code(
    server: CloverLike, receiver: Receiver, browser: ProviderBrowser | None = None
) -> tuple[Outcome, str]:
    verifier, challenge = pkce_pair()
    url = clover_authorize_url(server, receiver.uri("/oauth/clover/callback"), challenge)
    return _visit(url, browser), verifier


def clover_exchange(server: CloverLike, code: str, verifier: str) -> requests.Response:
    body = {"client_id": server.client_id, "code": code, "code_verifier": verifier}
    return requests.post(f"{server.api_base}/oauth/v2/token", json=body, timeout=5)


def clover_tokens(
    server: CloverLike, receiver: Receiver, browser: ProviderBrowser | None = None
) -> tuple[dict[str, Any], str]:
    """(token answer, merchant id) after a full approval."""
    outcome, verifier = clover_code(server, receiver, browser)
    answer = clover_exchange(server, outcome.callback["code"], verifier)
    assert answer.status_code == 200, answer.text
    return answer.json(), outcome.callback["merchant_id"]


def clover_refresh(server: CloverLike, refresh_token: str) -> requests.Response:
    body = {"client_id": server.client_id, "refresh_token": refresh_token}
    return requests.post(f"{server.api_base}/oauth/v2/refresh", json=body, timeout=5)


def clover_get(server: CloverLike, path: str, token: str) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    return requests.get(f"{server.api_base}{path}", headers=headers, timeout=5)


# -- Clio ------------------------------------------------------------------------------
def clio_authorize_url(server: ClioLike, redirect_uri: str, **extra: str) -> str:
    params = {
        "response_type": "code",
        "client_id": server.client_id,
        "redirect_uri": redirect_uri,
        "state": "st-2",
        **extra,
    }
    return f"{server.base}/oauth/authorize?{urlencode(params)}"


def clio_code(
    server: ClioLike, receiver: Receiver, browser: ProviderBrowser | None = None, **extra: str
) -> tuple[Outcome, str]:
    redirect_uri = receiver.uri("/oauth/clio/callback")
    return _visit(clio_authorize_url(server, redirect_uri, **extra), browser), redirect_uri


def clio_post(server: ClioLike, data: dict[str, str], **kwargs: Any) -> requests.Response:
    return requests.post(f"{server.base}/oauth/token", data=data, timeout=5, **kwargs)


def clio_tokens(server: ClioLike, receiver: Receiver, **form: str) -> dict[str, Any]:
    outcome, redirect_uri = clio_code(server, receiver)
    data = {
        "grant_type": "authorization_code",
        "code": outcome.callback["code"],
        "redirect_uri": redirect_uri,
        "client_id": server.client_id,
        **form,
    }
    answer = clio_post(server, data)
    assert answer.status_code == 200, answer.text
    return answer.json()


def clio_get(server: ClioLike, path: str, token: str) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    return requests.get(f"{server.base}{path}", headers=headers, timeout=5)


# -- Cloverleaf ------------------------------------------------------------------------
def cloverleaf_authorize_url(server: CloverleafLike, redirect_uri: str, **params: str) -> str:
    base = {
        "response_type": "code",
        "client_id": server.client_id,
        "redirect_uri": redirect_uri,
        "scope": "openid",
        "state": "st-3",
        "nonce": "n-0S6",
    }
    return f"{server.base}/api/oidc/auth?{urlencode({**base, **params})}"


def cloverleaf_code(
    server: CloverleafLike,
    receiver: Receiver,
    browser: ProviderBrowser | None = None,
    **params: str,
) -> tuple[Outcome, str, str]:
    verifier, challenge = pkce_pair()
    redirect_uri = receiver.uri("/callback")
    pkce = {"code_challenge": challenge, "code_challenge_method": "S256"}
    url = cloverleaf_authorize_url(server, redirect_uri, **{**pkce, **params})
    return _visit(url, browser), verifier, redirect_uri


def cloverleaf_post(server: CloverleafLike, data: dict[str, str]) -> requests.Response:
    return requests.post(f"{server.base}/api/oidc/token", data=data, timeout=5)


def cloverleaf_tokens(
    server: CloverleafLike, receiver: Receiver, scope: str = "openid offline_access", **params: str
) -> dict[str, Any]:
    outcome, verifier, redirect_uri = cloverleaf_code(server, receiver, scope=scope, **params)
    answer = cloverleaf_post(
        server,
        {
            "grant_type": "authorization_code",
            "code": outcome.callback["code"],
            "redirect_uri": redirect_uri,
            "client_id": server.client_id,
            "code_verifier": verifier,
        },
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def cloverleaf_refresh(server: CloverleafLike, refresh_token: str) -> requests.Response:
    data = {
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
        "client_id": server.client_id,
    }
    return cloverleaf_post(server, data)
