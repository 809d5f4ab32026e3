"""Provider logos and the app icon from ``resources/icons``, cached and loaded lazily.

Loading SVGs pulls in Qt's image plugin, so nothing here runs before the first paint.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

FALLBACK = "custom.svg"


def icons_dir() -> Path:
    from desktop_app.core.base.paths import resources_dir

    return resources_dir() / "icons"


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    """``name`` as given by a profile (``clover.svg``); unknown names get a generic key."""
    path = icons_dir() / (name or FALLBACK)
    if not path.is_file():
        path = icons_dir() / FALLBACK
    return QIcon(str(path))


def app_icon() -> QIcon:
    return icon("loopgate.svg")
