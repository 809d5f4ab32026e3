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


def data_dir() -> Path:
    """Account store, demo provider state, API history."""
    override = _home_override()
    if override:
        return _ensure(override / "data")
    from platformdirs import user_data_dir

    return _ensure(Path(user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """Settings and administrator-supplied provider profiles (``providers/``)."""
    override = _home_override()
    if override:
        return _ensure(override / "config")
    from platformdirs import user_config_dir

    return _ensure(Path(user_config_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    """Rotating logs; never holds a token (see ``core.redact``)."""
    override = _home_override()
    if override:
        return _ensure(override / "logs")
    from platformdirs import user_log_dir

    return _ensure(Path(user_log_dir(APP_NAME, appauthor=False)))


def user_providers_dir() -> Path:
    return _ensure(config_dir() / "providers")


def resources_dir() -> Path:
    """Bundled data: provider profiles, loopback pages, icons (frozen builds included)."""
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
