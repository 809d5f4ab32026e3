"""Application start-up, ordered for a fast first paint (design §6).

Before the window paints only QtCore/QtGui/QtWidgets (and QtNetwork for the single
instance check) are loaded; logging, the tray, the detail widgets and the engine
(requests, keyring, JWT) all come after the first paint. ``--smoke`` exits at the first
idle moment after that paint and prints the time it took to stderr.
"""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

FLAGS = ("--smoke", "--minimised", "--self-test")


def parse_args(argv: list[str]) -> Any:
    """The usual flags without argparse (its gettext and locale cost ≈ 4 ms before paint)."""
    if all(arg in FLAGS for arg in argv):
        return SimpleNamespace(**{flag[2:].replace("-", "_"): flag in argv for flag in FLAGS})
    import argparse

    parser = argparse.ArgumentParser(prog="loopgate-gui", description="Loopgate desktop app")
    parser.add_argument(
        "--smoke", action="store_true", help="open the window, wait for the first paint, exit 0"
    )
    parser.add_argument("--minimised", action="store_true", help="start in the system tray")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (window, icons, keychain, TLS, JWT, demo provider); "
        "exit non-zero naming the failed step",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def run(argv: list[str], started: float | None = None) -> int:
    started = time.perf_counter() if started is None else started
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Loopgate")
    app.setOrganizationName("Loopgate")
    app.setDesktopFileName("loopgate")
    if args.self_test:
        from .self_test import run as self_test

        return self_test(sys.stdout)
    server = None
    if not args.smoke:
        from .single_instance import claim

        server = claim(app)
        if server is None:
            return 0  # this user's running Loopgate comes to the front instead (logged)

    from ..common.i18n import install_language
    from ..common.settings import AppSettings
    from ..common.theme import apply_theme, load_stylesheet
    from .main_window import MainWindow

    settings = AppSettings()
    install_language(settings.language)  # before any window: every tr() sees it
    apply_theme(settings.theme, startup=True)
    load_stylesheet(app)
    window = MainWindow(settings)
    if server is not None:
        server.raise_requested.connect(window.bring_to_front)

    if args.smoke:

        def smoke_done() -> None:
            painted = time.perf_counter() - started
            print(f"loopgate: first paint after {painted * 1000:.0f} ms", file=sys.stderr)
            app.quit()

        window.first_painted.connect(smoke_done)
        window.show()
        return app.exec()

    window.first_painted.connect(lambda: after_first_paint(app, window))
    hidden = (args.minimised or settings.start_minimised) and (
        QSystemTrayIcon.isSystemTrayAvailable()
    )
    if hidden:
        QTimer.singleShot(0, lambda: after_first_paint(app, window))
    else:
        window.show()
    code = app.exec()
    from ..common.background import wait_for_all

    wait_for_all(3000)
    return code


def after_first_paint(app: QApplication, window: object) -> None:
    """Everything that can wait: logging, crash handler, tray, then the engine."""
    from desktop_app.core.base.logs import configure_logging

    from ..common.errors_view import install_excepthook
    from ..common.theme import follow_system
    from .main_window import MainWindow
    from .tray import Tray

    assert isinstance(window, MainWindow)
    if window.started:
        return
    configure_logging()
    install_excepthook()
    line = QCoreApplication.translate("TrayWindow", "{title}: {message}")
    tray = Tray(
        lambda title, text: window.statusBar().showMessage(
            line.format(title=title, message=text), 15000
        )
    )
    attach_tray(window, tray, app.quit)
    window.start()
    follow_system(window.model)  # the model exists once start() built the body


def attach_tray(window: Any, tray: Any, quit_app: Any) -> None:
    """The tray's menu and notifications act on the window; Quit ends the app for good."""
    tray.setParent(window)
    tray.show_requested.connect(window.bring_to_front)
    tray.quit_requested.connect(window.quit_app)
    # Hidden in the tray, the window's close is not "the last window closed": quit here.
    window.closed_for_good.connect(lambda: QTimer.singleShot(0, quit_app))
    tray.account_chosen.connect(
        lambda account_id: (window.bring_to_front(), window.reconnect(account_id))
    )
    window.tray = tray if tray.available else None
