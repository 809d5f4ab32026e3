"""Building the engine off the GUI thread, after the first paint (design §6).

``Engine.default`` imports requests, keyring and the JWT stack (≈ 90 ms) and the vault
check may talk to a keychain daemon, so none of it may delay the window appearing.
"""

from __future__ import annotations

import gc
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from json.decoder import scanstring
from typing import Any

EngineFactory = Callable[[], Any]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EngineStart:
    """What the window needs once the engine exists."""

    engine: Any
    vault_problem: Any  # a VaultError when no usable keychain exists, else None
    accounts: list[Any]
    store_stamp: Any = None  # the account file's ``file_stamp`` just before it was read


def default_factory(browser_command: str = "") -> EngineFactory:
    def build() -> Any:
        from desktop_app.core.engine import Engine

        from .settings import browser_opener

        engine = Engine.default()
        if browser_command:
            engine.browser = browser_opener(browser_command)
        return engine

    return build


def start_engine(factory: EngineFactory) -> EngineStart:
    """Worker side: build, check the keychain, forget dead session tokens, read the list.

    Session-only accounts kept their metadata across the restart but not their tokens:
    ``forget_session_accounts`` marks them "reconnect needed" before the first load, so
    they never appear Connected with a countdown to nothing. It is given the accounts
    read here (piecewise, see ``read_accounts``): its own full read of the store held the
    GIL ≈ 65 ms at 10,000 accounts. Only when it changed something is the list read again.
    """
    from desktop_app.core.errors import LoopgateError, VaultError
    from desktop_app.core.vault import KeyringVault

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
    """Worker side: the account file's stamp (see ``store_watch``), or None."""
    from .store_watch import file_stamp

    path = getattr(getattr(engine, "store", None), "path", None)
    return file_stamp(path) if path is not None else None


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
    """Worker side: ``engine.accounts()``, without holding the GIL for long stretches.

    The GUI thread needs the GIL for every paint and timer, so a worker that sits in one C
    call freezes the window as surely as the GUI thread would. ``json.loads`` of the
    store at 10,000 accounts (7.8 MB) is one such call: ≈ 65 ms. Here the accounts array
    is decoded one element at a time (Python runs between elements, so the interpreter
    can hand the GIL over every few ms). Anything unexpected (another format version, a
    damaged file, a store that is not a file) goes through ``engine.accounts()``, which
    owns those cases (migration, setting a damaged file aside).
    """
    from desktop_app.core.accounts import Account
    from desktop_app.core.store import FORMAT_VERSION, AccountStore

    store = getattr(engine, "store", None)
    if isinstance(store, AccountStore):
        try:
            data = _loads_store(store.path.read_text(encoding="utf-8"), Account.from_json)
            if data.get("version") == FORMAT_VERSION and isinstance(data.get("accounts"), list):
                return data["accounts"]  # type: ignore[no-any-return]
        except (OSError, ValueError, TypeError, AttributeError, IndexError, StopIteration):
            pass
    return list(engine.accounts())


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _loads_store(text: str, item: Callable[[Any], Any]) -> dict[str, Any]:
    """``json.loads`` of the store's top-level object, its ``accounts`` array piecewise.

    ``item`` converts each account as it is decoded, so only one account's dict is alive
    at a time (piecewise decoding does not share key strings between them: ≈ 11 MiB).
    """
    space, scan = _SPACE.match, _DECODER.scan_once
    at = space(text, 0).end()
    if text[at] != "{":
        raise ValueError("not an object")
    data: dict[str, Any] = {}
    at = space(text, at + 1).end()
    while text[at] != "}":
        if text[at] != '"':
            raise ValueError("key expected")
        key, at = scanstring(text, at + 1)
        at = space(text, at).end()
        if text[at] != ":":
            raise ValueError("':' expected")
        at = space(text, at + 1).end()
        if key == "accounts" and text[at] == "[":
            data[key], at = _array(text, at, item)
        else:
            data[key], at = scan(text, at)
        at = space(text, at).end()
        if text[at] == ",":
            at = space(text, at + 1).end()
            if text[at] == "}":
                raise ValueError("trailing ','")
        elif text[at] != "}":
            raise ValueError("',' or '}' expected")
    if space(text, at + 1).end() != len(text):
        raise ValueError("extra data")
    return data


def _array(text: str, at: int, item: Callable[[Any], Any]) -> tuple[list[Any], int]:
    space, scan = _SPACE.match, _DECODER.scan_once
    items: list[Any] = []
    at = space(text, at + 1).end()
    while text[at] != "]":
        value, at = scan(text, at)
        items.append(item(value))
        at = space(text, at).end()
        if text[at] == ",":
            at = space(text, at + 1).end()
            if text[at] == "]":
                raise ValueError("trailing ','")
        elif text[at] != "]":
            raise ValueError("',' or ']' expected")
    return items, at + 1


def use_session_vault(engine: Any) -> None:
    """Session-only mode: tokens in memory, forgotten on quit; never plaintext (design §5)."""
    from desktop_app.core.vault import MemoryVault

    if not getattr(engine.vault, "session_only", False):  # already: keep its tokens
        engine.vault = MemoryVault()
