"""The explorer inside the real main window: a renewal reloads the list, the answer stays."""

from __future__ import annotations

from typing import Any

import pytest

from .test_explorer_reload import expire_tokens

pytestmark = pytest.mark.slow


def test_answer_survives_the_windows_reload(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Expired token in the real window: renew, reload, and the 200 with its note stays."""
    from desktop_app.ui.explorer import ApiExplorer

    account = engine.connect("demo", timeout=30)
    window = window_for(engine)
    qtbot.waitUntil(
        lambda: isinstance(window.detail.widgets.get("apiExplorer"), ApiExplorer), timeout=20000
    )
    explorer = window.detail.widgets["apiExplorer"]
    assert window.table.select_account(account.id)
    real = engine.resolved_profile("demo").api_base
    qtbot.waitUntil(lambda: explorer.editor.api_base == real, timeout=10000)
    expire_tokens(engine, account.id)
    explorer.editor.apply_preset(0)
    with qtbot.waitSignal(window.accounts_loaded, timeout=20000):
        explorer.send()
    qtbot.waitUntil(lambda: "200" in explorer.response.summary.text(), timeout=20000)
    with qtbot.waitSignal(window.accounts_loaded, timeout=20000):
        window.reload_accounts()
    assert "200" in explorer.response.summary.text()
    assert "renewed" in explorer.response.note.text()
    assert explorer.editor.url_edit.text().endswith("/api/me")
