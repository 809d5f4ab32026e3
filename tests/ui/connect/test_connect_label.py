"""Connecting the same identity again through the dialog keeps the account's name."""

from __future__ import annotations

from typing import Any


def _connect(qtbot: Any, dialog: Any, label: str | None = None) -> Any:
    """Types ``label`` if given, starts (a Reconnect has started already), returns the account."""
    if label is not None:
        dialog.picker.label.setText(label)
    with qtbot.waitSignal(dialog.connected, timeout=20000) as signal:
        if dialog._task is None:
            dialog.start()
    dialog.accept()
    return signal.args[0]


def test_reconnect_and_connect_again_keep_the_name_unless_a_new_one_is_typed(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """Reconnect (name pre-filled) and a plain Connect (name empty) keep "Front desk"."""
    account = engine.connect("demo", label="Front desk", timeout=20)
    window = window_for(engine)
    window.reconnect(account.id)
    again = _connect(qtbot, window.connect_dialog)
    assert (again.id, again.label) == (account.id, "Front desk")
    again = _connect(qtbot, window.connect_account("demo"))
    assert (again.id, again.label) == (account.id, "Front desk")
    renamed = _connect(qtbot, window.connect_account("demo"), "Reception")
    assert (renamed.id, renamed.label) == (account.id, "Reception")
    assert [a.label for a in engine.accounts()] == ["Reception"]
