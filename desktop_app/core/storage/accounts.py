"""Non-secret facts about a connected account: what the store saves and the UI shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

CONNECTED = "connected"
RECONNECT_NEEDED = "reconnect_needed"
STATUSES = (CONNECTED, RECONNECT_NEEDED)
# Why the last renewal failed while the grant lives on (tokens kept, retried later):
PROVIDER_PROBLEM = "provider"  # the provider answered, but not with usable tokens
UNREACHABLE = "unreachable"  # no connection could be made (offline, host down)


@dataclass(frozen=True)
class AccountIdentity:
    """Who the account is at the provider (``subject`` is the stable key for de-duplication)."""

    subject: str = ""
    name: str = ""
    email: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        parts = [p for p in (self.name, self.email) if p]
        if not parts and self.subject:
            parts.append(self.subject)
        return " · ".join(parts)


@dataclass(frozen=True)
class Account:
    id: str
    profile_id: str
    label: str
    identity: AccountIdentity = field(default_factory=AccountIdentity)
    scopes: tuple[str, ...] = ()
    status: str = CONNECTED
    created_at: float = 0.0
    updated_at: float = 0.0
    expires_at: float | None = None
    refresh_expires_at: float | None = None
    issued_at: float | None = None
    has_refresh_token: bool = False
    last_refresh_at: float | None = None
    last_error: str = ""
    last_error_detail: str = ""
    token_response: dict[str, Any] = field(default_factory=dict)
    diagnostics: tuple[dict[str, Any], ...] = ()
    session_only: bool = False
    # The client ID the account was connected with (typed when the profile has none).
    client_id: str = ""
    # Where it was connected: if the profile later points elsewhere, the refresh token is
    # not sent to the new place; the account asks to be reconnected. Empty in accounts
    # saved before these were kept (nothing to compare with).
    connected_issuer: str = ""
    connected_token_endpoint: str = ""
    # When the current tokens came from a sign-in (each reconnect sets it; created_at stays).
    connected_at: float | None = None
    # A renewal that failed but kept the grant (design §3): why, how often in a row, and
    # the earliest next automatic try (backoff and Retry-After). Cleared by a success.
    problem: str = ""
    refresh_failures: int = 0
    retry_at: float | None = None

    @property
    def has_problem(self) -> bool:
        """A failed renewal is waiting for its retry (the grant itself is alive)."""
        return self.status == CONNECTED and bool(self.problem and self.last_error)

    def with_changes(self, **changes: Any) -> Account:
        return replace(self, **changes)

    def placeholders(self) -> dict[str, str]:
        """Values for ``{merchant_id}``-style placeholders in API paths."""
        values = dict(self.identity.ids)
        if self.identity.subject:
            values.setdefault("sub", self.identity.subject)
        return values

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["scopes"] = list(self.scopes)
        data["diagnostics"] = list(self.diagnostics)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Account:
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["identity"] = AccountIdentity(**(data.get("identity") or {}))
        values["scopes"] = tuple(data.get("scopes") or ())
        values["diagnostics"] = tuple(data.get("diagnostics") or ())
        return cls(**values)
