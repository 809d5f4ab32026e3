"""The detail area under the accounts table: Overview, Token inspector and API explorer.

The Overview (plain words, design §1) is light and built at once, first. The other two
widgets pull in the JWT and HTTP layers, so they are imported after the first paint
(``install``); until then, or if a module is missing, a placeholder keeps the same
``objectName`` so the window works either way. Contract of both widgets:
``Widget(parent)``, ``set_engine(engine)``, ``set_account(account | None)``,
``accounts_changed`` signal.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from ..common.focus import name_tab_bar

log = logging.getLogger(__name__)

OVERVIEW = "overview"
# (tab title, objectName, module, class), after the Overview
TABS = (  # titles: keys of the "DetailPane" context
    (
        QT_TRANSLATE_NOOP("DetailPane", "Token inspector"),
        "tokenInspector",
        "desktop_app.ui.inspector.widget",
        "TokenInspector",
    ),
    (
        QT_TRANSLATE_NOOP("DetailPane", "API explorer"),
        "apiExplorer",
        "desktop_app.ui.explorer.widget",
        "ApiExplorer",
    ),
)


def _placeholder(name: str, text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAccessibleName(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


def _import_tabs(warm_up: Callable[[], object] | None = None) -> None:
    """Worker side: only imports (no widget is created off the GUI thread)."""
    for _title, _name, module, _cls in TABS:
        try:
            importlib.import_module(module)
        except ImportError:
            pass  # ``_build`` shows the placeholder and logs why
    if warm_up is not None:
        try:
            warm_up()
        except Exception as exc:  # the tabs meet it again and report it in context
            log.info("warm-up for the detail tabs failed: %r", exc)


class DetailPane(QTabWidget):
    """Tabs that follow the selected account; ``accounts_changed`` bubbles up to reload."""

    accounts_changed = Signal()
    rebuilt = Signal()  # a tab's widget was swapped in: the window re-chains the Tab order

    def __init__(self, parent: QWidget | None = None, overview: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailTabs")
        self.setAccessibleName(self.tr("Account details"))
        self.setDocumentMode(True)
        name_tab_bar(self, "detailTabBar", self.tr("Account details"))
        self.widgets: dict[str, QWidget] = {}
        self._first_lazy = 0
        if overview is not None:
            self.widgets[OVERVIEW] = overview
            self.addTab(overview, self.tr("Overview"))
            self._first_lazy = 1
        for title, name, _module, _cls in TABS:
            page = _placeholder(name, self.tr("Loading…"), self)
            self.widgets[name] = page
            self.addTab(page, QCoreApplication.translate("DetailPane", title))
        self.installed = False
        self.ready = False  # every tab built and handed the engine and account
        self._to_swap: list[tuple[int, tuple[str, str, str, str]]] = []
        self._engine: Any = None
        self._account: Any = None

    def install(self, warm_up: Callable[[], object] | None = None) -> None:
        """Swaps placeholders for the real widgets (after the first paint).

        The tab modules import the JWT and HTTP layers (≈ 0.3 s): that runs on a worker,
        so the GUI thread only builds the widgets, and keeps painting meanwhile.
        ``warm_up`` runs on that worker too: what the first ``set_account`` would start
        on a worker of its own (the demo provider: ≈ 0.2–0.4 s of imports), which would
        compete for the GIL with the paint of the new tabs.
        """
        if self.installed:
            return
        self.installed = True
        from ..common.background import run_in_background
        from ..common.lifetime import guarded

        swap = guarded(self, self._swap)
        run_in_background(lambda _c: _import_tabs(warm_up), swap, swap)

    def _swap(self, *_ignored: object) -> None:
        """One tab per event-loop turn, each after the previous one has painted.

        Building a tab holds the GUI thread ≈ 10–20 ms and painting it as much again;
        both tabs and their paint in one turn were ≈ 35–70 ms. The engine and the
        account are handed over last: for a demo account that starts the demo provider
        on a worker, which would compete for the GIL with the paint.
        """
        self._to_swap = list(enumerate(TABS, start=self._first_lazy))
        self._swap_next()

    def _swap_next(self) -> None:
        from ..common.background import after_paint
        from ..common.lifetime import guarded

        position, (title, name, module, cls) = self._to_swap.pop(0)
        current = self.currentIndex()
        widget = self._build(name, module, cls)
        old = self.widgets[name]
        self.removeTab(position)
        self.insertTab(position, widget, QCoreApplication.translate("DetailPane", title))
        old.deleteLater()
        self.widgets[name] = widget
        self.setCurrentIndex(current)
        self.rebuilt.emit()
        after_paint(guarded(self, self._swap_next if self._to_swap else self._hand_over))

    def _hand_over(self) -> None:
        if self._engine is not None:
            self.set_engine(self._engine)
        self.set_account(self._account)
        self.ready = True

    def _build(self, name: str, module: str, cls: str) -> QWidget:
        try:
            widget_class = getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError) as exc:
            log.info("%s not available yet: %s", cls, exc)
            return _placeholder(name, self.tr("Select an account to see its details here."), self)
        widget = widget_class(self)
        if not widget.objectName():
            widget.setObjectName(name)
        signal = getattr(widget, "accounts_changed", None)
        if signal is not None:
            signal.connect(self.accounts_changed)
        return widget

    def focus_order(self) -> list[QWidget]:
        """The tab bar, then each tab's own controls in its reading order."""
        order: list[QWidget] = [self]  # Qt focuses the bar at the tab widget's place
        for widget in self.widgets.values():
            listed = getattr(widget, "focus_order", None)
            order.extend(listed() if listed is not None else [widget])
        return order

    def set_engine(self, engine: Any) -> None:
        self._engine = engine
        for widget in self.widgets.values():
            if hasattr(widget, "set_engine"):
                widget.set_engine(engine)

    def tab_name(self) -> str:
        """The current tab's objectName (what the window remembers across runs)."""
        widget = self.currentWidget()
        return widget.objectName() if widget is not None else ""

    def show_tab(self, name: str) -> bool:
        widget = self.widgets.get(name)
        if widget is None or self.indexOf(widget) < 0:
            return False
        self.setCurrentWidget(widget)
        return True

    def set_account(self, account: Any) -> None:
        self._account = account
        for widget in self.widgets.values():
            if hasattr(widget, "set_account"):
                widget.set_account(account)
