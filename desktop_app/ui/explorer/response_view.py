"""The response half of the explorer: summary, note, error, and the body three ways."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
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
from ..common.messages import core_text
from .json_model import JsonDocument
from .json_tree_view import JsonTreeView
from .raw_view import RawBodyView
from .sizes import human_size

TAB_TREE, TAB_RAW, TAB_HEADERS = 0, 1, 2
NOT_INDENTED = QT_TRANSLATE_NOOP(
    "ResponsePane", "Shown as received: a JSON body this large is not indented."
)


def charset_of(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"')
    return "utf-8"


class ResponsePane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("No response yet. Choose a request and press Send."), self)
        self.summary.setObjectName("responseSummary")
        self.summary.setAccessibleName(self.tr("Response status, time and size"))
        self.note = QLabel(self)
        self.note.setObjectName("responseNote")
        self.note.setAccessibleName(self.tr("Note about the response"))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "infoText")  # colours per theme: app.qss, dark.qss
        self.error = QLabel(self)
        self.error.setObjectName("responseError")
        self.error.setAccessibleName(self.tr("What went wrong"))
        self.error.setWordWrap(True)
        self.error.setProperty("role", "errorText")
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setObjectName("errorDetailsButton")
        self.details_button.setAccessibleName(self.tr("Show the technical details of the error"))
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
        self.headers.setAccessibleName(self.tr("Response headers"))
        self.headers.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.headers.verticalHeader().setVisible(False)
        self.headers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.headers.horizontalHeader().setStretchLastSection(True)
        self.headers.setColumnWidth(0, 200)
        self.headers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        tab_leaves(self.headers)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("responseTabs")
        self.tabs.setAccessibleName(self.tr("Response body views"))
        self.tabs.addTab(self.tree_view, self.tr("JSON tree"))
        self.tabs.addTab(self.raw_view, self.tr("Raw"))
        self.tabs.addTab(self.headers, self.tr("Headers"))
        self.tab_bar = name_tab_bar(self.tabs, "responseTabBar", self.tr("Response body views"))
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
        reason = f" {response.reason}" if response.reason else ""  # the server's own words
        kind = response.content_type or self.tr("no content type")
        elapsed = QLocale().toString(round(response.elapsed_ms))
        self.summary.setText(
            f"<b>{response.status}{reason}</b> · {elapsed} ms · "
            f"{human_size(response.size)} · {kind}"
        )
        self.summary.setToolTip(self.tr("%Ln byte(s)", "", response.size))
        self.note.setText(core_text(response.note))
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
            remark = (
                QCoreApplication.translate("ResponsePane", NOT_INDENTED)
                if document is not None
                else ""
            )
            self.raw_view.set_body(response.body, charset_of(response.content_type), remark=remark)
        self.tabs.setCurrentIndex(TAB_TREE if document is not None else TAB_RAW)
