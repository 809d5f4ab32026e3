"""Connect (and Reconnect): pick a provider, approve in the browser, get an account back.

``engine.connect`` blocks for the whole authorization-code flow, so it runs through
``run_in_background``; its progress callbacks arrive on a pool thread and are relayed to
the GUI thread by a queued signal. Every failure ends on a page with plain words and
the technical detail one click away; a Cancel goes quietly back to the choice.

The choice says, beside the Connect button, why it can or cannot start; a provider
nobody has set up gets plain words and a note for the administrator instead of a
client-ID field (``provider_picker``). While waiting, the person may paste the address
the browser ended on (``PasteBack``): it is checked like a callback, in the same wait.

When the browser's answer arrives, ``answer_received`` fires (the window comes to the
front); a saved connection ends on a result card with its name and any notice (a
provider that grants no refresh token says how often it will ask to sign in again).

A Reconnect knows its provider already: ``reconnect_now()`` starts the flow at once,
with the account's profile and client ID, and the picker is never shown; Cancel then
closes the dialog. Esc cancels a waiting attempt like the Cancel button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.policy.registry import policy_of
from desktop_app.core.storage.accounts import Account

from ..common.background import Task, run_in_background
from ..common.lifetime import guarded
from ..common.messages import core_text
from ..common.provider_words import display_name
from ..common.settings import AppSettings
from .pages import (
    ErrorPage,
    ResultPage,
    button,
    connect_reason,
    grow_to_page,
    show_page,
)
from .provider_picker import ProviderPicker
from .waiting_page import WaitingPage

PAGE_CHOOSE, PAGE_WAITING, PAGE_ERROR, PAGE_DONE = range(4)
PASTE_EMPTY = QT_TRANSLATE_NOOP(
    "ConnectDialog", "Paste the address from your browser's address bar first."
)
PASTE_TAKEN = QT_TRANSLATE_NOOP("ConnectDialog", "Address accepted. Finishing the connection…")


class _ProgressRelay(QObject):
    """Created on the GUI thread, so an emit from the worker is delivered queued."""

    progress = Signal(object)


class ConnectDialog(QDialog):
    """``connected`` carries the saved ``Account``; the dialog then accepts itself.

    ``session_only_chosen`` fires when the person picked session-only mode on the
    no-keychain error (the vault is already switched; the window updates its banner);
    ``providers_changed`` after a custom provider was added.
    """

    connected = Signal(object)
    answer_received = Signal()
    session_only_chosen = Signal()
    providers_changed = Signal()

    def __init__(
        self,
        engine: Any,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        account: Account | None = None,
        profile_id: str = "",
        timeout: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(
            self.tr("Reconnect {account}").format(account=account.label)
            if account
            else self.tr("Connect an account")
        )
        self._engine = engine
        self._settings = settings
        self._account = account
        self.timeout = timeout if timeout is not None else settings.connect_timeout_minutes * 60.0
        self._task: Task | None = None
        self._profile: Any = None
        self._paste: Any = None
        self._user_cancelled = False
        self.url = ""
        self.stack = QStackedWidget(self)
        self.picker = ProviderPicker(settings, self)
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._waiting_page())
        self.stack.addWidget(self._error_page())
        self.stack.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.picker.changed.connect(self._update_buttons)
        self.picker.admin.toggle.toggled.connect(lambda _on: self._regrow_choice())
        # Longer words (another provider's note, a translation) must never be squeezed.
        self.picker.changed.connect(self._grow_choice)
        self.picker.setup_missing.note_copied.connect(self._grow_choice)
        self.picker.set_profiles(engine.registry.all())  # what the organisation allows
        policy = policy_of(engine.registry)
        if not policy.allow_custom_providers:
            self.custom_button.hide()
        if policy.is_set("allowed_providers") or policy.hide_demo:
            self.policy_note = QLabel(
                self.tr("Your organisation chose the services listed here."), self
            )
            self.policy_note.setObjectName("providerPolicyNote")
            self.policy_note.setProperty("role", "muted")
            self.stack.widget(PAGE_CHOOSE).layout().insertWidget(1, self.policy_note)
        if account is not None:
            profile_id = account.profile_id
        if profile_id:
            self.picker.select_profile(profile_id)
        if account is not None:
            self.picker.lock_choice()
            self.picker.label.setText(account.label)
            if account.client_id:
                self.picker.set_client_id(account.client_id)
        self._update_buttons()
        self._show_page(PAGE_CHOOSE)
        self.picker.focus_choice()

    # -- pages ----------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Choose where your account lives. Loopgate opens that service's sign-in page "
                "in your own browser; you approve there, and the connection appears here."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.custom_button = button(
            self.tr("Add a custom provider…"),
            "customProviderButton",
            self.tr("Add a custom provider"),
            page,
        )
        self.custom_button.clicked.connect(self._add_custom)
        self.cancel_choose = button(
            self.tr("Cancel"), "connectCancelChoose", self.tr("Cancel"), page
        )
        self.cancel_choose.clicked.connect(self.reject)
        self.connect_button = button(
            self.tr("Connect"), "connectStartButton", self.tr("Connect"), page
        )
        self.connect_button.setDefault(True)
        self.connect_button.setProperty("role", "primary")
        self.connect_button.clicked.connect(self.start)
        self.connect_reason = QLabel("", page)
        self.connect_reason.setObjectName("connectReason")
        self.connect_reason.setProperty("role", "muted")
        self.connect_reason.setWordWrap(True)
        self.connect_reason.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.custom_button)
        buttons.addWidget(self.connect_reason, 1)
        buttons.addWidget(self.cancel_choose)
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addLayout(buttons)
        return page

    def _waiting_page(self) -> QWidget:
        page = self.waiting = WaitingPage(self)
        self.status, self.hint, self.time_left = page.status, page.hint, page.time_left
        self.note = page.note
        self.reopen_button, self.copy_button = page.reopen_button, page.copy_button
        self.cancel_button = page.cancel_button
        self.reopen_button.clicked.connect(self.open_again)
        self.copy_button.clicked.connect(self.copy_link)
        self.cancel_button.clicked.connect(self.cancel)
        self.paste_edit, self.paste_button = page.paste_edit, page.paste_button
        self.paste_button.clicked.connect(self.paste_address)
        self.paste_edit.returnPressed.connect(self.paste_address)
        return page

    def _error_page(self) -> QWidget:
        page = self.error_page = ErrorPage(self)
        self.error, self.retry_button = page.error, page.retry_button
        self.session_button = page.session_button
        self.retry_button.clicked.connect(self._try_again)
        self.session_button.clicked.connect(self.use_session_only)
        page.close_button.clicked.connect(self.reject)
        self.error.toggle.toggled.connect(lambda _on: grow_to_page(self, self.stack))
        return page

    def _result_page(self) -> QWidget:
        page = self.result_page = ResultPage(self)
        page.done_button.clicked.connect(self.accept)
        page.another_button.clicked.connect(self.connect_another)
        page.another_button.setVisible(self._account is None)  # a Reconnect is one account
        return page

    def _regrow_choice(self) -> None:
        """ "For administrators" opened or closed: the choice is sized to it again."""
        if self.stack.currentIndex() != PAGE_CHOOSE:
            return
        self._show_page(PAGE_CHOOSE)
        self._grow_choice()

    def _grow_choice(self) -> None:
        """Taller when the choice's text needs it at this width; never shorter."""
        if self.stack.currentIndex() != PAGE_CHOOSE:
            return
        self.layout().activate()
        page = self.stack.currentWidget()
        need = page.heightForWidth(page.width()) if page.hasHeightForWidth() else -1
        need = max(need, page.minimumSizeHint().height())
        if need > page.height():
            self.resize(self.width(), self.height() + need - page.height())

    def _show_page(self, index: int) -> None:
        """The choice needs room; the waiting and result pages are sized to their content.

        A dialog has one default button (Enter) at a time: Connect on the choice, Done on
        the result card.
        """
        show_page(self, self.stack, index, roomy=index == PAGE_CHOOSE)
        default = {PAGE_CHOOSE: self.connect_button, PAGE_DONE: self.result_page.done_button}
        if index in default:
            default[index].setDefault(True)

    # -- actions --------------------------------------------------------------------
    def start(self) -> None:
        """Connect: remembers a typed client ID, then runs the flow in the background."""
        profile = self.picker.current_profile()
        if profile is None or self._task is not None or not self.picker.ready():
            return
        client_id = self.picker.typed_client_id()
        if client_id:
            self._settings.set_client_id(profile.id, client_id)
        elif self._account is not None:
            client_id = self._account.client_id  # the one it was connected with
        secret = self.picker.typed_secret()
        from desktop_app.core.oauth.paste_back import PasteBack

        paste = self._paste = PasteBack()
        relay = _ProgressRelay()
        relay.progress.connect(self._on_progress)
        engine, label = self._engine, self.picker.label.text().strip()
        account_id = self._account.id if self._account else ""
        timeout = self.timeout

        def op(cancel: Any) -> Account:
            if secret:
                from desktop_app.core.engine.engine import client_secret_name
                from desktop_app.core.oauth.client_secret import require_secret_allowed

                require_secret_allowed(profile)  # never stored where it would not be sent
                engine.vault.put_secret(client_secret_name(profile.id), secret)
            return engine.connect(
                profile.id,
                label=label,
                client_id=client_id,
                account_id=account_id,
                timeout=timeout,
                on_progress=relay.progress.emit,
                cancel=cancel,
                paste=paste,
            )

        self._user_cancelled = False
        self.url = ""
        self._profile = profile
        self.waiting.reset(profile.name)
        self._show_page(PAGE_WAITING)
        self._task = task = run_in_background(
            op, guarded(self, self._succeeded), guarded(self, self._failed)
        )
        task.finished.connect(guarded(self, lambda: self._task_ended(task)))

    def reconnect_now(self) -> bool:
        """Reconnect: straight to the browser when nothing needs typing (else the choice)."""
        if self._account is None or not self.picker.ready():
            return False
        self.start()
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._user_cancelled = True
            self._task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def open_again(self) -> None:
        if self.url:
            url, engine = self.url, self._engine
            run_in_background(lambda _c: engine.browser(url))

    def paste_address(self) -> None:
        """The address the browser ended on: checked like a callback, into the same wait."""
        from desktop_app.core.base.errors import PasteRefused

        text = self.paste_edit.text()
        if self._task is None or self._paste is None:
            return
        if not text.strip():
            self.waiting.show_paste_message(
                QCoreApplication.translate("ConnectDialog", PASTE_EMPTY)
            )
        else:
            try:
                self._paste.deliver(text)
            except PasteRefused as exc:
                self.waiting.show_paste_message(core_text(exc.message))
            else:
                self.waiting.show_paste_message(
                    QCoreApplication.translate("ConnectDialog", PASTE_TAKEN)
                )
        grow_to_page(self, self.stack)

    def copy_link(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)
            self.waiting.link_copied()

    # -- results --------------------------------------------------------------------
    def _on_progress(self, progress: Any) -> None:
        if self._task is None:
            return
        if progress.url:
            self.url = progress.url
        self.waiting.show_progress(progress, self.timeout)
        if progress.step == "exchanging":
            self.answer_received.emit()
        grow_to_page(self, self.stack)  # a stray-callback note must not squeeze the rest

    def _succeeded(self, account: Account) -> None:
        from desktop_app.core.engine.connect import connect_notices

        self._finish()
        self.connected.emit(account)
        profile = self._profile
        self.result_page.show_account(
            account.label,
            connect_notices(account),
            provider=display_name(profile.name, profile.environment) if profile else "",
            who=_who(account),
            logo=profile.icon if profile is not None else "",
        )
        self._show_page(PAGE_DONE)
        self.result_page.done_button.setFocus()

    def _task_ended(self, task: Task) -> None:
        """A Cancel that came too late to stop the save delivers no result: don't stick."""
        if self._task is not task:
            return
        self._finish()
        if self._account is not None:
            self.reject()
        else:
            self._back_to_choice()

    def _failed(self, exc: BaseException) -> None:
        from desktop_app.core.base.errors import Cancelled

        self._finish()
        if isinstance(exc, Cancelled) and self._user_cancelled:
            if self._account is not None:
                self.reject()  # a Reconnect never showed the choice: nothing to go back to
            else:
                self._back_to_choice()
            return
        self.error_page.show_failure(exc)
        self._show_page(PAGE_ERROR)

    def _finish(self) -> None:
        self._task = None
        self._paste = None
        self.waiting.stop()

    def _try_again(self) -> None:
        if not self.reconnect_now():
            self._back_to_choice()

    def use_session_only(self) -> None:
        """No usable keychain: keep tokens in memory for this session, and try again."""
        from ..common.engine_loader import use_session_vault

        use_session_vault(self._engine)
        self.session_only_chosen.emit()
        self.start()

    def connect_another(self) -> None:
        """From the result card back to the choice, for the next account."""
        self.picker.label.clear()
        self._back_to_choice()
        self.picker.focus_choice()

    def _back_to_choice(self) -> None:
        self._show_page(PAGE_CHOOSE)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """The Connect button never changes state without saying why, beside it."""
        enabled = self.picker.ready() and self._task is None
        reason = connect_reason(self.picker.current_profile(), self.picker.ready())
        self.connect_button.setEnabled(enabled)
        self.connect_reason.setText(reason)
        self.connect_button.setToolTip(reason)
        self.connect_button.setAccessibleDescription(reason)

    def _add_custom(self) -> None:
        from .custom_provider import CustomProviderDialog

        dialog = CustomProviderDialog(self._engine, self)
        dialog.saved.connect(self._custom_saved)
        dialog.open()

    def _custom_saved(self, profile_id: str) -> None:
        self.picker.set_profiles(self._engine.registry.all())
        self.picker.select_profile(profile_id)
        self.providers_changed.emit()

    # -- closing --------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self._task is not None:  # closing while waiting cancels the attempt
            self._user_cancelled = True
            self._task.cancel()
        self.waiting.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.done(QDialog.DialogCode.Rejected)
        event.accept()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._task is not None:
            self.cancel()
            return
        super().keyPressEvent(event)


def _who(account: Account) -> str:
    """The identity the provider named, unless it is just the account's own name again."""
    identity = account.identity
    for value in (identity.email, identity.name):
        if value and value != account.label:
            return value
    return ""
