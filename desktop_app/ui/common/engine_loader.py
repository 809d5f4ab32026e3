"""Building the engine off the GUI thread, after the first paint (design §6).

``default_engine`` imports requests, keyring and the JWT stack (≈ 90 ms) and the vault
check may talk to a keychain daemon, so none of it may delay the window appearing.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

EngineFactory = Callable[[], Any]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EngineStart:
    """What the window needs once the engine exists."""

    engine: Any
    vault_problem: Any  # a VaultError when no usable keychain exists, else None
    accounts: list[Any]
    store_stamp: Any = None  # the account list's ``stamp()`` just before it was read


def default_factory(browser_command: str = "") -> EngineFactory:
    def build() -> Any:
        from desktop_app.wiring import default_engine

        from .settings import browser_opener

        engine = default_engine()
        if browser_command:
            engine.browser = browser_opener(browser_command)
        return engine

    return build


def start_engine(factory: EngineFactory) -> EngineStart:
    """Worker side: build, check the keychain, forget dead session tokens, read the list.

    Session-only accounts kept their metadata across the restart but not their tokens:
    ``forget_session_accounts`` marks them "reconnect needed" before the first load, so
    they never appear Connected with a countdown to nothing. It is given the accounts
    read here: a second full read of the store would cost as much again (the store
    decodes in pieces, ``core.json_pieces``, so neither holds the GIL for long). Only
    when it changed something is the list read again.
    """
    from desktop_app.core.base.errors import LoopgateError, VaultError
    from desktop_app.core.storage.vault import KeyringVault

    engine = factory()
    problem = None
    if isinstance(engine.vault, KeyringVault):
        try:
            engine.vault.check()
        except VaultError as exc:
            problem = exc
    stamp = store_stamp(engine)  # before reading: a later change must not look seen
    accounts = read_accounts(engine)
    forget = getattr(engine, "forget_session_accounts", None)
    if callable(forget) and any(getattr(a, "session_only", False) for a in accounts):
        try:
            if forget(accounts):
                stamp = store_stamp(engine)
                accounts = read_accounts(engine)
        except LoopgateError as exc:  # a busy or damaged store: the load reports it
            log.warning("could not mark session-only accounts: %s", exc)
    return EngineStart(engine, problem, accounts, stamp)


def store_stamp(engine: Any) -> Any:
    """The account list's stamp (its file and journal), or None without a store."""
    stamp = getattr(getattr(engine, "store", None), "stamp", None)
    return stamp() if callable(stamp) else None


def presorted_start(factory: EngineFactory, presort: Callable[[list[Any]], Any]) -> EngineStart:
    """Worker side: ``start_engine``, its accounts sorted before the GUI sees them.

    The cyclic GC is off meanwhile and what start-up built is frozen at the end
    (``gc.freeze``; also after the first paint): a full collection walks every tracked
    object holding the GIL, on whichever thread allocates. With Qt, the modules and
    10,000 new accounts that is 30–60 ms in one piece: a frozen window, though it runs
    on a worker.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = start_engine(factory)
        return replace(start, accounts=presort(start.accounts))
    finally:
        freeze_start_up_heap(final=True)
        if enabled:
            gc.enable()


_heap_frozen = False


def freeze_start_up_heap(*, final: bool) -> None:
    """``gc.freeze`` for the first window's start-up only (tests open many windows).

    Frozen objects are still freed by reference counting; only reference cycles among
    them would never be collected, so this is kept to what lives as long as the app.
    """
    global _heap_frozen
    if not _heap_frozen:
        gc.freeze()
        _heap_frozen = final


def read_accounts(engine: Any) -> list[Any]:
    """Worker side: the accounts (the store decodes its file in pieces, GIL-friendly)."""
    return list(engine.accounts())


def use_session_vault(engine: Any) -> None:
    """Session-only mode: tokens in memory, forgotten on quit; never plaintext (design §5)."""
    from desktop_app.core.storage.vault import MemoryVault

    if not getattr(engine.vault, "session_only", False):  # already: keep its tokens
        engine.vault = MemoryVault()
