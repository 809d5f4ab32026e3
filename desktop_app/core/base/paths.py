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
    """Bundled data: provider profiles, loopback pages, icons, styles.

    The package ``desktop_app.resources`` (the repository's top-level ``resources/``,
    mapped in by ``setup.py``), found through ``importlib.resources``: the same call serves
    a wheel, an editable install and the PyInstaller bundle (which carries the package and
    its files at ``<_MEIPASS>/desktop_app/resources``). A bare source checkout that was never
    installed falls back to ``resources/`` beside the ``desktop_app`` folder. A missing
    folder is a ``LoopgateError`` naming the path, never an empty provider list.
    """
    folder = _package_folder() or _resources_package()
    for needed in ("providers", "pages"):
        if not (folder / needed).is_dir():
            from .errors import LoopgateError

            raise LoopgateError(
                f"Loopgate's bundled files are missing: {folder / needed} was not found. "
                "Reinstall Loopgate.",
                detail=f"resources folder: {folder}",
            )
    return folder


def _package_folder() -> Path | None:
    """The package's folder on disk, found without importing ``importlib.resources``.

    That import costs ≈ 3 ms before the first paint; for a package on disk (wheel,
    editable install, frozen bundle) ``importlib.resources.files`` names this same folder.
    A bare source checkout keeps the files in the top-level ``resources/``.
    """
    import desktop_app

    package = Path(desktop_app.__file__).resolve().parent
    if (package / "resources" / "providers").is_dir():
        return package / "resources"
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    return None


def _resources_package() -> Path:
    """Any other way the package was installed: ask ``importlib.resources``."""
    import importlib.resources

    try:
        traversable = importlib.resources.files("desktop_app.resources")
    except ModuleNotFoundError:
        import desktop_app

        return Path(desktop_app.__file__).resolve().parent / "resources"
    return traversable if isinstance(traversable, Path) else Path(str(traversable))
