"""The Connect dialog's wiring: providers by family, environments, client ID, secret box."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from desktop_app.core.providers.profiles import default_registry
from desktop_app.ui.connect.dialog import PAGE_CHOOSE, ConnectDialog


@pytest.fixture
def dialog(qtbot: Any, settings: Any) -> ConnectDialog:
    engine = SimpleNamespace(registry=default_registry())
    widget = ConnectDialog(engine, settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_lists_families_with_demo_first(dialog: ConnectDialog) -> None:
    """One entry per family; the practice provider leads."""
    families = dialog.picker.families()
    assert families[0] == "Demo"
    assert {"Clover", "Clio", "Cloverleaf"} <= set(families)
    assert dialog.stack.currentIndex() == PAGE_CHOOSE


def test_clover_environments_production_first_and_not_set_up(dialog: ConnectDialog) -> None:
    """Clover's production regions lead, the sandbox is last and says who it is for; with
    no client ID anywhere, the page says so instead of asking for one."""
    assert dialog.picker.select_profile("clover-sandbox")
    assert dialog.picker.environments() == [
        "North America",
        "Europe",
        "Latin America",
        "Sandbox (for developers)",
    ]
    assert dialog.picker.environment.isVisible()
    assert not dialog.picker.client_id.isVisible()  # folded under "For administrators"
    assert dialog.picker.setup_missing.isVisible()
    assert not dialog.connect_button.isEnabled()
    dialog.picker.admin.set_expanded(True)
    dialog.picker.client_id.setText("ABC123")
    assert dialog.connect_button.isEnabled()
    assert not dialog.picker.setup_missing.isVisible()
    assert not dialog.picker.secret_box.isVisible()


def test_clio_regions_and_secret_explanation(dialog: ConnectDialog) -> None:
    """Clio offers four regions; the public-client rule and the secret field are for
    administrators, folded away until asked for."""
    assert dialog.picker.select_profile("clio-eu")
    assert dialog.picker.environments() == [
        "United States",
        "Europe",
        "Canada",
        "Australia",
    ]
    assert dialog.picker.current_profile().id == "clio-eu"
    explanation = dialog.findChild(object, "protocolExplanation")
    assert not explanation.isVisible() and not dialog.picker.secret_box.isVisible()
    dialog.picker.admin.set_expanded(True)
    assert dialog.picker.secret_box.isVisible()
    assert "RFC 8252" in explanation.text() and "public client" in explanation.text()


def test_demo_needs_no_client_id(dialog: ConnectDialog) -> None:
    """A profile that ships its client ID shows no field and no environment choice."""
    assert dialog.picker.select_profile("demo")
    assert not dialog.picker.client_id.isVisible()
    assert not dialog.picker.setup_missing.isVisible()
    assert not dialog.picker.environment.isVisible()
    assert dialog.connect_button.isEnabled()


def test_client_id_is_remembered_per_profile(qtbot: Any, settings: Any) -> None:
    """A client ID typed once is filled in next time (it is not a secret)."""
    settings.set_client_id("clover-eu", "REMEMBERED")
    engine = SimpleNamespace(registry=default_registry())
    dialog = ConnectDialog(engine, settings, profile_id="clover-eu")
    qtbot.addWidget(dialog)
    assert dialog.picker.client_id.text() == "REMEMBERED"


def test_named_controls(dialog: ConnectDialog) -> None:
    """Controls carry object names and accessible names for tests and screen readers."""
    for name in (
        "providerList",
        "environmentCombo",
        "clientIdEdit",
        "connectStartButton",
        "customProviderButton",
        "copyAdminNoteButton",
        "adminToggle",
        "reopenButton",
        "copyLinkButton",
        "pasteAddressEdit",
        "pasteAddressButton",
        "connectCancelButton",
    ):
        widget = dialog.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
