"""Keeps secrets out of logs, history, diagnostics and the support timeline.

Three layers, so a secret is caught however it travels:

1. **By name**: headers, JSON keys, form fields and query parameters whose name says
   "secret" (``Authorization``, ``Cookie``, ``X-Api-Key``, anything containing token,
   secret, password, key or session) have their value replaced. Bodies are parsed as
   JSON or form data first; text that is neither falls back to patterns.
2. **By value**: every token the vault hands out is registered (``register_secret``) in
   whatever process reads it, and replaced wherever it appears, under any name.
3. **By shape**: ``Bearer …`` is masked even when neither rule above knew it.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

REDACTED = "[REDACTED]"
_SECRET_WORDS = ("token", "secret", "password", "passwd", "key", "session", "cookie", "credential")
_SECRET_NAMES = frozenset(
    {"authorization", "proxy-authorization", "code", "code_verifier", "assertion", "pwd"}
    | {"client_assertion", "set-cookie", "otp", "pin"}
)
# Named like secrets but describing them: keep for support engineers.
_DESCRIPTIVE = frozenset({"token_type", "token_type_hint"})
_DESCRIPTIVE_SUFFIXES = ("_expiration", "_expires_in", "_expires_at", "_type")
_MIN_SECRET_LENGTH = 8
_MAX_KNOWN = 4096  # newest secrets kept; older tokens have been replaced (and expired)

_lock = threading.Lock()
_known: OrderedDict[str, None] = OrderedDict()
_by_length: tuple[str, ...] = ()

_NAME = (
    r"[\w.\-]*(?:token|secret|passw(?:or)?d|key|session|cookie|credential)[\w.\-]*"
    r"|authorization|code|code_verifier|assertion|client_assertion|pwd|otp|pin"
)
_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9\-._~+/]+=*"),
    re.compile(rf'(?i)("(?:{_NAME})"\s*:\s*")(?:[^"\\]|\\.)*(")'),
    re.compile(rf"(?i)((?:^|[?&\s;,])(?:{_NAME})=)[^&\s#\"';,]+"),
    # A header line ("X-Api-Key: …"), but not a traceback's "KeyError: …".
    re.compile(rf"(?im)^(\s*(?!\w*(?:error|exception|warning)\s*:)(?:{_NAME})\s*:\s*)\S.*$"),
)


def register_secret(*values: str | None) -> None:
    """Remembers values so that every redaction in this process replaces them."""
    global _by_length
    with _lock:
        changed = False
        for value in values:
            if value and len(value) >= _MIN_SECRET_LENGTH:
                changed = changed or value not in _known
                _known[value] = None
                _known.move_to_end(value)
        while len(_known) > _MAX_KNOWN:
            _known.popitem(last=False)
        if changed:
            _by_length = tuple(sorted(_known, key=len, reverse=True))


def is_secret_key(key: str) -> bool:
    """A header, field or parameter name whose value is a secret (case-insensitive)."""
    lowered = key.strip().lower()
    if lowered in _DESCRIPTIVE or lowered.endswith(_DESCRIPTIVE_SUFFIXES):
        return False
    return lowered in _SECRET_NAMES or any(word in lowered for word in _SECRET_WORDS)


def redact_text(text: str) -> str:
    """Known secret values, then secret-named fields and bearer values, replaced."""
    if not text:
        return text
    with _lock:
        known = _by_length
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(_keep_prefix, text)
    return text


def _keep_prefix(match: re.Match[str]) -> str:
    suffix = match.group(2) if (match.lastindex or 0) >= 2 else ""
    return f"{match.group(1)}{REDACTED}{suffix}"


def redact_value(value: Any) -> Any:
    """JSON-like data with secret-named values replaced and known secrets scrubbed."""
    if isinstance(value, Mapping):
        return redact_mapping(value)
    if isinstance(value, list):
        return [redact_value(v) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


def redact_mapping(data: Mapping[str, Any]) -> dict[str, Any]:
    """Copy with secret-named values replaced (recursively) and known secrets scrubbed."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        secret = is_secret_key(str(key)) and value not in (None, "", True, False)
        out[key] = REDACTED if secret else redact_value(value)
    return out


def redact_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, REDACTED if is_secret_key(k) else redact_text(v)) for k, v in headers]


def redact_body(body: str) -> str:
    """A request body: JSON or form fields by name, then everything by value and shape."""
    stripped = body.strip()
    if stripped[:1] in ("{", "["):
        try:
            parsed = json.loads(stripped)
        except ValueError:
            return redact_text(body)
        cleaned = redact_value(parsed)
        return body if cleaned == parsed else json.dumps(cleaned, ensure_ascii=False)
    if "=" in stripped and not any(c.isspace() for c in stripped):
        try:
            fields = parse_qsl(stripped, keep_blank_values=True, strict_parsing=True)
        except ValueError:
            return redact_text(body)
        if any(is_secret_key(k) for k, _ in fields):
            body = urlencode([(k, REDACTED if is_secret_key(k) else v) for k, v in fields])
    return redact_text(body)


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
