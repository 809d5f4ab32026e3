"""Design §7: PySide6 6.12.0 on Python 3.11 aborted after ≈ 590 emits or void calls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal()
    value = Signal(int)


def test_ten_thousand_emits_and_void_setters(qtbot: Any) -> None:
    """10,000 signal emits and 10,000 void C++ calls leave the interpreter alive."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.value.connect(received.append)
    for i in range(10_000):
        emitter.ping.emit()
        emitter.value.emit(i)
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(10_000):
        label.setText(str(i))
        label.setVisible(False)
    assert len(received) == 10_000
    assert label.text() == "9999"
