"""One place that turns HTTP answers into values or specific, readable errors."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any

import requests

from ..base.errors import ProviderError, ProviderUnreachable, TokenEndpointError
from .http_answer import json_object, provider_words, retry_after_seconds

DEFAULT_TIMEOUT = (10.0, 30.0)
USER_AGENT = "Loopgate (+https://github.com/loopgate)"


def new_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    # Secrets must not be sent to a host the provider redirects to (RFC 6749 §3.2 wants TLS
    # endpoints; a redirect from the token endpoint is refused by the callers).
    return session


def post(
    session: requests.Session,
    url: str,
    *,
    body: Mapping[str, Any],
    body_format: str,
    headers: Mapping[str, str] | None = None,
    timeout: Any = None,
) -> requests.Response:
    """POSTs form or JSON; network failures become ``ProviderError`` with the host named.

    ``timeout`` defaults to ``DEFAULT_TIMEOUT`` read at call time (tests shorten it).
    """
    timeout = timeout or DEFAULT_TIMEOUT
    all_headers = {"Accept": "application/json", **(headers or {})}
    kwargs: dict[str, Any] = {"json": dict(body)} if body_format == "json" else {"data": dict(body)}
    try:
        return session.post(
            url, headers=all_headers, timeout=timeout, allow_redirects=False, **kwargs
        )
    except requests.RequestException as exc:
        raise network_error("POST", url, exc) from None


def network_error(method: str, url: str, exc: requests.RequestException) -> ProviderError:
    """No usable answer: unreachable (nothing connected) or stalled (connected, then silence)."""
    if isinstance(exc, requests.ConnectTimeout) or (
        isinstance(exc, requests.ConnectionError) and not isinstance(exc, requests.Timeout)
    ):
        return ProviderUnreachable(
            f"Could not reach the provider ({_host(url)}). Check your internet connection.",
            detail=f"{method} {url}: {_reason(exc)}",
        )
    if isinstance(exc, requests.Timeout):
        return ProviderError(
            f"The provider did not answer in time ({_host(url)}). Check your connection "
            "and try again.",
            detail=f"{method} {url}: timeout: {exc.__class__.__name__}",
        )
    return ProviderError(detail=f"{method} {url}: {_reason(exc)}")


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:300] + "…"


def token_json(response: requests.Response) -> dict[str, Any]:
    """Reads a token endpoint answer: RFC 6749 §5.1 success or §5.2 error, else a clear error.

    It never decides that a grant is dead: only the refresh code may, from ``invalid_grant``
    or the shape the profile declares (design §3).
    """
    status = response.status_code
    if 300 <= status < 400:
        raise ProviderError(
            "The provider's token address redirected elsewhere; Loopgate does not follow "
            "redirects when sending secrets.",
            detail=f"HTTP {status} to {response.headers.get('Location', '?')}",
            status=status,
        )
    if status >= 400:
        raise error_answer(response)
    payload = _json_or_none(response)
    if payload is None:
        kind = response.headers.get("Content-Type", "unknown type")
        raise ProviderError(
            "The provider answered with something that is not JSON (perhaps a web page), "
            "so no tokens were saved."
            + _said(response.content or b"", response.headers.get("Content-Type", "")),
            detail=f"HTTP {status}, Content-Type {kind}: {_snippet(response)}",
            status=status,
        )
    if not isinstance(payload, dict):
        raise ProviderError(
            "The provider's token answer was not a JSON object.",
            detail=f"HTTP {status}: {_snippet(response)}",
            status=status,
        )
    return payload


def error_answer(response: requests.Response) -> ProviderError:
    """An HTTP error as a specific error carrying the provider's words and ``Retry-After``."""
    return error_from(response.status_code, response.headers, response.content or b"")


def error_from(status: int, headers: Mapping[str, str], body: bytes) -> ProviderError:
    """The same, from bytes already read (a streamed body cannot be read twice)."""
    payload = json_object(body)
    wait = retry_after_seconds(headers, time.time())
    said = _said(body, headers.get("Content-Type", ""))
    if payload is not None and isinstance(payload.get("error"), str):
        error = str(payload.get("error"))
        description = str(payload.get("error_description") or "")
        return TokenEndpointError(
            plain_token_error(error) + said,
            error=error,
            description=description,
            status=status,
            retry_after=wait,
        )
    if status == 429:
        message = "The provider is limiting requests (HTTP 429)."
    elif status >= 500:
        message = f"The provider had a problem (HTTP {status}). Try again in a few minutes."
    else:
        message = f"The provider refused the request (HTTP {status})."
    return ProviderError(
        message + said,
        detail=f"HTTP {status}: {snippet(body)}",
        status=status,
        retry_after=wait,
    )


def _said(body: bytes, content_type: str) -> str:
    """' The provider said: “…”' when the answer carries words of its own."""
    words = provider_words(body, content_type)
    return f" The provider said: “{words}”" if words else ""


PLAIN_TOKEN_ERRORS = {
    "invalid_grant": "The sign-in code was rejected or has expired. Please connect again.",
    "invalid_client": (
        "The provider did not recognise Loopgate's client ID, or requires a client secret. "
        "Desktop apps cannot keep a secret (RFC 8252 §8.5): ask the provider to register "
        "Loopgate as a public (PKCE) client, or ask your administrator for the settings."
    ),
    "unauthorized_client": (
        "This app registration is not allowed to connect this way. Ask your administrator to "
        "enable the authorization-code flow with PKCE for it."
    ),
    "invalid_scope": "The provider refused the requested permissions.",
    "invalid_request": "The provider said the request was malformed.",
    "unsupported_grant_type": "The provider does not support this kind of sign-in.",
}


def plain_token_error(error: str) -> str:
    return PLAIN_TOKEN_ERRORS.get(error, "The provider refused to issue tokens.")


def _json_or_none(response: requests.Response) -> Any:
    try:
        return json.loads(response.content or b"null") if response.content else None
    except (ValueError, UnicodeDecodeError):
        return None


def _snippet(response: requests.Response, limit: int = 300) -> str:
    return snippet(response.content or b"", limit)


def snippet(body: bytes, limit: int = 300) -> str:
    """The start of a body for engineers' details, whitespace folded, secrets scrubbed."""
    from ..base.redact import redact_text

    text = body[:limit].decode("utf-8", "replace")
    return redact_text(" ".join(text.split()))
