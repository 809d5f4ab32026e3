"""One place that turns HTTP answers into values or specific, readable errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import requests

from ..base.errors import ProviderError, ReconnectNeeded, TokenEndpointError

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
    timeout: Any = DEFAULT_TIMEOUT,
) -> requests.Response:
    """POSTs form or JSON; network failures become ``ProviderError`` with the host named."""
    all_headers = {"Accept": "application/json", **(headers or {})}
    kwargs: dict[str, Any] = {"json": dict(body)} if body_format == "json" else {"data": dict(body)}
    try:
        return session.post(
            url, headers=all_headers, timeout=timeout, allow_redirects=False, **kwargs
        )
    except requests.Timeout as exc:
        raise ProviderError(
            f"The provider did not answer in time ({_host(url)}). Check your connection "
            "and try again.",
            detail=f"POST {url}: timeout: {exc.__class__.__name__}",
        ) from None
    except requests.ConnectionError as exc:
        raise ProviderError(
            f"Could not reach the provider ({_host(url)}). Check your internet connection.",
            detail=f"POST {url}: {_reason(exc)}",
        ) from None
    except requests.RequestException as exc:
        raise ProviderError(detail=f"POST {url}: {_reason(exc)}") from None


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:300] + "…"


def token_json(response: requests.Response, *, refreshing: bool = False) -> dict[str, Any]:
    """Reads a token endpoint answer: RFC 6749 §5.1 success or §5.2 error, else a clear error."""
    status = response.status_code
    if 300 <= status < 400:
        raise ProviderError(
            "The provider's token address redirected elsewhere; Loopgate does not follow "
            "redirects when sending secrets.",
            detail=f"HTTP {status} to {response.headers.get('Location', '?')}",
            status=status,
        )
    payload = _json_or_none(response)
    if isinstance(payload, dict) and isinstance(payload.get("error"), str) and status >= 400:
        raise _token_error(payload, status, refreshing)
    if status >= 500:
        raise ProviderError(
            f"The provider had a problem (HTTP {status}). Try again in a few minutes.",
            detail=f"HTTP {status}: {_snippet(response)}",
            status=status,
        )
    if refreshing and status in (400, 401):
        # Not every provider says invalid_grant for a dead refresh token (design §3).
        raise ReconnectNeeded(
            error="invalid_grant",
            description=f"HTTP {status}",
            status=status,
            detail=f"HTTP {status}: {_snippet(response)}",
        )
    if status >= 400:
        raise ProviderError(
            f"The provider refused the request (HTTP {status}).",
            detail=f"HTTP {status}: {_snippet(response)}",
            status=status,
        )
    if payload is None:
        kind = response.headers.get("Content-Type", "unknown type")
        raise ProviderError(
            "The provider answered with something that is not JSON (perhaps a web page), "
            "so no tokens were saved.",
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


def _token_error(payload: dict[str, Any], status: int, refreshing: bool) -> TokenEndpointError:
    error = str(payload.get("error"))
    description = str(payload.get("error_description") or "")
    if (
        refreshing
        and (error == "invalid_grant" or status in (400, 401))
        and error
        not in (
            "temporarily_unavailable",
            "slow_down",
        )
    ):
        return ReconnectNeeded(error=error, description=description, status=status)
    return TokenEndpointError(
        plain_token_error(error), error=error, description=description, status=status
    )


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
    from ..base.redact import redact_text

    text = response.content[:limit].decode("utf-8", "replace")
    return redact_text(" ".join(text.split()))
