"""Main-window defects from the QA pass: damaged list, session-only restart, Del scope,
CLI changes, custom provider names, the Overview tab, sorting and selection."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton, QTableWidget

from desktop_app.core.storage.accounts import RECONNECT_NEEDED
from desktop_app.core.storage.store import AccountStore
from desktop_app.ui.accounts.model import COL_EXPIRES, COL_LABEL, COL_PROVIDER, COL_STATUS
from desktop_app.ui.shell.main_window import PAGE_ACCOUNTS, PAGE_EMPTY
from tests.ui.helpers import make_account


def _seed(engine: Any, *accounts: Any) -> None:
    for account in accounts:
        engine.store.upsert(account)


def _cell(window: Any, row: int, column: int) -> str:
    return window.table.proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_damaged_account_list_is_explained(window_for: Any, engine: Any) -> None:
    """A damaged file is set aside and a banner says so, not a silent empty state."""
    engine.store.path.write_text('{"version": 1, "accounts": [{"id": ', encoding="utf-8")
    window = window_for(engine)
    assert window.stack.currentIndex() == PAGE_EMPTY
    assert window.banner.isVisible()
    text = window.banner.text.text()
    assert text.startswith("Your account list was damaged and has been set aside as ")
    assert "accounts.json.damaged-" in text and "contact support" in text


def test_session_only_accounts_need_reconnecting_after_a_restart(
    window_for: Any, engine: Any
) -> None:
    """Tokens kept for the session only are gone after a restart: the row says so."""
    import time

    now = time.time()
    _seed(engine, make_account(0, now=now, session_only=True, label="Kept in memory"))
    window = window_for(engine)
    account = window.model.account_at(0)
    assert account.status == RECONNECT_NEEDED
    assert _cell(window, 0, COL_STATUS) == "Reconnect needed"
    assert _cell(window, 0, COL_EXPIRES) == "—"


def test_delete_only_disconnects_from_the_accounts_table(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """Del in an editor elsewhere in the window does nothing; in the table it asks."""
    import time

    _seed(engine, make_account(0, now=time.time()))
    window = window_for(engine)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    editor = QTableWidget(2, 2, window.detail)  # stands in for the explorer's query table
    editor.show()
    editor.setCurrentCell(0, 0)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert window.confirm_box is None
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.confirm_box is not None and window.confirm_box.isVisible()
    window.confirm_box.reject()
    window.confirm_box = None
    window.actions.disconnect.trigger()  # the menu item still works
    assert window.confirm_box is not None


def test_changes_made_by_the_cli_appear(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Another process rewriting the account list (twice: os.replace) is picked up."""
    import time

    _seed(engine, make_account(0, now=time.time(), label="Before"))
    window = window_for(engine)
    other = AccountStore(engine.store.path.parent)  # as the CLI would open it
    for label in ("Renamed by the CLI", "Renamed again"):
        with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
            other.update("acct00000", lambda a, name=label: a.with_changes(label=name))
        assert _cell(window, 0, COL_LABEL) == label


