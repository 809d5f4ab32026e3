"""Settings the organisation fixed: shown with their value, disabled, and saying why."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.core.policy.effective import SET_BY_ORGANISATION


def lock(widget: QWidget) -> None:
    """Disabled, with the reason where a pointer and a screen reader find it."""
    widget.setEnabled(False)
    widget.setToolTip(SET_BY_ORGANISATION)
    widget.setAccessibleDescription(SET_BY_ORGANISATION)


def locked_note(name: str, parent: QWidget) -> QLabel:
    note = QLabel(SET_BY_ORGANISATION, parent)
    note.setObjectName(name)
    note.setProperty("role", "muted")
    return note


def with_note(widget: QWidget, name: str, locked: bool) -> QWidget:
    """``widget`` alone, or beside its "Set by your organisation" note when locked."""
    if not locked:
        return widget
    lock(widget)
    row = QWidget(widget.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 1)
    layout.addWidget(locked_note(name, row))
    return row
