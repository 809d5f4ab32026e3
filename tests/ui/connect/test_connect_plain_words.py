"""Connect in plain words: staff never type a client ID, a missing setup is explained with
a note for the administrator, the Connect button always says why, regions follow the
person's country with the sandbox last. Real widgets offscreen over the real profiles
(built-in ones and an administrator's written by ``write_profile``)."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.core.providers.profiles import default_registry
from desktop_app.ui.connect import provider_picker
from desktop_app.ui.connect.dialog import ConnectDialog
from desktop_app.ui.connect.provider_picker import ProviderPicker
from desktop_app.ui.connect.regions import preferred_regions
from tests.support.provider_servers import CloverLike, write_profile
from tests.support.provider_servers.profiles import providers_dir


def open_dialog(qtbot: Any, settings: Any, profile_id: str = "", **kwargs: Any) -> ConnectDialog:
    dialog = ConnectDialog(SimpleNamespace(registry=default_registry()), settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    if profile_id:
        assert dialog.picker.select_profile(profile_id)
    return dialog


def reason_of(dialog: ConnectDialog) -> str:
    """The reason beside the button; the tooltip and accessible description must agree."""
    text = dialog.connect_reason.text()
    assert dialog.connect_reason.isVisible() and text
    assert dialog.connect_button.toolTip() == text
    assert dialog.connect_button.accessibleDescription() == text
    return text


def test_an_administrators_profile_means_no_client_id_anywhere(
    qtbot: Any, settings: Any, loopgate_home: Any
) -> None:
    """A profile that ``extends`` Clover with a client ID: chosen, ready, nothing to type."""
    with CloverLike() as server:
        profile_id = write_profile(server, "clover-acme")
    dialog = open_dialog(qtbot, settings)
    dialog.picker.list.setCurrentRow(dialog.picker.families().index("Clover"))
    assert dialog.picker.current_profile().id == profile_id  # set up beats not set up
    assert not dialog.picker.setup_missing.isVisible()
    assert not dialog.picker.client_id.isVisible()
    assert dialog.connect_button.isEnabled()
    assert reason_of(dialog) == "Opens the Clover sign-in page in your browser."
    dialog.picker.admin.set_expanded(True)
    given = dialog.findChild(object, "clientIdGiven")
    assert given.isVisible() and given.text() == "LOOPGATETEST1 (set by your administrator)"
    assert not dialog.picker.client_id.isVisible()


def test_not_set_up_says_what_is_missing_and_who_can_fix_it(qtbot: Any, settings: Any) -> None:
    """No client ID anywhere: plain words, the administrator named, Connect says why not."""
    dialog = open_dialog(qtbot, settings, "clover-eu")
    missing = dialog.picker.setup_missing
    assert missing.isVisible()
    assert missing.title.text() == "Clover (Europe) is not set up on this computer yet"
    assert "your IT administrator" in missing.text.text()
    for jargon in ("client ID", "PKCE", "RFC", "public client", "secret"):
        assert jargon not in missing.title.text() + missing.text.text()
    assert not dialog.connect_button.isEnabled()
    assert reason_of(dialog) == "Your administrator needs to set up Clover (Europe) first."
    assert not dialog.picker.client_id.isVisible()
    assert not dialog.picker.admin.expanded


def test_the_note_for_the_administrator(qtbot: Any, settings: Any) -> None:
    """Copied with one click: provider, redirect URI to register, scopes, docs/admin.md."""
    dialog = open_dialog(qtbot, settings, "clover-na")
    qtbot.mouseClick(dialog.picker.setup_missing.copy_button, Qt.MouseButton.LeftButton)
    note = QGuiApplication.clipboard().text()
    assert note.startswith("Please set up Loopgate for Clover (North America) on my computer.")
    assert "Redirect URI to register: http://127.0.0.1:17853/oauth/clover/callback\n" in note
    assert "Scopes: none (the app's permissions are chosen when it is registered)" in note
    assert "public client: no client secret" in note and "PKCE (S256)" in note
    assert 'extends "clover-na"' in note and "docs/admin.md" in note
    copied = dialog.findChild(object, "adminNoteCopied")
    assert copied.isVisible() and "administrator" in copied.text()


def test_the_note_names_any_port_scopes_and_a_possible_secret(qtbot: Any, settings: Any) -> None:
    """Cloverleaf: any loopback port (RFC 8252 §7.3), openid offline_access, a secret maybe."""
    dialog = open_dialog(qtbot, settings, "cloverleaf")
    note = dialog.picker.setup_missing.note()
    assert "Redirect URI to register: http://127.0.0.1/callback (any port" in note
    assert "Scopes: openid offline_access" in note
    assert "client secret, an administrator enters it once" in note


def test_for_administrators_holds_the_field_and_the_protocol(qtbot: Any, settings: Any) -> None:
    """Folded by default; opened, a typed client ID makes Connect ready and is remembered."""
    dialog = open_dialog(qtbot, settings, "clio-us")
    protocol = dialog.findChild(object, "protocolExplanation")
    assert not protocol.isVisible() and not dialog.picker.secret_box.isVisible()
    before = dialog.height()
    qtbot.mouseClick(dialog.picker.admin.toggle, Qt.MouseButton.LeftButton)
    assert dialog.picker.admin.expanded and protocol.isVisible()
    assert dialog.height() > before  # room made, nothing squeezed
    assert "public client" in protocol.text() and "RFC 7636" in protocol.text()
    assert "http://127.0.0.1:17854/oauth/clio/callback" in protocol.text().replace("\u2060", "")
    assert dialog.picker.secret_box.isVisible()
    qtbot.keyClicks(dialog.picker.client_id, "CLIO-APP-7")
    assert dialog.connect_button.isEnabled()
    assert not dialog.picker.setup_missing.isVisible()
    assert reason_of(dialog) == "Opens the Clio sign-in page in your browser."
    dialog.picker.client_id.clear()
    assert not dialog.connect_button.isEnabled() and dialog.picker.setup_missing.isVisible()
    assert reason_of(dialog).startswith("Your administrator needs to set up Clio")


def test_every_state_of_the_button_has_its_reason(qtbot: Any, settings: Any) -> None:
    """Walking every provider: enabled or not, the reason is there and matches."""
    dialog = open_dialog(qtbot, settings)
    for row in range(dialog.picker.list.count()):
        dialog.picker.list.setCurrentRow(row)
        for position in range(dialog.picker.environment.count()):
            dialog.picker.environment.setCurrentIndex(position)
            text = reason_of(dialog)
            ready = dialog.connect_button.isEnabled()
            assert text.startswith("Opens the ") if ready else "administrator" in text


def test_regions_production_first_and_sandbox_last(qtbot: Any, settings: Any) -> None:
    """Clover's production regions lead; the sandbox is last and says it is for developers."""
    dialog = open_dialog(qtbot, settings, "clover-na")
    assert dialog.picker.environments() == [
        "North America",
        "Europe",
        "Latin America",
        "Sandbox (for developers)",
    ]


