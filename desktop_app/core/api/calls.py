"""Calling a provider's API with an account's token (RFC 6750 §2.1: header only)."""

from __future__ import annotations

import shlex
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests

from ..base.errors import Cancelled, ProviderError

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


def bearer_error(response: requests.Response) -> str:
    """The ``error`` of a 401/403 (WWW-Authenticate per RFC 6750 §3, or a JSON body)."""
    header = response.headers.get("WWW-Authenticate", "")
    marker = 'error="'
    if marker in header:
        return header.split(marker, 1)[1].split('"', 1)[0]
    try:
        data = response.json()
    except ValueError:
        return ""
    return str(data.get("error") or "") if isinstance(data, dict) else ""


def should_refresh_on(response: requests.Response) -> bool:
    """A 401 means the token is unusable unless it names another error; 403 never retries."""
    if response.status_code != 401:
        return False
    return bearer_error(response) in ("", "invalid_token")


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
) -> tuple[requests.Response, bytes, float]:
    """One HTTP exchange, body streamed so a cancel takes effect between chunks."""
    headers = {k: v for k, v in request.headers if k.lower() != "authorization"}
    headers["Authorization"] = f"Bearer {access_token}"
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
    except requests.RequestException as exc:
        raise ProviderError(
            f"Could not reach {urlsplit(request.url).hostname}.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from None
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
    except requests.RequestException as exc:
        raise ProviderError("The response was cut off.", detail=str(exc)) from None
    finally:
        response.close()
    return response, b"".join(chunks), (time.perf_counter() - started) * 1000


def to_response(
    response: requests.Response, body: bytes, elapsed_ms: float, refreshed: bool, note: str
) -> ApiResponse:
    return ApiResponse(
        status=response.status_code,
        reason=response.reason or "",
        headers=tuple(response.headers.items()),
        body=body,
        elapsed_ms=elapsed_ms,
        url=response.url,
        refreshed=refreshed,
        note=note,
    )


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


def merge_query(params: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(params.items())
