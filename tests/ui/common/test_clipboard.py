"""A copied token is marked secret for clipboard managers and cleared after a minute."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from desktop_app.ui.common import clipboard as clipboard_module
from desktop_app.ui.common.clipboard import SENSITIVE_FORMATS, copy_secret


@pytest.fixture
def quick_clear(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(clipboard_module, "CLEAR_AFTER_MS", 150)
    return 150


def test_a_copied_secret_carries_every_os_marker(qtbot: Any) -> None:
    """KDE hint, the three Windows formats (DWORD 0) and the macOS concealed type."""
    assert copy_secret("tok-0123456789") == 60
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "tok-0123456789"
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    history = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
    assert bytes(data.data(history).data()) == b"\x00\x00\x00\x00"
    assert set(SENSITIVE_FORMATS) <= set(data.formats())


def test_it_is_cleared_when_still_on_the_clipboard(qtbot: Any, quick_clear: int) -> None:
    """After the delay the secret is gone."""
    copy_secret("tok-cleared-later")
    assert QGuiApplication.clipboard().text() == "tok-cleared-later"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)


def test_what_the_user_copied_since_is_left_alone(qtbot: Any, quick_clear: int) -> None:
    """Another copy in the meantime is not wiped by the secret's timer."""
    copy_secret("tok-replaced-by-user")
    QGuiApplication.clipboard().setText("the user's own text")
    guard = QGuiApplication.instance().findChild(clipboard_module._SecretClipboard)
    qtbot.waitUntil(lambda: not guard._timer.isActive(), timeout=3000)  # the timer has fired
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_a_process_that_ends_with_a_secret_on_the_clipboard_exits_cleanly() -> None:
    """Qt would free our QMimeData after Python let go of it: the secret is cleared first."""
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.ui.common.clipboard import copy_secret\n"
        "copy_secret('a-secret-left-behind')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, timeout=60)
    assert result.returncode == 0
