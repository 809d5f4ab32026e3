"""``loopgate-gui --self-test``: the core's self-test plus what only the GUI needs.

A frozen build can paint an empty window yet lack the SVG image plugin (every icon is an
SVG), its style sheet, or a panel module that is imported only when a tab is first
opened; these steps load each of them for real, then run the core's steps.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

PANELS = (
    "desktop_app.ui.inspector.widget",
    "desktop_app.ui.explorer.widget",
    "desktop_app.ui.connect.dialog",
    "desktop_app.ui.settings.dialog",
    "desktop_app.ui.shell.tray",
)


def check_window(scratch: Path) -> str:
    """The main window builds and paints (offscreen when there is no display)."""
    from ..common.settings import AppSettings
    from .main_window import MainWindow

    window = MainWindow(AppSettings(scratch / "settings.ini"))
    loop = QEventLoop()
    window.first_painted.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    window.show()
    loop.exec()
    painted = window._painted
    window.close()
    window.deleteLater()
    if not painted:
        raise RuntimeError("the main window did not paint within 10 s")
    return "painted"


def check_style(_scratch: Path) -> str:
    """The style sheet is applied (a missing file would leave the app unstyled)."""
    from ..common.theme import load_stylesheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    load_stylesheet(app)
    if not app.styleSheet().strip():
        raise RuntimeError("no style sheet was applied")
    return f"{len(app.styleSheet())} characters"


def check_icons(_scratch: Path) -> str:
    """SVG icons render: the image plugin that draws them is in the build."""
    from PySide6.QtGui import QIcon

    from desktop_app.core.base.paths import resources_dir

    for name in ("loopgate.svg", "demo.svg", "clover.svg", "clio.svg", "cloverleaf.svg"):
        if QIcon(str(resources_dir() / "icons" / name)).pixmap(32, 32).isNull():
            raise RuntimeError(f"icons/{name} did not render (is the SVG image plugin missing?)")
    return "5 provider and app icons rendered"


def check_panels(_scratch: Path) -> str:
    """Every panel module imports (they load lazily, so a missing one shows only later)."""
    import importlib

    for module in PANELS:
        importlib.import_module(module)
    return f"{len(PANELS)} panel modules"


def run(out: TextIO | None) -> int:
    from desktop_app.self_test import CORE_STEPS, run_steps

    steps = (
        ("window", check_window),
        ("style sheet", check_style),
        ("icons", check_icons),
        ("panels", check_panels),
        *CORE_STEPS,
    )
    return run_steps(steps, out or _report_file())


def _report_file() -> TextIO:
    """A windowed build has no console: the report goes to the log folder instead."""
    from desktop_app.core.base.paths import log_dir

    return (log_dir() / "self-test.txt").open("w", encoding="utf-8")
