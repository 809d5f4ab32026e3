"""Keeps secrets out of logs, history and diagnostics.

Two layers: every secret the process handles is registered and replaced wherever it
appears, and well-known shapes (``Bearer …``, ``"refresh_token": "…"``, ``code=…``)
are masked even when the value was never registered.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[REDACTED]"
SECRET_KEYS = (
    "access_token",
    "refresh_token",
    "id_token",
    "code",
    "code_verifier",
    "client_secret",
    "password",
    "token",
    "authorization",
    "cookie",
    "set-cookie",
    "assertion",
)
_MIN_SECRET_LENGTH = 8

_lock = threading.Lock()
_known: set[str] = set()

_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9\-._~+/]+=*"),
    re.compile(
        r'(?i)("(?:access_token|refresh_token|id_token|code_verifier|client_secret|code|token)"'
        r'\s*:\s*")[^"]*(")'
    ),
    re.compile(
        r"(?i)((?:^|[?&\s])(?:access_token|refresh_token|id_token|code_verifier|client_secret"
        r"|code|token)=)[^&\s#\"']+"
    ),
)


def register_secret(*values: str | None) -> None:
    """Remembers values so that ``redact_text`` replaces them anywhere they appear."""
    with _lock:
        for value in values:
            if value and len(value) >= _MIN_SECRET_LENGTH:
                _known.add(value)


def redact_text(text: str) -> str:
    if not text:
        return text
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(_keep_prefix, text)
    return text


def _keep_prefix(match: re.Match[str]) -> str:
    suffix = match.group(2) if (match.lastindex or 0) >= 2 else ""
    return f"{match.group(1)}{REDACTED}{suffix}"


def is_secret_key(key: str) -> bool:
    lowered = key.lower()
    return lowered in SECRET_KEYS or lowered.endswith("_token") or "secret" in lowered


def redact_mapping(data: Mapping[str, Any]) -> dict[str, Any]:
    """Copy with secret-named values replaced (recursively) and known secrets scrubbed."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if is_secret_key(str(key)) and value:
            out[key] = REDACTED
        elif isinstance(value, Mapping):
            out[key] = redact_mapping(value)
        elif isinstance(value, str):
            out[key] = redact_text(value)
        elif isinstance(value, list):
            out[key] = [redact_mapping(v) if isinstance(v, Mapping) else v for v in value]
        else:
            out[key] = value
    return out


def redact_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, REDACTED if is_secret_key(k) else redact_text(v)) for k, v in headers]


class RedactingFilter(logging.Filter):
    """Installed on Loopgate's log handlers: the formatted message is scrubbed."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_text(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True
