"""The API explorer widget: edit a request, send it with the account's token, read the answer.

Everything slow runs through ``run_in_background``: the call itself (streamed, so Cancel
takes effect between chunks), parsing (in a worker process for large bodies, see
``sending``), keychain reads for "Copy as curl", and the history file. The GUI thread
only ever shows a bounded amount: a lazy tree (``json_model``) and paged raw text
(``raw_view``), so 10 MB and 50 MB responses keep the window responsive.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.accounts import Account
from desktop_app.core.api import as_curl
from desktop_app.core.errors import LoopgateError, ReconnectNeeded
from desktop_app.core.history import HistoryEntry
from desktop_app.ui.background import Task, run_in_background

from .history_list import HistoryList
from .request_editor import RequestEditor
from .response_view import ResponsePane
from .sending import SendResult, WorkerHolder, send_and_parse

if TYPE_CHECKING:
    from desktop_app.core.engine import Engine

log = logging.getLogger(__name__)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class ApiExplorer(QWidget):
    accounts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apiExplorer")
        self.setAccessibleName("API explorer")
        self._engine: Engine | None = None
        self._account: Account | None = None
        self._task: Task | None = None
        self._generation = 0
        self._workers = WorkerHolder()
        self.confirm_real_token = self._confirm_real_token  # tests replace this
        self.account_label = QLabel(self)
        self.account_label.setObjectName("explorerAccountLabel")
        self.editor = RequestEditor(self)
        self.editor.send_requested.connect(self.send)
        self.send_button = _button("Send", "sendButton", "Send the request", self)
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = _button("Cancel", "cancelButton", "Cancel the request", self)
        self.cancel_button.clicked.connect(self.cancel)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setAccessibleName("Request in progress")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("elapsedLabel")
        self.editor.url_row.addWidget(self.send_button)
        self.editor.url_row.addWidget(self.cancel_button)
        self.curl_button = _button("Copy as curl", "copyCurlButton", "Copy as curl", self)
        self.curl_button.clicked.connect(self.copy_curl)
        self.real_token_check = QCheckBox("Include the real token", self)
        self.real_token_check.setObjectName("includeTokenCheck")
        self.real_token_check.setAccessibleName("Include the real token in the curl command")
        self.real_token_check.toggled.connect(self._real_token_toggled)
        self.curl_status = QLabel(self)
        self.curl_status.setObjectName("curlStatus")
        tools = QHBoxLayout()
        for widget in (self.busy, self.elapsed_label):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.curl_status, self.curl_button, self.real_token_check):
            tools.addWidget(widget)
        self.response = ResponsePane(self)
        self.history = HistoryList(self)
        self.history.chosen.connect(self.load_history_entry)
        request_box = QWidget(self)
        request_layout = QVBoxLayout(request_box)
        request_layout.setContentsMargins(0, 0, 0, 0)
        request_layout.addWidget(self.account_label)
        request_layout.addWidget(self.editor, 1)
        request_layout.addLayout(tools)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(request_box)
        right.addWidget(self.response)
        right.setStretchFactor(1, 2)
        right.setSizes([230, 570])
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.history)
        main.addWidget(right)
        main.setStretchFactor(1, 3)
        main.setSizes([240, 760])
        empty = QLabel("Select an account to call its API with the account's token.", self)
        empty.setObjectName("explorerEmptyState")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(empty)
        self.pages.addWidget(main)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._show_elapsed)
        self._set_busy(False)
        self.set_account(None)

    # -- contract with the main window ---------------------------------------------------
    def set_engine(self, engine: Engine) -> None:
        self._engine = engine

    def set_account(self, account: Account | None) -> None:
        same = account is not None and self._account is not None and account.id == self._account.id
        self._account = account
        if account is None or self._engine is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        if same:
            return  # a refresh of the same account: keep the request being edited
        self.cancel()
        profile = self._engine.registry.get(account.profile_id)
        self.account_label.setText(
            f"Calling <b>{profile.display_name}</b> as <b>{account.label}</b> — the account's "
            "token is added for you."
        )
        self.editor.set_provider(profile.api_base, profile.presets, account.placeholders())
        self.response.clear("No response yet. Choose a preset or type an address, then Send.")
        engine, profile_id = self._engine, account.profile_id
        run_in_background(
            lambda _c: engine.resolved_profile(profile_id).api_base,
            self._resolved_base(account.id),
            lambda exc: log.info("could not resolve the API base: %s", type(exc).__name__),
        )
        self.refresh_history()

    def shutdown(self) -> None:
        """Stops the JSON worker process (the main window calls this on quit)."""
        self.cancel()
        self._workers.close()

    # -- sending -----------------------------------------------------------------------
    def send(self) -> None:
        if self._engine is None or self._account is None or self._task is not None:
            return
        self._generation += 1
        generation = self._generation
        self.response.clear("Sending…")
        self._set_busy(True)
        op = send_and_parse(self._engine, self._account.id, self.editor.request(), self._workers)
        self._task = run_in_background(
            op,
            lambda result: self._sent(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def cancel(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        self._generation += 1  # late results of the cancelled call are ignored
        self._workers.interrupt()
        self._set_busy(False)
        self.response.clear("Cancelled. Nothing was shown from that request.")
        self.refresh_history()

    def _sent(self, generation: int, result: SendResult) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._set_busy(False)
        self.response.show_response(
            result.response, result.document, result.parse_problem, result.pretty
        )
        self.refresh_history()
        if result.response.refreshed:
            self.accounts_changed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._set_busy(False)
        self.response.clear("The request did not complete.")
        if isinstance(exc, LoopgateError):
            self.response.show_error(exc.message, exc.detail)
        else:
            log.warning("API call failed unexpectedly: %s", type(exc).__name__)
            self.response.show_error(
                "Something went wrong while sending the request.", f"{type(exc).__name__}: {exc}"
            )
        self.refresh_history()
        if isinstance(exc, ReconnectNeeded):
            self.accounts_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.busy.setVisible(busy)
        self.elapsed_label.setVisible(busy)
        if busy:
            self._clock.start()
            self._show_elapsed()
            self._tick.start()
        else:
            self._tick.stop()

    def _show_elapsed(self) -> None:
        self.elapsed_label.setText(f"Waiting… {self._clock.elapsed() / 1000:.1f} s")

    # -- history and curl ----------------------------------------------------------------
    def refresh_history(self) -> None:
        if self._engine is None or self._account is None:
            return
        engine, account_id = self._engine, self._account.id

        def shown(entries: list[HistoryEntry]) -> None:
            if self._account is not None and self._account.id == account_id:
                self.history.set_entries(entries)

        run_in_background(lambda _c: engine.history.entries(account_id), shown, lambda _e: None)

    def load_history_entry(self, entry: HistoryEntry) -> None:
        self.editor.load(entry.url, entry.method, entry.request_headers, entry.body)

    def copy_curl(self) -> None:
        if self._engine is None or self._account is None:
            return
        engine, account, request = self._engine, self._account, self.editor.request()
        real = self.real_token_check.isChecked()

        def op(_cancel: Any) -> str:
            prepared = engine.prepare_request(account, request)
            token = engine.tokens.current(account.id).access_token if real else None
            return as_curl(prepared, token)

        def copied(command: str) -> None:
            QGuiApplication.clipboard().setText(command)
            kind = "with the real token" if real else "with $TOKEN in place of the token"
            self.curl_status.setText(f"Copied {kind}.")

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, LoopgateError) else type(exc).__name__
            self.curl_status.setText(f"Could not copy: {message}")

        run_in_background(op, copied, failed)

    def _real_token_toggled(self, checked: bool) -> None:
        if checked and not self.confirm_real_token():
            self.real_token_check.blockSignals(True)
            self.real_token_check.setChecked(False)
            self.real_token_check.blockSignals(False)

    def _confirm_real_token(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Include the real token?",
            "The copied command will contain this account's live access token. Anyone who "
            "sees it can act as this account until the token expires. Include it?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def _resolved_base(self, account_id: str) -> Any:
        def apply(api_base: str) -> None:
            if self._account is not None and self._account.id == account_id:
                self.editor.update_api_base(api_base)

        return apply
