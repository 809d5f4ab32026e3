"""Reading what an HTTP error answer says: how long to wait, and the provider's own words.

Shared by the token endpoint (refresh, revocation) and API calls, so a 429 or a 503 is
read the same way wherever it arrives. Only bytes already received are read: a streamed
body must never be read twice.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

# A provider may ask for any wait; beyond a day it is treated as "a day" so a typo
# (Retry-After: 99999999) cannot silence renewals for years.
MAX_RETRY_AFTER_SECONDS = 86400.0
# JSON bodies larger than this are not parsed just to look for an error code.
MAX_ERROR_BODY_BYTES = 64 * 1024
WORDS_LIMIT = 160

_TITLE = re.compile(rb"<(title|h1)[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


def header(headers: Mapping[str, str] | Any, name: str) -> str:
    """A header by name, case-insensitively, from a mapping or (name, value) pairs."""
    items = headers.items() if hasattr(headers, "items") else headers
    for key, value in items:
        if str(key).lower() == name.lower():
            return str(value)
    return ""


def retry_after_seconds(headers: Mapping[str, str] | Any, now: float) -> float | None:
    """RFC 9110 §10.2.3: delay-seconds or an HTTP-date; ``None`` when absent or unreadable.

    An HTTP-date is measured against the provider's own ``Date`` header when it sent one
    (RFC 9110 §6.6.1), so a desktop clock that is off does not stretch or cut the wait.
    """
    value = header(headers, "Retry-After").strip()
    if not value:
        return None
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_SECONDS)
    at = _http_date(value)
    if at is None:
        return None
    reference = _http_date(header(headers, "Date")) or now
    return min(max(0.0, at - reference), MAX_RETRY_AFTER_SECONDS)


def _http_date(value: str) -> float | None:
    try:
        return parsedate_to_datetime(value).timestamp() if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def json_object(body: bytes) -> dict[str, Any] | None:
    """The body as a JSON object, or ``None`` (not JSON, not an object, or too large)."""
    if not body or len(body) > MAX_ERROR_BODY_BYTES:
        return None
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def provider_words(body: bytes, content_type: str = "") -> str:
    """What the provider said, in its own words: a short line safe to show and to store.

    ``error_description``/``message``/``error`` from JSON, the title of an HTML page, or
    the first line of text; secrets are scrubbed and the length is capped.
    """
    from ..base.redact import redact_text

    text = _json_words(body) or _html_words(body, content_type) or _text_words(body)
    text = " ".join(text.split())
    if len(text) > WORDS_LIMIT:
        text = text[: WORDS_LIMIT - 1] + "…"
    return redact_text(text)


def _json_words(body: bytes) -> str:
    data = json_object(body)
    if data is None:
        return ""
    for key in ("error_description", "message", "error"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, dict):  # {"error": {"type": ..., "message": ...}} (Clio)
            inner = value.get("message")
            if isinstance(inner, str) and inner.strip():
                return inner
    return ""


def _html_words(body: bytes, content_type: str) -> str:
    head = body[:MAX_ERROR_BODY_BYTES]
    if "html" not in content_type.lower() and b"<" not in head[:200]:
        return ""
    found = _TITLE.search(head)
    if found is None:
        return ""
    return html.unescape(_TAGS.sub(" ", found.group(2).decode("utf-8", "replace")))


def _text_words(body: bytes) -> str:
    head = body[: WORDS_LIMIT * 4].decode("utf-8", "replace")
    if head.lstrip().startswith(("<", "{", "[")):
        return ""  # markup or JSON without a message: not words
    return head.strip().splitlines()[0] if head.strip() else ""
