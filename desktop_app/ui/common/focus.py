"""Keyboard focus: one place that says in which order Tab visits a panel's controls.

Qt's default Tab order is the order widgets were created in, which is not the order
they are read in once layouts, lazily built tabs and late buttons are involved. Each
panel lists its controls in reading order (``focus_order``) and the window chains the
lists; hidden and disabled widgets are skipped by Qt, so one chain serves every state.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTabWidget, QWidget


def chain_focus(widgets: Iterable[QWidget | None]) -> None:
    """Tab visits ``widgets`` in this order (``None`` is skipped); Shift+Tab the reverse."""
    items = [w for w in widgets if w is not None]
    for first, second in pairwise(items):
        QWidget.setTabOrder(first, second)


def name_tab_bar(tabs: QTabWidget, name: str, accessible: str) -> QWidget:
    """Names the bar of a tab widget (it takes the focus for the whole tab widget)."""
    bar = tabs.tabBar()
    bar.setObjectName(name)
    bar.setAccessibleName(accessible)
    return bar


def tab_leaves(*widgets: QAbstractItemView | QPlainTextEdit) -> None:
    """Tab moves on to the next control instead of moving between cells or typing a tab.

    Arrow keys still move within a table; a read-only text view stays reachable by Tab
    and selectable with the keyboard (Shift+arrows, Ctrl+C).
    """
    from PySide6.QtCore import Qt

    for widget in widgets:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
            continue
        widget.setTabChangesFocus(True)
        if widget.isReadOnly():
            flags = Qt.TextInteractionFlag
            widget.setTextInteractionFlags(
                flags.TextSelectableByMouse | flags.TextSelectableByKeyboard
            )
