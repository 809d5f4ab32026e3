"""Small pieces of the accounts table: provider facts, presorted lists, identity text.

Kept free of the model so the worker-side pieces (``SortedAccounts``) and the wording
rules (``identity_text``) read and test on their own.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QIcon

from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account

SortSpec = tuple[int, bool]  # column (-1: unsorted), descending

COL_PROVIDER = 0
COL_LABEL = 1
COL_IDENTITY = 2
COL_ENVIRONMENT = 3
COL_STATUS = 4
COL_EXPIRES = 5
COL_REFRESH_EXPIRES = 6
COLUMNS = (
    "Provider",
    "Account",
    "Identity",
    "Environment",
    "Status",
    "Access expires in",
    "Refresh token expires",
)
COUNTDOWN_COLUMNS = (COL_EXPIRES, COL_REFRESH_EXPIRES)


class ProviderInfo:
    """What the table needs of a provider profile (kept Qt-side: the icon)."""

    __slots__ = ("allowed", "environment", "icon", "name")

    def __init__(
        self, name: str, environment: str = "", icon: QIcon | None = None, allowed: bool = True
    ) -> None:
        self.name = name
        self.environment = environment
        self.icon = icon
        self.allowed = allowed  # False: the organisation forbids it (Disconnect only)


class SortedAccounts(list[Account]):
    """A presorted list with the lookups the GUI needs, all built on the worker.

    At 10,000 accounts, each ``{a.id: ...}`` dict costs ≈ 5–8 ms of the GUI thread.
    """

    def __init__(self, accounts: Iterable[Account], spec: SortSpec) -> None:
        super().__init__(accounts)
        self.spec = spec
        self.rows = {a.id: row for row, a in enumerate(self)}
        self.by_id = {a.id: a for a in self}


def identity_text(account: Account) -> str:
    """Who the account is, leaving out what the Account column already says.

    The label usually defaults to the person's or the shop's name: repeating it says
    nothing. An email or a merchant id does, so those are kept.
    """
    identity, label = account.identity, account.label.strip().casefold()
    parts = [identity.name] if identity.name and identity.name.casefold() != label else []
    if identity.email and identity.email.casefold() != label:
        parts.append(identity.email)
    for key, value in list(identity.ids.items())[:1]:  # the defining one (merchant_id)
        if value and value.casefold() != label:
            parts.append(f"{key.replace('_', ' ').capitalize()} {value}")
    if not (parts or identity.name or identity.ids) and identity.subject.casefold() != label:
        parts.append(identity.subject)  # nothing else says who it is
    return " · ".join(parts)


def absolute_expiry(value: float | None) -> float:
    """Unknown expiry sorts after every known one."""
    return math.inf if value is None else float(value)


def sort_key(account: Account, column: int, display: Callable[[Account, int], str]) -> Any:
    """Each column's key, then provider, name and id: equal keys never swap on reload.

    Safe on a worker (``presort``): stored facts only. Time-dependent keys would make
    ticks re-sort, so expiries sort by absolute time and status by stored facts.
    """
    if column == COL_EXPIRES:
        key: Any = absolute_expiry(account.expires_at)
    elif column == COL_REFRESH_EXPIRES:
        key = absolute_expiry(account.refresh_expires_at if account.has_refresh_token else None)
    elif column == COL_STATUS:
        key = 0 if account.status == RECONNECT_NEEDED else (1 if account.last_error else 2)
    elif column in (COL_PROVIDER, COL_LABEL):
        key = ""  # the name key below is the whole key
    else:
        key = display(account, column).casefold()
    provider, name = display(account, COL_PROVIDER).casefold(), account.label.casefold()
    first, second = (name, provider) if column == COL_LABEL else (provider, name)
    return (key, first, second, account.id)


def expiry_tooltip(account: Account, column: int) -> str | None:
    """The exact local time behind a countdown cell."""
    if column not in COUNTDOWN_COLUMNS:
        return None
    expires = account.expires_at if column == COL_EXPIRES else account.refresh_expires_at
    if expires is None:
        return None
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(expires))
