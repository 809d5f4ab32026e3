"""Walking a window with the Tab key, as a keyboard user does, and checking where focus goes.

``walk_tab`` presses real Tab keys (``QTest.keyClick``) on whichever widget has the focus
and records the focus chain until it comes back to where it started. ``assert_tab_order``
turns that into a specification: the expected order of objectNames, no trap (a press
that leaves the focus where it was, as a table with tab-key navigation does), back at
the start within the limit, and every widget a keyboard user could reach was reached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_LIMIT = 80


@dataclass
class TabWalk:
    """The focus chain from ``start`` (included) up to, not including, the return to it."""

    chain: list[QWidget] = field(default_factory=list)
    returned: bool = False  # Tab came back to the start within the limit
    trapped: QWidget | None = None  # a press that did not move the focus
    looped: QWidget | None = None  # Tab came back to this widget, not to the start

    def names(self) -> list[str]:
        return [name_of(w) for w in self.chain]


def name_of(widget: QWidget | None) -> str:
    if widget is None:
        return "<nothing>"
    return widget.objectName() or f"<{type(widget).__name__}>"


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really takes the focus (a focus proxy, followed to its end)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def reachable(root: QWidget) -> list[QWidget]:
    """What Tab should reach in ``root``: shown, enabled, accepting Tab focus, on screen."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        target = focus_target(widget)
        if target in found or target.window() is not root.window():
            continue
        policy = target.focusPolicy()
        if not (policy.value & Qt.FocusPolicy.TabFocus.value):
            continue
        if not (target.isVisible() and target.isEnabled()):
            continue
        if target.visibleRegion().isEmpty():
            continue  # scrolled away inside its parent: Qt would still reach it, though
        found.append(target)
    return found


def focus(qtbot: Any, widget: QWidget) -> None:
    """Makes ``widget``'s window active and gives ``widget`` the keyboard focus."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    target = focus_target(widget)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=3000)


def walk_tab(
    qtbot: Any, start: QWidget, *, limit: int = DEFAULT_LIMIT, backwards: bool = False
) -> TabWalk:
    """Presses Tab (Shift+Tab with ``backwards``) until the focus is back on ``start``."""
    focus(qtbot, start)
    start = focus_target(start)
    walk = TabWalk(chain=[start])
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    current = start
    for _ in range(limit):
        QTest.keyClick(current, key, modifier)
        now = QApplication.focusWidget()
        if now is None or now is current:
            walk.trapped = current  # e.g. a table moving its current cell instead
            break
        if now is start:
            walk.returned = True
            break
        if now in walk.chain:
            walk.looped = now  # a circle that never reaches the start again
            break
        walk.chain.append(now)
        current = now
    return walk


def assert_tab_order(
    qtbot: Any,
    root: QWidget,
    expected: list[str],
    *,
    start: QWidget | None = None,
    limit: int = DEFAULT_LIMIT,
) -> TabWalk:
    """Tab from ``start`` (the first expected widget) visits exactly ``expected`` and returns.

    Also checks Shift+Tab walks the same cycle in reverse, and that nothing reachable
    in ``root`` was left out of the cycle.
    """
    if start is None:
        start = root.findChild(QWidget, expected[0])
        assert start is not None, f"no widget named {expected[0]!r}"
    walk = walk_tab(qtbot, start, limit=limit)
    assert walk.trapped is None, f"Tab is trapped in {name_of(walk.trapped)} after {walk.names()}"
    assert walk.looped is None, (
        f"Tab circles back to {name_of(walk.looped)}, never to the start: {walk.names()}"
    )
    assert walk.returned, f"Tab did not come back within {limit} presses: {walk.names()}"
    assert walk.names() == expected, f"Tab order {walk.names()}, expected {expected}"
    back = walk_tab(qtbot, start, limit=limit, backwards=True)
    assert back.trapped is None, f"Shift+Tab is trapped in {name_of(back.trapped)}"
    assert back.looped is None, f"Shift+Tab circles back to {name_of(back.looped)}"
    backwards = [expected[0], *reversed(expected[1:])]
    assert back.names() == backwards, f"Shift+Tab order {back.names()}, expected {backwards}"
    missed = [name_of(w) for w in reachable(root) if w not in walk.chain]
    assert missed == [], f"reachable by mouse but never by Tab: {missed}"
    return walk
