"""The API explorer against the live demo provider (one widget, real engine, no sleeps)."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop_app.core.storage.accounts import Account, AccountIdentity
from desktop_app.demo_provider.server import CLIENT_ID


def send(qtbot: Any, explorer: Any, path: str) -> None:
    explorer.editor.url_edit.setText(explorer.editor.api_base.rstrip("/") + path)
    explorer.editor.params.set_pairs([])
    qtbot.mouseClick(explorer.findChild(QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explorer.send_button.isEnabled(), timeout=20000)


def newest_entry(listing: Any) -> str:
    """The history's top line, or "" while the first load is still on its way."""
    return listing.item(0).text() if listing.count() else ""


def wait_for_real_base(qtbot: Any, explorer: Any, engine: Any) -> None:
    real = engine.resolved_profile("demo").api_base
    qtbot.waitUntil(lambda: explorer.editor.api_base == real, timeout=5000)


def test_presets_fill_placeholders_from_the_account(qtbot: Any, engine: Any) -> None:
    """A Clover preset's {merchant_id} is filled from the account; the query goes to the table."""
    from desktop_app.ui.explorer import ApiExplorer

    explorer = ApiExplorer()
    qtbot.addWidget(explorer)
    explorer.set_engine(engine)
    account = Account(
        id="acct1",
        profile_id="clover-sandbox",
        label="Shop",
        identity=AccountIdentity(ids={"merchant_id": "M123"}),
    )
    explorer.set_account(account)
    assert explorer.objectName() == "apiExplorer"
    assert explorer.editor.url_edit.text() == "https://apisandbox.dev.clover.com/"
    explorer.editor.apply_preset(0)
    assert explorer.editor.url_edit.text() == "https://apisandbox.dev.clover.com/v3/merchants/M123"
    assert explorer.editor.params.pairs() == (("expand", "owner"),)
    assert explorer.editor.request().url.endswith("/v3/merchants/M123?expand=owner")
    explorer.set_account(None)
    assert explorer.pages.currentIndex() == 0


def test_send_shows_status_and_json_tree(qtbot: Any, explorer: Any, engine: Any) -> None:
    """GET /api/me: 200 in the summary, the tree lists the fields, raw text has the body."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.editor.apply_preset(0)  # Demo "Me"
    qtbot.mouseClick(explorer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "200" in explorer.response.summary.text(), timeout=20000)
    model = explorer.response.tree_view.model
    keys = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert {"email", "name", "sub"} <= keys
    raw = explorer.findChild(QWidget, "responseView")
    qtbot.waitUntil(lambda: "dana@demo.loopgate.test" in raw.toPlainText(), timeout=5000)


def test_cancel_a_50mb_download(qtbot: Any, explorer: Any, engine: Any) -> None:
    """Cancel ends the in-flight state at once and nothing from that call is shown."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.editor.url_edit.setText(explorer.editor.api_base + "/api/large")
    explorer.editor.params.set_pairs([("mb", "50")])
    explorer.send()
    assert explorer.busy.isVisibleTo(explorer) and explorer.cancel_button.isEnabled()
    qtbot.mouseClick(explorer.cancel_button, Qt.MouseButton.LeftButton)
    assert explorer.send_button.isEnabled() and not explorer.cancel_button.isEnabled()
    assert "Cancelled" in explorer.response.summary.text()
    from desktop_app.ui.common.background import wait_for_all

    assert wait_for_all(20000)
    qtbot.wait(50)  # let the cancelled call's late callback arrive (and be ignored)
    assert "Cancelled" in explorer.response.summary.text()
    assert explorer.response.tree_view.model.document is None


def test_rejected_token_is_renewed_and_resent(qtbot: Any, explorer: Any, engine: Any) -> None:
    """A revoked access token: 401 → refresh → resend, the note says so, accounts_changed."""
    wait_for_real_base(qtbot, explorer, engine)
    account = explorer._account
    token = engine.tokens.current(account.id).access_token
    issuer = engine.resolved_profile("demo").issuer
    answer = requests.post(
        f"{issuer}/revoke", data={"token": token, "client_id": CLIENT_ID}, timeout=10
    )
    assert answer.status_code == 200
    explorer.editor.apply_preset(0)
    with qtbot.waitSignal(explorer.accounts_changed, timeout=20000):
        explorer.send()
    assert "200" in explorer.response.summary.text()
    assert "rejected the token (401)" in explorer.response.note.text()
    assert engine.tokens.current(account.id).access_token != token


