"""What the organisation's policy changes on screen: locked settings, hidden providers,
turned-off token reveal and copy, accounts that can only be disconnected, the support
bundle from the Help menu. Real widgets offscreen; real demo accounts where tokens matter.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.core.policy.registry import policy_registry
from desktop_app.ui.accounts.model import COL_STATUS
from desktop_app.ui.common.settings import AppSettings
from desktop_app.ui.connect.dialog import ConnectDialog
from desktop_app.ui.settings.dialog import SettingsDialog
from desktop_app.ui.shell.main_window import PAGE_EMPTY
from tests.support.policy import write_policy

LOCKED = "Set by your organisation"


def note(widget: Any, name: str) -> QLabel | None:
    return widget.findChild(QLabel, name)


# -- Settings ---------------------------------------------------------------------------------
def test_settings_fixed_by_policy_are_disabled_and_say_so(qtbot: Any, tmp_path: Path) -> None:
    """Auto-renew, lead time and log level: the policy's values, disabled, with the note."""
    write_policy({"auto_refresh": True, "refresh_lead_minutes": 15, "log_level": "warning"})
    settings = AppSettings(tmp_path / "settings.ini")
    settings.qsettings.setValue("refresh/auto", False)  # the person's old choice
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.auto_refresh.isChecked() and not dialog.auto_refresh.isEnabled()
    assert dialog.lead.value() == 15 and not dialog.lead.isEnabled()
    assert not dialog.lead_hint.isVisible()  # "Automatic" is not on offer
    assert dialog.log_level.currentText() == "Warnings and errors only"
    assert not dialog.log_level.isEnabled()
    for name in ("autoRefreshLocked", "leadTimeLocked", "logLevelLocked"):
        label = note(dialog, name)
        assert label is not None and label.isVisible() and label.text() == LOCKED
    assert dialog.auto_refresh.toolTip() == LOCKED
    dialog.accept()
    assert settings.qsettings.value("refresh/auto") in (False, "false")  # left untouched
    assert settings.qsettings.value("refresh/lead_minutes") is None
    assert settings.auto_refresh is True and settings.lead_minutes == 15.0


