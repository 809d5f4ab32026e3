"""UI fixtures: isolated settings, a window wired to a given engine, background drained."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.helpers import Clock


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from desktop_app.ui.common.settings import AppSettings

    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Iterator[None]:
    """The app's own start-up installs a language; tests start in English (plural forms
    included), and one that switched language is put back afterwards."""
    from PySide6.QtCore import QLocale

    from desktop_app.ui.common.i18n import ENGLISH, install_language

    # The machine's own locale must not decide how a test's times read: British English.
    install_language(ENGLISH, system=QLocale("en_GB"))  # cheap: one small catalogue
    yield
    install_language(ENGLISH, system=QLocale("en_GB"))


@pytest.fixture(autouse=True)
def drain_background() -> Iterator[None]:
    """No pool thread may outlive its test (it would call back into a dead widget)."""
    yield
    from desktop_app.ui.common.background import wait_for_all

    wait_for_all(10000)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window_for(qtbot: Any, settings: Any) -> Iterator[Callable[..., Any]]:
    """Builds a started ``MainWindow`` around ``engine`` and waits until accounts load.

    The fixture closes its windows itself, after their background work is drained:
    ``qtbot.addWidget`` would delete them in pytest-qt's teardown hook, before this
    fixture's teardown, so a late result (the detail tabs are still being built after a
    quick test) would land on deleted widgets.
    """
    from desktop_app.ui.shell.main_window import MainWindow

    windows: list[Any] = []

    def build(engine: Any, **kwargs: Any) -> Any:
        window = MainWindow(settings, engine_factory=lambda: engine, **kwargs)
        windows.append(window)
        window.show()
        with qtbot.waitSignal(window.accounts_loaded, timeout=10000):
            window.start()
        return window

    yield build
    from shiboken6 import isValid

    from desktop_app.ui.common.background import pending, wait_for_all

    live = [w for w in windows if isValid(w)]
    for window in live:
        window.health.stop()
        window.ticker.stop()
    # Let finished work deliver its callbacks while the windows still exist; a result
    # may start more work (tabs built, tokens read, then signatures checked): drain all.
    for _ in range(200):
        wait_for_all(10000)
        qtbot.wait(5)
        if not pending() and all(w.detail.ready or not w.detail.installed for w in live):
            break
    for window in live:
        window.close()
        window.deleteLater()
    wait_for_all(10000)
    qtbot.wait(10)