def test_copy_as_curl_uses_token_placeholder(qtbot: Any, explorer: Any, engine: Any) -> None:
    """The curl command carries $TOKEN unless the user confirms the real token."""
    wait_for_real_base(qtbot, explorer, engine)
    clipboard = QApplication.clipboard()
    clipboard.clear()
    explorer.editor.apply_preset(0)
    explorer.copy_curl()
    qtbot.waitUntil(lambda: "curl" in clipboard.text(), timeout=5000)
    assert "Bearer $TOKEN" in clipboard.text() and "/api/me" in clipboard.text()
    explorer.confirm_real_token = lambda: False
    explorer.real_token_check.setChecked(True)
    assert not explorer.real_token_check.isChecked()
    explorer.confirm_real_token = lambda: True
    explorer.real_token_check.setChecked(True)
    clipboard.clear()
    explorer.copy_curl()
    token = engine.tokens.current(explorer._account.id).access_token
    qtbot.waitUntil(lambda: token in clipboard.text(), timeout=5000)
    marker = clipboard.mimeData().data("x-kde-passwordManagerHint")
    assert bytes(marker.data()) == b"secret"  # the real token goes as a secret
    assert "clears from the clipboard in 60 s" in explorer.curl_status.text()


def test_history_lists_calls_without_the_token(qtbot: Any, explorer: Any, engine: Any) -> None:
    """After a call the history shows it; no entry carries the token; a click reloads it."""
    wait_for_real_base(qtbot, explorer, engine)
    send(qtbot, explorer, "/api/items?page=2&per_page=5")
    listing = explorer.history.list
    qtbot.waitUntil(lambda: "/api/items" in newest_entry(listing), timeout=5000)
    token = engine.tokens.current(explorer._account.id).access_token
    entry = listing.item(0).data(Qt.ItemDataRole.UserRole)
    assert token not in repr(entry) and "→ 200" in listing.item(0).text()
    explorer.editor.url_edit.setText("")
    listing.itemClicked.emit(listing.item(0))
    assert explorer.editor.url_edit.text().endswith("/api/items")
    assert ("page", "2") in explorer.editor.params.pairs()


def test_errors_are_shown_inline_with_details(qtbot: Any, explorer: Any, engine: Any) -> None:
    """A foreign host is refused: a plain message, the detail one click away, no traceback."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.editor.url_edit.setText("https://elsewhere.example/api")
    explorer.send()
    qtbot.waitUntil(lambda: explorer.response.error.isVisibleTo(explorer), timeout=10000)
    assert "not one of this provider's addresses" in explorer.response.error.text()
    assert "Traceback" not in explorer.response.details.text()
    assert not explorer.response.details.isVisibleTo(explorer)
    explorer.response.details_button.click()
    assert explorer.response.details.isVisibleTo(explorer)


def test_copy_as_curl_refuses_an_address_the_token_may_not_go_to(
    qtbot: Any, explorer: Any, engine: Any
) -> None:
    """The review's backslash address: no command with the real token, a plain reason."""
    wait_for_real_base(qtbot, explorer, engine)
    clipboard = QApplication.clipboard()
    clipboard.setText("untouched")
    explorer.confirm_real_token = lambda: True
    explorer.real_token_check.setChecked(True)
    demo = engine.resolved_profile("demo").api_base.split("//", 1)[1]
    explorer.editor.url_edit.setText(f"http://127.0.0.2:38998\\@{demo}/x")
    explorer.copy_curl()
    qtbot.waitUntil(lambda: "Could not copy" in explorer.curl_status.text(), timeout=5000)
    assert "backslash" in explorer.curl_status.text()
    assert clipboard.text() == "untouched"
