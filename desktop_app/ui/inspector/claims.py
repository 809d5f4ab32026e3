"""The JWT part of the inspector: which token, its signature statement, header and claims."""

from __future__ import annotations

import time

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.engine.token_check import TokenCheck
from desktop_app.core.oauth.jwt_view import TIME_CLAIMS

from .format import claim_rows, claim_text
from .tokens import LABELS


def two_column_table(name: str, accessible: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 2, parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(["Name", "Value"])
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    return table


def fill(table: QTableWidget, rows: list[tuple[str, str]]) -> None:
    table.setRowCount(len(rows))
    for row, (name, value) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(name))
        item = QTableWidgetItem(value)
        item.setToolTip(value)
        table.setItem(row, 1, item)


class ClaimsPanel(QWidget):
    """Decoded JWTs, one at a time; the statement says plainly what was verified."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("claimsTokenCombo")
        self.combo.setAccessibleName("Which token to decode")
        self.combo.currentIndexChanged.connect(self._show)
        self.statement = QLabel(self)
        self.statement.setObjectName("signatureStatement")
        self.statement.setAccessibleName("Whether the signature was verified")
        self.statement.setWordWrap(True)
        self.header_table = two_column_table("jwtHeaderTable", "JWT header", self)
        self.header_table.setMaximumHeight(110)
        self.claims_table = two_column_table("claimsTable", "JWT claims", self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Token:", self))
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.statement)
        layout.addWidget(QLabel("<b>Header</b>", self))
        layout.addWidget(self.header_table)
        layout.addWidget(QLabel("<b>Claims</b> (times in local time)", self))
        layout.addWidget(self.claims_table, 1)
        self._checks: list[TokenCheck] = []

    def set_checks(self, checks: list[TokenCheck]) -> None:
        """Replaces the tokens shown, keeping the chosen one (id_token first by default)."""
        chosen = self.combo.currentData()
        self._checks = [c for c in checks if c.jwt is not None]
        self.combo.blockSignals(True)
        self.combo.clear()
        for check in self._checks:
            self.combo.addItem(LABELS.get(check.name, check.name), check.name)
        names = [c.name for c in self._checks]
        pick = chosen if chosen in names else ("id_token" if "id_token" in names else None)
        self.combo.setCurrentIndex(names.index(pick) if pick in names else 0)
        self.combo.blockSignals(False)
        self._show()

    def _show(self, *_args: object) -> None:
        number = self.combo.currentIndex()
        if not 0 <= number < len(self._checks):
            self.statement.setText(
                "None of this account's tokens is a JWT, so there is nothing to decode."
            )
            fill(self.header_table, [])
            fill(self.claims_table, [])
            return
        check = self._checks[number]
        assert check.jwt is not None
        verified = check.jwt.verified or check.statement.startswith("Signature verified")
        colour = "#1b7f3b" if verified else "#8a5a00"
        self.statement.setText(f"<span style='color:{colour}'>{check.statement}</span>")
        now = time.time()
        fill(self.header_table, claim_rows(check.jwt.header, now))
        fill(self.claims_table, claim_rows(check.jwt.claims, now))

    def refresh_times(self) -> None:
        """Moves relative times ("in 4 min") on in place, keeping scroll and selection."""
        number = self.combo.currentIndex()
        if not self.isVisible() or not 0 <= number < len(self._checks):
            return
        jwt_view = self._checks[number].jwt
        assert jwt_view is not None
        now = time.time()
        for row in range(self.claims_table.rowCount()):
            name = self.claims_table.item(row, 0).text()
            if name in TIME_CLAIMS and name in jwt_view.claims:
                self.claims_table.item(row, 1).setText(claim_text(name, jwt_view.claims[name], now))
