"""A person who has never seen Loopgate connects the demo and a Clover-shaped provider
(its client ID from an administrator's profile) with the mouse only, then with the
keyboard only (Tab, Space and Enter; no shortcuts, no arrow keys).

Real window and dialog offscreen, the real demo provider and the Clover-shaped server
on loopback; a scripted person approves in the "browser".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from desktop_app.ui.connect.dialog import PAGE_CHOOSE, PAGE_DONE
from tests.support.engines import ScriptedBrowser, make_engine
from tests.support.provider_servers import CloverLike, ProviderBrowser, write_profile

LEFT = Qt.MouseButton.LeftButton


class Person:
    """At whichever consent page opens: the demo's or the Clover-shaped server's."""

    def __init__(self, demo_port: int) -> None:
        self.demo_port = demo_port
        self.demo = ScriptedBrowser()
        self.provider = ProviderBrowser()

    def __call__(self, url: str) -> bool:
        at_demo = urlsplit(url).port == self.demo_port
        return (self.demo if at_demo else self.provider)(url)


@pytest.fixture
def world(demo_server: Any, loopgate_home: Any) -> Iterator[Any]:
    """The demo and an administrator's Clover profile; no account yet."""
    with CloverLike() as clover:
        profile_id = write_profile(clover, "clover-acme")
        engine = make_engine(demo_server.port, browser=Person(demo_server.port))
        yield engine, profile_id


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def tab_to(qtbot: Any, target: QWidget, limit: int = 40) -> None:
    """Tab until ``target`` has the focus, as a person looking for it would."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def family_button(dialog: Any, name: str) -> QToolButton:
    return dialog.picker.list.button(dialog.picker.families().index(name))


def test_with_the_mouse_only(qtbot: Any, window_for: Any, world: Any) -> None:
    """Click Connect, click Connect, click Done; then the toolbar, Clover, Connect, Done."""
    engine, clover_id = world
    window = window_for(engine)
    qtbot.mouseClick(window.empty.connect_button, LEFT)
    dialog = window.connect_dialog
    assert dialog.isVisible() and dialog.picker.current_profile().id == "demo"
    with qtbot.waitSignal(dialog.connected, timeout=30000):
        qtbot.mouseClick(dialog.connect_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_DONE
    assert dialog.result_page.title.text() == "Connected Dana Demo."
    qtbot.mouseClick(dialog.result_page.done_button, LEFT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)

    toolbar_connect = window.findChild(QToolButton, "connectButton")
    qtbot.mouseClick(toolbar_connect, LEFT)
    dialog = window.connect_dialog
    qtbot.mouseClick(family_button(dialog, "Clover"), LEFT)
    assert dialog.picker.current_profile().id == clover_id
    assert dialog.connect_button.isEnabled()
    assert dialog.connect_reason.text() == "Opens the Clover sign-in page in your browser."
    with qtbot.waitSignal(dialog.connected, timeout=30000):
        qtbot.mouseClick(dialog.connect_button, LEFT)
    assert dialog.result_page.title.text() == "Connected Harbor Street Bakery."
    qtbot.mouseClick(dialog.result_page.done_button, LEFT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    assert {a.profile_id for a in engine.accounts()} == {"demo", clover_id}


def test_with_the_keyboard_only(qtbot: Any, window_for: Any, world: Any) -> None:
    """Tab to "Connect an account", Space, Enter; Tab to "Connect another", Space; Tab to
    Clover, Space, Enter; Enter on the result: two accounts, no mouse, no shortcut."""
    engine, clover_id = world
    window = window_for(engine)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    if QApplication.focusWidget() is None:
        qtbot.keyClick(window, Qt.Key.Key_Tab)
    tab_to(qtbot, window.empty.connect_button)
    press(qtbot, Qt.Key.Key_Space)
    dialog = window.connect_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    assert dialog.picker.current_profile().id == "demo"
    with qtbot.waitSignal(dialog.connected, timeout=30000):
        press(qtbot, Qt.Key.Key_Return)  # Connect is the default button
    assert dialog.stack.currentIndex() == PAGE_DONE
    assert focused() is dialog.result_page.done_button

    tab_to(qtbot, dialog.result_page.another_button)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.stack.currentIndex() == PAGE_CHOOSE
    tab_to(qtbot, family_button(dialog, "Clover"))
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.picker.current_profile().id == clover_id
    assert dialog.connect_button.isEnabled()
    with qtbot.waitSignal(dialog.connected, timeout=30000):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.result_page.title.text() == "Connected Harbor Street Bakery."
    press(qtbot, Qt.Key.Key_Return)  # Done
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    assert {a.profile_id for a in engine.accounts()} == {"demo", clover_id}
