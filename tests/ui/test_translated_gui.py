"""The whole GUI in Spanish (Latin America) and French (Canada): no English left.

A real window with a connected Demo account and two more (one at Clio, one at Clover
that needs reconnecting) is opened in each language, offscreen; then every panel and
dialog a person can reach is shown in turn and every text on it read (``english_left``):
labels, buttons, tooltips, accessible names, placeholders, window titles, menus, table
headers and cells, status words. None may still carry Loopgate's English.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account, AccountIdentity
from desktop_app.ui.common.background import wait_for_all
from desktop_app.ui.common.i18n import FRENCH, SPANISH, install_language
from tests.ui.english_left import Seen, english_fragments, english_in, visible_texts


@pytest.fixture(params=[SPANISH, FRENCH])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """Installed before any window exists, as the app's own start-up does."""
    install_language(request.param, system=QLocale("C"))
    yield request.param


def _sample_accounts(engine: Any) -> None:
    now = time.time()
    engine.store.upsert(
        Account(
            id="sample-clio",
            profile_id="clio-ca",
            label="Cabinet Tremblay",
            identity=AccountIdentity(subject="3482", name="Priya Natarajan", email="p@x.ca"),
            expires_at=now + 6 * 86400,
            issued_at=now - 86400,
            has_refresh_token=True,
            created_at=now,
        )
    )
    engine.store.upsert(
        Account(
            id="sample-clover",
            profile_id="clover-la",
            label="Panadería Sol",
            identity=AccountIdentity(subject="MXK2", name="Sol", ids={"merchant_id": "MXK2"}),
            status=RECONNECT_NEEDED,
            last_error="This connection has expired or was revoked. Please reconnect the account.",
            created_at=now,
        )
    )


@pytest.fixture
def window(language: str, window_for: Any, engine: Any, qtbot: Any) -> Any:
    """The main window with three accounts, the Demo one selected and its tabs built."""
    demo = engine.connect("demo", label="Sucursal 1", timeout=30)
    _sample_accounts(engine)
    built = window_for(engine)
    built.reload_accounts(select_id=demo.id)
    qtbot.waitUntil(lambda: built.model.rowCount() == 3, timeout=10000)
    qtbot.waitUntil(lambda: built.detail.ready, timeout=20000)
    built.table.select_account(demo.id)
    inspector = built.detail.widgets["tokenInspector"]
    qtbot.waitUntil(lambda: inspector._tokens is not None, timeout=10000)
    qtbot.waitUntil(lambda: not inspector.message.isVisible(), timeout=20000)
    return built


class Sweep:
    """Collects what each state of the GUI shows, then reports any English in it."""

    def __init__(self, language: str) -> None:
        self.fragments = english_fragments(language)
        self.found: list[Seen] = []
        self.states = 0

    def read(self, widget: QWidget, state: str) -> None:
        QApplication.processEvents()
        self.states += 1
        texts = visible_texts(widget)
        assert texts, f"{state}: nothing to read"
        self.found += [
            Seen(f"{state} / {s.where}", s.text) for s in english_in(texts, self.fragments)
        ]

    def assert_clean(self) -> None:
        report = "\n".join(f"{s.where}: {s.text!r}" for s in self.found[:25])
        assert not self.found, f"English left in {len(self.found)} places:\n{report}"


def test_main_window_and_its_panels_speak_the_language(
    window: Any, language: str, qtbot: Any
) -> None:
    """Table, status words, Overview, every inspector tab, the explorer with an answer."""
    sweep = Sweep(language)
    sweep.read(window, "overview")
    for row in range(window.model.rowCount()):
        window.table.selectRow(row)
        sweep.read(window, f"overview of row {row}")
    window.table.select_account(window.model.account_at(0).id)
    demo_id = next(a.id for a in window.model.accounts() if a.profile_id == "demo")
    window.table.select_account(demo_id)
    window.detail.show_tab("tokenInspector")
    inspector = window.detail.widgets["tokenInspector"]
    for tab in range(inspector.tabs.count()):
        inspector.tabs.setCurrentIndex(tab)
        sweep.read(window, f"inspector tab {tab}")
    row = inspector.rows["access_token"]
    row.reveal_button.click()
    sweep.read(window, "token revealed")
    row.copy_button.click()
    sweep.read(window, "token copied")
    window.detail.show_tab("apiExplorer")
    explorer = window.detail.widgets["apiExplorer"]
    sweep.read(window, "explorer")
    explorer.editor.url_edit.setText("/api/me")
    with qtbot.waitSignal(explorer.history.list.model().rowsInserted, timeout=15000):
        explorer.send()
    qtbot.waitUntil(lambda: explorer._task is None, timeout=15000)
    for tab in range(explorer.response.tabs.count()):
        explorer.response.tabs.setCurrentIndex(tab)
        sweep.read(window, f"explorer response tab {tab}")
    window.refresh_selected()
    sweep.read(window, "renewing")
    sweep.assert_clean()


