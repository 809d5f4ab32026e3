"""App preferences in an ini file under the config dir, so ``LOOPGATE_HOME`` isolates tests.

Only non-secret values live here: lead time, auto-refresh, browser command, window
geometry, and client IDs typed for profiles that lack one (a client ID is public).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "dark")


def settings_path() -> Path:
    """``<config>/settings.ini``; resolved without importing platformdirs when overridden."""
    from desktop_app.core.paths import config_dir

    return config_dir() / "settings.ini"


class AppSettings:
    """Typed accessors over ``QSettings``; ``path`` is injectable for tests."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self.qsettings.value(key, default)
        if kind is bool:
            if isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return bool(value)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    # -- refresh --------------------------------------------------------------------
    @property
    def lead_minutes(self) -> float:
        """0 means automatic: the larger of 5 minutes and 10% of the token's lifetime."""
        return max(0.0, self._get("refresh/lead_minutes", 0.0, float))

    @lead_minutes.setter
    def lead_minutes(self, value: float) -> None:
        self.qsettings.setValue("refresh/lead_minutes", float(value))

    @property
    def auto_refresh(self) -> bool:
        return self._get("refresh/auto", True, bool)

    @auto_refresh.setter
    def auto_refresh(self, value: bool) -> None:
        self.qsettings.setValue("refresh/auto", bool(value))

    # -- appearance and start-up ----------------------------------------------------
    @property
    def browser_command(self) -> str:
        """Empty: the system default browser (which honours ``$BROWSER``)."""
        return self._get("browser/command", "", str).strip()

    @browser_command.setter
    def browser_command(self, value: str) -> None:
        self.qsettings.setValue("browser/command", value.strip())

    @property
    def start_minimised(self) -> bool:
        return self._get("window/start_minimised", False, bool)

    @start_minimised.setter
    def start_minimised(self, value: bool) -> None:
        self.qsettings.setValue("window/start_minimised", bool(value))

    @property
    def theme(self) -> str:
        value = self._get("window/theme", "system", str)
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("window/theme", value if value in THEMES else "system")

    # -- window state ---------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    def splitter_state(self) -> QByteArray | None:
        value = self.qsettings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def set_splitter_state(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/splitter", value)

    @property
    def last_tab(self) -> int:
        return self._get("window/last_tab", 0, int)

    @last_tab.setter
    def last_tab(self, value: int) -> None:
        self.qsettings.setValue("window/last_tab", int(value))

    # -- per-profile client IDs -----------------------------------------------------
    def client_id(self, profile_id: str) -> str:
        return self._get(f"client_ids/{profile_id}", "", str)

    def set_client_id(self, profile_id: str, client_id: str) -> None:
        self.qsettings.setValue(f"client_ids/{profile_id}", client_id.strip())

    def sync(self) -> None:
        self.qsettings.sync()


def browser_opener(command: str) -> Any:
    """The engine's browser callable for a command setting (empty: system default)."""

    def open_url(url: str) -> bool:
        from desktop_app.core.browser import open_system_browser

        return open_system_browser(url, command)

    open_url.from_settings = True  # type: ignore[attr-defined]
    return open_url
