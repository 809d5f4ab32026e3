"""Help ▸ Export support bundle…: a zip for support, saved where the person chooses.

The bundle is built by ``core.support.bundle`` on a worker (it reads the keychain to
scrub every token it holds, which may wait on an unlock prompt); the window only asks
where to save it and says where it went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..common.background import run_in_background
from ..common.lifetime import guarded

TITLE = "Export support bundle"


def ask_where(window: Any) -> str:
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.core.support.bundle import default_name

    suggested = str(Path.home() / default_name())
    path, _ = QFileDialog.getSaveFileName(window, TITLE, suggested, "Zip files (*.zip)")
    return path


def export_support_bundle(window: Any, path: str = "") -> None:
    """Saves the bundle to ``path`` (asked for when empty); ``support_bundle_saved`` then fires."""
    if not window._need_engine():
        return
    path = path or ask_where(window)
    if not path:
        return
    engine = window.engine

    def op(_cancel: Any) -> Path:
        from desktop_app.core.base.paths import config_dir, log_dir
        from desktop_app.core.support.bundle import build_support_bundle

        return build_support_bundle(engine, Path(path), log_dir=log_dir(), config_dir=config_dir())

    def saved(target: Path) -> None:
        window.statusBar().showMessage(
            f"Support bundle saved to {target} (tokens and secrets removed).", 15000
        )
        window.support_bundle_saved.emit(str(target))

    def failed(exc: BaseException) -> None:
        from ..common.errors_view import show_error

        window.statusBar().clearMessage()
        show_error(window, TITLE, exc)

    window.statusBar().showMessage("Saving the support bundle…")
    run_in_background(op, guarded(window, saved), guarded(window, failed))
