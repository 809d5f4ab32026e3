"""A lazy tree model over a JSON document that lives elsewhere (a worker process or memory).

Why not ``QStandardItemModel``: an item per node of a 10 MB document costs seconds and
gigabytes (design §6). Why not one row per array element either: ``QTreeView`` visits
every child row of an expanded node (``index``/``hasChildren``/``rowCount``, ~24 µs
each through Python), so expanding a 100,000-element array took 2.4–5 s when measured.
So each level shows at most ``MAX_ROWS`` rows: large containers are split into ranges
("[0 … 199]") the way debuggers show big arrays, and a range's entries (key, preview,
child count) are fetched from the document in one round trip when it is first opened.
A node's child count arrives with its entry, so ``hasChildren`` never fetches.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.api.json_index import JsonEntry

LEAF_ROWS = 200  # a range of at most this many elements lists them (one fetch)
MAX_ROWS = 1000  # no level shows more rows than this
COL_KEY, COL_VALUE, COL_TYPE = 0, 1, 2
Index = QModelIndex | QPersistentModelIndex


class JsonDocument(Protocol):
    root: JsonEntry

    def children(self, path: tuple[int, ...], start: int, count: int) -> list[JsonEntry]: ...

    def search(self, needle: str, limit: int = 500) -> list[tuple[int, ...]]: ...

    def close(self) -> None: ...


class _Node:
    """A row the view has reached: a JSON value (``entry``) or a range of its parent's
    elements (``entry`` None). ``lo``/``hi`` bound the elements of ``path`` it lists."""

    __slots__ = ("entry", "hi", "kids", "lo", "parent", "path", "row")

    def __init__(
        self,
        parent: _Node | None,
        row: int,
        path: tuple[int, ...],
        entry: JsonEntry | None,
        lo: int,
        hi: int,
    ) -> None:
        self.parent = parent
        self.row = row
        self.path = path
        self.entry = entry
        self.lo = lo
        self.hi = hi
        self.kids: list[_Node] | None = None


def range_step(count: int) -> int:
    step = LEAF_ROWS
    while count > step * MAX_ROWS:
        step *= 10
    return step


class JsonTreeModel(QAbstractItemModel):
    """Key / value / type columns over a ``JsonDocument``, fetched range by range."""

    def __init__(self, document: JsonDocument | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._document: JsonDocument | None = None
        self._top: _Node | None = None
        self.pages_fetched = 0  # for tests and the benchmark: proof of laziness
        if document is not None:
            self.set_document(document)

    @property
    def document(self) -> JsonDocument | None:
        return self._document

    def set_document(self, document: JsonDocument | None) -> None:
        self.beginResetModel()
        self._document = document
        self._top = None
        self.pages_fetched = 0
        if document is not None:
            root = document.root
            self._top = _Node(None, -1, (), root, 0, root.child_count)
            if root.kind not in ("object", "array"):  # a bare scalar body: one row
                self._top.kids = [_Node(self._top, 0, (), root, 0, 0)]
        self.endResetModel()

    def clear(self) -> None:
        self.set_document(None)

    # -- lazy fetching ---------------------------------------------------------------
    def _kids(self, node: _Node) -> list[_Node]:
        if node.kids is not None:
            return node.kids
        count = node.hi - node.lo
        if count > LEAF_ROWS:
            step = range_step(count)
            node.kids = [
                _Node(node, i, node.path, None, lo, min(node.hi, lo + step))
                for i, lo in enumerate(range(node.lo, node.hi, step))
            ]
            return node.kids
        if count <= 0 or self._document is None:
            return []
        entries = self._document.children(node.path, node.lo, count)
        if not entries:  # the worker was busy or gone: try again on the next paint
            return []
        self.pages_fetched += 1
        node.kids = [
            _Node(node, i, (*node.path, node.lo + i), entry, 0, entry.child_count)
            for i, entry in enumerate(entries)
        ]
        return node.kids

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return self._top
        return index.internalPointer()  # type: ignore[no-any-return]

    # -- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if node is None or not 0 <= column < 3:
            return QModelIndex()
        kids = self._kids(node)
        if not 0 <= row < len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._top:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return 0 if node is None else len(self._kids(node))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = self._node(parent)
        if node is None or (parent.isValid() and parent.column() != 0):
            return False
        return bool(node.kids) or node.hi > node.lo

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        node: _Node = index.internalPointer()
        column = index.column()
        if node.entry is None:
            if column == COL_KEY:
                return f"[{node.lo} … {node.hi - 1}]"
            if column == COL_VALUE:
                return self.tr("%Ln item(s)", "", node.hi - node.lo)
            return self.tr("range", "a range of array elements")
        if column == COL_KEY:
            return node.entry.key
        if column == COL_VALUE:
            return self._preview(node.entry)
        return self._kind(node.entry.kind)

    def _preview(self, entry: JsonEntry) -> str:
        """A container's size in words; a value as the document has it (JSON, not words)."""
        if entry.kind == "object":
            return "{" + self.tr("%Ln key(s)", "", entry.child_count) + "}"
        if entry.kind == "array":
            return "[" + self.tr("%Ln item(s)", "", entry.child_count) + "]"
        return entry.preview

    def _kind(self, kind: str) -> str:
        """JSON's type names, in the person's language."""
        names = {
            "object": self.tr("object", "JSON type"),
            "array": self.tr("array", "JSON type"),
            "string": self.tr("string", "JSON type"),
            "number": self.tr("number", "JSON type"),
            "boolean": self.tr("boolean", "JSON type"),
            "null": self.tr("null", "JSON type"),
        }
        return names.get(kind, kind)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Key"), self.tr("Value"), self.tr("Type"))
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- search support --------------------------------------------------------------
    def index_for_path(self, path: tuple[int, ...]) -> QModelIndex:
        """The index of a search hit (JSON row path), opening only the ranges on its way."""
        node = self._top
        if node is None:
            return QModelIndex()
        if not path and node.kids and node.kids[0].path == ():
            return self.createIndex(0, 0, node.kids[0])
        for row in path:
            target = node.lo + row if node.entry is not None else row
            while True:
                kids = self._kids(node)
                if not kids:
                    return QModelIndex()
                if kids[0].entry is not None:  # element rows: position within this range
                    offset = target - node.lo
                    if not 0 <= offset < len(kids):
                        return QModelIndex()
                    node = kids[offset]
                    break
                node = next((k for k in kids if k.lo <= target < k.hi), None)  # type: ignore[assignment]
                if node is None:
                    return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def entry_path(self, index: QModelIndex) -> str:
        """A readable JSON path such as ``records[3].address.city`` for a status line."""
        parts: list[str] = []
        node = index.internalPointer() if index.isValid() else None
        while node is not None and node is not self._top:
            if node.entry is not None and node.path:
                key = node.entry.key
                parts.append(key if key.startswith("[") else "." + key)
            node = node.parent
        return "".join(reversed(parts)).lstrip(".") or self.tr("(root)", "the JSON document itself")
