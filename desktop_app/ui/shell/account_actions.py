"""The main window's verbs: connect, reconnect, refresh, disconnect, settings, About.

A mixin over ``MainWindow`` so the window module stays about layout and start-up; each
verb hands network and keychain work to ``run_in_background``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..common.background import run_in_background
from ..common.lifetime import guarded

if TYPE_CHECKING:
    from desktop_app.core.storage.accounts import Account


class AccountActions:
    """Needs the window's ``engine``, ``settings``, ``table``, ``model``, ``health``."""

    engine: Any
    settings: Any
    table: Any
    model: Any
    health: Any
    tray: Any
    connect_dialog: Any
    confirm_box: Any
    actions: Any
    connect_succeeded: Any
    disconnect_failed_box: Any = None

    def _need_engine(self) -> bool:
        if self.engine is None:
            self.statusBar().showMessage(
                self.tr("Loopgate is still starting; try again in a moment."), 5000
            )
            return False
        return True

    def connect_account(self, profile_id: str = "", account: Account | None = None) -> Any:
        if not self._need_engine():
            return None
        from ..connect.dialog import ConnectDialog

        dialog = ConnectDialog(
            self.engine, self.settings, self, account=account, profile_id=profile_id
        )
        dialog.connected.connect(self._connected)
        dialog.connected.connect(lambda account: self.connect_succeeded(dialog, account))
        dialog.answer_received.connect(lambda: self.connect_answered(dialog))
        dialog.session_only_chosen.connect(self._session_only)
        dialog.providers_changed.connect(self.reload_providers)
        self.connect_dialog = dialog
        if account is not None:
            dialog.reconnect_now()  # straight to the browser: the provider is known
        dialog.open()
        self._place_clear_of_empty_state(dialog)
        return dialog

    def _place_clear_of_empty_state(self, dialog: Any) -> None:
        """Over the empty state, the dialog goes below its text rather than on top of it.

        A window-modal dialog is centred on the window, exactly where the empty state's
        headline and buttons are: the page the person came from would vanish behind it.
        (A macOS sheet places itself.)
        """
        from ..accounts.account_list import PAGE_EMPTY

        if self.stack.currentIndex() != PAGE_EMPTY or not self.empty.isVisible():
            return
        content = self.empty.content_rect()
        top_left = self.empty.mapToGlobal(content.bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        frame = dialog.frameGeometry()
        x = self.mapToGlobal(self.rect().center()).x() - frame.width() // 2
        y = top_left.y() + 16
        if screen is not None and y + frame.height() > screen.bottom():
            y = max(screen.top(), screen.bottom() - frame.height())
        dialog.move(x, y)

    def try_demo(self) -> None:
        dialog = self.connect_account("demo")
        if dialog is not None:
            dialog.start()

    def reconnect(self, account_id: str = "") -> None:
        """Starts the flow for the account's own provider and client ID: no picker."""
        account = self._account(account_id)
        if account is not None and not self._not_allowed(account):
            self.connect_account(account=account)

    def _not_allowed(self, account: Account) -> bool:
        """Organisation policy: an account at a forbidden provider can only be disconnected."""
        from desktop_app.core.policy.registry import refusal

        from ..common.messages import core_text

        reason = refusal(getattr(self.engine, "registry", None), account.profile_id)
        if reason:
            self.statusBar().showMessage(
                self.tr("{reason} You can only disconnect it.").format(reason=core_text(reason)),
                8000,
            )
        return bool(reason)

    def _connected(self, account: Account) -> None:
        self.statusBar().showMessage(
            self.tr("Connected {account}.").format(account=account.label), 8000
        )
        self.reload_accounts(select_id=account.id)

    def refresh_selected(self) -> None:
        account = self.table.selected_account()
        if account is not None and self._need_engine() and not self._not_allowed(account):
            if account.status == "reconnect_needed":
                self.reconnect(account.id)
            elif self.health.refresh_now(account.id):
                self.statusBar().showMessage(
                    self.tr("Renewing {account}…").format(account=account.label), 15000
                )
            else:
                self.statusBar().showMessage(
                    self.tr("Already renewing {account}…").format(account=account.label), 4000
                )

    def disconnect_selected(self) -> None:
        from .disconnect_dialogs import confirm_box

        account = self.table.selected_account()
        if account is None or not self._need_engine():
            return
        box, yes = confirm_box(self, account)
        box.finished.connect(
            lambda _r: box.clickedButton() is yes and self._disconnect(account, local_only=False)
        )
        self.confirm_box = box
        box.open()

    def _disconnect(self, account: Account, *, local_only: bool) -> None:
        """Off the GUI thread; a failed revocation asks what to do, with nothing removed."""
        engine = self.engine
        self.statusBar().showMessage(
            self.tr("Disconnecting {account}…").format(account=account.label)
        )

        def done(outcome: str) -> None:
            from ..common.messages import core_text

            self.statusBar().showMessage(
                self.tr("Disconnected {account}: {outcome}.").format(
                    account=account.label, outcome=core_text(outcome)
                ),
                8000,
            )
            self.reload_accounts()

        def failed(exc: BaseException) -> None:
            from desktop_app.core.base.errors import RevocationFailed

            from ..common.errors_view import show_error

            self.statusBar().clearMessage()
            if isinstance(exc, RevocationFailed):
                self._revocation_failed(account, exc)
            else:
                show_error(self, self.tr("Disconnect"), exc)
            self.reload_accounts()

        run_in_background(
            lambda _c: engine.disconnect(account.id, local_only=local_only),
            guarded(self, done),
            guarded(self, failed),
        )

    def _revocation_failed(self, account: Account, exc: Any) -> None:
        from .disconnect_dialogs import failed_box

        box, retry, local = failed_box(self, account, exc.message, exc.detail)

        def answer(_result: int) -> None:
            if box.clickedButton() is retry:
                self._disconnect(account, local_only=False)
            elif box.clickedButton() is local:
                self._disconnect(account, local_only=True)

        box.finished.connect(answer)
        self.disconnect_failed_box = box
        box.open()

    def _double_clicked(self) -> None:
        from ..accounts.status import RECONNECT

        account = self.table.selected_account()
        if account is not None and self.model.status_of(account) == RECONNECT:
            self.reconnect(account.id)

    def _account(self, account_id: str) -> Account | None:
        if not account_id:
            return self.table.selected_account()
        row = self.model.row_of(account_id)
        return self.model.account_at(row) if row is not None else None

    def open_settings(self) -> None:
        from ..settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(self._settings_changed)
        dialog.open()

    def _settings_changed(self) -> None:
        from ..common.settings import browser_opener
        from ..common.theme import apply_theme

        if self.engine is not None and self._owns_browser(self.engine.browser):
            self.engine.browser = browser_opener(self.settings.browser_command)
        apply_theme(self.settings.theme, self.model)
        from desktop_app.core.policy.log_level import apply_log_level

        apply_log_level(self.settings.policy, self.settings.log_level)
        self.health.settings_changed()
        self.table.viewport().update()

    @staticmethod
    def _owns_browser(opener: Any) -> bool:
        """Only the default opener or one from Settings is replaced (tests inject their own)."""
        from desktop_app.core.oauth.browser import open_system_browser

        return opener is open_system_browser or getattr(opener, "from_settings", False)

    def open_about(self) -> None:
        from .about import show_about

        show_about(self)

    def open_shortcuts(self) -> Any:
        from PySide6.QtCore import Qt

        from .shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
