"""Token inspector states from QA: copied notes, a reconnect-needed account, the ID token row."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.core.storage.accounts import Account

NO_TOKENS = "No tokens are stored for this account — it needs to be reconnected."


def open_inspector(qtbot: Any, engine: Any, account: Any) -> Any:
    from desktop_app.ui.inspector.widget import TokenInspector

    widget = TokenInspector(reveal_ms=300)
    qtbot.addWidget(widget)
    widget.set_engine(engine)
    widget.set_account(account)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_copied_note_fades_and_clears_on_account_change(qtbot: Any, engine: Any) -> None:
    """ "copied" next to a token goes after a few seconds, and at once for another account."""
    account = engine.connect("demo", timeout=30)
    inspector = open_inspector(qtbot, engine, account)
    qtbot.waitUntil(lambda: inspector._tokens is not None, timeout=10000)
    row = inspector.rows["access_token"]
    row.note_ms = 200
    row.copy_button.click()
    assert row.note.text() == "copied; clears in 60 s"
    qtbot.waitUntil(lambda: row.note.text() == "", timeout=3000)
    row.note_ms = 60_000
    row.header_button.click()
    assert row.note.text() == "header copied; clears in 60 s"
    inspector.set_account(Account(id="other", profile_id="demo", label="Other"))
    assert row.note.text() == ""


def test_reconnect_needed_account_without_tokens(qtbot: Any, engine: Any) -> None:
    """No tokens in the keychain: one plain sentence, no stale times, no raw error code."""
    account = engine.connect("demo", timeout=30)
    engine.vault.delete_tokens(account.id)
    engine.store.update(account.id, lambda a: a.with_changes(status="reconnect_needed"))
    inspector = open_inspector(qtbot, engine, engine.store.get(account.id))
    qtbot.waitUntil(lambda: inspector.message.text() == NO_TOKENS, timeout=10000)
    assert "no_tokens" not in inspector.message.text()
    for key in ("issued", "expires", "refresh_expires"):
        assert not inspector.facts[key].isVisibleTo(inspector), key
    for row in inspector.rows.values():
        assert not row.isVisibleTo(inspector)
    assert "Reconnect needed" in inspector.facts["status"].text()


def test_id_token_row_after_a_refresh(qtbot: Any, engine: Any) -> None:
    """After a renewal the ID token row is still there (kept, or plainly "No ID token")."""
    account = engine.connect("demo", timeout=30)
    engine.tokens.fresh_tokens(account.id, force=True)
    inspector = open_inspector(qtbot, engine, engine.store.get(account.id))
    qtbot.waitUntil(lambda: inspector._tokens is not None, timeout=10000)
    row = inspector.rows["id_token"]
    assert row.isVisibleTo(inspector)
    assert "hidden" in row.field.text() and inspector._tokens.id_token
    tokens = engine.vault.get_tokens(account.id)
    engine.vault.put_tokens(account.id, replace(tokens, id_token=""))
    inspector.set_account(None)
    inspector.set_account(engine.store.get(account.id))
    qtbot.waitUntil(lambda: row.field.text() == "No ID token", timeout=10000)
    assert row.isVisibleTo(inspector)
    assert not row.reveal_button.isEnabled() and not row.copy_button.isEnabled()


def test_reload_of_the_same_account_keeps_a_revealed_token(qtbot: Any, engine: Any) -> None:
    """None then the same account (a list reload) neither re-masks nor flickers the rows."""
    account = engine.connect("demo", timeout=30)
    inspector = open_inspector(qtbot, engine, account)
    qtbot.waitUntil(lambda: inspector._tokens is not None, timeout=10000)
    row = inspector.rows["access_token"]
    row.reveal_ms = 60_000
    row.reveal_button.click()
    inspector.set_account(None)
    inspector.set_account(engine.store.get(account.id))
    qtbot.waitUntil(lambda: inspector.message.text() == "", timeout=10000)
    token = inspector._tokens.access_token
    assert row.revealed and row.field.text() == token
    inspector.set_account(None)  # and nothing selected afterwards: the token leaves the widget
    qtbot.waitUntil(lambda: not row.copy_button.isEnabled(), timeout=3000)
    assert token not in row.field.text() and not row.revealed


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive descendants without an objectName or accessibleName (Qt's own skipped)."""
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, interactive) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") or isinstance(parent, QLineEdit):
            continue  # a line edit's clear button
        if isinstance(parent, QFrame) and isinstance(parent.parentWidget(), QComboBox):
            continue  # a combo box's popup list
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_inspector_and_explorer_controls_are_named(qtbot: Any) -> None:
    """Every control has an objectName and an accessible name; shortcuts have names."""
    from desktop_app.ui.explorer import ApiExplorer
    from desktop_app.ui.inspector.widget import TokenInspector

    for widget in (TokenInspector(), ApiExplorer()):
        qtbot.addWidget(widget)
        assert unnamed_controls(widget) == [], type(widget).__name__
        for shortcut in widget.findChildren(QShortcut):
            assert shortcut.objectName()
