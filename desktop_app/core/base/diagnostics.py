"""A redacted timeline of one connect or refresh (authorize → callback → token), for support."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .redact import redact_text


class Timeline:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._entries: list[dict[str, Any]] = []

    def add(self, step: str, detail: str = "") -> None:
        self._entries.append({"at": self._clock(), "step": step, "detail": redact_text(detail)})

    def entries(self) -> tuple[dict[str, Any], ...]:
        return tuple(self._entries)


def support_header() -> str:
    """What support asks first: which Loopgate, which system, which time zone."""
    import platform

    from desktop_app import __version__

    zone = time.strftime("%Z (UTC%z)")
    system = f"{platform.system()} {platform.release()}".strip()
    return f"Loopgate {__version__} · {system} · Python {platform.python_version()} · {zone}"


def format_timeline(entries: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> str:
    """Plain text for a support ticket: local times, steps, details, redacted once more.

    The details were redacted when recorded; this process may know secrets that one did
    not (tokens read from the keychain since), so the text is scrubbed again on the way out.
    """
    if not entries:
        return ""
    lines = [support_header()]
    for entry in entries:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(entry.get("at", 0)))
        detail = entry.get("detail") or ""
        lines.append(f"{stamp}  {entry.get('step', '')}" + (f"  — {detail}" if detail else ""))
    return redact_text("\n".join(lines))
