"""The main window's account list: loading, keeping the selection, watching the file.

A mixin over ``MainWindow``. Reloads read on a worker; only the newest one is applied
(an older read arriving late would show a stale list). The selection is kept by account
id across reloads, and nothing is selected that the person deselected. The account
file is watched (``store_watch``) so a change made by the CLI shows up here too, and a
damaged file, set aside by the store, is explained in the banner instead of silently
showing the empty state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..common.background import run_in_background
from ..common.lifetime import guarded

if TYPE_CHECKING:
    from desktop_app.core.storage.accounts import Account

    from .model import SortSpec

PAGE_LOADING, PAGE_EMPTY, PAGE_ACCOUNTS = range(3)


def damaged_message(warning: str) -> str:
    """The store's warning, for staff: what happened and what to do."""
    from PySide6.QtCore import QCoreApplication

    from ..common.messages import core_text

    if "damaged" not in warning:
        return core_text(warning)  # another kind of warning: already plain words
    found = re.search(r"kept as (\S+?)\.?$", warning.strip())
    if found is None:
        return QCoreApplication.translate(
            "AccountList",
            "Your account list was damaged and has been set aside as a backup file next to "
            "it; connect your accounts again or contact support.",
        )
    return QCoreApplication.translate(
        "AccountList",
        "Your account list was damaged and has been set aside as {file}; connect your "
        "accounts again or contact support.",
    ).format(file=found.group(1))


class AccountList:
    """Needs the window's ``engine``, ``model``, ``table``, ``health``, ``banner``, ``stack``."""

    engine: Any
    settings: Any
    model: Any
    table: Any
    health: Any
    banner: Any
    stack: Any
    detail: Any
    overview: Any
    accounts_loaded: Any
    _loads = 0
    _loaded_once = False
    _stamp: Any = None
    _warned = 0
    _watcher: Any = None
    _select_next = ""  # asked for by a reload that a newer one superseded
    _update_attention: Any  # the window's

    def reload_accounts(self, select_id: str = "") -> None:
        engine = self.engine
        if engine is None:
            return
        self._loads += 1
        self._select_next = select_id or self._select_next
        load, model, spec = self._loads, self.model, self.model.sort_spec()

        def op(_cancel: Any) -> tuple[Any, list[Account]]:
            from ..common.engine_loader import read_accounts, store_stamp

            stamp = store_stamp(engine)  # before reading: a later change must not look seen
            return stamp, model.presort(read_accounts(engine), spec)

        def done(result: tuple[Any, list[Account]]) -> None:
            if load == self._loads:  # a newer reload is under way: it has the newer list
                self._stamp, wanted, self._select_next = result[0], self._select_next, ""
                self._apply_accounts(result[1], wanted, spec)

        run_in_background(op, guarded(self, done))  # type: ignore[arg-type]

    def _apply_accounts(
        self, accounts: list[Account], select_id: str = "", presorted: SortSpec | None = None
    ) -> None:
        current = self.table.selected_account()
        first = not self._loaded_once
        self._loaded_once = True
        self.model.set_accounts(accounts, presorted)
        self.health.set_accounts(accounts, getattr(accounts, "by_id", None))
        self.stack.setCurrentIndex(PAGE_ACCOUNTS if accounts else PAGE_EMPTY)
        wanted = select_id or (current.id if current else "")
        if wanted:
            self.table.select_account(wanted)
        elif first and accounts:
            self.table.selectRow(0)  # only at start-up: a deselection is respected
        self._show_store_warnings()
        self._update_attention()
        self.accounts_loaded.emit()

    def _show_store_warnings(self) -> None:
        warnings = list(getattr(getattr(self.engine, "store", None), "warnings", None) or [])
        if len(warnings) > self._warned:
            self._warned = len(warnings)
            latest, banner = warnings[-1], self.banner
            # A keychain problem's offer (session-only mode) stays, after this message.
            action = banner.button.text() if banner.button.isVisibleTo(banner) else ""
            text = damaged_message(latest)
            if action:
                text = f"{text} {banner.text.text()}"
            banner.show_message(text, action, kind="error")
            banner.text.setToolTip(latest)  # the store's own words, for support

    # -- providers --------------------------------------------------------------------
    def set_providers(self, registry: Any) -> None:
        from desktop_app.core.policy.registry import blocked_profile_ids

        from ..common.icons import icon
        from ..common.provider_words import provider_text
        from .model import ProviderInfo

        blocked = blocked_profile_ids(registry)  # still named, marked, Disconnect only
        profiles = getattr(registry, "all_known", registry.all)()
        self.model.set_providers(
            {
                p.id: ProviderInfo(
                    p.name, provider_text(p.environment), icon(p.icon), p.id not in blocked
                )
                for p in profiles
            }
        )
        self.overview.set_account(self.overview.account)

    def reload_providers(self) -> None:
        """After a provider was added: profiles re-read on a worker, then names and icons."""
        engine = self.engine
        if engine is None:
            return

        def op(_cancel: Any) -> Any:
            engine.reload_profiles()
            return engine.registry

        run_in_background(op, guarded(self, self.set_providers))  # type: ignore[arg-type]

    def describe_provider(self, profile_id: str) -> tuple[str, str]:
        info = self.model.provider_info(profile_id)
        return (info.name, info.environment) if info else (profile_id, "")

    # -- watching the file ------------------------------------------------------------
    def _watch_store(self, stamp: Any) -> None:
        from ..common.store_watch import StoreWatcher

        store = getattr(self.engine, "store", None)
        self._stamp = stamp
        if store is None or self._watcher is not None:
            return
        self._watcher = StoreWatcher([store.path, store.journal.path], self)
        self._watcher.changed.connect(self._store_changed)

    def _store_changed(self) -> None:
        from ..common.engine_loader import store_stamp

        if self._watcher is not None and store_stamp(self.engine) != self._stamp:
            self.reload_accounts()

    # -- sorting ----------------------------------------------------------------------
    def _restore_sort(self) -> None:
        from PySide6.QtCore import Qt

        spec = self.settings.sort_spec()
        if spec is not None:
            order = Qt.SortOrder.DescendingOrder if spec[1] else Qt.SortOrder.AscendingOrder
            self.table.sortByColumn(spec[0], order)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_chosen)

    def _sort_chosen(self, column: int, order: Any) -> None:
        from PySide6.QtCore import Qt

        self.settings.set_sort_spec(column, order == Qt.SortOrder.DescendingOrder)
