"""Copy as curl: the request as a command, with ``$TOKEN`` unless the user confirms the real one.

The URL in the command is the one the engine decided it may send the token to
(``Engine.prepare_request``: the destination check, query folded in). A command with the
real token is copied as a secret: marked for clipboard managers, cleared after a minute.

The keychain read and the request preparation run off the GUI thread. The "Copied …"
note fades after ``note_ms`` and goes at once when the checkbox or the account changes,
so it never describes a copy that is no longer what the checkbox says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop_app.core.api.calls import ApiRequest, as_curl
from desktop_app.core.base.errors import LoopgateError
from desktop_app.core.storage.accounts import Account
from desktop_app.ui.common.background import run_in_background
from desktop_app.ui.common.clipboard import copy_secret
from desktop_app.ui.common.lifetime import guarded

if TYPE_CHECKING:
    from desktop_app.core.engine.engine import Engine

NOTE_MS = 5000


class CurlTools(QWidget):
    """The "Copy as curl" button, the real-token checkbox and the note beside them."""

    def __init__(self, confirm: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curlTools")
        self._confirm = confirm
        self._copy_number = 0
        self.status = QLabel(self)
        self.status.setObjectName("curlStatus")
        self.status.setAccessibleName("Copy as curl result")
        self.button = QPushButton("Copy as curl", self)
        self.button.setObjectName("copyCurlButton")
        self.button.setAccessibleName("Copy as curl")
        self.real_token_check = QCheckBox("Include the real token", self)
        self.real_token_check.setObjectName("includeTokenCheck")
        self.real_token_check.setAccessibleName("Include the real token in the curl command")
        self.real_token_check.toggled.connect(self._toggled)
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(NOTE_MS)
        self._fade.timeout.connect(self.clear_note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.button, self.real_token_check):
            layout.addWidget(widget)

    @property
    def note_ms(self) -> int:
        return self._fade.interval()

    @note_ms.setter
    def note_ms(self, value: int) -> None:
        self._fade.setInterval(value)

    def lock_real_token(self, reason: str) -> None:
        """Organisation policy: the real token never goes to the clipboard from here."""
        self.reset()
        self.real_token_check.setEnabled(False)
        self.real_token_check.setToolTip(reason)
        self.real_token_check.setAccessibleDescription(reason)

    def reset(self) -> None:
        """Another account: its token was never confirmed, and nothing of it was copied."""
        self.real_token_check.blockSignals(True)
        self.real_token_check.setChecked(False)
        self.real_token_check.blockSignals(False)
        self.clear_note()

    def clear_note(self) -> None:
        self._copy_number += 1  # a copy still under way no longer reports
        self._fade.stop()
        self.status.clear()

    def _note(self, text: str) -> None:
        self.status.setText(text)
        self._fade.start()

    def copy(self, engine: Engine, account: Account, request: ApiRequest) -> None:
        real = self.real_token_check.isChecked() and self.real_token_check.isEnabled()
        self._copy_number += 1
        number = self._copy_number

        def op(_cancel: Any) -> str:
            prepared = engine.prepare_request(account, request)
            token = engine.tokens.current(account.id).access_token if real else None
            return as_curl(prepared, token)

        def copied(command: str) -> None:
            if number != self._copy_number:
                return  # the checkbox or the account changed meanwhile: not what was asked
            if real:
                seconds = copy_secret(command)
                self._note(
                    f"Copied with the real token; it clears from the clipboard in {seconds} s."
                )
            else:
                QGuiApplication.clipboard().setText(command)
                self._note("Copied with $TOKEN in place of the token.")

        def failed(exc: BaseException) -> None:
            if number == self._copy_number:
                message = exc.message if isinstance(exc, LoopgateError) else type(exc).__name__
                self._note(f"Could not copy: {message}")

        run_in_background(op, guarded(self, copied), guarded(self, failed))

    def _toggled(self, checked: bool) -> None:
        self.clear_note()
        if checked and not self._confirm():
            self.real_token_check.blockSignals(True)
            self.real_token_check.setChecked(False)
            self.real_token_check.blockSignals(False)


def ask_real_token(parent: QWidget) -> bool:
    """The one confirmation before a live token goes to the clipboard."""
    answer = QMessageBox.question(
        parent,
        "Include the real token?",
        "The copied command will contain this account's live access token. Anyone who "
        "sees it can act as this account until the token expires. Include it?",
    )
    return answer == QMessageBox.StandardButton.Yes
