"""A thin table model over core ``Account`` objects: what the accounts table shows.

Everything time-dependent (countdown text, colour, "Expiring soon") is computed in
``data()`` from the injected clock, so a tick only has to say *which cells* changed;
the sort keys are absolute times, which do not change per tick (design §6).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account

from ..common.status_icons import state_icon
from .cells import (
    COL_ENVIRONMENT,
    COL_EXPIRES,
    COL_IDENTITY,
    COL_LABEL,
    COL_PROVIDER,
    COL_REFRESH_EXPIRES,
    COL_STATUS,
    COLUMNS,
    COUNTDOWN_COLUMNS,
    ProviderInfo,
    SortedAccounts,
    SortSpec,
    expiry_tooltip,
    identity_text,
    no_refresh_token,
    sort_key,
)
from .status import (
    CONNECTED,
    EXPIRED,
    EXPIRED_RENEWING,
    EXPIRING_SOON,
    NOT_ALLOWED,
    OFFLINE,
    PROVIDER_PROBLEM,
    RECONNECT,
    REFRESHING,
    can_renew,
    derive_status,
    format_remaining,
    lead_time_for,
    status_hint,
    status_text,
)

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ACCOUNT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 3

RED_SECONDS = 60.0
_LIGHT = {"amber": QColor("#9a5b00"), "red": QColor("#c62828")}
_DARK = {"amber": QColor("#ffb74d"), "red": QColor("#ff6e6e")}
# The status cell's icon: a shape per state beside the words, never colour alone.
_STATUS_ICONS = {
    CONNECTED: "ok",
    REFRESHING: "busy",
    EXPIRED_RENEWING: "busy",
    EXPIRED: "warning",
    EXPIRING_SOON: "warning",
    PROVIDER_PROBLEM: "error",
    RECONNECT: "error",
    OFFLINE: "offline",
}

Index = QModelIndex | QPersistentModelIndex
_TICK_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole]


class AccountsModel(QAbstractTableModel):
    """Rows are accounts; ``refreshing`` ids show "Refreshing" until the work ends."""

    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        lead_time: Callable[[Account], float] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._lead_time = lead_time or _default_lead
        self._accounts: list[Account] = []
        self._rows: dict[str, int] = {}
        self._providers: dict[str, ProviderInfo] = {}
        self._refreshing: set[str] = set()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.colours = _LIGHT
        # What each ticking cell last announced (text, colour): unchanged cells stay unpainted.
        self._announced: dict[tuple[str, int], tuple[str, str]] = {}

    # -- state ----------------------------------------------------------------------
    def set_accounts(self, accounts: Iterable[Account], presorted: SortSpec | None = None) -> None:
        """``presorted``: the spec the list was already sorted by (off the GUI thread)."""
        self.beginResetModel()
        self._announced.clear()
        self._accounts = list(accounts)
        if presorted is not None and presorted == self.sort_spec():
            rows = getattr(accounts, "rows", None)
            if not isinstance(rows, dict) or len(rows) != len(self._accounts):
                rows = {a.id: row for row, a in enumerate(self._accounts)}
            self._rows = rows
        else:
            self._sort_accounts()
        self._refreshing = {i for i in self._refreshing if i in self._rows}
        self.endResetModel()

    def sort_spec(self) -> SortSpec:
        return (self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder)

    def presort(self, accounts: list[Account], spec: SortSpec) -> SortedAccounts:
        """Safe on a worker thread: reads stored facts only, never touches Qt objects."""
        column, descending = spec
        if column >= 0:
            accounts = sorted(accounts, key=lambda a: self._sort_key(a, column), reverse=descending)
        return SortedAccounts(accounts, spec)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts rows in Python, one key per row (the view's proxy delegates here).

        A ``QSortFilterProxyModel`` calls ``data()`` twice per comparison: ≈ 2 s of GUI
        thread for 10,000 rows, against ≈ 20 ms for one key per row here.
        """
        self._sort_column, self._sort_order = column, order
        if column < 0 or not self._accounts:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._accounts[i.row()].id for i in persistent]
        self._sort_accounts()
        moved = [
            self.index(self._rows[a], i.column()) for i, a in zip(persistent, ids, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sort_accounts(self) -> None:
        column = self._sort_column
        if column >= 0:
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            self._accounts.sort(key=lambda a: self._sort_key(a, column), reverse=descending)
        self._rows = {a.id: row for row, a in enumerate(self._accounts)}

    def set_providers(self, providers: Mapping[str, ProviderInfo]) -> None:
        self._providers = dict(providers)
        if self._accounts:
            self._changed_columns(0, len(self._accounts) - 1, COL_PROVIDER, COL_ENVIRONMENT)

    def provider_info(self, profile_id: str) -> ProviderInfo | None:
        return self._providers.get(profile_id)

    def set_dark(self, dark: bool) -> None:
        self.colours = _DARK if dark else _LIGHT

    def set_refreshing(self, account_id: str, refreshing: bool) -> None:
        if refreshing:
            self._refreshing.add(account_id)
        else:
            self._refreshing.discard(account_id)
        row = self._rows.get(account_id)
        if row is not None:
            self._changed_columns(row, row, COL_STATUS, COL_STATUS)

    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def account_at(self, row: int) -> Account | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def row_of(self, account_id: str) -> int | None:
        return self._rows.get(account_id)

    def status_of(self, account: Account) -> str:
        info = self._providers.get(account.profile_id)
        if info is not None and not info.allowed:
            return NOT_ALLOWED
        return derive_status(
            account,
            now=self._clock(),
            lead_time=self._lead_time(account),
            refreshing=account.id in self._refreshing,
        )

    def tick_rows(self, source_rows: Iterable[int]) -> int:
        """Announces new countdown text for these rows; one signal per contiguous run.

        The status cell joins the span only for rows whose status time alone can change:
        those that cannot renew themselves ("Expiring soon", then "Reconnect needed") and
        those whose access has expired ("Connected" becomes "Expired"). Fewer cells
        announced means fewer cells repainted (design §6).
        """
        now = self._clock()
        runs: list[list[int]] = []  # [first, last, left column, right column]
        for row in sorted(source_rows):
            account = self._accounts[row]
            expired = account.expires_at is not None and account.expires_at <= now
            left = COL_EXPIRES if can_renew(account, now) and not expired else COL_STATUS
            span = self._changed_span(account, left)
            if span is None:
                continue  # "6 days", "not stated": nothing new to paint this second
            if runs and runs[-1][1] == row - 1 and runs[-1][2:] == list(span):
                runs[-1][1] = row
            else:
                runs.append([row, row, *span])
        for first, last, left, right in runs:
            # Roles exclude SORT_ROLE: nothing for a sorting proxy to react to.
            self.dataChanged.emit(self.index(first, left), self.index(last, right), _TICK_ROLES)
        return len(runs)

    def _changed_span(self, account: Account, left: int) -> tuple[int, int] | None:
        """The columns whose text or colour changed since they were last announced."""
        changed = []
        for column in range(left, COL_REFRESH_EXPIRES + 1):
            foreground = self._foreground(account, column)
            shown = (self._display(account, column), foreground.name() if foreground else "")
            key = (account.id, column)
            if self._announced.get(key) != shown:
                self._announced[key] = shown
                changed.append(column)
        return (changed[0], changed[-1]) if changed else None

    def _changed_columns(self, first: int, last: int, left: int, right: int) -> None:
        self.dataChanged.emit(self.index(first, left), self.index(last, right))

    # -- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if not 0 <= section < len(COLUMNS):
                return None
            return QCoreApplication.translate("AccountsTable", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One dict lookup per call: a repaint asks ~7 roles per cell, most answered None.

        Comparing ``role`` with enum members costs more than the answer itself, so the
        roles this model answers are plain ints and everything else returns at once.
        """
        answer = _ROLE_ANSWERS.get(role)
        if answer is None or not index.isValid():
            return None
        return answer(self, self._accounts[index.row()], index.column())

    def _decoration(self, account: Account, column: int) -> Any:
        if column == COL_PROVIDER:
            info = self._providers.get(account.profile_id)
            return info.icon if info else None
        if column == COL_STATUS:
            kind = _STATUS_ICONS.get(self.status_of(account))
            return state_icon(kind, self.colours is _DARK) if kind else None
        return None

    def _display(self, account: Account, column: int) -> str:
        info = self._providers.get(account.profile_id)
        if column == COL_PROVIDER:
            return info.name if info else account.profile_id
        if column == COL_LABEL:
            return account.label
        if column == COL_IDENTITY:
            return identity_text(account) or "—"
        if column == COL_ENVIRONMENT:
            return (info.environment if info else "") or "—"
        if column == COL_STATUS:
            return status_text(self.status_of(account))
        if column == COL_EXPIRES:
            if account.status == RECONNECT_NEEDED:
                return "—"  # the connection has ended, whatever the old token's expiry
            return format_remaining(account.expires_at, self._clock())
        if column == COL_REFRESH_EXPIRES:
            if not account.has_refresh_token:
                return no_refresh_token()
            expires, now = account.refresh_expires_at, self._clock()
            if account.status == RECONNECT_NEEDED and (expires is None or expires > now):
                # the provider said this grant is dead
                return QCoreApplication.translate("AccountsTable", "refused", "refresh token")
            if expires is None:
                return QCoreApplication.translate("AccountsTable", "not stated", "expiry")
            return format_remaining(expires, now)
        return ""

    def _sort_key(self, account: Account, column: int) -> Any:
        return sort_key(account, column, self._display)

    def _foreground(self, account: Account, column: int) -> QColor | None:
        if column == COL_STATUS:
            status = self.status_of(account)
            if status in (RECONNECT, OFFLINE, PROVIDER_PROBLEM):
                return self.colours["red"]
            return self.colours["amber"] if status in (EXPIRING_SOON, EXPIRED) else None
        if column == COL_EXPIRES:
            expires = account.expires_at
        elif column == COL_REFRESH_EXPIRES and account.has_refresh_token:
            expires = account.refresh_expires_at
        else:
            return None
        if expires is None or account.status == RECONNECT_NEEDED:
            return None
        remaining = expires - self._clock()
        if remaining < RED_SECONDS:
            return self.colours["red"]
        if remaining < self._lead_time(account):
            return self.colours["amber"]
        return None

    def _tooltip(self, account: Account, column: int) -> str | None:
        if column == COL_STATUS:
            return status_hint(self.status_of(account), account, self._clock())
        return expiry_tooltip(account, column)


# The roles ``AccountsModel.data`` answers, by their int value (see its docstring).
_ROLE_ANSWERS: dict[int, Callable[[AccountsModel, Account, int], Any]] = {
    int(Qt.ItemDataRole.DisplayRole): AccountsModel._display,
    int(Qt.ItemDataRole.AccessibleTextRole): AccountsModel._display,
    int(Qt.ItemDataRole.ForegroundRole): AccountsModel._foreground,
    int(Qt.ItemDataRole.DecorationRole): AccountsModel._decoration,
    int(Qt.ItemDataRole.ToolTipRole): AccountsModel._tooltip,
    ACCOUNT_ROLE: lambda _model, account, _column: account,
    SORT_ROLE: AccountsModel._sort_key,
    STATUS_ROLE: lambda model, account, _column: model.status_of(account),
}


def _default_lead(account: Account) -> float:
    return lead_time_for(account)


# Re-exported: the table's columns live in ``account_cells`` with the other cell pieces.
__all__ = [
    "COLUMNS",
    "COL_ENVIRONMENT",
    "COL_EXPIRES",
    "COL_IDENTITY",
    "COL_LABEL",
    "COL_PROVIDER",
    "COL_REFRESH_EXPIRES",
    "COL_STATUS",
    "COUNTDOWN_COLUMNS",
    "AccountsModel",
    "ProviderInfo",
    "SortedAccounts",
]