@pytest.mark.parametrize(
    ("country", "clover", "clio"),
    [
        ("US", "clover-na", "clio-us"),
        ("CA", "clover-na", "clio-ca"),
        ("DE", "clover-eu", "clio-eu"),
        ("FR", "clover-eu", "clio-eu"),
        ("GB", "clover-eu", "clio-eu"),
        ("MX", "clover-la", "clio-us"),
        ("BR", "clover-la", "clio-us"),
        ("AU", "clover-na", "clio-au"),
        ("NZ", "clover-na", "clio-au"),
        ("JP", "clover-na", "clio-us"),
        ("", "clover-na", "clio-us"),
    ],
)
def test_the_default_region_follows_the_country(
    qtbot: Any, settings: Any, country: str, clover: str, clio: str
) -> None:
    """A person in Germany gets Europe, in Mexico Latin America, in Canada Clio Canada."""
    picker = ProviderPicker(settings, country=country)
    qtbot.addWidget(picker)
    picker.set_profiles(default_registry().all())
    chosen = {}
    for row, family in enumerate(picker.families()):
        picker.list.setCurrentRow(row)
        chosen[family] = picker.current_profile().id
    assert (chosen["Clover"], chosen["Clio"]) == (clover, clio)
    assert not chosen["Clover"].endswith("sandbox")
    assert preferred_regions(country)  # never empty: every country has a default


def test_the_country_comes_from_the_system_locale(
    qtbot: Any, settings: Any, monkeypatch: Any
) -> None:
    """Without an explicit country the OS locale's is used (QLocale.system())."""
    asked: list[str] = []

    def system_country() -> str:
        asked.append("asked")
        return "IT"

    monkeypatch.setattr(provider_picker, "system_country", system_country)
    dialog = open_dialog(qtbot, settings)
    dialog.picker.list.setCurrentRow(dialog.picker.families().index("Clover"))
    assert asked and dialog.picker.current_profile().id == "clover-eu"


