"""Plain-word account status and countdown text, derived from stored facts and the clock.

Kept free of widgets so the rules ("Expiring soon" means *no way to renew*, "Offline"
means the last renewal hit a network or provider error) are testable on their own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account

CONNECTED = "Connected"
REFRESHING = "Refreshing"
EXPIRING_SOON = "Expiring soon"
RECONNECT = "Reconnect needed"
OFFLINE = "Offline"
NOT_ALLOWED = "Not allowed by your organisation"  # core.policy: Disconnect only
# Most urgent first: the tray and the attention list use this order.
STATUS_ORDER = (RECONNECT, EXPIRING_SOON, OFFLINE, REFRESHING, CONNECTED)
NEEDS_ATTENTION = frozenset({RECONNECT, EXPIRING_SOON, OFFLINE})


def can_renew(account: Account, now: float) -> bool:
    """A refresh token that has not itself expired."""
    if not account.has_refresh_token:
        return False
    return account.refresh_expires_at is None or account.refresh_expires_at > now


def derive_status(
    account: Account, *, now: float, lead_time: float, refreshing: bool = False
) -> str:
    if account.status == RECONNECT_NEEDED:
        return RECONNECT
    if refreshing:
        return REFRESHING
    renewable = can_renew(account, now)
    if account.expires_at is not None and not renewable:
        if account.expires_at <= now:
            return RECONNECT
        if account.expires_at - now <= lead_time:
            return EXPIRING_SOON
    if account.last_error:
        return OFFLINE
    return CONNECTED


def status_hint(status: str, account: Account) -> str:
    """The tooltip: why the status is what it is, in plain words."""
    if status == NOT_ALLOWED:
        return "Your organisation no longer allows this provider. You can only disconnect it."
    if status == RECONNECT:
        return account.last_error or "The connection ended. Reconnect to keep using it."
    if status == EXPIRING_SOON:
        return "This connection will end soon and cannot renew itself. Reconnect to keep it."
    if status == OFFLINE:
        return f"The last renewal failed: {account.last_error} Loopgate will try again."
    if status == REFRESHING:
        return "Renewing the access token…"
    return "Working. Loopgate renews the access token before it expires."


def format_remaining(expires_at: float | None, now: float) -> str:
    """'4 min 05 s', '2 h 10 min', '12 days'; 'expired' and 'unknown' spelled out."""
    if expires_at is None:
        return "unknown"
    left = int(expires_at - now)
    if left <= 0:
        return "expired"
    if left < 60:
        return f"{left} s"
    if left < 3600:
        return f"{left // 60} min {left % 60:02d} s"
    if left < 86400:
        return f"{left // 3600} h {left % 3600 // 60:02d} min"
    days = left // 86400
    return f"{days} day" if days == 1 else f"{days} days"


def lead_time_for(account: Account, minutes: float = 0.0) -> float:
    """The user's lead time when set, else the core default (max of 5 min and 10%).

    Never more than half the token's lifetime: a 5-minute token (the demo's) with a
    5-minute lead would be due the moment it arrives and renew in a loop.
    """
    lifetime = None
    if account.expires_at is not None and account.issued_at:
        lifetime = max(0.0, account.expires_at - account.issued_at)
    lead = minutes * 60.0 if minutes > 0 else _core_default_lead()(lifetime)
    return min(lead, lifetime / 2) if lifetime else lead


@functools.cache
def _core_default_lead() -> Callable[[float | None], float]:
    # Imported once, not per call: PySide6 hooks ``import``, ≈ 7 µs a statement, and the
    # health check runs this for every account (10,000 accounts: 70 ms of GUI thread).
    from desktop_app.core.engine.refresh import default_lead_time  # heavy: only with accounts

    return default_lead_time
