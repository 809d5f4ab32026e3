"""Helpers shared by the UI tests: a settable clock and account factories."""

from __future__ import annotations

from typing import Any

from desktop_app.core.storage.accounts import Account, AccountIdentity


class Clock:
    """A settable clock: tests move time instead of sleeping."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_account(
    index: int = 0,
    *,
    now: float = 1_000_000.0,
    expires_in: float | None = 3600.0,
    lifetime: float = 3600.0,
    **changes: Any,
) -> Account:
    expires = None if expires_in is None else now + expires_in
    issued = (expires - lifetime) if expires is not None else now
    values: dict[str, Any] = {
        "id": f"acct{index:05d}",
        "profile_id": "demo",
        "label": f"Account {index}",
        "identity": AccountIdentity(subject=f"s{index}", name=f"User {index}", email=f"u{index}@x"),
        "expires_at": expires,
        "issued_at": issued,
        "has_refresh_token": True,
    }
    values.update(changes)
    return Account(**values)
