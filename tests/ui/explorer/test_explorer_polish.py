"""Explorer polish: the preset box tells the truth, the Raw tab shows JSON indented."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.core.api.calls import ApiResponse
from desktop_app.ui.explorer.request_editor import CHOOSE, CUSTOM

from .test_explorer_widget import send, wait_for_real_base


def choose_preset(qtbot: Any, explorer: Any, row: int) -> None:
    """As a person does: open the box and pick a row (``activated``)."""
    combo = explorer.editor.preset_combo
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_preset_box_says_custom_once_the_request_is_edited(qtbot: Any, explorer: Any) -> None:
    """Typing in the address after choosing "Me" turns the box to "Custom request"."""
    combo = explorer.editor.preset_combo
    choose_preset(qtbot, explorer, 1)
    assert combo.currentText().endswith("Me") and explorer.editor.url_edit.text().endswith("/me")
    qtbot.keyClicks(explorer.editor.url_edit, "?x=1")
    assert combo.currentIndex() == 0 and combo.currentText() == CUSTOM


def test_every_kind_of_edit_counts(qtbot: Any, explorer: Any) -> None:
    """Method, query, headers and body edits each make the request custom."""
    editor = explorer.editor

    def change_method() -> None:
        editor.method_combo.setCurrentIndex(1)
        editor.method_combo.activated.emit(1)  # what a choice in the open list sends

    def edit_query() -> None:
        editor.params.add_row("page", "2")  # "Add row" alone changes nothing yet
        editor.params.table.item(0, 1).setText("3")  # as typed into the cell

    def edit_headers() -> None:
        editor.headers.add_row("Accept", "")
        editor.headers.table.item(0, 1).setText("application/json")

    def type_body() -> None:
        qtbot.keyClicks(editor.body_edit, "{}")

    for edit in (change_method, edit_query, edit_headers, type_body):
        choose_preset(qtbot, explorer, 1)
        assert editor.preset_combo.currentIndex() == 1
        edit()
        assert editor.preset_combo.currentText() == CUSTOM, edit.__name__


def test_loading_a_preset_or_history_is_not_an_edit(qtbot: Any, explorer: Any) -> None:
    """Filling the editor from a preset keeps its name; a history entry shows the prompt."""
    combo = explorer.editor.preset_combo
    choose_preset(qtbot, explorer, 2)
    assert combo.currentIndex() == 2
    explorer.editor.load("https://example.test/api/items?page=1", "GET", body="")
    explorer.editor.reset_preset()
    assert combo.currentIndex() == 0 and combo.currentText() == CHOOSE
    choose_preset(qtbot, explorer, 1)
    assert combo.itemText(0) == CHOOSE  # the prompt is back for the next edit


def test_raw_json_is_indented(qtbot: Any, explorer: Any, engine: Any) -> None:
    """A small JSON answer reads indented in Raw; Save still writes the bytes received."""
    wait_for_real_base(qtbot, explorer, engine)
    send(qtbot, explorer, "/api/me")
    raw = explorer.response.raw_view
    qtbot.waitUntil(lambda: not raw.busy, timeout=5000)
    text = raw.text.toPlainText()
    assert text.startswith('{\n  "') and json.loads(text)["email"] == "dana@demo.loopgate.test"
    assert raw._original != text.encode() and json.loads(raw._original) == json.loads(text)


def test_mid_sized_json_is_indented_by_the_worker_process(
    qtbot: Any, explorer: Any, engine: Any
) -> None:
    """1 MB (parsed in the worker process, not the GUI's): indented there, shown paged."""
    wait_for_real_base(qtbot, explorer, engine)
    send(qtbot, explorer, "/api/large?mb=1")
    raw = explorer.response.raw_view
    qtbot.waitUntil(lambda: not raw.busy and raw.text.toPlainText() != "", timeout=20000)
    lines = raw.text.toPlainText().splitlines()
    assert lines[0] == "{" and lines[1].startswith('  "')
    assert "not indented" not in raw.note.text()


def test_a_large_json_body_says_it_is_shown_as_received(qtbot: Any) -> None:
    """Over the limit the body is shown as it came, and the note says why."""
    from desktop_app.core.api.json_index import LocalJsonDocument
    from desktop_app.ui.explorer.response_view import NOT_INDENTED, ResponsePane

    pane = ResponsePane()
    qtbot.addWidget(pane)
    body = b'{"a":[1,2,3]}'
    headers = (("Content-Type", "application/json"),)
    response = ApiResponse(200, "OK", headers, body, 5.0, "https://x.test/api")
    pane.show_response(response, LocalJsonDocument(json.loads(body)), "", b"")
    qtbot.waitUntil(lambda: not pane.raw_view.busy, timeout=3000)
    assert pane.raw_view.text.toPlainText() == body.decode()
    assert pane.raw_view.note.text() == NOT_INDENTED
    assert pane.tabs.currentIndex() == 0  # the tree stays the first view
