"""Connect-dialog defects from the QA pass: stale waiting texts, stray callbacks, direct
Reconnect, Esc, the no-keychain offer, sizes, placement and wording."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Any
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout

from desktop_app.core.base.errors import VaultError
from desktop_app.ui.common.errors_view import unbreakable_urls
from desktop_app.ui.connect.dialog import PAGE_CHOOSE, PAGE_ERROR, PAGE_WAITING
from desktop_app.ui.connect.waiting_page import COPIED, HINT
from tests.ui.helpers import make_account


def _waiting(qtbot: Any, window: Any, profile_id: str = "demo") -> Any:
    dialog = window.connect_account(profile_id)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
    return dialog


def _stray_callback(url: str) -> None:
    """What a stale browser tab would send: the right path, the wrong state."""
    redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
    try:
        urllib.request.urlopen(f"{redirect}?code=x&state=not-this-attempt", timeout=5)
    except urllib.error.HTTPError:
        pass  # the receiver refuses it, as it should


def test_waiting_texts_start_fresh_and_say_approve(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """Copy link → Cancel → Connect again shows the normal hint, naming the provider."""
    engine.browser.action = "nothing"
    window = window_for(engine)
    dialog = _waiting(qtbot, window)
    named = HINT.format(provider="Demo")
    assert dialog.hint.text() == named
    assert "Approve Loopgate in the Demo page" in named and "Allow" not in named
    dialog.copy_link()
    assert dialog.hint.text() == COPIED
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_CHOOSE, timeout=10000)
    dialog.start()
    assert dialog.hint.text() == named
    assert dialog.time_left.text() == "" and not dialog.copy_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_CHOOSE, timeout=10000)


def test_stray_callback_is_a_side_note(qtbot: Any, window_for: Any, engine: Any) -> None:
    """An unexpected answer on the loopback is noted small; the heading stays."""
    engine.browser.action = "nothing"
    window = window_for(engine)
    dialog = _waiting(qtbot, window)
    heading = dialog.status.text()
    _stray_callback(dialog.url)
    qtbot.waitUntil(lambda: dialog.note.isVisible(), timeout=5000)
    assert dialog.note.text().startswith("Ignored an unexpected answer")
    hint = dialog.hint  # the dialog grew: the hint above the note is not squeezed
    qtbot.waitUntil(lambda: hint.height() >= hint.heightForWidth(hint.width()), timeout=2000)
    assert dialog.status.text() == heading == "Waiting for you to approve in your browser…"
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_CHOOSE, timeout=10000)
    dialog.start()
    assert not dialog.note.isVisible() and dialog.note.text() == ""
    dialog.done(0)


def test_reconnect_starts_at_once(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Reconnect opens on the waiting page for the account's provider; Cancel closes."""
    from desktop_app.core.storage.accounts import RECONNECT_NEEDED

    engine.browser.action = "nothing"
    engine.store.upsert(make_account(0, status=RECONNECT_NEEDED, client_id="demo-client"))
    window = window_for(engine)
    window.actions.reconnect.trigger()
    dialog = window.connect_dialog
    assert dialog.isVisible() and dialog.stack.currentIndex() == PAGE_WAITING
    assert not dialog.picker.isVisible()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
    query = parse_qs(urlsplit(dialog.url).query)
    assert query["client_id"] == ["demo-client"]  # the one it was connected with
    assert len(engine.browser.opened) == 1  # one click, one browser tab
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels like the button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_esc_cancels_a_waiting_connect(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Esc while waiting cancels the attempt and goes back to the choice."""
    engine.browser.action = "nothing"
    window = window_for(engine)
    dialog = _waiting(qtbot, window)
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_CHOOSE, timeout=10000)
    assert dialog.isVisible()


def test_reconnect_as_someone_else_is_refused_plainly(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """Signing in as another person on Reconnect ends in plain words, nothing changed."""
    account = engine.connect("demo", label="Dana's workspace")
    engine.browser.user = "sam"
    window = window_for(engine)
    window.reconnect(account.id)
    dialog = window.connect_dialog
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_ERROR, timeout=30000)
    assert dialog.error.message.text().startswith("You signed in as ")
    assert not dialog.session_button.isVisible()


def test_no_keychain_offers_session_only_on_the_error(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """A VaultError while connecting offers session-only mode right there; it connects."""
    from desktop_app.core.storage.vault import KeyringVault

    class Locked(KeyringVault):
        def probe(self) -> None:
            raise VaultError("The system keychain is locked. Unlock it and try again.")

    engine.vault = Locked()
    window = window_for(engine)
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_ERROR, timeout=15000)
    assert dialog.session_button.isVisible()
    with qtbot.waitSignal(window.accounts_loaded, timeout=30000):
        dialog.session_button.click()
    assert engine.vault.session_only
    assert window.model.rowCount() == 1 and window.model.account_at(0).session_only
    assert "forgotten when you quit" in window.banner.text.text()


def test_result_page_is_sized_to_its_content(qtbot: Any, window_for: Any, engine: Any) -> None:
    """The error page has no large empty area; Details makes room when opened."""
    engine.browser.action = "deny"
    window = window_for(engine)
    dialog = window.connect_account("demo")
    assert dialog.height() >= 400  # the choice needs room
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_ERROR, timeout=30000)
    closed = dialog.height()
    assert closed < 260, closed
    dialog.error.toggle.click()
    assert dialog.height() > closed
    waiting = dialog.stack.widget(PAGE_WAITING)
    assert waiting.sizeHint().height() < 400  # with the paste-back field


def test_empty_state_stays_visible_behind_connect(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Opened over the empty state, the dialog sits below its text and buttons."""
    window = window_for(engine)
    window.resize(1180, 900)
    qtbot.waitUntil(lambda: window.empty.content_rect().isValid())
    dialog = window.connect_account()
    content = window.empty.content_rect()
    top = window.empty.mapToGlobal(content.topLeft())
    bottom = window.empty.mapToGlobal(content.bottomRight())
    frame = dialog.frameGeometry()
    assert frame.top() > bottom.y(), (frame, top, bottom)
    assert window.empty.isVisible()


def test_name_placeholder_follows_the_family(qtbot: Any, settings: Any) -> None:
    """ "Main store" is Clover's wording only; others get a neutral example."""
    from types import SimpleNamespace

    from desktop_app.core.providers.profiles import default_registry
    from desktop_app.ui.connect.dialog import ConnectDialog

    dialog = ConnectDialog(SimpleNamespace(registry=default_registry()), settings)
    qtbot.addWidget(dialog)
    dialog.picker.select_profile("clover-eu")
    assert "Main store" in dialog.picker.label.placeholderText()
    dialog.picker.select_profile("cloverleaf")
    assert "Main store" not in dialog.picker.label.placeholderText()
    assert "Main office" in dialog.picker.label.placeholderText()


def test_urls_never_break_inside(qapp: Any) -> None:
    """A narrow label wraps around a URL, never inside it (no "http://⏎127.0.0.1")."""
    url = "http://127.0.0.1:45123/oidc"
    text = unbreakable_urls(f"Could not read the configuration at {url}: refused.")
    layout = QTextLayout(text, qapp.font())
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(60)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    assert any(url in line.replace("\u2060", "") for line in lines), lines
    long = unbreakable_urls("at https://example.com/" + "a" * 200 + ".").replace("\u2060", "")
    assert "…" in long and long.endswith(".") and len(long) < 80
