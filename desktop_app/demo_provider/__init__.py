"""The embedded Demo provider: a real OAuth 2.0 / OIDC authorization server on loopback.

Imports are lazy so that importing this package costs nothing until a server is wanted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["CLIENT_ID", "DEFAULT_PORT", "DemoServer", "DemoStats", "ensure_running", "main"]

if TYPE_CHECKING:
    from .server import CLIENT_ID, DEFAULT_PORT, DemoServer, DemoStats, ensure_running, main


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import server

        return getattr(server, name)
    raise AttributeError(name)
