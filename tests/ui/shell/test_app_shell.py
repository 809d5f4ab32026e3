"""Start-up pieces: settings round-trip, smoke run, About, vault banner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.core.base.errors import VaultError
from desktop_app.ui.common.settings import AppSettings
from desktop_app.ui.settings.dialog import SettingsDialog


def test_settings_round_trip(tmp_path: Path) -> None:
    """Values survive a new ``AppSettings`` on the same file; defaults are sensible."""
    first = AppSettings(tmp_path / "s.ini")
    assert first.auto_refresh and first.lead_minutes == 0 and first.theme == "system"
    first.lead_minutes = 7
    first.auto_refresh = False
    first.browser_command = "firefox %s "
    first.set_client_id("clover-eu", "ID1")
    first.sync()
    second = AppSettings(tmp_path / "s.ini")
    assert second.lead_minutes == 7 and not second.auto_refresh
    assert second.browser_command == "firefox %s"
    assert second.client_id("clover-eu") == "ID1"


def test_default_settings_file_is_under_loopgate_home(loopgate_home: Path) -> None:
    """Without a path, settings live in the config dir that ``LOOPGATE_HOME`` moves."""
    assert AppSettings().path.is_relative_to(loopgate_home)


def test_settings_dialog_writes_on_ok(qtbot: Any, settings: AppSettings) -> None:
    """OK stores the form; the browser command only when "Run this command" is chosen."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.lead.setValue(12)
    dialog.command_browser.setChecked(True)
    dialog.command.setText("chromium --profile-directory=Work")
    dialog.theme.setCurrentIndex(2)
    dialog.accept()
    assert settings.lead_minutes == 12
    assert settings.browser_command == "chromium --profile-directory=Work"
    assert settings.theme == "dark"


def test_smoke_run_exits_cleanly(loopgate_home: Path) -> None:
    """``python -m desktop_app --smoke`` paints, reports the time, exits 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOOPGATE_HOME": str(loopgate_home)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stderr


def test_smoke_imports_no_heavy_modules(loopgate_home: Path) -> None:
    """Before the first paint nothing imports requests, keyring or the JWT stack."""
    code = (
        "import sys; from desktop_app.ui.shell.app import run; run(['--smoke']); "
        "heavy = [m for m in ('requests', 'keyring', 'jwt', 'filelock') if m in sys.modules]; "
        "print('HEAVY', heavy)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOOPGATE_HOME": str(loopgate_home)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


def test_about_names_version_and_places(loopgate_home: Path) -> None:
    """The About text has the version and where data and logs are kept."""
    from desktop_app import __version__
    from desktop_app.ui.shell.about import about_text

    text = about_text()
    assert __version__ in text
    assert str(loopgate_home) in text and "Logs" in text


def test_no_keychain_offers_session_only_mode(window_for: Any, engine: Any) -> None:
    """Without a usable keychain a banner explains and offers memory-only storage."""
    from desktop_app.core.storage.vault import KeyringVault

    class Broken(KeyringVault):
        def check(self) -> str:
            raise VaultError(detail="keyring backend: fail.Keyring")

    engine.vault = Broken()
    window = window_for(engine)
    assert window.banner.isVisible()
    assert "keychain" in window.banner.text.text()
    window.banner.button.click()
    assert engine.vault.session_only
    assert "forgotten when you quit" in window.banner.text.text()
    assert window.findChild(QWidget, "bannerButton").isHidden()


def test_describe_gives_plain_words_and_redacted_detail() -> None:
    """Loopgate errors keep their message; unknown ones get a plain sentence."""
    from desktop_app.core.base.errors import AccessDenied
    from desktop_app.ui.common.errors_view import describe

    message, detail = describe(AccessDenied(detail="error=access_denied"))
    assert message.startswith("You chose not to allow access")
    assert detail == "AccessDenied: error=access_denied"
    message, detail = describe(ValueError("Bearer abcdefghijklmnopqrstuvwxyz0123456789"))
    assert message.startswith("Something unexpected went wrong")
    assert "abcdefghijklmnopqrstuvwxyz0123456789" not in detail


def test_custom_provider_from_issuer(qtbot: Any, engine: Any, demo_server: Any) -> None:
    """An issuer URL is discovered in the background and saved as a selectable profile."""
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog

    dialog = CustomProviderDialog(engine)
    qtbot.addWidget(dialog)
    dialog.issuer.setText(demo_server.issuer)
    dialog.client_id.setText("my-client")
    dialog.name.setText("Practice IdP")
    with qtbot.waitSignal(dialog.saved, timeout=15000) as blocker:
        dialog.save()
    profile = engine.registry.get(blocker.args[0])
    assert profile.name == "Practice IdP" and profile.family == "custom"
    assert profile.client_id == "my-client"


def test_custom_provider_typed_endpoints_need_https(qtbot: Any, engine: Any) -> None:
    """Typed endpoints must be https; a bad entry is explained, nothing saved."""
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog

    dialog = CustomProviderDialog(engine)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.authorize.setText("http://idp.example/authorize")
    dialog.token.setText("https://idp.example/token")
    dialog.client_id.setText("x")
    dialog.save()
    assert "https://" in dialog.error.message.text()
    dialog.authorize.setText("https://idp.example/authorize")
    with qtbot.waitSignal(dialog.saved, timeout=15000) as blocker:
        dialog.save()
    assert engine.registry.get(blocker.args[0]).token_endpoint == "https://idp.example/token"


def test_after_first_paint_starts_everything(
    qtbot: Any, settings: AppSettings, engine: Any, monkeypatch: Any
) -> None:
    """The deferred start-up (logging, crash handler, tray, body, engine) runs cleanly."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.shell.app import after_first_paint
    from desktop_app.ui.shell.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window = MainWindow(settings, engine_factory=lambda: engine)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.accounts_loaded, timeout=10000):
        after_first_paint(QApplication.instance(), window)
    assert window.started and window.engine is engine
    assert window.actions.connect.shortcut().toString() == "Ctrl+N"
    after_first_paint(QApplication.instance(), window)  # idempotent
    window.health.stop()
    window.ticker.stop()
