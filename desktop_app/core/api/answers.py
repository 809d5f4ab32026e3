"""What an API answer means for the caller: renew and resend, or report it in plain words.

Works on an ``ApiResponse`` whose body was already read (streamed once, never re-read),
so any answer — JSON without ``error``, HTML, empty, huge — is safe to look at.
"""

from __future__ import annotations

import re

from ..oauth.http_answer import json_object, provider_words, retry_after_seconds
from .calls import ApiResponse

# RFC 6750 §3: the auth-param may be a token or a quoted string.
_BEARER_ERROR = re.compile(r'(?:^|[\s,])error\s*=\s*"?([^",\s]*)"?', re.IGNORECASE)


def bearer_error(response: ApiResponse) -> str:
    """The ``error`` of a 401/403: ``WWW-Authenticate`` (RFC 6750 §3), else a JSON body's."""
    challenge = response.header("WWW-Authenticate")
    if challenge.lower().startswith("bearer"):
        found = _BEARER_ERROR.search(challenge[6:])
        if found:
            return found.group(1)
    body = json_object(response.body)
    error = body.get("error") if body else None
    return error if isinstance(error, str) else ""


def needs_new_token(response: ApiResponse) -> bool:
    """RFC 6750 §3.1: a 401 is about the token unless it names another error.

    ``invalid_token`` or no error at all (Clover's API: 401 ``{"message": ...}`` and no
    ``WWW-Authenticate``) means renew once and resend; 403 ``insufficient_scope`` never.
    """
    return response.status == 401 and bearer_error(response) in ("", "invalid_token")


def plain_note(response: ApiResponse, now: float) -> str:
    """One plain sentence for answers that need one; '' for the rest."""
    status = response.status
    wait = retry_after_seconds(response.headers, now)
    if status == 429:
        # Reported, never retried in a loop (design §3).
        if wait is None:
            return "Rate limited: the provider did not say when to retry; wait a while."
        return f"Rate limited, retry in {round(wait)} s."
    if status == 403:
        error = bearer_error(response)
        if error == "insufficient_scope":
            return (
                "The account's access does not cover this request (insufficient_scope); "
                "reconnect with the needed permissions."
            )
        return "The provider refused this request (HTTP 403)." + _said(response)
    if status == 401:
        error = bearer_error(response)
        return f"The provider refused the token (HTTP 401{': ' + error if error else ''})."
    if status >= 500:
        after = f" Retry in {round(wait)} s." if wait is not None else ""
        return f"The provider had a problem (HTTP {status}).{after}" + _said(response)
    return ""


def _said(response: ApiResponse) -> str:
    words = provider_words(response.body[: 64 * 1024], response.content_type)
    return f" It said: “{words}”" if words else ""
