"""App preferences in an ini file under the config dir, so ``LOOPGATE_HOME`` isolates tests.

Only non-secret values live here: lead time, auto-refresh, connect timeout, browser
command, window geometry and sort, closing to the tray, and client IDs typed for
profiles that lack one (a client ID is public). Where the organisation's policy fixes a
value (``core.policy``), the getter answers the policy's and ``locked()`` says so; the
person's own choice stays in the file, untouched, for the day the policy goes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from desktop_app.core.policy.effective import EffectivePolicy

THEMES = ("system", "light", "dark")
DEFAULT_CONNECT_MINUTES = 5
MAX_CONNECT_MINUTES = 60
LOG_LEVELS = ("info", "debug")  # the person's choice; policy may also fix warning or error


def settings_path() -> Path:
    """``<config>/settings.ini``; resolved without importing platformdirs when overridden."""
    from desktop_app.core.base.paths import config_dir

    return config_dir() / "settings.ini"


class AppSettings:
    """Typed accessors over ``QSettings``; ``path`` is injectable for tests."""

    def __init__(self, path: Path | None = None, policy: EffectivePolicy | None = None) -> None:
        self.path = path or settings_path()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._policy = policy

    @property
    def policy(self) -> EffectivePolicy:
        """The organisation's policy, read on first use (never before the first paint)."""
        if self._policy is None:
            from desktop_app.core.policy.effective import load_policy

            self._policy = load_policy()
        return self._policy

    def locked(self, key: str) -> bool:
        """The organisation fixed this setting (a policy key name, e.g. ``auto_refresh``)."""
        return self.policy.is_set(key)

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
        """0: automatic (the larger of 5 min and 10% of the lifetime, at most half of it)."""
        if self.policy.refresh_lead_minutes is not None:
            return float(self.policy.refresh_lead_minutes)
        return max(0.0, self._get("refresh/lead_minutes", 0.0, float))

    @lead_minutes.setter
    def lead_minutes(self, value: float) -> None:
        self.qsettings.setValue("refresh/lead_minutes", float(value))

    @property
    def connect_timeout_minutes(self) -> int:
        """How long Connect waits for the browser before giving up (default 5 minutes)."""
        value = self._get("connect/timeout_minutes", DEFAULT_CONNECT_MINUTES, int)
        return min(max(value, 1), MAX_CONNECT_MINUTES)

    @connect_timeout_minutes.setter
    def connect_timeout_minutes(self, value: int) -> None:
        self.qsettings.setValue("connect/timeout_minutes", int(value))

    @property
    def auto_refresh(self) -> bool:
        if self.policy.auto_refresh is not None:
            return self.policy.auto_refresh
        return self._get("refresh/auto", True, bool)

    @auto_refresh.setter
    def auto_refresh(self, value: bool) -> None:
        self.qsettings.setValue("refresh/auto", bool(value))

    @property
    def log_level(self) -> str:
        """``info`` or ``debug`` ("Detailed logs for support"); the policy's when it fixes one."""
        if self.policy.log_level:
            return self.policy.log_level
        value = self._get("logging/level", "info", str)
        return value if value in LOG_LEVELS else "info"

    @log_level.setter
    def log_level(self, value: str) -> None:
        self.qsettings.setValue("logging/level", value if value in LOG_LEVELS else "info")

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
    def close_to_tray(self) -> bool:
        """Closing the window keeps Loopgate running in the tray (where there is one)."""
        return self._get("window/close_to_tray", True, bool)

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self.qsettings.setValue("window/close_to_tray", bool(value))

    @property
    def tray_notice_shown(self) -> bool:
        """The one-time "still running in the tray" notice was shown."""
        return self._get("window/tray_notice_shown", False, bool)

    @tray_notice_shown.setter
    def tray_notice_shown(self, value: bool) -> None:
        self.qsettings.setValue("window/tray_notice_shown", bool(value))

    @property
    def theme(self) -> str:
        value = self._get("window/theme", "system", str)
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("window/theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        """``auto`` (the system's language) or a language code; read before the first paint.

        Stored as written: an unknown value (a language this version lacks) is kept in the
        file and counts as ``auto`` (``i18n.choose_language``).
        """
        return self._get("window/language", "auto", str).strip() or "auto"

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("window/language", value.strip() or "auto")

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
    def detail_tab(self) -> str:
        """The detail tab left open, by name; a new user starts on the plain Overview."""
        return self._get("window/detail_tab", "overview", str) or "overview"

    @detail_tab.setter
    def detail_tab(self, value: str) -> None:
        self.qsettings.setValue("window/detail_tab", value)

    def sort_spec(self) -> tuple[int, bool] | None:
        """The accounts table's column and direction as the user left it (None: default)."""
        column = self._get("window/sort_column", -1, int)
        if column < 0:
            return None
        return column, self._get("window/sort_descending", False, bool)

    def set_sort_spec(self, column: int, descending: bool) -> None:
        self.qsettings.setValue("window/sort_column", int(column))
        self.qsettings.setValue("window/sort_descending", bool(descending))

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
        from desktop_app.core.oauth.browser import open_system_browser

        return open_system_browser(url, command)

    open_url.from_settings = True  # type: ignore[attr-defined]
    return open_url
