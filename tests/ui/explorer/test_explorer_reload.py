"""The explorer keeps its work when the main window reloads the account list."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import requests
from PySide6.QtCore import Qt

from desktop_app.core.storage.accounts import Account
from desktop_app.demo_provider.server import CLIENT_ID

from .test_explorer_widget import wait_for_real_base

RECONNECT_TEXT = "This account needs to be reconnected before it can call the API."


def reload(explorer: Any, engine: Any, account_id: str) -> None:
    """What the main window does after any renewal: selection cleared, then restored."""
    explorer.set_account(None)
    explorer.set_account(engine.store.get(account_id))


def follow_reloads(explorer: Any, engine: Any) -> None:
    account_id = explorer._account.id
    explorer.accounts_changed.connect(lambda: reload(explorer, engine, account_id))


def expire_tokens(engine: Any, account_id: str, **changes: Any) -> None:
    tokens = engine.vault.get_tokens(account_id)
    engine.vault.put_tokens(account_id, replace(tokens, expires_at=time.time() - 10, **changes))


def test_same_account_again_keeps_request_and_response(
    qtbot: Any, explorer: Any, engine: Any
) -> None:
    """set_account(None) then the same id: editor, preset, response and note all stay."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.editor.preset_combo.setCurrentIndex(1)
    explorer.editor.apply_preset(0)
    explorer.editor.params.set_pairs([("x", "1")])
    explorer.send()
    qtbot.waitUntil(lambda: "200" in explorer.response.summary.text(), timeout=20000)
    url = explorer.editor.url_edit.text()
    reload(explorer, engine, explorer._account.id)
    explorer.set_account(engine.store.get(explorer._account.id))
    assert explorer.pages.currentIndex() == 1
    assert explorer.editor.url_edit.text() == url and url.endswith("/api/me")
    assert explorer.editor.params.pairs() == (("x", "1"),)
    assert explorer.editor.preset_combo.currentIndex() == 1
    assert "200" in explorer.response.summary.text()
    assert explorer.response.tree_view.model.document is not None


def test_renewal_mid_flight_still_shows_the_answer(qtbot: Any, explorer: Any, engine: Any) -> None:
    """Expired token: Send renews, the list reloads mid-flight, the 200 and the note show."""
    wait_for_real_base(qtbot, explorer, engine)
    follow_reloads(explorer, engine)
    account_id = explorer._account.id
    expire_tokens(engine, account_id)
    explorer.editor.apply_preset(0)
    with qtbot.waitSignal(explorer.accounts_changed, timeout=20000):
        explorer.send()
        reload(explorer, engine, account_id)  # e.g. the health monitor saw the renewal
    assert "200" in explorer.response.summary.text()
    assert "renewed" in explorer.response.note.text()
    assert explorer.response.note.isVisibleTo(explorer)
    assert explorer.editor.url_edit.text().endswith("/api/me")


def test_reconnect_needed_error_survives_the_reload(qtbot: Any, explorer: Any, engine: Any) -> None:
    """A dead refresh token: the plain error stays visible and Send is disabled after it."""
    wait_for_real_base(qtbot, explorer, engine)
    follow_reloads(explorer, engine)
    expire_tokens(engine, explorer._account.id, refresh_token="not-a-real-refresh-token")
    explorer.editor.apply_preset(0)
    with qtbot.waitSignal(explorer.accounts_changed, timeout=20000):
        explorer.send()
    assert explorer._account.status == "reconnect_needed"
    error = explorer.response.error
    assert error.isVisibleTo(explorer) and "reconnect" in error.text().lower()
    assert "Traceback" not in explorer.response.details.text()
    assert not explorer.send_button.isEnabled()
    assert explorer.reconnect_note.isVisibleTo(explorer)
    assert explorer.reconnect_note.text() == RECONNECT_TEXT


def test_a_different_account_starts_afresh(qtbot: Any, explorer: Any, engine: Any) -> None:
    """Only another account id resets the editor and the response."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.editor.apply_preset(0)
    explorer.send()
    qtbot.waitUntil(lambda: "200" in explorer.response.summary.text(), timeout=20000)
    explorer.set_account(None)
    explorer.set_account(Account(id="other", profile_id="demo", label="Other"))
    assert not explorer.editor.url_edit.text().endswith("/api/me")
    assert "No response yet" in explorer.response.summary.text()


def test_reconnect_needed_account_cannot_send(qtbot: Any, engine: Any) -> None:
    """Send is disabled and the label says why, instead of promising the token."""
    from desktop_app.ui.explorer import ApiExplorer

    explorer = ApiExplorer()
    qtbot.addWidget(explorer)
    explorer.set_engine(engine)
    account = Account(id="dead", profile_id="demo", label="Dead", status="reconnect_needed")
    explorer.set_account(account)
    assert not explorer.send_button.isEnabled()
    assert explorer.reconnect_note.isVisibleTo(explorer)
    assert explorer.reconnect_note.text() == RECONNECT_TEXT
    assert "added for you" not in explorer.account_label.text()
    explorer.send()
    assert explorer._task is None
    explorer.set_account(replace(account, status="connected"))
    assert explorer.send_button.isEnabled()
    assert "added for you" in explorer.account_label.text()
    assert not explorer.reconnect_note.isVisibleTo(explorer)
    explorer.shutdown()


def test_ctrl_enter_sends_and_escape_cancels(qtbot: Any, explorer: Any, engine: Any) -> None:
    """Ctrl+Enter from the body editor sends; Esc cancels the call in flight."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.activateWindow()
    qtbot.waitUntil(explorer.isActiveWindow, timeout=5000)
    explorer.editor.url_edit.setText(explorer.editor.api_base + "/api/large")
    explorer.editor.params.set_pairs([("mb", "50")])
    explorer.editor.body_edit.setFocus()
    qtbot.keyClick(
        explorer.editor.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert explorer._task is not None and explorer.cancel_button.isEnabled()
    assert explorer.editor.body_edit.toPlainText() == ""
    qtbot.keyClick(explorer.editor.body_edit, Qt.Key.Key_Escape)
    assert explorer._task is None and explorer.send_button.isEnabled()
    assert "Cancelled" in explorer.response.summary.text()
    for shortcut in (explorer.send_shortcut, explorer.cancel_shortcut):
        assert shortcut.objectName()


def test_renewed_and_resent_note_survives_the_reload(
    qtbot: Any, explorer: Any, engine: Any
) -> None:
    """A revoked token: 401 → renew → resend; the note is still there after the reload."""
    wait_for_real_base(qtbot, explorer, engine)
    follow_reloads(explorer, engine)
    token = engine.tokens.current(explorer._account.id).access_token
    issuer = engine.resolved_profile("demo").issuer
    answer = requests.post(
        f"{issuer}/revoke", data={"token": token, "client_id": CLIENT_ID}, timeout=10
    )
    assert answer.status_code == 200
    explorer.editor.apply_preset(0)
    with qtbot.waitSignal(explorer.accounts_changed, timeout=20000):
        explorer.send()
        reload(explorer, engine, explorer._account.id)
    assert "200" in explorer.response.summary.text()
    assert "renewed it and resent" in explorer.response.note.text()
    assert explorer.response.note.isVisibleTo(explorer)
