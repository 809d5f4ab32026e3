"""Asking the provider to end a grant: RFC 7009 revocation, or a bearer-authenticated call.

Both raise ``ProviderError`` (with the HTTP status, the provider's words and any
``Retry-After``) unless the provider confirmed with a 2xx: the caller must never claim a
revocation that did not happen (design §3). Time is bounded by ``REVOKE_TIMEOUT`` per
request, and only the first ``BODY_LIMIT`` bytes of an answer are read.
"""

from __future__ import annotations

from typing import Any

import requests

from ..base.errors import ProviderError
from ..base.redact import register_secret
from ..providers.profiles import ProviderProfile
from .tokens import TokenSet
from .transport import error_from, network_error

REVOKE_TIMEOUT = (5.0, 10.0)
BODY_LIMIT = 64 * 1024


def revoke_grant(
    profile: ProviderProfile,
    tokens: TokenSet,
    *,
    session: requests.Session,
    client_secret: str | None = None,
) -> None:
    """RFC 7009 §2.1: revoking the refresh token ends the whole grant, access tokens too."""
    token, hint = (
        (tokens.refresh_token, "refresh_token")
        if tokens.refresh_token
        else (tokens.access_token, "access_token")
    )
    register_secret(token)
    body: dict[str, Any] = {"token": token, "token_type_hint": hint, "client_id": profile.client_id}
    if client_secret:
        body["client_secret"] = client_secret
    # RFC 7009 §2.1: form-encoded; §2.2: 200 also for a token that was already invalid.
    _send(session, profile.revocation_endpoint, data=body, headers={})


def deauthorize_bearer(
    profile: ProviderProfile, access_token: str, *, session: requests.Session
) -> None:
    """Clio's ``POST /oauth/deauthorize``: authenticated by a live access token (RFC 6750 §2.1)."""
    register_secret(access_token)
    _send(
        session,
        profile.revocation_endpoint,
        data=None,
        headers={"Authorization": f"Bearer {access_token}"},
    )


def _send(
    session: requests.Session,
    url: str,
    *,
    data: dict[str, Any] | None,
    headers: dict[str, str],
) -> None:
    try:
        response = session.post(
            url,
            data=data,
            headers={"Accept": "application/json", **headers},
            timeout=REVOKE_TIMEOUT,
            allow_redirects=False,
            stream=True,
        )
    except requests.RequestException as exc:
        raise network_error("POST", url, exc) from None
    try:
        if 200 <= response.status_code < 300:
            return
        body = _head(response)
    finally:
        response.close()
    if 300 <= response.status_code < 400:
        raise ProviderError(
            "The provider's revocation address redirected elsewhere; Loopgate does not follow "
            "redirects when sending tokens.",
            detail=f"HTTP {response.status_code} to {response.headers.get('Location', '?')}",
            status=response.status_code,
        )
    raise error_from(response.status_code, response.headers, body)


def _head(response: requests.Response) -> bytes:
    """At most ``BODY_LIMIT`` bytes: enough for an error message, never a flood."""
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(16 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size >= BODY_LIMIT:
                break
    except requests.RequestException:
        pass  # the status is what counts; a cut-off body only loses the provider's words
    return b"".join(chunks)[:BODY_LIMIT]
