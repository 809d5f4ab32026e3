"""Text that carries a state (verified, warning, error, note) is coloured by the style sheet.

A label says what it is with a ``role`` property; ``app.qss`` and ``dark.qss`` give each
role a colour with a WCAG contrast of at least 4.5 in its theme, so a change of theme
recolours it (inline colours in rich text would stay as they were). The words always
say the state too: colour is never the only sign.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

TEXT_ROLES = ("okText", "warningText", "errorText", "infoText")


def set_role(widget: QWidget, role: str) -> None:
    """Sets the ``role`` property and re-polishes so the style sheet's rule applies now."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
