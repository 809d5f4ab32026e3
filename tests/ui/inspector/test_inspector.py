"""The token inspector against a Demo account connected through the real flow."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.common.times import local_label
from desktop_app.ui.inspector.format import claim_text, relative


@pytest.fixture
def inspector(qtbot: Any, engine: Any) -> Iterator[Any]:
    from desktop_app.ui.inspector.widget import TokenInspector

    account = engine.connect("demo", timeout=30)
    widget = TokenInspector(reveal_ms=300)
    qtbot.addWidget(widget)
    widget.set_engine(engine)
    widget.set_account(account)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget._tokens is not None, timeout=10000)
    yield widget


def test_tokens_are_masked_by_default(inspector: Any, engine: Any) -> None:
    """No token text is on screen until revealed; the length is."""
    assert inspector.objectName() == "tokenInspector"
    tokens = inspector._tokens
    for name in ("access_token", "refresh_token", "id_token"):
        field = inspector.rows[name].field
        assert getattr(tokens, name) not in field.text()
        assert "hidden" in field.text()


def test_reveal_shows_the_value_then_masks_again(qtbot: Any, inspector: Any) -> None:
    """Reveal is per token and times out by itself, with a visible countdown."""
    row = inspector.rows["access_token"]
    qtbot.mouseClick(row.reveal_button, Qt.MouseButton.LeftButton)
    assert row.field.text() == inspector._tokens.access_token
    assert "hides in" in row.countdown.text()
    assert "hidden" in inspector.rows["id_token"].field.text()
    qtbot.waitUntil(lambda: "hidden" in row.field.text(), timeout=3000)
    assert not row.revealed and row.countdown.text() == ""


def test_copy_buttons_use_the_clipboard(inspector: Any) -> None:
    """Copy puts the token, Copy header the whole Authorization header, on the clipboard."""
    row = inspector.rows["access_token"]
    row.header_button.click()
    assert (
        QApplication.clipboard().text() == f"Authorization: Bearer {inspector._tokens.access_token}"
    )
    row.copy_button.click()
    assert QApplication.clipboard().text() == inspector._tokens.access_token


def test_claims_table_converts_time_claims(qtbot: Any, inspector: Any) -> None:
    """exp is shown in local time plus "in …", with the raw number kept."""
    panel = inspector.claims
    qtbot.waitUntil(lambda: panel.combo.count() >= 1, timeout=5000)
    panel.combo.setCurrentIndex(panel.combo.findData("id_token"))
    table = panel.claims_table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    exp_value = panel._checks[panel.combo.currentIndex()].jwt.claims["exp"]
    assert rows["exp"].startswith(local_label(exp_value)) and "(in " in rows["exp"]
    assert rows["exp"].endswith(f"[{exp_value}]")
    assert rows["email"] == "dana@demo.loopgate.test"


def test_signature_verified_statement_for_demo_id_token(qtbot: Any, inspector: Any) -> None:
    """The id_token is verified against the demo JWKS and the statement names the key."""
    statement = inspector.findChild(QWidget, "signatureStatement")
    panel = inspector.claims
    qtbot.waitUntil(lambda: "Signature verified" in statement.text(), timeout=10000)
    panel.combo.setCurrentIndex(panel.combo.findData("id_token"))
    kid = inspector.claims._checks[inspector.claims.combo.currentIndex()].jwt.header["kid"]
    assert kid in statement.text() and "issuer, audience and expiry" in statement.text()


def test_raw_response_and_timeline_are_redacted(inspector: Any) -> None:
    """The raw response and the support-ticket text carry no secrets."""
    tokens = inspector._tokens
    raw = inspector.raw_response.toPlainText()
    assert "[REDACTED]" in raw and tokens.access_token not in raw
    inspector.copy_timeline_button.click()
    copied = QApplication.clipboard().text()
    assert "token" in copied and tokens.refresh_token not in copied


def test_empty_state(qtbot: Any) -> None:
    """No account selected: a friendly panel, not empty fields."""
    from desktop_app.ui.inspector.widget import TokenInspector

    widget = TokenInspector()
    qtbot.addWidget(widget)
    widget.set_account(None)
    assert widget.pages.currentIndex() == 0


def test_relative_and_claim_text() -> None:
    """Plain-words formatting of times and claim values."""
    assert relative(1000 + 240, 1000) == "in 4 min"
    assert relative(1000 - 30, 1000) == "30 s ago"
    assert claim_text("aud", ["a", "b"], 0) == "a, b"
    assert "[86400]" in claim_text("iat", 86400, 0)


def test_a_copied_token_is_marked_secret_and_cleared(
    inspector: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """The inspector's Copy marks the token for clipboard managers and clears it later."""
    from desktop_app.ui.common import clipboard as clipboard_module

    monkeypatch.setattr(clipboard_module, "CLEAR_AFTER_MS", 200)
    row = inspector.rows["access_token"]
    row.copy_button.click()
    data = QApplication.clipboard().mimeData()
    assert data.text() == inspector._tokens.access_token
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert "clears in" in row.note.text()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)
