"""The account list: a versioned JSON file, written atomically, shared across processes.

The GUI and the CLI may both write it, so every change is a read-modify-write under a
file lock, and every write is temp file + ``os.replace``: a reader (or a crash) sees the
old list or the new one, never a torn file. Changing one account appends to a journal
(``journal.py``) instead of rewriting the file, and the parsed file is kept while its
stamp is unchanged, so a renewal among 10,000 accounts costs a line, not 7.8 MB.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from ..base.atomic import write_json_atomic
from ..base.errors import AccountNotFound, StoreError
from .accounts import Account
from .journal import Journal, Stamp, file_stamp
from .json_pieces import loads_store

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
FILE_NAME = "accounts.json"
JOURNAL_NAME = "accounts.journal.jsonl"
LOCK_TIMEOUT = 30.0
# Past this the journal is folded into a new generation of the file (a rare rewrite).
MAX_JOURNAL_BYTES = 1_000_000


def _decode(text: str) -> Any:
    """The current format in pieces (no long GIL hold); anything else in one go."""
    try:
        return loads_store(text, Account.from_json)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, StopIteration):
        return json.loads(text)  # a bare list, a damaged file: the callers decide


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrades older files in place; each step moves one version forward."""
    version = int(data.get("version", 0))
    if version == 0:  # pre-release files were a bare list
        data = {"version": 1, "accounts": data.get("accounts", [])}
        version = 1
    if version == 1:  # version 2 adds the generation that journal lines refer to
        data = {**data, "version": 2, "generation": 0}
    return data


class AccountStore:
    def __init__(self, directory: Path) -> None:
        self.path = directory / FILE_NAME
        self.journal = Journal(directory / JOURNAL_NAME)
        self.warnings: list[str] = []
        self._generation = 0
        self._parsed: tuple[Stamp, int, list[Account]] | None = None
        self._file_lock = FileLock(str(directory / f"{FILE_NAME}.lock"))
        self._thread_lock = threading.RLock()
        directory.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Serialises writers in this process (threads) and in others (GUI vs CLI)."""
        with self._thread_lock:
            try:
                with self._file_lock.acquire(timeout=LOCK_TIMEOUT):
                    yield
            except Timeout:
                raise StoreError(
                    "Another Loopgate window or command is busy with the account list.",
                    detail=f"lock {self._file_lock.lock_file} held > {LOCK_TIMEOUT}s",
                ) from None

    def stamp(self) -> tuple[Stamp, Stamp]:
        """Changes whenever the list may have changed (the file or its journal)."""
        return file_stamp(self.path), file_stamp(self.journal.path)

    def _read(self) -> list[Account]:
        """The file (parsed again only when its stamp changed) with the journal laid over."""
        stamp = file_stamp(self.path)
        if self._parsed is not None and self._parsed[0] == stamp and stamp is not None:
            _, self._generation, base = self._parsed
        else:
            self._parsed = None
            base = self._read_file()
            if stamp is not None and stamp == file_stamp(self.path):
                self._parsed = (stamp, self._generation, base)
        changed = self.journal.records(self._generation)
        if not changed:
            return list(base)
        return [Account.from_json(changed[a.id]) if a.id in changed else a for a in base]

    def _read_file(self) -> list[Account]:
        self._generation = 0
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(detail=f"read {self.path}: {exc}") from None
        try:
            data = _decode(text)
            if isinstance(data, list):
                data = {"version": 0, "accounts": data}
            data = _migrate(data)
        except (ValueError, AttributeError) as exc:
            return self._set_aside(f"unreadable JSON ({exc})")
        if int(data.get("version", 0)) > FORMAT_VERSION:
            raise StoreError(
                "The account list was written by a newer Loopgate. Please update Loopgate.",
                detail=f"file version {data.get('version')} > {FORMAT_VERSION}",
            )
        try:
            self._generation = int(data.get("generation", 0))
            items = data.get("accounts", [])
            return [a if isinstance(a, Account) else Account.from_json(a) for a in items]
        except (TypeError, ValueError) as exc:
            return self._set_aside(f"unexpected content ({exc})")

    def _set_aside(self, why: str) -> list[Account]:
        """A damaged file is kept for support, never overwritten, and the list starts empty."""
        backup = self.path.with_name(f"{FILE_NAME}.damaged-{int(time.time())}")
        os.replace(self.path, backup)
        message = f"The account list was damaged ({why}); it was kept as {backup.name}."
        self.warnings.append(message)
        log.warning(message)
        return []

    def _write(self, accounts: list[Account]) -> None:
        """Called with the lock held, so leftover temp files can only be a killed writer's."""
        for leftover in self.path.parent.glob(f".{FILE_NAME}.*.tmp"):
            leftover.unlink(missing_ok=True)
        generation = self._generation + 1
        data = {
            "version": FORMAT_VERSION,
            "generation": generation,
            "accounts": [a.to_json() for a in accounts],
        }
        try:
            write_json_atomic(self.path, data)
        except OSError as exc:
            raise StoreError(detail=f"write {self.path}: {exc}") from None
        self._generation = generation
        self._parsed = None
        # After the new generation is on disk: a crash before this leaves stale lines only.
        self.journal.clear()

    # -- queries --------------------------------------------------------------------
    def all(self) -> list[Account]:
        with self._thread_lock:
            return self._read()

    def get(self, account_id: str) -> Account:
        for account in self.all():
            if account.id == account_id:
                return account
        raise AccountNotFound(f"No account with id {account_id!r}.")

    def find(self, key: str) -> Account:
        """By id, label (any case), id prefix or a unique part of the label or identity."""
        accounts = self.all()
        folded = key.casefold()
        for match in (
            [a for a in accounts if a.id == key],
            [a for a in accounts if a.label.casefold() == folded],
            [a for a in accounts if a.id.startswith(key)],
            [a for a in accounts if folded in f"{a.label} {a.identity.summary()}".casefold()],
        ):
            if len(match) == 1:
                return match[0]
            if len(match) > 1:
                raise AccountNotFound(f"{key!r} matches more than one account; use the id.")
        raise AccountNotFound(f"No account matches {key!r}. Run 'loopgate list' to see them.")

    # -- changes --------------------------------------------------------------------
    def upsert(self, account: Account) -> None:
        with self.locked():
            accounts = self._read()
            for index, existing in enumerate(accounts):
                if existing.id == account.id:
                    accounts[index] = account
                    break
            else:
                accounts.append(account)
            self._write(accounts)

    def update(self, account_id: str, change: Callable[[Account], Account]) -> Account:
        with self.locked():
            accounts = self._read()
            for index, account in enumerate(accounts):
                if account.id == account_id:
                    changed = change(account)
                    if changed is not account:  # nothing to do: no write at all
                        accounts[index] = changed
                        self._record(accounts, changed)
                    return changed
        raise AccountNotFound(f"No account with id {account_id!r}.")

    def _record(self, accounts: list[Account], changed: Account) -> None:
        """One changed account: a journal line, or a compaction when the journal is big."""
        if self.journal.size() > MAX_JOURNAL_BYTES or not self.path.exists():
            self._write(accounts)
            return
        try:
            self.journal.append(self._generation, changed.id, changed.to_json())
        except OSError as exc:
            raise StoreError(detail=f"append {self.journal.path}: {exc}") from None

    def remove(self, account_id: str) -> None:
        with self.locked():
            accounts = self._read()
            remaining = [a for a in accounts if a.id != account_id]
            if len(remaining) != len(accounts):
                self._write(remaining)

    def replace_all(self, accounts: list[Account]) -> None:
        with self.locked():
            self._read()  # learns the current generation
            self._write(accounts)
