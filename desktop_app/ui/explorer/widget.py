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

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.core.base.errors import LoopgateError, ReconnectNeeded
from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account
from desktop_app.core.storage.history import HistoryEntry
from desktop_app.ui.common.background import Task, run_in_background
from desktop_app.ui.common.lifetime import guarded

from .curl_tools import CurlTools, ask_real_token
from .history_list import HistoryList
from .request_editor import RequestEditor
from .response_view import ResponsePane
from .send_controls import SendControls
from .sending import SendResult, WorkerHolder, send_and_parse

if TYPE_CHECKING:
    from desktop_app.core.engine.engine import Engine

log = logging.getLogger(__name__)
RECONNECT_FIRST = "This account needs to be reconnected before it can call the API."


class ApiExplorer(QWidget):
    accounts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apiExplorer")
        self.setAccessibleName("API explorer")
        self._engine: Engine | None = None
        self._account: Account | None = None  # whose request and answer the pane holds
        self._selected = False  # whether the main window shows an account right now
        self._task: Task | None = None
        self._generation = 0
        self._workers = WorkerHolder()
        self.confirm_real_token = lambda: ask_real_token(self)  # tests replace this
        self.account_label = QLabel(self)
        self.account_label.setObjectName("explorerAccountLabel")
        self.account_label.setAccessibleName("Account used for the request")
        self.account_label.setWordWrap(True)
        self.editor = RequestEditor(self)
        self.editor.send_requested.connect(self.send)
        self.controls = SendControls(self, self.send, self.cancel)
        self.send_button = self.controls.send_button
        self.cancel_button = self.controls.cancel_button
        self.busy, self.elapsed_label = self.controls.busy, self.controls.elapsed_label
        self.send_shortcut = self.controls.send_shortcut
        self.cancel_shortcut = self.controls.cancel_shortcut
        self.editor.url_row.addWidget(self.send_button)
        self.editor.url_row.addWidget(self.cancel_button)
        self.curl = CurlTools(lambda: self.confirm_real_token(), self)
        self.curl_button, self.curl_status = self.curl.button, self.curl.status
        self.real_token_check = self.curl.real_token_check
        self.curl_button.clicked.connect(self.copy_curl)
        self.response = ResponsePane(self)
        self.history = HistoryList(self)
        self.history.chosen.connect(self.load_history_entry)
        self._lay_out()
        self._set_busy(False)
        self.set_account(None)

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.busy)
        tools.addWidget(self.elapsed_label)
        tools.addStretch(1)
        tools.addWidget(self.curl)
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

    @property
    def note_ms(self) -> int:
        """How long "Copied …" stays beside the curl button."""
        return self.curl.note_ms

    @note_ms.setter
    def note_ms(self, value: int) -> None:
        self.curl.note_ms = value

    # -- contract with the main window ---------------------------------------------------
    def set_engine(self, engine: Engine) -> None:
        from desktop_app.core.policy.effective import SET_BY_ORGANISATION
        from desktop_app.core.policy.registry import policy_of

        self._engine = engine
        if not policy_of(engine.registry).allow_token_copy:
            self.curl.lock_real_token(SET_BY_ORGANISATION)

    def set_account(self, account: Account | None) -> None:
        """Only a different account id resets the pane.

        The main window calls this again after every reload of the account list (any
        renewal), often as ``None`` and then the same account: that must keep the request,
        the response, a call in flight and its note. ``self._account`` is therefore the
        account the pane's contents belong to, even while nothing is selected.
        """
        if account is None or self._engine is None:
            self._selected = False
            self.pages.setCurrentIndex(0)
            self._update_send()
            return
        self._selected = True
        self.pages.setCurrentIndex(1)
        if self._account is not None and account.id == self._account.id:
            self._account = account  # fresher status, label and identity
            self._show_account()
            return
        self.cancel()  # the call in flight belongs to the previous account
        self._account = account
        self.curl.reset()
        profile = self._engine.registry.get(account.profile_id)
        self.editor.set_provider(profile.api_base, profile.presets, account.placeholders())
        self._show_account()
        self.response.clear("No response yet. Choose a preset or type an address, then Send.")
        engine, profile_id = self._engine, account.profile_id
        run_in_background(
            lambda _c: engine.resolved_profile(profile_id).api_base,
            guarded(self, self._resolved_base(account.id)),
            lambda exc: log.info("could not resolve the API base: %s", type(exc).__name__),
        )
        self.refresh_history()

    def _show_account(self) -> None:
        account, engine = self._account, self._engine
        if account is None or engine is None:
            return
        profile = engine.registry.get(account.profile_id)
        caption = f"Calling <b>{profile.display_name}</b> as <b>{account.label}</b> — "
        if self._needs_reconnect():
            caption += f"<span style='color:#b3261e'>{RECONNECT_FIRST}</span>"
        else:
            caption += "the account's token is added for you."
        self.account_label.setText(caption)
        self.editor.update_placeholders(account.placeholders())
        self._update_send()

    def _needs_reconnect(self) -> bool:
        return self._account is not None and self._account.status == RECONNECT_NEEDED

    def _can_send(self) -> bool:
        return self._engine is not None and self._selected and not self._needs_reconnect()

    def _update_send(self) -> None:
        self.controls.set_busy(self._task is not None, self._can_send())

    def shutdown(self) -> None:
        """Stops the JSON worker process (the main window calls this on quit)."""
        self.cancel()
        self._workers.close()

    # -- sending -----------------------------------------------------------------------
    def send(self) -> None:
        if self._engine is None or self._account is None or self._task is not None:
            return
        if not self._can_send():
            return
        self._generation += 1
        generation = self._generation
        self.response.clear("Sending…")
        op = send_and_parse(self._engine, self._account.id, self.editor.request(), self._workers)
        self._task = run_in_background(
            op,
            guarded(self, lambda result: self._sent(generation, result)),
            guarded(self, lambda exc: self._failed(generation, exc)),
        )
        self._set_busy(True)

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
            self.refresh_history()  # a cancelled call: its entry is written by now
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
            self.refresh_history()
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
        self.controls.set_busy(busy, self._can_send())

    # -- history and curl ----------------------------------------------------------------
    def refresh_history(self) -> None:
        if self._engine is None or self._account is None:
            return
        engine, account_id = self._engine, self._account.id

        def shown(entries: list[HistoryEntry]) -> None:
            if self._account is not None and self._account.id == account_id:
                self.history.set_entries(entries)

        run_in_background(
            lambda _c: engine.history.entries(account_id), guarded(self, shown), lambda _e: None
        )

    def load_history_entry(self, entry: HistoryEntry) -> None:
        self.editor.load(entry.url, entry.method, entry.request_headers, entry.body)
        self.editor.reset_preset()
        if self._task is None:  # the answer on screen was to another request
            self.response.clear(
                "An earlier request was loaded from the history. Send runs it again."
            )

    def copy_curl(self) -> None:
        if self._engine is not None and self._account is not None:
            self.curl.copy(self._engine, self._account, self.editor.request())

    def _resolved_base(self, account_id: str) -> Any:
        def apply(api_base: str) -> None:
            if self._account is not None and self._account.id == account_id:
                self.editor.update_api_base(api_base)

        return apply