def test_custom_provider_name_shows_without_a_restart(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """After adding a provider, its rows show its name, not the raw profile id."""
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog

    window = window_for(engine)
    dialog = window.connect_account()
    dialog.custom_button.click()
    custom = dialog.findChild(CustomProviderDialog)
    custom.tabs.setCurrentIndex(1)
    custom.authorize.setText("https://idp.example/authorize")
    custom.token.setText("https://idp.example/token")
    custom.client_id.setText("x")
    custom.name.setText("Example Login")
    with qtbot.waitSignal(custom.saved, timeout=15000) as saved:
        custom.save()
    profile_id = saved.args[0]
    qtbot.waitUntil(lambda: window.model.provider_info(profile_id) is not None, timeout=5000)
    dialog.reject()
    _seed(engine, make_account(0, profile_id=profile_id, label="Work"))
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload_accounts()
    assert _cell(window, 0, COL_PROVIDER) == "Example Login"


def test_overview_is_the_default_tab_in_plain_words(window_for: Any, engine: Any) -> None:
    """A new user sees the Overview: provider, who, status in a sentence, buttons."""
    import time

    broken = make_account(
        1,
        now=time.time(),
        label="Corner Bakery",
        profile_id="clover-sandbox",
        status=RECONNECT_NEEDED,
        last_error="The provider ended this connection.",
    )
    _seed(engine, make_account(0, now=time.time(), label="Alpha"), broken)
    window = window_for(engine)
    assert window.detail.currentWidget() is window.overview
    assert window.detail.tabText(0) == "Overview"
    assert [window.detail.tabText(i) for i in (1, 2)] == ["Token inspector", "API explorer"]
    overview = window.overview
    assert overview.title.text() == "Corner Bakery"  # Clover sorts before Demo
    window.table.select_account("acct00000")
    assert overview.title.text() == "Alpha"
    assert overview.provider.text() == "Demo"
    assert overview.status.text().startswith("Connected. Loopgate renews access automatically")
    assert "before it expires" in overview.status.text()
    assert "RS256" not in overview.status.text() and "kid" not in overview.status.text()
    for name in ("overviewRefreshButton", "overviewReconnectButton", "overviewDisconnectButton"):
        assert window.findChild(QPushButton, name).isVisible(), name
    window.table.select_account(broken.id)
    assert overview.provider.text() == "Clover (Sandbox)"
    assert overview.status.text() == "Needs reconnecting: The provider ended this connection."
    assert not overview.refresh_button.isVisible()
    window.detail.setCurrentIndex(2)
    window.close()
    assert window.settings.detail_tab == "apiExplorer"  # the last tab is remembered


def test_sort_by_name_and_selection_kept(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Rows are sorted by provider and name, stay put on reload, keep (or lack) selection."""
    import time

    now = time.time()
    _seed(
        engine,
        make_account(0, now=now, label="Zeta", expires_in=60),
        make_account(1, now=now, label="alpha", expires_in=9000),
        make_account(2, now=now, label="Mid", expires_in=600),
    )
    window = window_for(engine)
    assert [_cell(window, r, COL_LABEL) for r in range(3)] == ["alpha", "Mid", "Zeta"]
    assert window.table.selected_account().label == "alpha"  # first start: the top row
    window.table.select_account("acct00002")
    engine.store.update("acct00002", lambda a: a.with_changes(expires_at=now + 99999))
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload_accounts()  # as after a renewal
    assert [_cell(window, r, COL_LABEL) for r in range(3)] == ["alpha", "Mid", "Zeta"]
    assert window.table.selected_account().id == "acct00002"
    window.table.selectionModel().clearSelection()
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload_accounts()
    assert window.table.selected_account() is None
    window.table.sortByColumn(COL_EXPIRES, Qt.SortOrder.DescendingOrder)
    assert window.settings.sort_spec() == (COL_EXPIRES, True)


def test_chosen_sort_is_restored(window_for: Any, engine: Any, settings: Any) -> None:
    """A column the person sorted by is used again next time."""
    import time

    now = time.time()
    _seed(engine, make_account(0, now=now, expires_in=60), make_account(1, now=now))
    settings.set_sort_spec(COL_EXPIRES, True)
    window = window_for(engine)
    assert window.model.sort_spec() == (COL_EXPIRES, True)
    assert [window.model.account_at(r).id for r in range(2)] == ["acct00001", "acct00000"]


@pytest.mark.slow
def test_refresh_now_says_when_it_is_done(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Refresh now ends with "Renewed …; access now expires in …", not "Renewing…"."""
    engine.connect("demo", label="Practice")
    window = window_for(engine)
    window.table.select_account(window.model.account_at(0).id)
    window.actions.refresh.trigger()
    assert window.statusBar().currentMessage() == "Renewing Practice…"
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Renewed Practice;"),
        timeout=15000,
    )
    assert "access now expires in " in window.statusBar().currentMessage()


def test_identity_column_does_not_repeat_the_name(window_for: Any, engine: Any) -> None:
    """The Identity cell shows only what the Account cell does not already say."""
    from desktop_app.core.storage.accounts import AccountIdentity
    from desktop_app.ui.accounts.model import COL_IDENTITY

    shop = make_account(0, label="Corner Bakery", profile_id="clover-sandbox")
    shop = shop.with_changes(
        identity=AccountIdentity("MXK2", "Corner Bakery", ids={"merchant_id": "MXK2"})
    )
    _seed(engine, shop)
    window = window_for(engine)
    assert _cell(window, 0, COL_IDENTITY) == "Merchant id MXK2"
    assert window.stack.currentIndex() == PAGE_ACCOUNTS
    window.table.selectionModel().select(
        window.table.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert window.overview.empty.isVisible()


def test_a_superseded_reload_keeps_its_selection(qtbot: Any, window_for: Any, engine: Any) -> None:
    """Selecting a just-connected account survives a file-change reload right after."""
    _seed(engine, make_account(0), make_account(1))
    window = window_for(engine)
    window.reload_accounts(select_id="acct00001")  # as after Connect
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload_accounts()  # as the file watcher, a moment later
    assert window.table.selected_account().id == "acct00001"


def test_damage_and_no_keychain_share_the_banner(window_for: Any, engine: Any) -> None:
    """The damaged-list message does not take away the session-only offer."""
    from desktop_app.core.base.errors import VaultError
    from desktop_app.core.storage.vault import KeyringVault

    class Broken(KeyringVault):
        def check(self) -> str:
            raise VaultError(detail="keyring backend: fail.Keyring")

    engine.vault = Broken()
    engine.store.path.write_text("not json", encoding="utf-8")
    window = window_for(engine)
    assert window.banner.text.text().startswith("Your account list was damaged")
    assert "keychain" in window.banner.text.text()
    assert window.banner.button.isVisible()
    assert window.banner.button.text() == "Use session-only mode"
