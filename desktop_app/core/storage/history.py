"""API explorer history per account: redacted on the way in, one JSON line per call.

A call appends one line (``O_APPEND``, so the GUI and the CLI can both add). The file is
trimmed back to the newest ``MAX_ENTRIES`` only when it holds more than twice that, so
the usual cost of a call is one small write, not a rewrite of the whole file. Readers
always see at most ``MAX_ENTRIES``.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..base.atomic import write_bytes_atomic
from ..base.redact import redact_body, redact_headers, redact_text

MAX_ENTRIES = 200
TRIM_AT = 2 * MAX_ENTRIES
MAX_BODY_CHARS = 20_000


@dataclass(frozen=True)
class HistoryEntry:
    at: float
    method: str
    url: str
    status: int | None
    elapsed_ms: float
    size: int
    request_headers: tuple[tuple[str, str], ...] = ()
    body: str = ""
    error: str = ""


def redacted(entry: HistoryEntry) -> HistoryEntry:
    """The entry as it may be kept: secrets by name, by known value and by shape removed."""
    return HistoryEntry(
        at=entry.at,
        method=entry.method,
        url=redact_text(entry.url),
        status=entry.status,
        elapsed_ms=entry.elapsed_ms,
        size=entry.size,
        request_headers=tuple(redact_headers(entry.request_headers)),
        body=redact_body(entry.body[:MAX_BODY_CHARS]),
        error=redact_text(entry.error),
    )


class History:
    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self._lock = threading.Lock()
        self._lines: dict[str, int] = {}  # lines per file as this process last counted them

    def _path(self, account_id: str) -> Path:
        return self._dir / f"{account_id}.jsonl"

    def add(self, account_id: str, entry: HistoryEntry) -> None:
        line = (json.dumps(asdict(redacted(entry))) + "\n").encode("utf-8")
        path = self._path(account_id)
        with self._lock:
            count = self._lines.get(account_id)
            if count is None:
                count = _count_lines(path)
            _append(path, line)
            count += 1
            if count > TRIM_AT:
                count = self._trim(account_id)
            self._lines[account_id] = count

    def _trim(self, account_id: str) -> int:
        """Keeps the newest ``MAX_ENTRIES`` (a rare full rewrite, atomic)."""
        entries = self._read(account_id)[-MAX_ENTRIES:]
        text = "".join(json.dumps(e) + "\n" for e in entries)
        write_bytes_atomic(self._path(account_id), text.encode("utf-8"))
        return len(entries)

    def _read(self, account_id: str) -> list[dict[str, Any]]:
        try:
            lines = self._path(account_id).read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            try:
                item = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash
            if isinstance(item, dict):
                out.append(item)
        return out

    def entries(self, account_id: str) -> list[HistoryEntry]:
        with self._lock:
            raw = self._read(account_id)[-MAX_ENTRIES:]
        result = []
        for item in raw:
            item["request_headers"] = tuple(tuple(h) for h in item.get("request_headers", ()))
            try:
                result.append(HistoryEntry(**item))
            except TypeError:
                continue
        return result

    def clear(self, account_id: str) -> None:
        with self._lock:
            self._path(account_id).unlink(missing_ok=True)
            self._lines.pop(account_id, None)


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 16), b""))
    except FileNotFoundError:
        return 0


def _append(path: Path, line: bytes) -> None:
    """One ``write`` on an ``O_APPEND`` file; a line cut short by a crash is closed first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        if os.fstat(fd).st_size and not _ends_with_newline(path):
            line = b"\n" + line
        while line:
            line = line[os.write(fd, line) :]
    finally:
        os.close(fd)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"
