"""An editable name/value table (query parameters, request headers) with add/remove."""

from __future__ import annotations

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
    """Rows of (name, value); empty names are ignored when the request is built."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(["Name", "Value"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setColumnWidth(0, 160)
        add = QPushButton("Add row", self)
        add.setObjectName(f"{name}AddButton")
        add.setAccessibleName(f"Add a row to {title.lower()}")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton("Remove row", self)
        remove.setObjectName(f"{name}RemoveButton")
        remove.setAccessibleName(f"Remove the selected row from {title.lower()}")
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, key: str = "", value: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow() if self.table.currentRow() >= 0 else 0]
        for row in rows:
            self.table.removeRow(row)

    def pairs(self) -> tuple[tuple[str, str], ...]:
        out = []
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            if key:
                out.append((key, value_item.text() if value_item else ""))
        return tuple(out)

    def set_pairs(self, pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> None:
        self.table.setRowCount(0)
        for key, value in pairs:
            self.add_row(key, value)
