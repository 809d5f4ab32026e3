"""The main window's body, built after the first paint: table, detail tabs, health.

Kept apart from the shell so that nothing here (the ``Qt`` namespace's ≈ 90 enums, the
model and view modules, the status rules) is imported before the window appears.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from ..accounts.health import HealthMonitor
from ..accounts.model import AccountsModel
from ..accounts.overview import Overview
from ..accounts.view import AccountsTable, Ticker
from .detail_pane import DetailPane
from .panels import Banner, EmptyState


def build_body(window: Any, clock: Callable[[], float]) -> None:
    """Adds the body widgets to ``window`` (attributes used by the window and tests)."""
    settings = window.settings
    window.health = HealthMonitor(
        lambda: settings.lead_minutes, lambda: settings.auto_refresh, clock, window
    )
    window.model = AccountsModel(clock, window.health.lead_time, window)
    window.table = AccountsTable(window.model, window)
    window.overview = Overview(
        window.actions,
        describe=window.describe_provider,
        status_of=window.model.status_of,
        lead_time=window.health.lead_time,
        auto_refresh=lambda: settings.auto_refresh,
        clock=clock,
        parent=window,
    )
    window.detail = DetailPane(window, window.overview)
    window.banner = Banner(window)
    window.empty = EmptyState(window)
    splitter = QSplitter(Qt.Orientation.Vertical, window)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(window.table)
    splitter.addWidget(window.detail)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([240, 500])
    splitter.setChildrenCollapsible(False)
    window.splitter = splitter
    window.stack.addWidget(window.empty)
    window.stack.addWidget(splitter)
    window.ticker = Ticker(clock, window)
    # Right-click on a row offers the same verbs as the toolbar; their keys (Del, F5,
    # Ctrl+R) work only while the table has the focus (``actions.install_shortcuts``).
    window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for action in window.actions.per_account():
        window.table.addAction(action)
    from ..common.theme import is_dark

    window.model.set_dark(is_dark())
