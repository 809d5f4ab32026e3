"""The accounts table: a sorting proxy over ``AccountsModel`` plus the 1 Hz countdown.

Per tick only the countdown cells of the rows on screen are announced (design §6): the
cost stays flat however many accounts there are, and because the proxy sorts by the
absolute expiry (``SORT_ROLE``) with ``dynamicSortFilter`` off, a tick never re-sorts.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.core.storage.accounts import Account

from ..common.durations import compact
from ..common.provider_words import provider_text
from .cells import no_refresh_token
from .model import (
    ACCOUNT_ROLE,
    COL_ENVIRONMENT,
    COL_EXPIRES,
    COL_IDENTITY,
    COL_LABEL,
    COL_PROVIDER,
    COL_REFRESH_EXPIRES,
    COL_STATUS,
    SORT_ROLE,
    AccountsModel,
)
from .status import STATUS_ORDER, status_text

TICK_MS = 1000


def column_samples() -> dict[int, tuple[str, ...]]:
    """The widest text each fixed column usually holds, in the GUI's language.

    Widths are measured from these and the headers (fonts, scaling and languages differ),
    never from every row (O(N), design §6). Account and Identity share what is left and
    elide; the table never scrolls sideways at 910 px.
    """
    return {
        COL_PROVIDER: ("Cloverleaf",),
        COL_ENVIRONMENT: tuple(provider_text(e) for e in ("North America", "Latin America")),
        COL_STATUS: tuple(status_text(s) for s in STATUS_ORDER),  # every status it can say
        COL_EXPIRES: (compact(3599), compact(86399), compact(30 * 86400)),
        COL_REFRESH_EXPIRES: (no_refresh_token(), compact(30 * 86400)),
    }


STRETCHED = (COL_LABEL, COL_IDENTITY)
CELL_PADDING = 16
# A tick arriving this late means the machine slept (or the clock jumped).
WAKE_GAP_SECONDS = 5.0


class _SourceSortProxy(QSortFilterProxyModel):
    """Hands sorting to ``AccountsModel.sort`` and stays an identity mapping (design §6)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, AccountsModel):
            source.sort(column, order)
        else:
            super().sort(column, order)


class AccountsTable(QTableView):
    """The view; ``selection_changed`` carries the selected account (or ``None``)."""

    selection_changed = Signal(object)

    def __init__(self, model: AccountsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsTable")
        self.setAccessibleName(self.tr("Connected accounts"))
        self.source = model
        self.proxy = _SourceSortProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        # Ticks change text, never the sort keys; re-sorting is done on reload only.
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        # By name (provider, then account): a renewal never moves a row. The person's
        # own choice of column is restored by the window.
        self.sortByColumn(COL_PROVIDER, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Tab moves on to the detail tabs; the arrow keys move between rows.
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()
        self.selectionModel().selectionChanged.connect(self._emit_selection)
        model.modelReset.connect(self._emit_selection)

    def fit_columns(self) -> None:
        """Fixed columns as wide as their header and usual text; the rest share the space."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        icon = self.iconSize().width() + 6 if self.iconSize().width() > 0 else 22
        for column, samples in column_samples().items():
            text = max(metrics.horizontalAdvance(sample) for sample in samples) + CELL_PADDING
            if column in (COL_PROVIDER, COL_STATUS):  # a logo, a state icon
                text += icon
            self.setColumnWidth(column, max(text, header.sectionSizeHint(column)))
        stretched = max(header.sectionSizeHint(column) for column in STRETCHED)
        header.setMinimumSectionSize(min(stretched, 96))
        # Never squeezed below its header and three rows by the splitter on a short screen.
        rows = 3 * self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(header.sizeHint().height() + rows + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()

    def visible_source_rows(self) -> list[int]:
        """Source rows currently on screen (viewport top to bottom, through the proxy)."""
        count = self.proxy.rowCount()
        if count == 0 or not self.isVisible():
            return []
        top = self.rowAt(0)
        if top < 0:
            return []
        bottom = self.rowAt(self.viewport().height() - 1)
        if bottom < 0:
            bottom = count - 1
        index = self.proxy.index
        to_source = self.proxy.mapToSource
        return [to_source(index(row, 0)).row() for row in range(top, bottom + 1)]

    def tick(self) -> int:
        """Repaints the countdowns on screen; returns how many signals were emitted."""
        if self.window().isMinimized():
            return 0
        return self.source.tick_rows(self.visible_source_rows())

    def selected_account(self) -> Account | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        account = rows[0].data(ACCOUNT_ROLE)
        return account if isinstance(account, Account) else None

    def select_account(self, account_id: str) -> bool:
        row = self.source.row_of(account_id)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.source.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().select(proxy_index, flags)
        self.setCurrentIndex(proxy_index)
        self.scrollTo(proxy_index)
        return True

    def _emit_selection(self, *_args: object) -> None:
        self.selection_changed.emit(self.selected_account())


class Ticker(QObject):
    """The one 1 Hz timer: drives countdowns and notices sleep/wake by the gap."""

    ticked = Signal()
    woke = Signal(float)

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._last = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._last = self._clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        now = self._clock()
        gap = now - self._last
        self._last = now
        if gap > WAKE_GAP_SECONDS:
            self.woke.emit(gap)
        self.ticked.emit()
