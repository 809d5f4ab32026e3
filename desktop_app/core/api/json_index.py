"""Serving a parsed JSON document one page of children at a time (Qt-free).

The API explorer never materialises a whole response as widgets or items: a tree view
asks for the children of one node, a page at a time, and for search hits as row paths.
The functions here answer those questions about an already parsed value; they run in
the process that owns the document (``json_worker`` for large bodies, in-process for
small ones), so the GUI only ever holds the rows it is showing.

Paths are tuples of row numbers (list index or position among an object's keys), so a
view can build model indexes for a search hit without knowing any keys.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any, NamedTuple

__all__ = [
    "SMALL_BODY_BYTES",
    "JsonEntry",
    "LocalJsonDocument",
    "children_page",
    "describe",
    "search_steps",
]

# Bodies up to this size are parsed on a pool thread: json.loads holds the GIL for
# about 14 ms per MB, so 256 KB costs ~4 ms, well under the 50 ms GUI-gap bar.
SMALL_BODY_BYTES = 256 * 1024
PREVIEW_CHARS = 120
SEARCH_STEP_NODES = 20_000


class JsonEntry(NamedTuple):
    """One node as the tree shows it: its key, kind, a short preview, its child count."""

    key: str
    kind: str  # object, array, string, number, boolean, null
    preview: str
    child_count: int


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"


def _preview(value: Any) -> str:
    if isinstance(value, dict):
        return f"{{{len(value):,} keys}}" if len(value) != 1 else "{1 key}"
    if isinstance(value, list):
        return f"[{len(value):,} items]" if len(value) != 1 else "[1 item]"
    if isinstance(value, str):
        text = value if len(value) <= PREVIEW_CHARS else value[:PREVIEW_CHARS] + "…"
        return json.dumps(text, ensure_ascii=False)
    return json.dumps(value)


def describe(key: str, value: Any) -> JsonEntry:
    count = len(value) if isinstance(value, (dict, list)) else 0
    return JsonEntry(key, _kind(value), _preview(value), count)


class KeyCache:
    """Position → key for objects, so resolving a row path is O(depth), not O(keys)."""

    def __init__(self) -> None:
        self._keys: dict[int, tuple[dict[str, Any], list[str]]] = {}

    def keys(self, obj: dict[str, Any]) -> list[str]:
        cached = self._keys.get(id(obj))
        if cached is None or cached[0] is not obj:
            cached = (obj, list(obj))
            self._keys[id(obj)] = cached
        return cached[1]


def resolve(doc: Any, path: tuple[int, ...], cache: KeyCache) -> Any:
    node = doc
    for row in path:
        node = node[cache.keys(node)[row]] if isinstance(node, dict) else node[row]
    return node


def children_page(
    doc: Any, path: tuple[int, ...], start: int, count: int, cache: KeyCache
) -> list[JsonEntry]:
    """Entries for rows ``start`` … ``start + count - 1`` of the node at ``path``."""
    node = resolve(doc, path, cache)
    if isinstance(node, dict):
        keys = cache.keys(node)[start : start + count]
        return [describe(key, node[key]) for key in keys]
    if isinstance(node, list):
        return [describe(f"[{i}]", node[i]) for i in range(start, min(len(node), start + count))]
    return []


def _scalar_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def _entries(value: Any) -> Iterator[tuple[int, str, Any]]:
    if isinstance(value, dict):
        return zip(itertools.count(), value.keys(), value.values())
    return zip(itertools.count(), itertools.repeat(""), value)


def search_steps(doc: Any, needle: str, limit: int) -> Iterator[list[tuple[int, ...]] | None]:
    """Depth-first search of keys and scalar values, in document order.

    Yields ``None`` every ``SEARCH_STEP_NODES`` nodes (so the owner can answer other
    requests in between) and finally the list of hit paths (at most ``limit``). The
    path is one shared list, copied only for hits: most nodes never match.
    """
    needle = needle.casefold()
    hits: list[tuple[int, ...]] = []
    if not isinstance(doc, (dict, list)):
        yield hits
        return
    path: list[int] = []
    iters = [_entries(doc)]
    visited = 0
    while iters and len(hits) < limit:
        entry = next(iters[-1], None)
        if entry is None:
            iters.pop()
            if path:
                path.pop()
            continue
        row, key, value = entry
        visited += 1
        if visited % SEARCH_STEP_NODES == 0:
            yield None
        if isinstance(value, (dict, list)):
            if key and needle in key.casefold():
                hits.append((*path, row))
            path.append(row)
            iters.append(_entries(value))
        elif (key and needle in key.casefold()) or needle in _scalar_text(value).casefold():
            hits.append((*path, row))
    yield hits


def run_search(doc: Any, needle: str, limit: int) -> list[tuple[int, ...]]:
    result: list[tuple[int, ...]] = []
    for step in search_steps(doc, needle, limit):
        if step is not None:
            result = step
    return result


class LocalJsonDocument:
    """A small document parsed in this process, served through the same interface."""

    def __init__(self, value: Any) -> None:
        self._doc = value
        self._cache = KeyCache()
        self.root = describe("", value)

    def children(self, path: tuple[int, ...], start: int, count: int) -> list[JsonEntry]:
        return children_page(self._doc, path, start, count, self._cache)

    def search(self, needle: str, limit: int = 500) -> list[tuple[int, ...]]:
        return run_search(self._doc, needle, limit)

    def close(self) -> None:
        self._doc = None
