"""The JWT part of the inspector: which token, its signature statement, header and claims.

Each claim name carries its registered meaning as a tooltip (``claim_names``), each time
its exact UTC moment. The decoded header and payload can be copied as indented JSON.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.engine.token_check import TokenCheck
from desktop_app.core.oauth.jwt_view import TIME_CLAIMS

from ..common.focus import tab_leaves
from ..common.messages import core_text
from ..common.roles import set_role
from ..common.times import zone_name
from .claim_names import describe_claim, describe_header
from .format import claim_text, claim_value_tip, pretty_json
from .tokens import token_label

HEADER_ROWS_SHOWN = 6  # a longer header (an x5c chain) scrolls
NOTE_MS = 4000


def two_column_table(name: str, accessible: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 2, parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ClaimsPanel", "Name"),
            QCoreApplication.translate("ClaimsPanel", "Value"),
        ]
    )
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    tab_leaves(table)
    return table


def fill(
    table: QTableWidget,
    values: dict[str, Any],
    now: float,
    describe: Callable[[str], str],
) -> None:
    table.setRowCount(len(values))
    for row, (name, value) in enumerate(values.items()):
        key = QTableWidgetItem(name)
        key.setToolTip(describe(name))
        table.setItem(row, 0, key)
        text = claim_text(name, value, now)
        item = QTableWidgetItem(text)
        item.setToolTip(claim_value_tip(name, value, text))
        table.setItem(row, 1, item)


def fit_rows(table: QTableWidget, most: int) -> None:
    """Exactly as tall as its rows (up to ``most``): no blank band that looks like a row."""
    shown = max(1, min(table.rowCount(), most))
    rows = sum(table.rowHeight(r) for r in range(shown)) if table.rowCount() else 24
    frame = 2 * table.frameWidth()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)


def _copy_button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    return button


class ClaimsPanel(QWidget):
    """Decoded JWTs, one at a time; the statement says plainly what was verified."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsPanel")
        self.combo = QComboBox(self)
        self.combo.setObjectName("claimsTokenCombo")
        self.combo.setAccessibleName(self.tr("Which token to decode"))
        self.combo.currentIndexChanged.connect(self._show)
        self.statement = QLabel(self)
        self.statement.setObjectName("signatureStatement")
        self.statement.setAccessibleName(self.tr("Whether the signature was verified"))
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)  # the provider's words, as given
        self.header_table = two_column_table("jwtHeaderTable", self.tr("JWT header"), self)
        self.claims_table = two_column_table("claimsTable", self.tr("JWT claims"), self)
        self.copy_header_button = _copy_button(
            self.tr("Copy header JSON"),
            "copyHeaderJsonButton",
            self.tr("Copy the decoded header as JSON"),
            self,
        )
        self.copy_header_button.clicked.connect(self.copy_header)
        self.copy_payload_button = _copy_button(
            self.tr("Copy payload JSON"),
            "copyPayloadJsonButton",
            self.tr("Copy the decoded claims as JSON"),
            self,
        )
        self.copy_payload_button.clicked.connect(self.copy_payload)
        self.copy_note = QLabel(self)
        self.copy_note.setObjectName("claimsCopyNote")
        self.copy_note.setAccessibleName(self.tr("Copy result"))
        self.times_note = QLabel(self)
        self.times_note.setObjectName("claimsTimesNote")
        self.times_note.setAccessibleName(self.tr("How times are shown"))
        self.times_note.setProperty("role", "muted")
        self.times_note.setWordWrap(True)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_MS)
        self._note_timer.timeout.connect(self.copy_note.clear)
        token_label = QLabel(self.tr("&Token:"), self)
        token_label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.addWidget(token_label)
        row.addWidget(self.combo, 1)
        header_row = QHBoxLayout()
        header_row.addWidget(QLabel(self.tr("<b>Header</b>"), self))
        header_row.addStretch(1)
        header_row.addWidget(self.copy_note)
        header_row.addWidget(self.copy_header_button)
        claims_row = QHBoxLayout()
        claims_row.addWidget(QLabel(self.tr("<b>Claims</b>"), self))
        claims_row.addWidget(self.times_note, 1)
        claims_row.addWidget(self.copy_payload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.statement)
        layout.addLayout(header_row)
        layout.addWidget(self.header_table)
        layout.addLayout(claims_row)
        layout.addWidget(self.claims_table, 1)
        self._checks: list[TokenCheck] = []
        self._show()

    def focus_order(self) -> list[QWidget]:
        return [
            self.combo,
            self.copy_header_button,
            self.header_table,
            self.copy_payload_button,
            self.claims_table,
        ]

    def set_checks(self, checks: list[TokenCheck]) -> None:
        """Replaces the tokens shown, keeping the chosen one.

        By default the access token when it is a JWT (what the API sees, what support
        is asked about), else the ID token.
        """
        chosen = self.combo.currentData()
        self._checks = [c for c in checks if c.jwt is not None]
        self.combo.blockSignals(True)
        self.combo.clear()
        for check in self._checks:
            self.combo.addItem(token_label(check.name), check.name)
        names = [c.name for c in self._checks]
        preferred = [chosen, "access_token", "id_token"]
        pick = next((name for name in preferred if name in names), None)
        self.combo.setCurrentIndex(names.index(pick) if pick is not None else 0)
        self.combo.blockSignals(False)
        self._show()

    def current(self) -> TokenCheck | None:
        number = self.combo.currentIndex()
        return self._checks[number] if 0 <= number < len(self._checks) else None

    def _show(self, *_args: object) -> None:
        check = self.current()
        for button in (self.copy_header_button, self.copy_payload_button):
            button.setEnabled(check is not None)
        self._clear_note()
        now = time.time()
        zone = zone_name(_local_now(now))
        self.times_note.setText(
            self.tr("Times are in your time zone ({zone}); point at one for UTC.").format(zone=zone)
        )
        if check is None or check.jwt is None:
            set_role(self.statement, "")
            self.statement.setText(
                self.tr("None of this account's tokens is a JWT, so there is nothing to decode.")
            )
            fill(self.header_table, {}, now, describe_header)
            fill(self.claims_table, {}, now, describe_claim)
            fit_rows(self.header_table, HEADER_ROWS_SHOWN)
            return
        verified = check.jwt.verified or check.statement.startswith("Signature verified")
        set_role(self.statement, "okText" if verified else "warningText")
        self.statement.setText(core_text(check.statement))
        fill(self.header_table, check.jwt.header, now, describe_header)
        fill(self.claims_table, check.jwt.claims, now, describe_claim)
        fit_rows(self.header_table, HEADER_ROWS_SHOWN)

    def refresh_times(self) -> None:
        """Moves relative times ("in 4 min") on in place, keeping scroll and selection."""
        check = self.current()
        if not self.isVisible() or check is None or check.jwt is None:
            return
        claims, now = check.jwt.claims, time.time()
        for row in range(self.claims_table.rowCount()):
            name = self.claims_table.item(row, 0).text()
            if name in TIME_CLAIMS and name in claims:
                self.claims_table.item(row, 1).setText(claim_text(name, claims[name], now))

    # -- copying -------------------------------------------------------------------------
    # The decoded header and payload are not tokens: without the signature they cannot be
    # replayed, so they are copied plainly, not through ``copy_secret`` (which marks the
    # text secret and clears it after a minute). The payload can still carry personal
    # data (name, email): the person copying it decides where it goes.
    def copy_header(self) -> None:
        check = self.current()
        if check is not None and check.jwt is not None:
            QGuiApplication.clipboard().setText(pretty_json(check.jwt.header))
            self._note(self.tr("Header copied as JSON."))

    def copy_payload(self) -> None:
        check = self.current()
        if check is not None and check.jwt is not None:
            QGuiApplication.clipboard().setText(pretty_json(check.jwt.claims))
            self._note(self.tr("Payload copied as JSON."))

    def _note(self, text: str) -> None:
        self.copy_note.setText(text)
        self._note_timer.start()

    def _clear_note(self) -> None:
        self._note_timer.stop()
        self.copy_note.clear()


def _local_now(now: float) -> Any:
    from datetime import datetime

    return datetime.fromtimestamp(now).astimezone()
