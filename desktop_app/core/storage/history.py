"""API explorer history per account: redacted on the way in, capped, one JSON line per call."""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..base.atomic import write_bytes_atomic
from ..base.redact import redact_text

MAX_ENTRIES = 200


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


class History:
    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self._lock = threading.Lock()

    def _path(self, account_id: str) -> Path:
        return self._dir / f"{account_id}.jsonl"

    def add(self, account_id: str, entry: HistoryEntry) -> None:
        clean = HistoryEntry(
            at=entry.at,
            method=entry.method,
            url=redact_text(entry.url),
            status=entry.status,
            elapsed_ms=entry.elapsed_ms,
            size=entry.size,
            request_headers=tuple(
                (k, "[REDACTED]" if k.lower() == "authorization" else redact_text(v))
                for k, v in entry.request_headers
            ),
            body=redact_text(entry.body[:20_000]),
            error=redact_text(entry.error),
        )
        with self._lock:
            entries = self._read(account_id)[-(MAX_ENTRIES - 1) :]
            entries.append(asdict(clean))
            text = "".join(json.dumps(e) + "\n" for e in entries)
            write_bytes_atomic(self._path(account_id), text.encode("utf-8"))

    def _read(self, account_id: str) -> list[dict[str, Any]]:
        try:
            lines = self._path(account_id).read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out

    def entries(self, account_id: str) -> list[HistoryEntry]:
        with self._lock:
            raw = self._read(account_id)
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
