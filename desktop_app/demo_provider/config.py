"""Settings the running demo provider reads on every request (some change at runtime)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class DemoConfig:
    """Issuer and lifetimes; `response_delay` may be changed while serving ("slow provider")."""

    issuer: str
    access_token_ttl: int = 300
    refresh_token_ttl: int = 30 * 24 * 3600
    id_token_ttl: int = 3600
    response_delay: float = 0.0
