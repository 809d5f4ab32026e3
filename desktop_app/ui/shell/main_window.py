"""The main window: accounts table, empty state, detail tabs; wires the health monitor.

The window paints before the engine exists: ``start()`` (called after the first paint)
builds the engine in the background, then the accounts arrive and the detail widgets
are installed. Every action that needs the network or the keychain goes through
``run_in_background``; the GUI thread only ever handles results.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..accounts.account_list import PAGE_ACCOUNTS, PAGE_EMPTY, PAGE_LOADING, AccountList
from ..common.background import after_paint, run_in_background
from ..common.lifetime import guarded
from ..common.settings import AppSettings
from .account_actions import AccountActions
from .actions import build_actions
from .tray_window import TrayWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.core.storage.accounts import Account

    from ..accounts.model import SortSpec
    from ..common.engine_loader import EngineFactory, EngineStart

__all__ = ["PAGE_ACCOUNTS", "PAGE_EMPTY", "PAGE_LOADING", "MainWindow"]


def policy_problems(registry: Any) -> list[str]:
    from desktop_app.core.policy.registry import policy_of

    return [*policy_of(registry).problems, *getattr(registry, "pin_problems", [])]


ATTENTION_EVERY_TICKS = 30


def first_size(window: QWidget) -> QSize:
    """1180 × 800, or nine tenths of a smaller screen (1366 × 768 at 150% is 910 × 512)."""
    screen = window.screen()
    if screen is None:
        return QSize(1180, 800)
    free = screen.availableGeometry()
    return QSize(min(1180, free.width() * 9 // 10), min(800, free.height() * 9 // 10))


class MainWindow(TrayWindow, AccountActions, AccountList, QMainWindow):
    """``engine_ready`` and ``accounts_loaded`` let tests and the tray follow start-up.

    Only the shell (menus, toolbar, a "Loading" page) exists before the first paint;
    ``start()`` builds the table, detail tabs and health monitor (``main_body``), whose
    widgets touch Qt's enum-heavy namespaces that cost tens of milliseconds to load.
    """

    engine_ready = Signal(object)
    accounts_loaded = Signal()
    first_painted = Signal()
    closed_for_good = Signal()  # closed, not hidden to the tray: the app may quit
    support_bundle_saved = Signal(str)  # the zip's path

    def __init__(
        self,
        settings: AppSettings,
        engine_factory: EngineFactory | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Loopgate")
        self.settings = settings
        self.engine: Any = None
        self._clock = clock
        self._factory = engine_factory  # None: the default, built in start() after the paint
        self._started = False
        self._painted = False
        self._ticks = 0
        self._start_spec: SortSpec | None = None
        self.connect_dialog: Any = None
        self.confirm_box: QMessageBox | None = None
        self.tray: Any = None
        self.actions = build_actions(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        loading = QLabel(self.tr("Loading your accounts…"), self)
        loading.setObjectName("loadingLabel")  # centred by the style sheet
        self.stack.addWidget(loading)
        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self))
        a = self.actions
        a.connect.triggered.connect(lambda: self.connect_account())
        a.refresh.triggered.connect(self.refresh_selected)
        a.reconnect.triggered.connect(lambda: self.reconnect())
        a.disconnect.triggered.connect(self.disconnect_selected)
        a.settings.triggered.connect(self.open_settings)
        a.shortcuts.triggered.connect(self.open_shortcuts)
        a.about.triggered.connect(self.open_about)
        a.support_bundle.triggered.connect(self.export_support_bundle)
        a.quit.triggered.connect(self.quit_app)
        self._update_actions(None)

    @property
    def started(self) -> bool:
        return self._started

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # runs once the paint is done

    def _build_body(self) -> None:
        from .actions import install_shortcuts
        from .main_body import build_body

        install_shortcuts(self.actions)
        build_body(self, self._clock)
        self._layout.insertWidget(0, self.banner)
        self._wire()
        self._restore_body_state()

    def _chain_focus(self) -> None:
        """Tab order: the banner's action, the empty page or the table, then the details."""
        from ..common.focus import chain_focus

        empty = (self.empty.connect_button, self.empty.demo_button)
        chain_focus([self.banner.button, *empty, self.table, *self.detail.focus_order()])

    def _wire(self) -> None:
        self._chain_focus()
        self.detail.rebuilt.connect(self._chain_focus)
        self.empty.connect_requested.connect(lambda: self.connect_account())
        self.empty.demo_requested.connect(self.try_demo)
        self.table.selection_changed.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._double_clicked())
        self.detail.accounts_changed.connect(lambda: self.reload_accounts())
        self.banner.action_clicked.connect(self._session_only)
        self.health.refresh_started.connect(self._refresh_started)
        self.health.refresh_finished.connect(self._refresh_finished)
        self.health.refresh_finished.connect(self.note_refresh_failure)
        self.health.renewed.connect(self._renewed)
        self.health.accounts_changed.connect(lambda: self.reload_accounts())
        self.health.notify.connect(self.notify)
        self.ticker.ticked.connect(self._tick)
        self.ticker.woke.connect(self.health.wake)

    # -- start-up -------------------------------------------------------------------
    def start(self) -> None:
        """After the first paint: detail widgets, the engine, the countdown."""
        if self._started:
            return
        self._started = True
        from ..common.icons import app_icon

        self._build_body()
        self.setWindowIcon(app_icon())
        from ..common.engine_loader import (
            default_factory,
            freeze_start_up_heap,
            presorted_start,
        )

        freeze_start_up_heap(final=False)  # see ``presorted_start``
        self.ticker.start()
        factory = self._factory or default_factory(self.settings.browser_command)
        model = self.model
        spec = self._start_spec = model.sort_spec()
        run_in_background(
            lambda _c: presorted_start(factory, lambda a: model.presort(a, spec)),
            guarded(self, self._engine_started),
            guarded(self, self._no_engine),
        )

    def _engine_started(self, start: EngineStart) -> None:
        from ..common.messages import error_text

        self.engine = start.engine
        self.set_providers(start.engine.registry)
        self._apply_policy(start.engine.registry)
        self.health.set_engine(start.engine)
        self.detail.set_engine(start.engine)
        problems = list(getattr(start.engine.registry, "problems", []))
        if start.vault_problem is not None:
            self.banner.show_message(
                self.tr("{reason} Tokens will not be saved until this is fixed.").format(
                    reason=error_text(start.vault_problem)[0]
                ),
                self.tr("Use session-only mode"),
            )
        elif problems:
            # The files' own problems (name, line, field) stay as written: for administrators.
            names = "; ".join(p.message for p in problems[:3])
            self.banner.show_message(
                self.tr("Some provider files could not be read: {problems}").format(problems=names)
            )
        elif policy_problems(start.engine.registry):
            names = "; ".join(policy_problems(start.engine.registry)[:3])
            self.banner.show_message(
                self.tr("Part of your organisation's policy was ignored: {problems}").format(
                    problems=names
                )
            )
        self.engine_ready.emit(start.engine)
        self._watch_store(start.store_stamp)
        self._apply_accounts(start.accounts, presorted=self._start_spec)
        # The tabs' import worker would compete for the GIL with the table's first paint
        # (≈ 40 ms alone, 90–140 ms alongside it): it starts once the table has painted.
        after_paint(guarded(self, lambda: self.detail.install(self._demo_warm_up())))

    def _demo_warm_up(self) -> Callable[[], object] | None:
        """For a selected demo account: start the demo provider with the tab imports."""
        engine, account = self.engine, self.table.selected_account()
        if account is None:
            return None
        wanted = account.profile_id
        if not any(p.id == wanted and p.demo for p in engine.registry.all()):
            return None
        return lambda: engine.resolved_profile(wanted)

    def _no_engine(self, exc: BaseException) -> None:
        from ..common.errors_view import describe

        self.detail.install()
        message, _detail = describe(exc)
        self.banner.show_message(
            self.tr("Loopgate could not start: {reason}").format(reason=message), kind="error"
        )
        self.stack.setCurrentIndex(PAGE_EMPTY)

    def _session_only(self) -> None:
        from ..common.engine_loader import use_session_vault

        if self.engine is not None:
            use_session_vault(self.engine)
            self.banner.show_message(
                self.tr(
                    "Session-only mode: tokens are kept in memory and forgotten when you quit."
                ),
                kind="info",
            )

    # -- accounts -------------------------------------------------------------------
    def _selection_changed(self, account: Account | None) -> None:
        self._update_actions(account)
        self.detail.set_account(account)

    def _update_actions(self, account: Account | None) -> None:
        for action in self.actions.per_account():
            action.setEnabled(account is not None)
        if account is not None and self.engine is not None:
            from desktop_app.core.policy.registry import refusal

            registry = getattr(self.engine, "registry", None)
            if refusal(registry, account.profile_id):  # the organisation's: Disconnect only
                self.actions.refresh.setEnabled(False)
                self.actions.reconnect.setEnabled(False)

    def _apply_policy(self, registry: Any) -> None:
        """What the organisation's policy changes in the window once the engine exists."""
        from desktop_app.core.policy.log_level import apply_log_level
        from desktop_app.core.policy.registry import policy_of

        self.empty.set_demo_offered(any(p.demo for p in registry.all()))
        apply_log_level(policy_of(registry), self.settings.log_level)

    def export_support_bundle(self, path: str = "") -> None:
        from .support_export import export_support_bundle

        export_support_bundle(self, path if isinstance(path, str) else "")

    def _refresh_started(self, account_id: str) -> None:
        self.model.set_refreshing(account_id, True)
        self.overview.update_status()

    def _refresh_finished(self, account_id: str, exc: object) -> None:
        self.model.set_refreshing(account_id, False)
        self.overview.update_status()
        if exc is not None:
            from ..common.messages import error_text

            message = error_text(exc)[0] if isinstance(exc, BaseException) else ""
            message = message or self.tr("The renewal failed.")
            row = self.model.row_of(account_id)
            account = self.model.account_at(row) if row is not None else None
            if account is not None:
                message = self.tr("Could not renew {account}: {reason}").format(
                    account=account.label, reason=message
                )
            self.statusBar().showMessage(message, 10000)

    def _renewed(self, account: Account) -> None:
        """A "Refresh now" finished: say so, in place of "Renewing…"."""
        from ..accounts.status import format_remaining

        if account.expires_at:
            text = self.tr("Renewed {account}; access now expires in {countdown}.").format(
                account=account.label,
                countdown=format_remaining(account.expires_at, self._clock()),
            )
        else:
            text = self.tr("Renewed {account}; access was renewed.").format(account=account.label)
        self.statusBar().showMessage(text, 10000)

    def _tick(self) -> None:
        self.table.tick()
        self.overview.update_status()
        self._ticks += 1
        if self._ticks % ATTENTION_EVERY_TICKS == 0:
            self._update_attention()

    def _update_attention(self) -> None:
        if self.tray is not None:
            accounts = self.model.accounts()
            self.tray.set_attention([(a, self.model.status_of(a)) for a in accounts])

    def attention(self) -> list[Account]:
        from ..accounts.status import NEEDS_ATTENTION

        return [a for a in self.model.accounts() if self.model.status_of(a) in NEEDS_ATTENTION]

    def notify(self, title: str, message: str) -> None:
        self._update_attention()
        self.tray_notify(title, message)

    def bring_to_front(self) -> None:
        """Shown, un-minimised (a maximised window stays maximised), raised, active."""
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def connect_answered(self, dialog: Any) -> None:
        """The browser answered a Connect: come back from behind it (and say so if hidden)."""
        hidden = self.isMinimized() or not self.isVisible()
        self.bring_to_front()
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        if not hidden:
            return
        message = self.tr("Your browser answered; finishing the connection.")
        if self.tray is not None:
            self.tray.notify("Loopgate", message, info=True)
        else:
            self.statusBar().showMessage(message, 10000)

    # -- window state ---------------------------------------------------------------
    def _restore_body_state(self) -> None:
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if not self.detail.show_tab(self.settings.detail_tab):
            self.detail.setCurrentIndex(0)
        self._restore_sort()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_to_tray():  # with a tray, closing keeps Loopgate renewing
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        if self._started:
            self.settings.set_splitter_state(self.splitter.saveState())
            self.settings.detail_tab = self.detail.tab_name()
            self.ticker.stop()
            self.health.stop()
            if self._watcher is not None:
                self._watcher.stop()
        self.settings.sync()
        if self.connect_dialog is not None:
            self.connect_dialog.done(0)
        event.accept()
        QTimer.singleShot(0, self._quit_if_last)
        self.closed_for_good.emit()

    def _quit_if_last(self) -> None:
        if self.tray is not None:
            self.tray.hide()