def test_dialogs_speak_the_language(window: Any, language: str, engine: Any, qtbot: Any) -> None:
    """Connect (every page), Settings, About, shortcuts, disconnect, custom provider."""
    sweep = Sweep(language)
    dialog = window.connect_account()
    for profile in ("demo", "clover-la", "clio-ca", "cloverleaf"):
        dialog.picker.select_profile(profile)
        sweep.read(dialog, f"connect: {profile}")
    dialog.picker.select_profile("clover-la")
    dialog.picker.setup_missing.copy_button.click()
    dialog.picker.admin.set_expanded(True)
    sweep.read(dialog, "connect: not set up, administrators")
    assert "Loopgate" in QApplication.clipboard().text()
    # The note names the English admin guide's sections as they are written there.
    note = QApplication.clipboard().text().replace("\n", " ")
    sweep.found += english_in([Seen("administrator note", note)], sweep.fragments, words=False)
    dialog.done(0)
    approver = engine.browser
    engine.browser = lambda url: True  # nobody answers: the waiting page stays
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
    sweep.read(dialog, "connect: waiting")
    dialog.paste_edit.setText("not an address")
    dialog.paste_address()
    dialog.copy_link()
    sweep.read(dialog, "connect: refused paste, link copied")
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 0, timeout=15000)
    dialog.done(0)
    from tests.support.engines import ScriptedBrowser

    engine.browser = ScriptedBrowser("deny")
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 2, timeout=20000)
    dialog.error.toggle.setChecked(True)
    sweep.read(dialog, "connect: access denied, details open")
    dialog.done(0)
    engine.browser = approver
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 3, timeout=20000)
    sweep.read(dialog, "connect: connected")
    dialog.done(0)

    from desktop_app.ui.settings.dialog import SettingsDialog

    settings = SettingsDialog(window.settings, window)
    settings.show()
    sweep.read(settings, "settings")
    settings.reject()
    window.open_about()
    sweep.read(window.findChild(QMessageBox, "aboutBox"), "about")
    sweep.read(window.open_shortcuts(), "shortcuts")
    window.table.select_account("sample-clio")
    window.disconnect_selected()
    sweep.read(window.confirm_box, "disconnect question")
    window.confirm_box.done(QMessageBox.StandardButton.Cancel)
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog

    custom = CustomProviderDialog(engine, window)
    custom.show()
    custom.issuer.setText("http://login.example.com")
    custom.save()
    sweep.read(custom, "custom provider: refused address")
    custom.reject()
    wait_for_all(10000)
    sweep.assert_clean()


def test_the_empty_window_and_the_tray_speak_the_language(
    language: str, window_for: Any, engine: Any
) -> None:
    """A newcomer's first look, and the tray's menu and tooltip."""
    from desktop_app.ui.shell.tray import Tray

    sweep = Sweep(language)
    window = window_for(engine)
    sweep.read(window, "empty state")
    tray = Tray(lambda _title, _text: None)
    account = Account(id="a1", profile_id="demo", label="Sucursal 1")
    tray.set_attention([(account, "Reconnect needed")])
    sweep.read(tray.menu, "tray menu")
    if tray.icon is not None:
        assert tray.icon.toolTip() and not english_in(
            [Seen("tray tooltip", tray.icon.toolTip())], sweep.fragments
        )
    sweep.assert_clean()


def test_the_sweep_would_see_english(qapp: Any, window_for: Any, engine: Any) -> None:
    """The check itself: in an English window it finds Loopgate's words everywhere."""
    sweep = Sweep(SPANISH)  # Spanish fragments, English window
    window = window_for(engine)
    sweep.read(window, "English empty state")
    assert len(sweep.found) > 10


@pytest.mark.parametrize("size", [(1180, 800), (1024, 640)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_longer_words_are_never_cut(window: Any, language: str, size: tuple[int, int]) -> None:
    """Spanish and French run longer: every panel and dialog still shows all of its text."""
    from PySide6.QtCore import QSize

    from tests.ui.layout_check import survey

    report = survey(window, QSize(*size))
    assert report["clipped"] == {}
    assert report["dialogs_too_big"] == []
    assert report["table_scrolls_sideways"] is False


def test_every_connect_page_shows_all_of_its_text(
    window: Any, language: str, engine: Any, qtbot: Any
) -> None:
    """The choice (a provider not set up, its note copied, the administrators' part), the
    waiting page with a refused paste, the connected card: nothing squeezed."""
    from tests.ui.layout_check import clipped_text, settle

    dialog = window.connect_account()
    dialog.picker.select_profile("clover-la")
    dialog.picker.setup_missing.copy_button.click()
    settle()
    assert clipped_text(dialog) == []
    dialog.picker.admin.set_expanded(True)
    settle()
    assert clipped_text(dialog) == []
    dialog.done(0)
    approver, engine.browser = engine.browser, (lambda url: True)
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=15000)
    dialog.paste_edit.setText("not an address")
    dialog.paste_address()
    settle()
    assert clipped_text(dialog) == []
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 0, timeout=15000)
    dialog.done(0)
    engine.browser = approver
    dialog = window.connect_account("demo")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 3, timeout=20000)
    settle()
    assert clipped_text(dialog) == []
    dialog.done(0)
