"""Calling a provider's API with an account's token (RFC 6750 §2.1: header only)."""

from __future__ import annotations

import shlex
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests

from ..base.errors import Cancelled, ProviderError
from ..base.redact import register_secret

MAX_BODY_BYTES = 200 * 1024 * 1024
CHUNK_BYTES = 256 * 1024


@dataclass(frozen=True)
class ApiRequest:
    method: str
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    params: tuple[tuple[str, str], ...] = ()
    body: str = ""


@dataclass(frozen=True)
class ApiResponse:
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes = field(repr=False)
    elapsed_ms: float
    url: str
    refreshed: bool = False
    note: str = ""

    @property
    def size(self) -> int:
        return len(self.body)

    def header(self, name: str) -> str:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return ""

    @property
    def content_type(self) -> str:
        return self.header("Content-Type")


def absolute_url(base: str, path_or_url: str) -> str:
    if path_or_url.startswith(("http://", "https://")):
        return path_or_url
    return base.rstrip("/") + "/" + path_or_url.lstrip("/")


def send(
    session: requests.Session,
    request: ApiRequest,
    access_token: str,
    *,
    cancel: threading.Event | None = None,
    timeout: float = 60.0,
) -> ApiResponse:
    """One HTTP exchange, body streamed so a cancel takes effect between chunks.

    The answer comes back with its body already read: nothing may read the stream again
    (that was issue 9's "content already consumed" crash on Clover's 401).
    """
    register_secret(access_token)  # an error page that echoes it cannot leak it in a note
    headers = {k: v for k, v in request.headers if k.lower() != "authorization"}
    headers["Authorization"] = f"Bearer {access_token}"  # RFC 6750 §2.1: header only
    headers.setdefault("Accept", "application/json")
    started = time.perf_counter()
    try:
        response = session.request(
            request.method.upper(),
            request.url,
            headers=headers,
            params=list(request.params),
            data=request.body.encode("utf-8") if request.body else None,
            timeout=timeout,
            stream=True,
            allow_redirects=False,
        )
    except requests.Timeout:
        raise ProviderError("The API did not answer in time.", detail=request.url) from None
    except (requests.RequestException, OSError) as exc:
        raise ProviderError(
            f"Could not reach {urlsplit(request.url).hostname}.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from None
    try:
        body = _read_body(response, cancel)
    finally:
        response.close()
    return ApiResponse(
        status=response.status_code,
        reason=response.reason or "",
        headers=tuple(response.headers.items()),
        body=body,
        elapsed_ms=(time.perf_counter() - started) * 1000,
        url=response.url,
    )


def _read_body(response: requests.Response, cancel: threading.Event | None) -> bytes:
    chunks: list[bytes] = []
    total = 0
    try:
        for chunk in response.iter_content(CHUNK_BYTES):
            if cancel is not None and cancel.is_set():
                raise Cancelled("The request was cancelled.")
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_BODY_BYTES:
                raise ProviderError("The response is larger than 200 MB and was not kept.")
    except (requests.RequestException, OSError) as exc:
        raise ProviderError("The response was cut off.", detail=str(exc)) from None
    return b"".join(chunks)


def as_curl(request: ApiRequest, token: str | None = None) -> str:
    """``Copy as curl``: the token is ``$TOKEN`` unless the user asks for the real one."""
    url = request.url
    if request.params:
        from urllib.parse import urlencode

        url += ("&" if "?" in url else "?") + urlencode(list(request.params))
    parts = ["curl", "-X", request.method.upper(), shlex.quote(url)]
    auth = f"Authorization: Bearer {token}" if token else "Authorization: Bearer $TOKEN"
    parts += ["-H", shlex.quote(auth) if token else f'"{auth}"']
    for key, value in request.headers:
        if key.lower() != "authorization":
            parts += ["-H", shlex.quote(f"{key}: {value}")]
    if request.body:
        parts += ["--data-raw", shlex.quote(request.body)]
    return " ".join(parts)
