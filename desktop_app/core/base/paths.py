"""Where Loopgate keeps its files: the platform's app dirs, or ``LOOPGATE_HOME``."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Loopgate"
HOME_ENV = "LOOPGATE_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        # Other local users must not read account metadata or the demo provider's keys.
        path.chmod(0o700)
    return path


def _app_dir(folder: str, platform_dirs_function: str) -> Path:
    """``LOOPGATE_HOME/<folder>`` when set, else the platform's own per-user folder."""
    override = _home_override()
    if override:
        return _ensure(override / folder)
    import platformdirs

    locate = getattr(platformdirs, platform_dirs_function)
    return _ensure(Path(locate(APP_NAME, appauthor=False)))


def data_dir() -> Path:
    """Account store, demo provider state, API history."""
    return _app_dir("data", "user_data_dir")


def config_dir() -> Path:
    """Settings and administrator-supplied provider profiles (``providers/``)."""
    return _app_dir("config", "user_config_dir")


def log_dir() -> Path:
    """Rotating logs; never holds a token (see ``core.redact``)."""
    return _app_dir("logs", "user_log_dir")


def user_providers_dir() -> Path:
    return _ensure(config_dir() / "providers")


def resources_dir() -> Path:
    """Bundled data: provider profiles, loopback pages, icons (frozen builds included)."""
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"
