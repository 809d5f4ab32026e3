"""Close to the tray, Quit for real, and tray notifications that lead somewhere.

Real windows offscreen with the demo provider; the offscreen platform has no system
tray, so the ``Tray`` gets a stand-in icon that records what the person was told.
"""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt

from desktop_app.ui.connect.dialog import PAGE_DONE, PAGE_WAITING
from desktop_app.ui.settings.dialog import SettingsDialog
from desktop_app.ui.shell.app import attach_tray
from desktop_app.ui.shell.tray import Tray
from desktop_app.ui.shell.tray_window import STILL_RUNNING, STILL_RUNNING_TITLE
from tests.support.tray_icon import TrayIconStandIn


def with_tray(window: Any) -> tuple[TrayIconStandIn, list[str]]:
    """Wires a tray with a stand-in icon as the app does; returns it and the quit calls."""
    icon = TrayIconStandIn()
    quits: list[str] = []
    tray = Tray(lambda title, text: None, icon=icon)
    attach_tray(window, tray, lambda: quits.append("quit"))
    return icon, quits


def test_closing_hides_to_the_tray_and_renewals_go_on(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """With a tray, closing hides the window; renewals keep their timer; told once."""
    engine.connect("demo")
    window = window_for(engine)
    icon, quits = with_tray(window)
    assert window.health.timer.isActive()
    window.close()
    assert not window.isVisible() and window.health.timer.isActive()
    assert icon.messages == [(STILL_RUNNING_TITLE, STILL_RUNNING)]
    assert "keeps renewing your connections in the background" in STILL_RUNNING
    window.tray.show_requested.emit()  # the tray icon's "Show Loopgate"
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert len(icon.messages) == 1  # the notice is one-time
    assert quits == []
    window.quit_app()


def test_quit_in_the_menu_quits_with_a_tray(qtbot: Any, window_for: Any, engine: Any) -> None:
    """File ▸ Quit closes for good (state saved, renewals stopped) and the app quits."""
    window = window_for(engine)
    icon, quits = with_tray(window)
    with qtbot.waitSignal(window.closed_for_good, timeout=2000):
        window.actions.quit.trigger()
    assert not window.isVisible() and not window.health.timer.isActive()
    qtbot.waitUntil(lambda: quits == ["quit"], timeout=2000)
    assert icon.messages == []  # no "still running" on a real quit


def test_quit_in_the_tray_menu_quits_while_hidden(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Hidden in the tray, the tray menu's "Quit Loopgate" ends the app."""
    window = window_for(engine)
    icon, quits = with_tray(window)
    window.close()
    assert not window.isVisible()
    quit_action = next(a for a in icon.menu.actions() if a.text() == "Quit Loopgate")
    with qtbot.waitSignal(window.closed_for_good, timeout=2000):
        quit_action.trigger()
    qtbot.waitUntil(lambda: quits == ["quit"], timeout=2000)


def test_the_setting_off_closes_for_real(
    qtbot: Any, window_for: Any, engine: Any, settings: Any
) -> None:
    """ "Keep running in the tray" unticked: closing the window quits even with a tray."""
    settings.close_to_tray = False
    window = window_for(engine)
    icon, quits = with_tray(window)
    with qtbot.waitSignal(window.closed_for_good, timeout=2000):
        window.close()
    qtbot.waitUntil(lambda: quits == ["quit"], timeout=2000)
    assert icon.messages == []


def test_without_a_tray_closing_quits(qtbot: Any, window_for: Any, engine: Any) -> None:
    """No system tray: nowhere to keep running, so closing closes."""
    window = window_for(engine)
    assert window.tray is None
    with qtbot.waitSignal(window.closed_for_good, timeout=2000):
        window.close()
    assert not window.isVisible()


def test_the_setting_is_in_the_settings_dialog(qtbot: Any, settings: Any) -> None:
    """Settings ▸ "Keep running in the tray when the window is closed", on by default."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.close_to_tray.isChecked()
    assert dialog.close_to_tray.text() == "Keep running in the tray when the window is closed"
    qtbot.mouseClick(dialog.close_to_tray, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert settings.close_to_tray is False


def test_reconnect_needed_notification_opens_reconnect(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """The provider ends a grant: the notice offers Reconnect; clicking it starts it."""
    account = engine.connect("demo", label="Dana's workspace")
    window = window_for(engine)
    icon, _quits = with_tray(window)
    window.close()  # in the tray, as the person left it
    icon.messages.clear()
    tokens = engine.vault.get_tokens(account.id)
    issuer = engine.resolved_profile("demo").issuer
    answer = requests.post(
        f"{issuer}/revoke",
        data={"token": tokens.refresh_token, "client_id": account.client_id or "loopgate-demo"},
        timeout=10,
    )
    assert answer.status_code == 200
    engine.browser.action = "nothing"  # the person has not approved yet
    with qtbot.waitSignal(window.health.refresh_finished, timeout=20000):
        window.health.refresh_now(account.id)
    qtbot.waitUntil(lambda: bool(icon.messages), timeout=5000)
    title, message = icon.messages[-1]
    assert title == "Reconnect needed"
    assert message.startswith("Dana's workspace: ") and message.endswith("Click here to reconnect.")
    icon.click_last_message()
    dialog = window.connect_dialog
    assert window.isVisible() and dialog is not None and dialog.isVisible()
    assert dialog.stack.currentIndex() == PAGE_WAITING
    assert dialog.windowTitle() == "Reconnect Dana's workspace"
    qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
    dialog.done(0)
    window.quit_app()


def test_connected_comes_to_the_front_with_a_notification(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """After consent the window leaves the browser's back: the card, and a notice."""
    window = window_for(engine)
    icon, _quits = with_tray(window)
    dialog = window.connect_account("demo")
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    with qtbot.waitSignal(dialog.connected, timeout=30000):
        dialog.start()
    assert not window.isMinimized() and window.isVisible()
    assert dialog.isVisible() and dialog.stack.currentIndex() == PAGE_DONE
    assert dialog.result_page.title.text() == "Connected Dana Demo."
    assert ("Connected", "Dana Demo is connected and ready to use.") in icon.messages
    dialog.accept()
    window.quit_app()
