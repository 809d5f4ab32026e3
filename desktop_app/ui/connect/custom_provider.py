"""Adding a provider Loopgate does not ship: from an issuer URL (discovery) or typed endpoints.

Discovery is network I/O, so it runs in the background; the result is written as a
profile file (data, never code, never a secret) and the engine's registry reloaded.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.background import Task, run_in_background
from ..common.errors_view import ErrorPanel
from ..common.focus import chain_focus, name_tab_bar
from ..common.lifetime import guarded
from ..common.messages import core_text
from ..common.provider_words import display_name


def _existing_profile(engine: Any, profile_id: str) -> Any:
    """The loaded profile with this id, or ``None``."""
    from desktop_app.core.base.errors import ProfileError

    try:
        return engine.registry.get(profile_id)
    except ProfileError:
        return None


def _edit(name: str, accessible: str, placeholder: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def typed_profile_data(
    name: str, authorize: str, token: str, client_id: str, scopes: str
) -> dict[str, Any]:
    """A plain OAuth 2.0 profile from endpoints a person typed."""
    from desktop_app.core.oauth.discovery import custom_profile_id

    host = urlsplit(authorize).hostname or "provider"
    origin = f"{urlsplit(authorize).scheme}://{urlsplit(authorize).netloc}"
    return {
        "id": custom_profile_id(authorize),
        "name": name or host,
        "family": "custom",
        "kind": "oauth2",
        "description": f"Custom OAuth 2.0 provider at {host}",
        "authorization_endpoint": authorize,
        "token_endpoint": token,
        "client_id": client_id,
        "scopes": scopes.split(),
        "api_base": origin,
    }


class CustomProviderDialog(QDialog):
    """``saved`` carries the new profile id once the file is written and reloaded."""

    saved = Signal(str)

    def __init__(self, engine: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customProviderDialog")
        self.setWindowTitle(self.tr("Add a custom provider"))
        self.setMinimumWidth(520)
        self._engine = engine
        self._task: Task | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customProviderTabs")
        name_tab_bar(self.tabs, "customProviderTabBar", self.tr("How to find the provider"))
        discovery = QWidget(self)
        form = QFormLayout(discovery)
        self.issuer = _edit(
            "issuerEdit", self.tr("Issuer URL"), "https://login.example.com", discovery
        )
        form.addRow(self.tr("&Issuer URL:"), self.issuer)
        form.addRow(QLabel(self.tr("Loopgate reads the provider's OpenID configuration from it.")))
        manual = QWidget(self)
        manual_form = QFormLayout(manual)
        self.authorize = _edit(
            "authorizeEndpointEdit",
            self.tr("Authorization endpoint"),
            "https://…/authorize",
            manual,
        )
        self.token = _edit(
            "tokenEndpointEdit", self.tr("Token endpoint"), "https://…/token", manual
        )
        manual_form.addRow(self.tr("&Authorization endpoint:"), self.authorize)
        manual_form.addRow(self.tr("&Token endpoint:"), self.token)
        self.tabs.addTab(discovery, self.tr("From an issuer URL"))
        self.tabs.addTab(manual, self.tr("Type the endpoints"))
        common = QFormLayout()
        self.name = _edit(
            "customNameEdit", self.tr("Provider name"), self.tr("e.g. Acme Login"), self
        )
        self.client_id = _edit(
            "customClientIdEdit", self.tr("Client ID"), self.tr("Not a secret"), self
        )
        self.scopes = _edit("customScopesEdit", self.tr("Scopes"), "openid profile email", self)
        common.addRow(self.tr("&Name:"), self.name)
        common.addRow(self.tr("&Client ID:"), self.client_id)
        common.addRow(self.tr("&Scopes:"), self.scopes)
        self.progress = QLabel("", self)
        self.progress.setObjectName("customProgress")
        self.error = ErrorPanel(self, "customError", inline=True)  # the dialog's own font
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("customSaveButton")
        self.save_button.setAccessibleName(self.tr("Save custom provider"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("customCancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(common)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        chain_focus(
            [
                self.tabs,
                self.issuer,
                self.authorize,
                self.token,
                self.name,
                self.client_id,
                self.scopes,
                self.error.toggle,
                self.error.copy,
                self.save_button,
                cancel,
            ]
        )

    def save(self) -> None:
        if self._task is not None:
            return
        from desktop_app.core.base.errors import LoopgateError

        try:
            ready = self._prepare()
        except LoopgateError as exc:
            self.error.show_error(core_text(exc.message))
            return
        if ready is None:
            return
        self.error.hide()
        self.save_button.setEnabled(False)
        self._task = run_in_background(
            ready, guarded(self, self._ready), guarded(self, self._failed)
        )

    def _prepare(self) -> Any:
        """Checks what was typed; returns the background step that yields the profile data."""
        from desktop_app.core.oauth.discovery import check_endpoint_url

        client_id = self.client_id.text().strip()
        name, scopes = self.name.text().strip(), self.scopes.text().strip()
        engine = self._engine
        if self.tabs.currentIndex() == 0:
            issuer = check_endpoint_url(self.issuer.text().strip().rstrip("/"), "issuer URL")
            if not client_id:
                self.error.show_error(self.tr("Enter the client ID your administrator gave you."))
                return None

            def op(_cancel: Any) -> dict[str, Any]:
                from desktop_app.core.oauth.discovery import (
                    custom_profile_data,
                    fetch_configuration,
                )

                config = fetch_configuration(engine.session(), issuer)
                return custom_profile_data(config, client_id=client_id, name=name, scopes=scopes)

            self.progress.setText(self.tr("Reading the provider's configuration…"))
            return op
        authorize = check_endpoint_url(self.authorize.text(), "authorization endpoint")
        token = check_endpoint_url(self.token.text(), "token endpoint")
        if not client_id:
            self.error.show_error(self.tr("Enter the client ID your administrator gave you."))
            return None
        data = typed_profile_data(name, authorize, token, client_id, scopes)
        return lambda _cancel: data

    def _ready(self, data: dict[str, Any]) -> None:
        """GUI side: an existing provider with this id is replaced only when the user says so."""
        self._task = None
        existing = _existing_profile(self._engine, str(data["id"]))
        if existing is not None and not self._may_replace(existing):
            self.progress.clear()
            self.save_button.setEnabled(True)
            return
        self.progress.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        self._task = run_in_background(
            lambda _cancel: self._write(data),
            guarded(self, self._saved),
            guarded(self, self._failed),
        )

    def _may_replace(self, existing: Any) -> bool:
        from desktop_app.core.base.paths import user_providers_dir

        if not (user_providers_dir() / f"{existing.id}.json").exists():
            self.error.show_error(
                self.tr("“{provider}” is built into Loopgate and cannot be replaced.").format(
                    provider=display_name(existing.name, existing.environment)
                )
            )
            return False
        if self.confirm_replace(existing):
            return True
        self.error.show_error(self.tr("Nothing was saved: the existing provider was kept."))
        return False

    def confirm_replace(self, existing: Any) -> bool:
        """Asks before a saved provider (and the accounts that use it) is re-pointed."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace this provider?"),
            self.tr(
                "A provider for this address is already saved as “{provider}” ({id}). "
                "Replacing it changes where its accounts sign in; an account whose addresses "
                "change will ask to be reconnected. Replace it?"
            ).format(provider=existing.display_name, id=existing.id),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, data: dict[str, Any]) -> str:
        """Worker side: write the profile, reload, and surface a rejected file as an error."""
        from desktop_app.core.providers.profiles import save_user_profile

        path = save_user_profile(data)
        self._engine.reload_profiles()
        for problem in self._engine.registry.problems:
            if path.name in problem.message:
                raise problem
        self._engine.registry.get(data["id"])  # raises ProfileError if it did not load
        return str(data["id"])

    def _saved(self, profile_id: str) -> None:
        self._task = None
        self.saved.emit(profile_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.progress.clear()
        self.save_button.setEnabled(True)
        self.error.show_exception(exc)
