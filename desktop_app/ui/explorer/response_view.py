"""The response half of the explorer: summary, note, error, and the body three ways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.api.calls import ApiResponse

from ..common.focus import name_tab_bar, tab_leaves
from .json_model import JsonDocument
from .json_tree_view import JsonTreeView
from .raw_view import RawBodyView
from .sizes import human_size

TAB_TREE, TAB_RAW, TAB_HEADERS = 0, 1, 2
NOT_INDENTED = "Shown as received: a JSON body this large is not indented."


def charset_of(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"')
    return "utf-8"


class ResponsePane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel("No response yet. Choose a request and press Send.", self)
        self.summary.setObjectName("responseSummary")
        self.summary.setAccessibleName("Response status, time and size")
        self.note = QLabel(self)
        self.note.setObjectName("responseNote")
        self.note.setAccessibleName("Note about the response")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "infoText")  # colours per theme: app.qss, dark.qss
        self.error = QLabel(self)
        self.error.setObjectName("responseError")
        self.error.setAccessibleName("What went wrong")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "errorText")
        self.details_button = QPushButton("Details", self)
        self.details_button.setObjectName("errorDetailsButton")
        self.details_button.setAccessibleName("Show the technical details of the error")
        self.details_button.setCheckable(True)
        self.details = QLabel(self)
        self.details.setObjectName("errorDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button.toggled.connect(self.details.setVisible)
        self.tree_view = JsonTreeView(self)
        self.raw_view = RawBodyView(self)
        self.headers = QTableWidget(0, 2, self)
        self.headers.setObjectName("responseHeaders")
        self.headers.setAccessibleName("Response headers")
        self.headers.setHorizontalHeaderLabels(["Header", "Value"])
        self.headers.verticalHeader().setVisible(False)
        self.headers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.headers.horizontalHeader().setStretchLastSection(True)
        self.headers.setColumnWidth(0, 200)
        self.headers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        tab_leaves(self.headers)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("responseTabs")
        self.tabs.setAccessibleName("Response body views")
        self.tabs.addTab(self.tree_view, "JSON tree")
        self.tabs.addTab(self.raw_view, "Raw")
        self.tabs.addTab(self.headers, "Headers")
        self.tab_bar = name_tab_bar(self.tabs, "responseTabBar", "Response body views")
        error_row = QHBoxLayout()
        error_row.addWidget(self.error, 1)
        error_row.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addLayout(error_row)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.clear()

    def focus_order(self) -> list[QWidget]:
        return [
            self.details_button,
            self.tabs,
            *self.tree_view.focus_order(),
            *self.raw_view.focus_order(),
            self.headers,
        ]

    def clear(self, summary: str = "") -> None:
        if summary:
            self.summary.setText(summary)
        self.note.hide()
        self.show_error("", "")
        self.tree_view.set_document(None)
        self.raw_view.set_body(b"")
        self.headers.setRowCount(0)

    def show_error(self, message: str, detail: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.details.setText(detail)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(detail))
        self.details.hide()

    def show_response(
        self,
        response: ApiResponse,
        document: JsonDocument | None,
        parse_problem: str,
        pretty: bytes = b"",
    ) -> None:
        self.show_error("", "")
        reason = f" {response.reason}" if response.reason else ""
        self.summary.setText(
            f"<b>{response.status}{reason}</b> · {response.elapsed_ms:,.0f} ms · "
            f"{human_size(response.size)} · {response.content_type or 'no content type'}"
        )
        self.summary.setToolTip(f"{response.size:,} bytes")
        self.note.setText(response.note)
        self.note.setVisible(bool(response.note))
        self.headers.setRowCount(0)
        for key, value in response.headers:
            row = self.headers.rowCount()
            self.headers.insertRow(row)
            self.headers.setItem(row, 0, QTableWidgetItem(key))
            self.headers.setItem(row, 1, QTableWidgetItem(value))
        self.tree_view.set_document(document)
        self.tree_view.setEnabled(document is not None)
        if parse_problem:
            self.tree_view.search_status.setText(parse_problem)
        if pretty:  # JSON indented for reading; Save still writes the bytes received
            self.raw_view.set_body(pretty, "utf-8", original=response.body)
        else:
            remark = NOT_INDENTED if document is not None else ""
            self.raw_view.set_body(response.body, charset_of(response.content_type), remark=remark)
        self.tabs.setCurrentIndex(TAB_TREE if document is not None else TAB_RAW)
