"""Theme fallback, the settings' truthful wording and the connect timeout, identity text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QPalette

from desktop_app.core.storage.accounts import AccountIdentity
from desktop_app.ui.accounts.cells import identity_text
from desktop_app.ui.common import theme
from desktop_app.ui.common.settings import AppSettings
from desktop_app.ui.settings.dialog import SettingsDialog
from tests.ui.helpers import make_account


@pytest.fixture
def platform_theme(qapp: Any) -> Iterator[None]:
    """Whatever a test picks, the platform's look is put back afterwards."""
    before = QPalette(QGuiApplication.palette())
    yield
    theme.apply_theme("system")
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == before.color(
        QPalette.ColorRole.Window
    )


def test_dark_and_light_work_without_a_platform_theme(platform_theme: None) -> None:
    """Offscreen ignores ``setColorScheme`` (like bare X11): a Fusion palette stands in."""

    class Model:
        dark: bool | None = None

        def set_dark(self, dark: bool) -> None:
            self.dark = dark

    model = Model()
    theme.apply_theme("dark", model)
    assert theme.is_dark() and model.dark is True
    theme.apply_theme("light", model)
    assert not theme.is_dark() and model.dark is False
    theme.apply_theme("dark", model)
    theme.apply_theme("system", model)  # the platform's own palette again (fixture checks)
    assert model.dark is theme.is_dark()


def test_fusion_dark_palette_is_readable() -> None:
    """Text on the dark palette's base is light; the light palette stays light."""
    dark = theme.fusion_palette(True)
    assert dark.color(QPalette.ColorRole.Window).lightness() < 128
    assert dark.color(QPalette.ColorRole.Text).lightness() > 180
    assert theme.fusion_palette(False).color(QPalette.ColorRole.Window).lightness() > 128


def test_lead_time_wording_is_truthful(qtbot: Any, settings: AppSettings) -> None:
    """Automatic renewal is described with its cap at half the token's lifetime."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.lead.specialValueText() == "Automatic"
    hint = dialog.lead_hint.text()
    assert "whichever is larger" in hint and "at most half" in hint


def test_connect_timeout_setting(qtbot: Any, settings: AppSettings) -> None:
    """Five minutes by default; changed in Settings; used by the Connect dialog."""
    from types import SimpleNamespace

    from desktop_app.core.providers.profiles import default_registry
    from desktop_app.ui.connect.dialog import ConnectDialog

    assert settings.connect_timeout_minutes == 5
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.timeout.value() == 5
    dialog.timeout.setValue(2)
    dialog.accept()
    assert AppSettings(settings.path).connect_timeout_minutes == 2
    connect = ConnectDialog(SimpleNamespace(registry=default_registry()), settings)
    qtbot.addWidget(connect)
    assert connect.timeout == 120.0


def test_identity_column_adds_only_new_facts() -> None:
    """The name is dropped when it is the account name; email and merchant id stay."""
    person = make_account(0, label="Dana Demo")
    person = person.with_changes(identity=AccountIdentity("s", "Dana Demo", "dana@x.test"))
    assert identity_text(person) == "dana@x.test"
    shop = make_account(1, label="Corner Bakery").with_changes(
        identity=AccountIdentity(
            "MXK2", "Corner Bakery", ids={"merchant_id": "MXK2", "employee_id": "E1"}
        )
    )
    assert identity_text(shop) == "Merchant id MXK2"
    same = make_account(2, label="Dana").with_changes(identity=AccountIdentity("x1", "Dana"))
    assert identity_text(same) == ""
    other = make_account(3, label="Work").with_changes(identity=AccountIdentity("x1", "Dana"))
    assert identity_text(other) == "Dana"
