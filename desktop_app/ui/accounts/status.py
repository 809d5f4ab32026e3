"""Plain-word account status and countdown text, derived from stored facts and the clock.

Kept free of widgets so the rules are testable on their own: "Expiring soon" means *no
way to renew*; "Provider problem" means the last renewal was answered badly and "Offline"
that the provider could not be reached (tokens kept, retried later, design §3);
"Expired" is never shown as "Connected".
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

from desktop_app.core.storage.accounts import RECONNECT_NEEDED, UNREACHABLE, Account

CONNECTED = "Connected"
REFRESHING = "Refreshing"
EXPIRED = "Expired"
EXPIRED_RENEWING = "Expired — renewing…"
EXPIRING_SOON = "Expiring soon"
RECONNECT = "Reconnect needed"
PROVIDER_PROBLEM = "Provider problem"
OFFLINE = "Offline"
NOT_ALLOWED = "Not allowed by your organisation"  # core.policy: Disconnect only
# Most urgent first: the tray and the attention list use this order.
STATUS_ORDER = (
    RECONNECT,
    EXPIRING_SOON,
    PROVIDER_PROBLEM,
    OFFLINE,
    EXPIRED,
    EXPIRED_RENEWING,
    REFRESHING,
    CONNECTED,
)
NEEDS_ATTENTION = frozenset({RECONNECT, EXPIRING_SOON, PROVIDER_PROBLEM, OFFLINE})


def can_renew(account: Account, now: float) -> bool:
    """A refresh token that has not itself expired."""
    if not account.has_refresh_token:
        return False
    return account.refresh_expires_at is None or account.refresh_expires_at > now


def derive_status(
    account: Account, *, now: float, lead_time: float, refreshing: bool = False
) -> str:
    expired = account.expires_at is not None and account.expires_at <= now
    if account.status == RECONNECT_NEEDED:
        return RECONNECT
    if refreshing:
        return EXPIRED_RENEWING if expired else REFRESHING
    renewable = can_renew(account, now)
    if account.expires_at is not None and not renewable:
        if expired:
            return RECONNECT
        if account.expires_at - now <= lead_time:
            return EXPIRING_SOON
    if account.last_error:
        return problem_status(account)
    return EXPIRED if expired else CONNECTED


def problem_status(account: Account) -> str:
    """Older account files carry ``last_error`` without a kind: those read as "Offline"."""
    if account.problem and account.problem != UNREACHABLE:
        return PROVIDER_PROBLEM
    return OFFLINE


def status_hint(status: str, account: Account, now: float | None = None) -> str:
    """The tooltip: why the status is what it is, in plain words."""
    if status == NOT_ALLOWED:
        return "Your organisation no longer allows this provider. You can only disconnect it."
    if status == RECONNECT:
        return account.last_error or "The connection ended. Reconnect to keep using it."
    if status == EXPIRING_SOON:
        return "This connection will end soon and cannot renew itself. Reconnect to keep it."
    if status in (PROVIDER_PROBLEM, OFFLINE):
        return f"The last renewal failed: {account.last_error} {next_try_words(account, now)}"
    if status in (REFRESHING, EXPIRED_RENEWING):
        return "Renewing the access token…"
    if status == EXPIRED:
        return "The access token has expired; Loopgate renews it on the next use."
    return "Working. Loopgate renews the access token before it expires."


def next_try_words(account: Account, now: float | None) -> str:
    """'Loopgate will try again at 14:05 (in 4 min 00 s).' from the stored retry time."""
    at = account.retry_at
    if at is None or now is None or at <= now:
        return "Loopgate will try again."
    clock = time.strftime("%H:%M", time.localtime(at))
    return f"Loopgate will try again at {clock} (in {format_remaining(at, now)})."


def duration_words(seconds: float) -> str:
    """An exact span in plain words: '2 min 30 s', '5 min', '45 s', '1 h 30 min', '3 days'."""
    total = max(0, round(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        parts = [f"{days} day" if days == 1 else f"{days} days", f"{hours} h" if hours else ""]
    elif hours:
        parts = [f"{hours} h", f"{minutes} min" if minutes else ""]
    elif minutes:
        parts = [f"{minutes} min", f"{secs} s" if secs else ""]
    else:
        parts = [f"{secs} s"]
    return " ".join(p for p in parts if p)


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


def renewal_due(account: Account, now: float, lead: float) -> float | None:
    """When automatic renewal should run (``None``: never): the health monitor's rule.

    Never for a grant the provider declared dead (its refresh token must not be presented
    again) nor without a usable refresh token; an unknown expiry is renewed on a 401
    instead (design §3); a failed renewal waits for its stored next try (backoff and
    ``Retry-After``), whichever process recorded it.
    """
    if account.status == RECONNECT_NEEDED:
        return None
    if account.expires_at is None or not can_renew(account, now):
        return None
    due = account.expires_at - lead
    if account.has_problem and account.retry_at is not None:
        due = max(due, account.retry_at)
    return due


def still_due(account: Account, lead: float, now: float) -> bool:
    """Re-checked on the worker just before sending: another process may have renewed it,
    failed (and set the next try) or been told the grant is dead meanwhile."""
    if account.status == RECONNECT_NEEDED:
        return False
    if account.has_problem and account.retry_at is not None and account.retry_at > now:
        return False
    expires = account.expires_at
    return expires is None or expires - lead <= now


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
