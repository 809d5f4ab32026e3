"""The per-account call history (already redacted by the core), newest first."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.core.storage.history import HistoryEntry
from desktop_app.ui.common.messages import core_text
from desktop_app.ui.common.times import local_label, utc_label


def was_cancelled(entry: HistoryEntry) -> bool:
    """The core records a cancelled call as an error without a status ("… cancelled.")."""
    return entry.status is None and "cancelled" in entry.error.lower()


def describe_entry(entry: HistoryEntry) -> str:
    """Two lines: what was asked (path only; the host is the provider's) and what came back."""
    parts = urlsplit(entry.url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    stamp = local_label(entry.at, seconds=True)
    if entry.status is not None:
        elapsed = QLocale().toString(round(entry.elapsed_ms))
        result = f"→ {entry.status} · {elapsed} ms · {stamp}"
    else:  # no answer, so no time to report (the core records 0 ms)
        word = (
            QCoreApplication.translate("HistoryList", "cancelled", "a request")
            if was_cancelled(entry)
            else QCoreApplication.translate("HistoryList", "failed", "a request")
        )
        result = f"→ {word} · {stamp}"
    return f"{entry.method} {path or entry.url}\n   {result}"


class HistoryList(QWidget):
    """Clicking an entry emits it so the editor can reload that request."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(self.tr("Earlier requests for this account"))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>History</b>"), self))
        layout.addWidget(self.list, 1)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.list.clear()
        for entry in reversed(entries):
            item = QListWidgetItem(describe_entry(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            what = core_text(entry.error) if entry.error else entry.url
            item.setToolTip(f"{what}\n{utc_label(entry.at)}")
            self.list.addItem(item)
        if not entries:
            self.list.addItem(QListWidgetItem(self.tr("No requests yet.")))

    def _activated(self, item: QListWidgetItem) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole)
        if entry is not None:
            self.chosen.emit(entry)
