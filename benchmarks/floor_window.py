"""The physical floor for cold start: bare Qt, the same top-level widgets, quit at first idle.

A ``QApplication`` and a ``QMainWindow`` holding a table, a splitter and a text view
(what Loopgate's window is made of), shown; the process quits at the first idle moment
after the first paint, as ``loopgate-gui --smoke`` does. Nothing of Loopgate is imported.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTableView,
)


class FloorWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(QTableView(splitter))
        splitter.addWidget(QPlainTextEdit(splitter))
        self.setCentralWidget(splitter)
        self.statusBar()
        self.resize(1180, 800)

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = FloorWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
