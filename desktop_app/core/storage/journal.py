"""An append-only log of changed accounts kept beside the account file, one JSON line each.

Marking one account (a renewal, a failure) among 10,000 must not rewrite a 7.8 MB file,
so each such change appends that account's new record, tagged with the account file's
*generation*. Readers lay the current generation's lines over the file. A compaction
writes the next generation of the file and then deletes the journal: a crash between
the two leaves only lines of an older generation, which every reader ignores.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Stamp = tuple[int, int, int] | None  # (inode, mtime ns, size); None: no file


def file_stamp(path: Path) -> Stamp:
    """What changes whenever a file is rewritten or appended to (safe on any thread)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


class Journal:
    """The account file's change log; callers hold the store's lock for every write."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def records(self, generation: int) -> dict[str, dict[str, Any]]:
        """The newest record per account id among this generation's complete lines."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        latest: dict[str, dict[str, Any]] = {}
        # A line without its newline was torn by a crash mid-append: it never happened.
        for line in raw.split(b"\n")[:-1]:
            entry = _entry(line)
            if entry is not None and entry.get("g") == generation:
                latest[str(entry["id"])] = entry["account"]
        return latest

    def append(self, generation: int, account_id: str, record: dict[str, Any]) -> None:
        """One line, flushed to disk before the change counts as made."""
        line = json.dumps({"g": generation, "id": account_id, "account": record}) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            end = _complete_length(fd)
            os.ftruncate(fd, end)  # drop a torn tail so this line starts on its own
            os.lseek(fd, end, os.SEEK_SET)
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def _entry(line: bytes) -> dict[str, Any] | None:
    try:
        entry = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        log.warning("ignored an unreadable line in the account journal")
        return None
    if not (isinstance(entry, dict) and isinstance(entry.get("account"), dict) and "id" in entry):
        return None
    return entry


def _complete_length(fd: int) -> int:
    """The length of the file up to and including its last newline."""
    size = os.fstat(fd).st_size
    if size == 0:
        return 0
    os.lseek(fd, max(0, size - 1), os.SEEK_SET)
    if os.read(fd, 1) == b"\n":
        return size
    os.lseek(fd, 0, os.SEEK_SET)
    data = os.read(fd, size)
    return data.rfind(b"\n") + 1
