"""The provider families as a column of buttons: each one a Tab stop, Space or a click chooses.

A list view is one Tab stop whose rows only arrow keys reach; a person who moves with Tab,
Space and Enter alone could never choose Clover there. Here every family is its own
checkable button (one checked at a time), so Tab reaches it and Space chooses it; Up and
Down still move between them, as in a list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget


class FamilyList(QScrollArea):
    """``currentRowChanged(row)`` as a ``QListWidget`` has; ``-1`` when empty."""

    currentRowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons take the focus
        self._inner = QWidget(self)
        self._inner.setObjectName("providerFamilies")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._buttons: list[QToolButton] = []
        self._row = -1
        self._icon_size = QSize(28, 28)

    # -- contents -------------------------------------------------------------------
    def set_families(self, families: list[tuple[QIcon, str, str]]) -> None:
        """(icon, name, description) per family, in order; nothing is chosen yet."""
        for old in self._buttons:
            old.setParent(None)
            old.deleteLater()
        self._buttons = []
        self._row = -1
        for row, (icon, name, description) in enumerate(families):
            button = QToolButton(self._inner)
            button.setObjectName(f"providerFamily{row}")
            button.setProperty("role", "family")
            button.setText(name)
            button.setIcon(icon)
            button.setIconSize(self._icon_size)
            button.setToolTip(description)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _on=False, r=row: self.setCurrentRow(r))
            button.installEventFilter(self)
            self._layout.insertWidget(row, button)
            self._buttons.append(button)

    def count(self) -> int:
        return len(self._buttons)

    def button(self, row: int) -> QToolButton:
        return self._buttons[row]

    def currentRow(self) -> int:
        return self._row

    def setCurrentRow(self, row: int) -> None:
        row = row if 0 <= row < len(self._buttons) else -1
        for position, button in enumerate(self._buttons):
            button.setChecked(position == row)
        if row != self._row:
            self._row = row
            if row >= 0:
                self.ensureWidgetVisible(self._buttons[row])
            self.currentRowChanged.emit(row)

    # -- Up and Down, as in a list --------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and watched in self._buttons
        ):
            key = event.key()
            step = -1 if key == Qt.Key.Key_Up else 1 if key == Qt.Key.Key_Down else 0
            if step:
                row = self._buttons.index(watched) + step  # type: ignore[arg-type]
                if 0 <= row < len(self._buttons):
                    self.setCurrentRow(row)
                    self._buttons[row].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
