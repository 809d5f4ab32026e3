"""An editable name/value table (query parameters, request headers) with add/remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class KeyValueTable(QWidget):
    """Rows of (name, value); empty names are ignored when the request is built.

    ``edited`` fires for the person's changes only (typing, adding, removing a row),
    never for ``set_pairs``.
    """

    edited = Signal()

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._filling = False
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setColumnWidth(0, 160)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.itemChanged.connect(self._item_changed)
        add = QPushButton(self.tr("Add row"), self)
        add.setObjectName(f"{name}AddButton")
        add.setAccessibleName(self.tr("Add a row to {table}").format(table=title.lower()))
        add.clicked.connect(lambda: self.add_row())
        self.add_button = add
        remove = QPushButton(self.tr("Remove row"), self)
        remove.setObjectName(f"{name}RemoveButton")
        remove.setAccessibleName(
            self.tr("Remove the selected row from {table}").format(table=title.lower())
        )
        remove.clicked.connect(self.remove_selected)
        self.remove_button = remove
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def focus_order(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()

    def add_row(self, key: str = "", value: str = "") -> None:
        filling, self._filling = self._filling, True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(key))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        finally:
            self._filling = filling

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow() if self.table.currentRow() >= 0 else 0]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def pairs(self) -> tuple[tuple[str, str], ...]:
        out = []
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            if key:
                out.append((key, value_item.text() if value_item else ""))
        return tuple(out)

    def set_pairs(self, pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for key, value in pairs:
                self.add_row(key, value)
        finally:
            self._filling = False