def test_the_real_system_country_is_two_letters_or_nothing() -> None:
    """``system_country`` reads QLocale.system() and answers an ISO code or ""."""
    from desktop_app.ui.connect.regions import system_country

    code = system_country()
    assert code == "" or (len(code) == 2 and code.isupper())


def test_an_admin_profile_for_another_region_wins(
    qtbot: Any, settings: Any, loopgate_home: Any
) -> None:
    """The administrator set up Clover Europe only: a US locale still gets that one."""
    folder = providers_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = {"id": "clover-acme-eu", "extends": "clover-eu", "client_id": "ACME-EU"}
    (folder / "clover-acme-eu.json").write_text(json.dumps(data), encoding="utf-8")
    picker = ProviderPicker(settings, country="US")
    qtbot.addWidget(picker)
    picker.set_profiles(default_registry().all())
    picker.list.setCurrentRow(picker.families().index("Clover"))
    assert picker.current_profile().id == "clover-acme-eu"
    assert picker.ready()


def test_a_reconnect_keeps_its_own_client_id_without_showing_it(qtbot: Any, settings: Any) -> None:
    """Reconnecting an account connected with a typed ID: ready, no "not set up"."""
    from tests.ui.helpers import make_account

    account = make_account(0, profile_id="clover-la", client_id="TYPED-LA")
    dialog = ConnectDialog(SimpleNamespace(registry=default_registry()), settings, account=account)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.current_profile().id == "clover-la"
    assert dialog.connect_button.isEnabled()
    assert not dialog.picker.setup_missing.isVisible()
    assert not dialog.picker.client_id.isVisible()


def test_a_system_profile_or_policy_supplies_the_client_id(qtbot: Any, settings: Any) -> None:
    """The organisation's folder: a system profile for Clover, a policy ID for Clio."""
    from desktop_app.core.policy.registry import policy_registry
    from tests.support.policy import write_policy, write_system_profile

    write_system_profile({"id": "clover-acme", "extends": "clover-na", "client_id": "ACME1"})
    write_policy({"client_ids": {"clio-eu": "ACME-CLIO-EU"}})
    dialog = ConnectDialog(SimpleNamespace(registry=policy_registry()), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for family, profile_id in (("Clover", "clover-acme"), ("Clio", "clio-eu")):
        dialog.picker.list.setCurrentRow(dialog.picker.families().index(family))
        if dialog.picker.current_profile().id != profile_id:
            assert dialog.picker.select_profile(profile_id)
        assert dialog.connect_button.isEnabled(), family
        assert not dialog.picker.setup_missing.isVisible()
        assert not dialog.picker.client_id.isVisible()
    dialog.picker.list.setCurrentRow(dialog.picker.families().index("Clover"))
    assert dialog.picker.current_profile().id == "clover-acme"  # set up: chosen first


def test_the_note_names_the_relay_page_when_there_is_one(qtbot: Any, settings: Any) -> None:
    """A relay profile without a client ID: the redirect URI to register is the relay page."""
    from desktop_app.core.policy.registry import policy_registry
    from tests.support.policy import write_system_profile

    relay = "https://www.acme.example/loopgate/relay/"
    write_system_profile({"id": "clover-acme", "extends": "clover-na", "redirect_relay": relay})
    dialog = ConnectDialog(SimpleNamespace(registry=policy_registry()), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.select_profile("clover-acme")
    assert dialog.picker.setup_missing.isVisible()
    note = dialog.picker.setup_missing.note()
    assert f"Redirect URI to register: {relay}\n" in note and "any port" not in note


def test_families_answer_up_and_down_as_a_list_does(qtbot: Any, settings: Any) -> None:
    """Each family is a Tab stop; Up and Down still move the choice, as in a list."""
    dialog = open_dialog(qtbot, settings)
    families = dialog.picker.families()
    first = dialog.picker.list.button(0)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert dialog.picker.current_profile().name == families[1]
    second = dialog.picker.list.button(1)
    assert second.isChecked() and not first.isChecked()
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert dialog.picker.current_profile().name == families[0]


def test_a_reconnect_offers_no_other_account(qtbot: Any, settings: Any) -> None:
    """The result card of a Reconnect has Done only: it was about one account."""
    from tests.ui.helpers import make_account

    account = make_account(0, client_id="demo-client")
    dialog = ConnectDialog(SimpleNamespace(registry=default_registry()), settings, account=account)
    qtbot.addWidget(dialog)
    assert dialog.result_page.another_button.isHidden()
    plain = open_dialog(qtbot, settings)
    assert not plain.result_page.another_button.isHidden()
