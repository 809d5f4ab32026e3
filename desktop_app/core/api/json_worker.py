"""Parsing large JSON responses in a separate process, and serving them lazily from there.

Why a process: ``json.loads`` of a 50 MB body holds the GIL for ~0.7 s, so parsing it
on a worker *thread* still freezes the GUI (design §6). A child process parses the body
and keeps the document; the GUI asks it for one page of children or for search hits
through a pipe (a sub-millisecond round trip), so the GUI process never holds more
than the rows on screen. Searches run in steps, and the worker answers page requests
between steps, so expanding a node stays quick while a search runs.

Frozen builds need ``multiprocessing.freeze_support()`` at the top of the entry point.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import threading
from multiprocessing.connection import Connection
from typing import Any

from ..base.errors import LoopgateError
from .json_index import JsonEntry, KeyCache, children_page, describe, search_steps

__all__ = ["JsonParseError", "JsonWorker", "ProcessJsonDocument"]

PAGE_TIMEOUT = 2.0


class JsonParseError(LoopgateError):
    """The body is not valid JSON (the message says where)."""


def serve(conn: Connection) -> None:
    """The child's loop: one document at a time; searches advance between requests."""
    doc: Any = None
    cache = KeyCache()
    search: tuple[int, Any] | None = None
    while True:
        if search is not None and not conn.poll():
            rid, steps = search
            step = next(steps, [])
            if step is not None:
                conn.send((rid, "ok", step))
                search = None
            continue
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        op = message[0]
        if op == "close":
            return
        rid = message[1]
        try:
            if op == "load":
                if search is not None:
                    conn.send((search[0], "error", "cancelled: a new document was loaded"))
                doc, cache, search = None, KeyCache(), None
                body = conn.recv_bytes()
                doc = json.loads(body)
                del body
                conn.send((rid, "ok", describe("", doc)))
            elif op == "children":
                conn.send((rid, "ok", children_page(doc, *message[2:], cache)))
            elif op == "pretty":
                # Indented in the child: a few MB of json.dumps would hold the GUI's GIL.
                conn.send((rid, "ok", pretty_bytes(doc)))
            elif op == "search":
                if search is not None:
                    conn.send((search[0], "error", "cancelled: a newer search started"))
                search = (rid, search_steps(doc, message[2], message[3]))
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
            conn.send((rid, "error", f"{type(exc).__name__}: {exc}"))
        except Exception as exc:  # a bad path from a stale view: answer, never die
            conn.send((rid, "error", f"{type(exc).__name__}: {exc}"))


def pretty_bytes(doc: Any) -> bytes:
    """The document indented for reading (keys in the order received, UTF-8)."""
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


class JsonWorker:
    """The parent's handle: a spawned child, a reader thread, replies matched by id."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # fork is unsafe in a Qt process
        self._conn, child = context.Pipe()
        self._process = context.Process(target=serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._ids = itertools.count(1)
        self._send_lock = threading.Lock()
        self._pending: dict[int, tuple[threading.Event, list[Any]]] = {}
        self._alive = True
        self.loading = False
        self._reader = threading.Thread(target=self._read, name="json-worker-reader", daemon=True)
        self._reader.start()

    @property
    def alive(self) -> bool:
        return self._alive and self._process.is_alive()

    def _read(self) -> None:
        while True:
            try:
                rid, status, payload = self._conn.recv()
            except (EOFError, OSError):
                break
            waiter = self._pending.pop(rid, None)
            if waiter is not None:
                waiter[1].extend((status, payload))
                waiter[0].set()
        self._alive = False
        for event, slot in list(self._pending.values()):
            slot.extend(("error", "the JSON worker stopped"))
            event.set()

    def _ask(self, message: tuple[Any, ...], timeout: float, body: bytes | None = None) -> Any:
        if not self._alive:
            raise JsonParseError("The JSON viewer stopped; send the request again.")
        rid = next(self._ids)
        event, slot = threading.Event(), []
        self._pending[rid] = (event, slot)
        with self._send_lock:
            self._conn.send((message[0], rid, *message[1:]))
            if body is not None:
                self._conn.send_bytes(body)
        if not event.wait(timeout):
            self._pending.pop(rid, None)
            raise TimeoutError(f"JSON worker did not answer {message[0]} in {timeout}s")
        status, payload = slot
        if status != "ok":
            raise JsonParseError("The body is not valid JSON.", detail=str(payload))
        return payload

    def load(self, body: bytes, timeout: float = 120.0) -> JsonEntry:
        """Blocking (call it off the GUI thread): parses ``body`` in the child."""
        self.loading = True
        try:
            return JsonEntry(*self._ask(("load",), timeout, body))
        finally:
            self.loading = False

    def pretty(self, timeout: float = 60.0) -> bytes:
        """Blocking: the loaded document, indented (``loading`` so Cancel can stop it)."""
        self.loading = True
        try:
            return bytes(self._ask(("pretty",), timeout))
        finally:
            self.loading = False

    def children(self, path: tuple[int, ...], start: int, count: int) -> list[JsonEntry]:
        if self.loading:
            return []
        return [JsonEntry(*e) for e in self._ask(("children", path, start, count), PAGE_TIMEOUT)]

    def search(self, needle: str, limit: int, timeout: float = 60.0) -> list[tuple[int, ...]]:
        return [tuple(p) for p in self._ask(("search", needle, limit), timeout)]

    def close(self, kill: bool = False) -> None:
        if kill:
            self._process.kill()
        elif self._alive:
            try:
                with self._send_lock:
                    self._conn.send(("close",))
            except OSError:
                pass
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
        self._conn.close()
        self._alive = False


class ProcessJsonDocument:
    """One parsed document living in a ``JsonWorker``; same interface as the local one."""

    def __init__(self, worker: JsonWorker, root: JsonEntry) -> None:
        self._worker = worker
        self.root = root

    @classmethod
    def parse(cls, worker: JsonWorker, body: bytes) -> ProcessJsonDocument:
        return cls(worker, worker.load(body))

    def children(self, path: tuple[int, ...], start: int, count: int) -> list[JsonEntry]:
        try:
            return self._worker.children(path, start, count)
        except (JsonParseError, TimeoutError):
            return []

    def search(self, needle: str, limit: int = 500) -> list[tuple[int, ...]]:
        return self._worker.search(needle, limit)

    def pretty(self) -> bytes:
        """Blocking (off the GUI thread): the document indented, made in the child."""
        return self._worker.pretty()

    def close(self) -> None:
        """The worker is shared and outlives documents; nothing to free here."""
