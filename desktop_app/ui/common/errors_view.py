"""Errors as people should see them: plain words first, the technical detail one click away.

Also the last line of defence: ``install_excepthook`` logs an unexpected exception
(through the redacting log set-up) and shows a short message instead of a traceback.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("desktop_app.ui")


def describe(exc: BaseException) -> tuple[str, str]:
    """(plain message, technical detail) for any exception; the detail is redacted.

    The message is in the GUI's language (``messages.error_text``); an English core
    message with no translation is kept under the detail.
    """
    from .messages import error_text

    name = type(exc).__name__
    message, detail = error_text(exc)
    if not message:
        message = QCoreApplication.translate(
            "Errors", "Something unexpected went wrong. The details were written to the log."
        )
        detail = detail or str(exc)
    return message, _redacted(f"{name}: {detail}" if detail else name)


_URL = re.compile(r"\b(?:https?|file)://[^\s<>\"“”']+")
_NO_BREAK = "\u2060"  # WORD JOINER: no line break on either side of it
URL_LIMIT = 64


def unbreakable_urls(text: str, limit: int = URL_LIMIT) -> str:
    """Web addresses kept on one line (``http://⏎127.0.0.1…`` is unreadable), long ones
    shortened in the middle; the label wraps between words only."""

    def keep(match: re.Match[str]) -> str:
        url = match.group(0)
        tail = ""
        while url and url[-1] in ".,;:)":  # sentence punctuation is not part of it
            url, tail = url[:-1], url[-1] + tail
        if len(url) > limit:
            half = (limit - 1) // 2
            url = f"{url[:half]}…{url[-half:]}"
        return _NO_BREAK.join(url) + tail

    return _URL.sub(keep, text)


class ErrorPanel(QWidget):
    """A message with a "Details" expander and "Copy details"; hidden until ``show_error``.

    ``inline``: a validation message inside a form, in the dialog's own font (the style
    sheet's larger ``error`` role is for a page that is all about the error).
    """

    def __init__(
        self, parent: QWidget | None = None, name: str = "errorPanel", *, inline: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Error message"))
        self.message.setProperty("role", "errorText" if inline else "error")
        row = QHBoxLayout()
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"{name}DetailsToggle")
        self.toggle.setAccessibleName(self.tr("Show technical details"))
        self.toggle.setText(self.tr("Details"))
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self._toggled)
        self.copy = QPushButton(self.tr("Copy details"), self)
        self.copy.setObjectName(f"{name}CopyDetails")
        self.copy.setAccessibleName(self.tr("Copy error details"))
        self.copy.clicked.connect(self.copy_details)
        row.addWidget(self.toggle)
        row.addStretch(1)
        row.addWidget(self.copy)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName(f"{name}Details")
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.hide()
        self._text = ""
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.details)

    def show_error(self, message: str, detail: str = "") -> None:
        self._text = message  # as given: what "Copy details" copies
        self.message.setText(unbreakable_urls(message))
        self.message.setToolTip(message if message != self.message.text() else "")
        self.details.setPlainText(detail)
        self.toggle.setVisible(bool(detail))
        self.copy.setVisible(bool(detail))
        self.toggle.setChecked(False)
        self.show()

    def show_exception(self, exc: BaseException) -> None:
        self.show_error(*describe(exc))

    def copy_details(self) -> None:
        text = f"{self._text}\n\n{self.details.toPlainText()}".strip()
        QGuiApplication.clipboard().setText(text)

    def _toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)


def _redacted(text: str) -> str:
    try:
        from desktop_app.core.base.redact import redact_text

        return redact_text(text.strip())
    except Exception:  # the message must still appear
        return text.strip()


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A modal message box with the detail behind its "Show Details…" button."""
    message, detail = describe(exc)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if detail:
        box.setDetailedText(detail)
    box.open()


_showing = False


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    try:
        from desktop_app.core.base.logs import configure_logging

        configure_logging()
    except Exception:  # logging must never be the reason the app dies
        pass
    log.error("unexpected error", exc_info=(kind, exc, tb))
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    app = QApplication.instance()
    if app is None or _showing:
        sys.__excepthook__(kind, exc, tb)
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("unexpectedErrorBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Loopgate")
        box.setText(
            QCoreApplication.translate(
                "Errors",
                "Something unexpected went wrong. Loopgate kept running; the details were "
                "written to its log.",
            )
        )
        box.setDetailedText(_redacted("".join(traceback.format_exception_only(kind, exc))))
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = _excepthook
