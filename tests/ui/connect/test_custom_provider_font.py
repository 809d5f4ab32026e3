"""The custom-provider dialog's validation message reads like the rest of the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QPalette

from desktop_app.ui.common.theme import load_stylesheet
from tests.ui.contrast import TEXT, contrast


@pytest.fixture
def styled(qapp: Any) -> Iterator[Any]:
    load_stylesheet(qapp)
    yield qapp
    qapp.setStyleSheet("")


def test_validation_message_uses_the_dialogs_font(qtbot: Any, styled: Any, engine: Any) -> None:
    """Same font and size as the form (not the error page's larger one), readable colour."""
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog

    dialog = CustomProviderDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.issuer.setText("http://idp.example.com")
    dialog.save()
    message = dialog.error.message
    assert message.isVisible() and "cannot be used" in message.text()
    assert message.font().pointSizeF() == dialog.issuer.font().pointSizeF()
    assert message.font().family() == dialog.font().family()
    palette = message.palette()
    text, window = palette.color(message.foregroundRole()), palette.color(QPalette.ColorRole.Window)
    assert text != dialog.palette().color(QPalette.ColorRole.WindowText)  # marked as an error
    assert contrast(text, window) >= TEXT
