"""Is any text cut off? Checks a window the way a person looks at it on a small screen.

A label's text is cut when the label is narrower (or, wrapped, shorter) than its text
needs, unless it elides on purpose (``elided`` property). A button's or a tab's text is
cut when it got less than its size hint. A table's header is cut when a section is
narrower than its title. ``survey`` opens every panel and dialog of a main window and
gathers all of that, plus whether the accounts table scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

SLACK = 1  # rounding at fractional scale factors


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _label_cut(label: QLabel) -> str:
    if not label.text() or label.property("elided"):
        return ""
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"needs {need} px of height, has {label.height()}"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px of width, has {label.width()}"
    if hint.height() > label.height() + SLACK:
        return f"needs {hint.height()} px of height, has {label.height()}"
    return ""


def _button_cut(button: QAbstractButton) -> str:
    if not button.text():
        return ""
    need = button.minimumSizeHint()
    if need.width() > button.width() + SLACK:
        return f"needs {need.width()} px of width, has {button.width()}"
    if need.height() > button.height() + SLACK:
        return f"needs {need.height()} px of height, has {button.height()}"
    return ""


def _tabs_cut(bar: QTabBar) -> list[str]:
    cut = []
    for index in range(bar.count()):
        need, has = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
        if need > has + SLACK:
            cut.append(f"tab {bar.tabText(index)!r} needs {need} px, has {has}")
    return cut


def header_cut(header: QHeaderView) -> list[str]:
    """Sections narrower than their own title (its text would be cut or elided)."""
    model = header.model()
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        need, has = header.sectionSizeHint(section), header.sectionSize(section)
        if need > has + SLACK:
            title = model.headerData(section, header.orientation()) if model else section
            cut.append(f"column {title!r} needs {need} px, has {has}")
    return cut


def cells_cut(table: Any, columns: tuple[int, ...]) -> list[str]:
    """Cells of ``columns`` whose text (and icon) is wider than the column: elided."""
    from PySide6.QtCore import Qt

    metrics, icon = table.fontMetrics(), table.iconSize().width() or 16
    margin = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    model, cut = table.model(), []
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            need = metrics.horizontalAdvance(text) + margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                need += icon + 4
            if need > table.columnWidth(column) + SLACK:
                cut.append(f"cell {text!r} needs {need} px, has {table.columnWidth(column)}")
    return cut


def name(widget: QWidget) -> str:
    return widget.objectName() or f"<{type(widget).__name__}>"


def clipped_text(root: QWidget) -> list[str]:
    """Every visible piece of text in ``root``'s window that does not fit its widget."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() or not _shown(widget):
            continue
        what = ""
        if isinstance(widget, QLabel):
            what = _label_cut(widget)
        elif isinstance(widget, QAbstractButton) and not widget.objectName().startswith("qt_"):
            what = _button_cut(widget)
        elif isinstance(widget, QTabBar):
            problems.extend(f"{name(widget)}: {cut}" for cut in _tabs_cut(widget))
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            problems.extend(f"{name(widget.parentWidget())}: {cut}" for cut in header_cut(widget))
        if what:
            text = widget.text()[:40]
            problems.append(f"{name(widget)} {text!r}: {what}")
    return problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def fits(size: QSize, screen: QSize) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height()


@contextmanager
def shown(dialog: QDialog) -> Iterator[QDialog]:
    dialog.show()
    settle()
    try:
        yield dialog
    finally:
        dialog.done(0)
        dialog.deleteLater()


def _panels(window: Any) -> Iterator[str]:
    """Shows each panel and inner tab in turn, naming what is on screen."""
    detail = window.detail
    detail.show_tab("overview")
    yield "Overview"
    inspector = detail.widgets["tokenInspector"]
    detail.show_tab("tokenInspector")
    for index in range(inspector.tabs.count()):
        inspector.tabs.setCurrentIndex(index)
        yield f"Token inspector, {inspector.tabs.tabText(index)}"
    explorer = detail.widgets["apiExplorer"]
    detail.show_tab("apiExplorer")
    for index in range(explorer.response.tabs.count()):
        explorer.response.tabs.setCurrentIndex(index)
        explorer.editor.tabs.setCurrentIndex(index)
        yield (
            f"API explorer, {explorer.editor.tabs.tabText(index)} and "
            f"{explorer.response.tabs.tabText(index)}"
        )
    detail.show_tab("overview")


def _dialogs(window: Any) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    from types import SimpleNamespace

    from desktop_app.ui.connect.custom_provider import CustomProviderDialog
    from desktop_app.ui.settings.dialog import SettingsDialog
    from desktop_app.ui.shell.about import show_about
    from desktop_app.ui.shell.shortcuts import ShortcutsDialog

    registry = SimpleNamespace(registry=window.engine.registry)
    yield "Settings", lambda: SettingsDialog(window.settings, window)
    yield "About", lambda: show_about(window)
    yield "Custom provider", lambda: CustomProviderDialog(registry, window)
    yield "Keyboard shortcuts", lambda: ShortcutsDialog(window.actions, window)


def survey(window: Any, size: QSize) -> dict[str, Any]:
    """Every panel and dialog at ``size`` (logical pixels): what is cut, what scrolls."""
    window.resize(size)
    settle()
    report: dict[str, Any] = {
        "window": [window.width(), window.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "clipped": {},
        "table_scrolls_sideways": False,
        "dialogs_too_big": [],
    }
    for panel in _panels(window):
        settle()
        found = clipped_text(window)
        if found:
            report["clipped"][panel] = found
        bar = window.table.horizontalScrollBar()
        if bar.maximum() > 0:
            report["table_scrolls_sideways"] = True
    from desktop_app.ui.accounts.view import column_samples

    cells = cells_cut(window.table, tuple(column_samples()))
    if cells:
        report["clipped"]["Accounts table"] = cells
    for title, build in _dialogs(window):
        with shown(build()) as dialog:
            if not fits(dialog.frameGeometry().size(), size):
                report["dialogs_too_big"].append(f"{title}: {dialog.width()}×{dialog.height()}")
            found = clipped_text(dialog)
            if found:
                report["clipped"][title] = found
    return report
