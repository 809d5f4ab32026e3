"""Explorer details from QA: cancelled calls, history clicks, search, sizes, copied notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.api.calls import ApiResponse
from desktop_app.core.storage.history import HistoryEntry
from desktop_app.ui.explorer.history_list import describe_entry
from desktop_app.ui.explorer.sizes import human_size

from .test_explorer_widget import newest_entry, send, wait_for_real_base


def test_cancelled_entry_says_cancelled() -> None:
    """A cancelled call is "cancelled", not "failed · 0 ms"; a real failure stays "failed"."""
    cancelled = HistoryEntry(
        1.0, "GET", "https://x/api/large", None, 0.0, 0, error="The request was cancelled."
    )
    failed = HistoryEntry(1.0, "GET", "https://x/api", None, 0.0, 0, error="Could not reach x.")
    assert "cancelled" in describe_entry(cancelled)
    assert "failed" not in describe_entry(cancelled) and "0 ms" not in describe_entry(cancelled)
    assert "failed" in describe_entry(failed) and "0 ms" not in describe_entry(failed)


def test_cancel_is_listed_as_cancelled(qtbot: Any, explorer: Any, engine: Any) -> None:
    """After Cancel, the history's newest entry reads "cancelled"."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.editor.url_edit.setText(explorer.editor.api_base + "/api/large")
    explorer.editor.params.set_pairs([("mb", "50")])
    explorer.send()
    explorer.cancel()
    listing = explorer.history.list
    qtbot.waitUntil(lambda: "cancelled" in newest_entry(listing), timeout=20000)
    assert "failed" not in listing.item(0).text()


def test_history_click_resets_preset_and_response(qtbot: Any, explorer: Any, engine: Any) -> None:
    """Loading an earlier request drops the old preset name and the old answer."""
    wait_for_real_base(qtbot, explorer, engine)
    send(qtbot, explorer, "/api/items?page=2&per_page=5")
    explorer.editor.preset_combo.setCurrentIndex(1)
    explorer.editor.apply_preset(0)
    explorer.send()
    qtbot.waitUntil(lambda: "200" in explorer.response.summary.text(), timeout=20000)
    listing = explorer.history.list
    qtbot.waitUntil(
        lambda: listing.count() >= 2 and "/api/me" in newest_entry(listing), timeout=5000
    )
    listing.itemClicked.emit(listing.item(1))
    assert explorer.editor.url_edit.text().endswith("/api/items")
    assert explorer.editor.preset_combo.currentIndex() == 0
    assert "200" not in explorer.response.summary.text()
    assert explorer.response.tree_view.model.document is None


def test_new_response_reruns_the_search(qtbot: Any, explorer: Any, engine: Any) -> None:
    """The count always belongs to the response on screen: "1 of 1 match", then "No matches"."""
    wait_for_real_base(qtbot, explorer, engine)
    send(qtbot, explorer, "/api/me")
    tree = explorer.response.tree_view
    tree.search_edit.setText("dana@demo")
    tree.search()
    qtbot.waitUntil(lambda: tree.search_status.text() == "1 of 1 match", timeout=5000)
    send(qtbot, explorer, "/api/items?page=1&per_page=2")
    qtbot.waitUntil(lambda: tree.search_status.text() == "No matches", timeout=5000)
    assert tree.search_edit.text() == "dana@demo" and tree.hits == []


def test_one_size_format_everywhere(qtbot: Any) -> None:
    """Decimal megabytes (10^6 bytes) in the summary, the raw pane and the helper alike."""
    from desktop_app.ui.explorer.response_view import ResponsePane

    assert human_size(10_000_000) == "10 MB"
    assert human_size(9_500_000) == "9.5 MB"
    assert human_size(1_500) == "1.5 kB" and human_size(999) == "999 bytes"
    pane = ResponsePane()
    qtbot.addWidget(pane)
    body = b"x" * 10_000_000
    response = ApiResponse(200, "OK", (("Content-Type", "text/plain"),), body, 5.0, "https://x")
    pane.show_response(response, None, "")
    assert "10 MB" in pane.summary.text()
    assert "of 10 MB" in pane.raw_view.note.text() and "10.0" not in pane.raw_view.note.text()
    assert "first 1 MB" in pane.raw_view.note.text()


def test_copied_note_clears(qtbot: Any, explorer: Any, engine: Any) -> None:
    """ "Copied …" fades after a while, at once when the checkbox changes or the account does."""
    wait_for_real_base(qtbot, explorer, engine)
    explorer.note_ms = 200
    clipboard = QApplication.clipboard()
    explorer.copy_curl()
    qtbot.waitUntil(lambda: explorer.curl_status.text().startswith("Copied"), timeout=5000)
    qtbot.waitUntil(lambda: explorer.curl_status.text() == "", timeout=3000)
    explorer.note_ms = 60_000
    explorer.confirm_real_token = lambda: True
    explorer.real_token_check.setChecked(True)
    explorer.copy_curl()
    qtbot.waitUntil(lambda: "real token" in explorer.curl_status.text(), timeout=5000)
    assert "curl" in clipboard.text()
    qtbot.mouseClick(explorer.real_token_check, Qt.MouseButton.LeftButton)
    assert not explorer.real_token_check.isChecked() and explorer.curl_status.text() == ""
    explorer.copy_curl()
    qtbot.waitUntil(lambda: explorer.curl_status.text().startswith("Copied"), timeout=5000)
    explorer.real_token_check.setChecked(True)
    from desktop_app.core.storage.accounts import Account

    explorer.set_account(Account(id="other", profile_id="demo", label="Other"))
    assert explorer.curl_status.text() == "" and not explorer.real_token_check.isChecked()
