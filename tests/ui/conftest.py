"""UI fixtures: isolated settings, a window wired to a given engine, background drained."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.helpers import Clock


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from desktop_app.ui.settings import AppSettings

    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture(autouse=True)
def drain_background() -> Iterator[None]:
    """No pool thread may outlive its test (it would call back into a dead widget)."""
    yield
    from desktop_app.ui.background import wait_for_all

    wait_for_all(10000)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window_for(qtbot: Any, settings: Any) -> Iterator[Callable[..., Any]]:
    """Builds a started ``MainWindow`` around ``engine`` and waits until accounts load."""
    from desktop_app.ui.main_window import MainWindow

    windows: list[Any] = []

    def build(engine: Any, **kwargs: Any) -> Any:
        window = MainWindow(settings, engine_factory=lambda: engine, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        with qtbot.waitSignal(window.accounts_loaded, timeout=10000):
            window.start()
        return window

    yield build
    from desktop_app.ui.background import wait_for_all

    for window in windows:
        window.health.stop()
        window.ticker.stop()
    # Let finished work deliver its callbacks while the windows still exist.
    wait_for_all(10000)
    qtbot.wait(10)
