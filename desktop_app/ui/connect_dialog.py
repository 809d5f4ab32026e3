"""Connect (and Reconnect): pick a provider, approve in the browser, get an account back.

``engine.connect`` blocks for the whole authorization-code flow, so it runs through
``run_in_background``; its progress callbacks arrive on a pool thread and are relayed to
the GUI thread by a queued signal. Every failure ends on a page with plain words and
the technical detail one click away; a Cancel goes quietly back to the choice.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.accounts import Account

from .background import Task, run_in_background
from .connect_pages import ErrorPage, WaitingPage, button
from .errors_view import describe
from .lifetime import guarded
from .provider_picker import ProviderPicker
from .settings import AppSettings

DEFAULT_TIMEOUT = 300.0
PAGE_CHOOSE, PAGE_WAITING, PAGE_ERROR = range(3)


class _ProgressRelay(QObject):
    """Created on the GUI thread, so an emit from the worker is delivered queued."""

    progress = Signal(object)


class ConnectDialog(QDialog):
    """``connected`` carries the saved ``Account``; the dialog then accepts itself."""

    connected = Signal(object)

    def __init__(
        self,
        engine: Any,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        account: Account | None = None,
        profile_id: str = "",
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(f"Reconnect {account.label}" if account else "Connect an account")
        self.setMinimumSize(620, 400)
        self._engine = engine
        self._settings = settings
        self._account = account
        self._timeout = timeout
        self._task: Task | None = None
        self._deadline = 0.0
        self._user_cancelled = False
        self.url = ""
        self.stack = QStackedWidget(self)
        self.picker = ProviderPicker(settings, self)
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._waiting_page())
        self.stack.addWidget(self._error_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_countdown)
        self.picker.changed.connect(self._update_buttons)
        self.picker.set_profiles(engine.registry.all())
        if account is not None:
            profile_id = account.profile_id
        if profile_id:
            self.picker.select_profile(profile_id)
        if account is not None:
            self.picker.list.setEnabled(False)
            self.picker.environment.setEnabled(False)
            self.picker.label.setText(account.label)
        self._update_buttons()

    # -- pages ----------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            "Choose where your account lives. Loopgate opens that service's sign-in page "
            "in your own browser; you approve there, and the connection appears here.",
            page,
        )
        intro.setWordWrap(True)
        self.custom_button = button(
            "Add a custom provider…", "customProviderButton", "Add a custom provider", page
        )
        self.custom_button.clicked.connect(self._add_custom)
        self.cancel_choose = button("Cancel", "connectCancelChoose", "Cancel", page)
        self.cancel_choose.clicked.connect(self.reject)
        self.connect_button = button("Connect", "connectStartButton", "Connect", page)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.custom_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_choose)
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addLayout(buttons)
        return page

    def _waiting_page(self) -> QWidget:
        page = WaitingPage(self)
        self.status, self.hint, self.time_left = page.status, page.hint, page.time_left
        self.reopen_button, self.copy_button = page.reopen_button, page.copy_button
        self.cancel_button = page.cancel_button
        self.reopen_button.clicked.connect(self.open_again)
        self.copy_button.clicked.connect(self.copy_link)
        self.cancel_button.clicked.connect(self.cancel)
        return page

    def _error_page(self) -> QWidget:
        page = ErrorPage(self)
        self.error, self.retry_button = page.error, page.retry_button
        self.retry_button.clicked.connect(self._back_to_choice)
        page.close_button.clicked.connect(self.reject)
        return page

    # -- actions --------------------------------------------------------------------
    def start(self) -> None:
        """Connect: remembers a typed client ID, then runs the flow in the background."""
        profile = self.picker.current_profile()
        if profile is None or self._task is not None or not self.picker.ready():
            return
        client_id = self.picker.typed_client_id()
        if client_id:
            self._settings.set_client_id(profile.id, client_id)
        secret = self.picker.typed_secret()
        relay = _ProgressRelay()
        relay.progress.connect(self._on_progress)
        engine, label = self._engine, self.picker.label.text().strip()
        account_id = self._account.id if self._account else ""
        timeout = self._timeout

        def op(cancel: Any) -> Account:
            if secret:
                from desktop_app.core.engine import client_secret_name

                engine.vault.put_secret(client_secret_name(profile.id), secret)
            return engine.connect(
                profile.id,
                label=label,
                client_id=client_id,
                account_id=account_id,
                timeout=timeout,
                on_progress=relay.progress.emit,
                cancel=cancel,
            )

        self._user_cancelled = False
        self.url = ""
        self.status.setText("Contacting the provider…")
        self.time_left.clear()
        self._set_link_buttons(False)
        self.stack.setCurrentIndex(PAGE_WAITING)
        self._task = run_in_background(
            op, guarded(self, self._succeeded), guarded(self, self._failed)
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._user_cancelled = True
            self._task.cancel()
            self.status.setText("Cancelling…")

    def open_again(self) -> None:
        if self.url:
            url, engine = self.url, self._engine
            run_in_background(lambda _c: engine.browser(url))

    def copy_link(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)
            self.hint.setText("Link copied. Paste it into your browser's address bar.")

    # -- results --------------------------------------------------------------------
    def _on_progress(self, progress: Any) -> None:
        if self._task is None:
            return
        self.status.setText(progress.message)
        if progress.url:
            self.url = progress.url
            self._set_link_buttons(True)
        if progress.step == "waiting" and not self._countdown.isActive():
            self._deadline = time.monotonic() + self._timeout
            self._countdown.start()
            self._update_countdown()
        elif progress.step == "exchanging":
            self._countdown.stop()
            self.time_left.clear()
            self._set_link_buttons(False)

    def _succeeded(self, account: Account) -> None:
        self._finish()
        self.connected.emit(account)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from desktop_app.core.errors import Cancelled

        self._finish()
        if isinstance(exc, Cancelled) and self._user_cancelled:
            self._back_to_choice()
            return
        self.error.show_error(*describe(exc))
        self.stack.setCurrentIndex(PAGE_ERROR)

    def _finish(self) -> None:
        self._task = None
        self._countdown.stop()

    def _update_countdown(self) -> None:
        left = max(0, int(self._deadline - time.monotonic()))
        self.time_left.setText(f"The link stays valid for {left // 60}:{left % 60:02d}.")

    def _set_link_buttons(self, enabled: bool) -> None:
        self.reopen_button.setEnabled(enabled)
        self.copy_button.setEnabled(enabled)

    def _back_to_choice(self) -> None:
        self.stack.setCurrentIndex(PAGE_CHOOSE)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.connect_button.setEnabled(self.picker.ready() and self._task is None)

    def _add_custom(self) -> None:
        from .custom_provider import CustomProviderDialog

        dialog = CustomProviderDialog(self._engine, self)
        dialog.saved.connect(self._custom_saved)
        dialog.open()

    def _custom_saved(self, profile_id: str) -> None:
        self.picker.set_profiles(self._engine.registry.all())
        self.picker.select_profile(profile_id)

    # -- closing --------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self._task is not None:  # closing while waiting cancels the attempt
            self._user_cancelled = True
            self._task.cancel()
        self._countdown.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.done(QDialog.DialogCode.Rejected)
        event.accept()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._task is not None:
            self.cancel()
            return
        super().keyPressEvent(event)
