"""Help ▸ Keyboard shortcuts: every key Loopgate answers to, read from where it is set.

The menu keys come from the actions themselves (``actions.SHORTCUTS``) and the explorer's
from its controls (``send_controls``), so the list cannot drift from what works. Keys
are shown in the platform's own notation (⌘ on macOS).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.focus import chain_focus, tab_leaves
from ..explorer.send_controls import CANCEL_KEY, SEND_KEYS
from .actions import SHORTCUTS

# Keys Qt itself provides in Loopgate's windows, in the words of what they do.
MOVING = (
    ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Move to the next control.")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Move to the previous control.")),
    ("Up, Down", QT_TRANSLATE_NOOP("Shortcuts", "Choose another account in the accounts table.")),
    (
        "Ctrl+Tab",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Show the next tab (Overview, Token inspector, API explorer)."
        ),
    ),
    ("Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Show the previous tab.")),
    ("Space", QT_TRANSLATE_NOOP("Shortcuts", "Press the focused button or tick the focused box.")),
    ("Alt", QT_TRANSLATE_NOOP("Shortcuts", "Open the menus with the underlined letter.")),
)


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(actions: Any) -> list[tuple[str, str]]:
    """(keys, what they do), menu keys first, then the explorer's, then moving around."""
    translate = QCoreApplication.translate
    rows = []
    for name, keys in SHORTCUTS.items():
        action = getattr(actions, name)
        if action in actions.per_account():
            what = translate(
                "Shortcuts", "{action} (with an account selected in the table)."
            ).format(action=action.statusTip())
        else:
            what = translate("Shortcuts", "{action}.").format(action=action.statusTip())
        rows.append((native(keys), what))
    rows.append(
        (native(SEND_KEYS[0]), translate("Shortcuts", "Send the request (in the API explorer)."))
    )
    rows.append(
        (native(CANCEL_KEY), translate("Shortcuts", "Cancel the request while it is being sent."))
    )
    rows.extend((native(keys), translate("Shortcuts", what)) for keys, what in MOVING)
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table of keys; Esc or Close shuts it."""

    def __init__(self, actions: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr("These keys work anywhere in the Loopgate window unless noted."), self
        )
        intro.setObjectName("shortcutsIntro")
        intro.setAccessibleName(intro.text())
        intro.setWordWrap(True)
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, what) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{keys}: {action}").format(keys=keys, action=what),
            )
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeRowsToContents()
        tab_leaves(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutsButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("shortcutsCloseButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        chain_focus([self.table, close])
        self.resize(560, 420)
