"""Callbacks that outlive their widget: background results can arrive after a close.

``run_in_background`` delivers on the GUI thread whenever the work ends; by then the
window or dialog that asked may be gone (closed by the user, or by a test). ``guarded``
drops the call instead of touching a deleted C++ object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid


def guarded(owner: QObject, callback: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        if isValid(owner):
            return callback(*args)
        return None

    return call
