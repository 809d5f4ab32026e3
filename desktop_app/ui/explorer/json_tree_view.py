"""The JSON tree tab: a lazy tree view with search (hits found by the document's owner).

Search runs where the document lives (a worker process for large bodies) via the
background helper, so typing a query never blocks the GUI; results are row paths that
the model turns into indexes by fetching just the pages on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.background import Task, run_in_background
from desktop_app.ui.common.lifetime import guarded

from .json_model import JsonDocument, JsonTreeModel

SEARCH_LIMIT = 500


def match_count(count: int) -> str:
    """ "1 match", "3 matches", "500+ matches" (the search stops at ``SEARCH_LIMIT``)."""
    if count >= SEARCH_LIMIT:
        return JsonTreeView.tr("{count}+ matches").format(count=count)
    return JsonTreeView.tr("%n match(es)", "", count)


class JsonTreeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JsonTreeModel(parent=self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("responseTree")
        self.tree.setAccessibleName(self.tr("Response body as a collapsible JSON tree"))
        self.tree.setUniformRowHeights(True)  # lets the view skip measuring unseen rows
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 420)
        self.tree.selectionModel().currentChanged.connect(self._show_path)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("treeSearchEdit")
        self.search_edit.setAccessibleName(self.tr("Search keys and values"))
        self.search_edit.setPlaceholderText(self.tr("Search keys and values"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.prev_button = QPushButton(self.tr("Previous"), self)
        self.prev_button.setObjectName("treePrevButton")
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.prev_button.clicked.connect(lambda: self.go_to(self._current - 1))
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("treeNextButton")
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.clicked.connect(lambda: self.go_to(self._current + 1))
        self.search_status = QLabel(self)
        self.search_status.setObjectName("treeSearchStatus")
        self.search_status.setAccessibleName(self.tr("Search result"))
        self.path_label = QLabel(self)
        self.path_label.setObjectName("treePathLabel")
        self.path_label.setAccessibleName(self.tr("Path of the selected entry"))
        self.path_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addWidget(self.search_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.path_label)
        self.hits: list[tuple[int, ...]] = []
        self._current = -1
        self._search_task: Task | None = None
        self._update_buttons()

    def focus_order(self) -> list[QWidget]:
        return [self.search_edit, self.prev_button, self.next_button, self.tree]

    def set_document(self, document: JsonDocument | None) -> None:
        if self._search_task is not None:
            self._search_task.cancel()
        self.model.set_document(document)
        self.hits, self._current = [], -1
        self.search_status.setText("")
        self.path_label.setText("")
        if document is not None and self.model.rowCount() <= 50:
            self.tree.expandToDepth(0)
        self._update_buttons()
        if document is not None and self.search_edit.text().strip():
            self.search()  # the same question asked of the new response: counts stay true

    def search(self) -> None:
        document = self.model.document
        needle = self.search_edit.text().strip()
        if document is None or not needle:
            self.hits, self._current = [], -1
            self.search_status.setText("")
            self._update_buttons()
            return
        if self._search_task is not None:
            self._search_task.cancel()
        self.hits, self._current = [], -1
        self._update_buttons()
        self.search_status.setText(self.tr("Searching…"))
        self._search_task = run_in_background(
            lambda _cancel: document.search(needle, SEARCH_LIMIT),
            guarded(self, lambda hits: self._found(document, hits)),
            guarded(self, lambda exc: self._search_failed(document, exc)),
        )

    def _search_failed(self, document: JsonDocument, exc: BaseException) -> None:
        if document is self.model.document:  # a late answer about an older response
            self.search_status.setText(self.tr("Search failed: {reason}").format(reason=exc))

    def _found(self, document: JsonDocument, hits: list[tuple[int, ...]]) -> None:
        if document is not self.model.document:
            return
        self.hits = hits
        if not hits:
            self.search_status.setText(self.tr("No matches"))
            self._current = -1
        else:
            self.go_to(0)
        self._update_buttons()

    def go_to(self, number: int) -> None:
        if not self.hits:
            return
        self._current = number % len(self.hits)
        index = self.model.index_for_path(self.hits[self._current])
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.search_status.setText(
            self.tr("{current} of {matches}").format(
                current=self._current + 1, matches=match_count(len(self.hits))
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.prev_button.setEnabled(len(self.hits) > 1)
        self.next_button.setEnabled(len(self.hits) > 1)

    def _show_path(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.path_label.setText(self.model.entry_path(current) if current.isValid() else "")
