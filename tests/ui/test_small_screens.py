"""Small screens and scaling: 1366 × 768 at 150% (910 × 512 logical) and 1024 × 640.

Every panel and dialog is opened at those sizes and checked as a person would look at
it: no text cut off (``layout_check``), no sideways scrolling in the accounts table, a
window that can be made small enough. Scaling runs in a child process per factor.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.common.theme import load_stylesheet
from tests.ui.helpers import make_account
from tests.ui.layout_check import cells_cut, clipped_text, survey

ROOT = Path(__file__).resolve().parents[2]
SMALL = [QSize(910, 512), QSize(1024, 640)]


@pytest.fixture
def window(qtbot: Any, qapp: Any, window_for: Any, engine: Any) -> Any:
    """The styled window with a Demo account and one with a long name."""
    load_stylesheet(qapp)
    engine.connect("demo", timeout=30)
    long_name = "Harbour Legal, accounts department (Priya Natarajan)"
    engine.store.upsert(make_account(7, now=time.time(), label=long_name, expires_in=30))
    window = window_for(engine)
    qtbot.waitUntil(lambda: window.detail.ready, timeout=10000)
    yield window
    qapp.setStyleSheet("")


def test_the_checker_sees_cut_text(qtbot: Any) -> None:
    """A squeezed label, a wrapped label too short, a narrow button: all reported."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    squeezed = QLabel("A label much wider than the space it is given", root)
    squeezed.setObjectName("squeezed")
    squeezed.setMaximumWidth(60)
    wrapped = QLabel("Wrapped text that needs three or four lines at this narrow width.", root)
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    elided = QLabel("Elided on purpose…", root)
    elided.setProperty("elided", True)
    elided.setMaximumWidth(40)
    button = QPushButton("Copy payload JSON", root)
    button.setObjectName("narrow")
    button.setFixedWidth(50)
    for widget in (squeezed, wrapped, elided, button):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = " ".join(clipped_text(root))
    assert "squeezed" in found and "wrapped" in found and "narrow" in found
    assert "Elided" not in found


@pytest.mark.parametrize("size", SMALL, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_panel_and_dialog_fits(window: Any, size: QSize) -> None:
    """Overview, inspector, explorer and every dialog: nothing cut, the table fits across."""
    report = survey(window, size)
    assert report["window"] == [size.width(), size.height()]
    assert report["clipped"] == {}
    assert report["dialogs_too_big"] == []
    assert report["table_scrolls_sideways"] is False


def test_the_window_can_be_made_small_enough(window: Any) -> None:
    """The minimum size fits 910 × 512; the table keeps its header and three rows."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 910 and hint.height() <= 512
    assert window.minimumSize().width() <= 910 and window.minimumSize().height() <= 512
    window.resize(910, 512)
    assert window.table.height() >= window.table.minimumHeight() > 3 * 28


def test_table_columns_fit_at_1024(window: Any) -> None:
    """At 1024 wide: no sideways scroll bar, every header and fixed cell fully shown."""
    from desktop_app.ui.accounts.view import column_samples
    from tests.ui.layout_check import header_cut

    window.resize(1024, 640)
    for _ in range(3):
        window.repaint()
    table = window.table
    assert table.horizontalScrollBar().maximum() == 0
    assert header_cut(table.horizontalHeader()) == []
    assert cells_cut(table, tuple(column_samples())) == []


def test_first_size_fits_a_small_screen(window: Any) -> None:
    """A first start on a small screen opens within it, not 1180 × 800 over its edges."""
    from desktop_app.ui.shell.main_window import first_size

    free = window.screen().availableGeometry()
    size = first_size(window)
    assert size.width() <= min(1180, free.width()) and size.height() <= min(800, free.height())


def run_scaled(factor: float, tmp_path: Path) -> dict[str, Any]:
    from desktop_app.ui.screenshots import scaled_environment

    env = scaled_environment(factor, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.scaled_survey"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("factor", "screen"),
    [(1.5, [911, 512]), (2.0, [1366, 768])],
    ids=["150%", "200%"],
)
def test_scaled_screens(tmp_path: Path, factor: float, screen: list[int]) -> None:
    """At 150% on 1366 × 768 and 200% on 2732 × 1536: the same survey, nothing cut."""
    report = run_scaled(factor, tmp_path)
    assert report["ratio"] == factor
    assert report["screen"] == screen
    assert report["clipped"] == {}
    assert report["dialogs_too_big"] == []
    assert report["table_scrolls_sideways"] is False
    minimum, first = report["minimum"], report["first_size"]
    assert minimum[0] <= screen[0] and minimum[1] <= screen[1]
    assert first[0] <= screen[0] and first[1] <= screen[1]


def test_settings_cannot_be_squeezed_below_its_help_text(qtbot: Any, settings: Any) -> None:
    """Made narrow and short by hand, Settings keeps the height its wrapped help needs."""
    from desktop_app.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumWidth(), 120)
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumHeight() > 120)
    assert clipped_text(dialog) == []