def test_without_policy_every_setting_is_the_persons(qtbot: Any, settings: AppSettings) -> None:
    """Nothing locked: no notes, the controls work and OK saves them."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert all(note(dialog, n) is None for n in ("autoRefreshLocked", "leadTimeLocked"))
    assert dialog.auto_refresh.isEnabled() and dialog.log_level.isEnabled()
    dialog.lead.setValue(9)
    dialog.log_level.setCurrentIndex(dialog.log_level.findData("debug"))
    dialog.accept()
    assert settings.lead_minutes == 9.0 and settings.log_level == "debug"


def test_a_locked_lead_time_stays_off_when_auto_renew_is_toggled(
    qtbot: Any, tmp_path: Path
) -> None:
    """Only the lead time fixed: toggling auto-renew never enables it."""
    write_policy({"refresh_lead_minutes": 3})
    dialog = SettingsDialog(AppSettings(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    dialog.auto_refresh.setChecked(False)
    dialog.auto_refresh.setChecked(True)
    assert dialog.auto_refresh.isEnabled() and not dialog.lead.isEnabled()


# -- Connect ----------------------------------------------------------------------------------
def test_connect_shows_only_what_the_organisation_allows(qtbot: Any, settings: Any) -> None:
    """Forbidden providers, the demo and the custom-provider button are not offered."""
    write_policy(
        {"allowed_providers": ["clover", "clio", "demo"], "hide_demo": True,
         "allow_custom_providers": False}
    )  # fmt: skip
    dialog = ConnectDialog(SimpleNamespace(registry=policy_registry()), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.families() == ["Clover", "Clio"]
    assert not dialog.custom_button.isVisible()
    assert dialog.policy_note.isVisible()


def test_connect_without_policy_offers_everything(qtbot: Any, settings: Any) -> None:
    """The same dialog with no policy: demo first, custom providers allowed."""
    dialog = ConnectDialog(SimpleNamespace(registry=policy_registry()), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.families()[0] == "Demo"
    assert dialog.custom_button.isVisible()
    assert dialog.findChild(QLabel, "providerPolicyNote") is None


# -- Inspector and explorer -------------------------------------------------------------------
def test_reveal_and_copy_turned_off_in_the_inspector(qtbot: Any, engine: Any) -> None:
    """The token stays masked and off the clipboard; the buttons say why."""
    from desktop_app.ui.inspector.widget import TokenInspector

    account = engine.connect("demo", timeout=30)
    write_policy({"allow_token_reveal": False, "allow_token_copy": False})
    engine.reload_profiles()
    widget = TokenInspector(reveal_ms=300)
    qtbot.addWidget(widget)
    widget.set_engine(engine)
    widget.set_account(account)
    widget.show()
    qtbot.waitUntil(lambda: widget._tokens is not None, timeout=10000)
    QApplication.clipboard().setText("before")
    row = widget.rows["access_token"]
    for button in (row.reveal_button, row.copy_button, row.header_button):
        assert not button.isEnabled() and button.toolTip() == LOCKED
    row.reveal_button.setChecked(True)
    row.copy_token()
    row.copy_header()
    assert "hidden" in row.field.text()
    assert QApplication.clipboard().text() == "before"


def test_copy_as_curl_with_the_real_token_turned_off(qtbot: Any, engine: Any) -> None:
    """The real-token box is off and says why; the copy holds $TOKEN."""
    from desktop_app.ui.explorer.widget import ApiExplorer

    account = engine.connect("demo", timeout=30)
    write_policy({"allow_token_copy": False})
    engine.reload_profiles()
    widget = ApiExplorer()
    qtbot.addWidget(widget)
    widget.confirm_real_token = lambda: True
    widget.set_engine(engine)
    widget.set_account(account)
    widget.show()
    check = widget.real_token_check
    assert not check.isEnabled() and check.toolTip() == LOCKED
    real_base = engine.resolved_profile("demo").api_base
    qtbot.waitUntil(lambda: widget.editor.api_base == real_base, timeout=5000)
    widget.editor.apply_preset(0)
    check.setChecked(True)  # even if forced on, nothing real is copied
    widget.copy_curl()
    qtbot.waitUntil(lambda: widget.curl_status.text() != "", timeout=10000)
    assert "Copied" in widget.curl_status.text(), widget.curl_status.text()
    assert "$TOKEN" in QApplication.clipboard().text()
    assert engine.tokens.current(account.id).access_token not in QApplication.clipboard().text()


# -- The main window --------------------------------------------------------------------------
def test_an_account_at_a_forbidden_provider_is_marked_and_only_disconnects(
    qtbot: Any, window_for: Any, engine: Any
) -> None:
    """Status says so; Refresh and Reconnect are off, Disconnect on; no renewal scheduled."""
    account = engine.connect("demo", timeout=30)
    write_policy({"hide_demo": True})
    engine.reload_profiles()
    window = window_for(engine)
    index = window.table.proxy.index(0, COL_STATUS)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Not allowed by your organisation"
    window.table.select_account(account.id)
    assert not window.actions.refresh.isEnabled()
    assert not window.actions.reconnect.isEnabled()
    assert window.actions.disconnect.isEnabled()
    far = (account.expires_at or 0) + 3600
    assert window.health.due_at(window.model.account_at(0), far) is None
    window.reconnect(account.id)
    assert window.connect_dialog is None
    assert "not allowed by your organisation" in window.statusBar().currentMessage()


def test_the_demo_button_goes_when_the_demo_is_hidden(window_for: Any, engine: Any) -> None:
    """The empty state offers no demo the organisation hid."""
    write_policy({"hide_demo": True})
    engine.reload_profiles()
    window = window_for(engine)
    assert window.stack.currentIndex() == PAGE_EMPTY
    assert window.empty.connect_button.isVisible()
    assert not window.empty.demo_button.isVisible()


def test_a_damaged_policy_is_named_in_the_banner(window_for: Any, engine: Any) -> None:
    """The window says which file and line was ignored; the rest of the policy applies."""
    path = write_policy('{\n  "hide_demo": true,\n  "log_level": 5\n}\n')
    engine.reload_profiles()
    window = window_for(engine)
    assert window.banner.isVisible()
    assert f"{path}, line 3: log_level must be one of" in window.banner.text.text()
    assert not window.empty.demo_button.isVisible()


def test_export_support_bundle_from_the_help_menu(
    qtbot: Any, window_for: Any, engine: Any, tmp_path: Path
) -> None:
    """Help ▸ Export support bundle… saves a zip that names the account and no token."""
    account = engine.connect("demo", timeout=30)
    window = window_for(engine)
    help_menu = next(
        m.menu() for m in window.menuBar().actions() if m.text().replace("&", "") == "Help"
    )
    assert window.actions.support_bundle in help_menu.actions()
    target = tmp_path / "bundle.zip"
    with qtbot.waitSignal(window.support_bundle_saved, timeout=15000) as saved:
        window.export_support_bundle(str(target))
    assert saved.args == [str(target)]
    assert str(target) in window.statusBar().currentMessage()
    with zipfile.ZipFile(target) as archive:
        text = archive.read("loopgate-support/accounts.json").decode()
    tokens = engine.vault.get_tokens(account.id)
    assert account.id in text and tokens.access_token not in text
