"""Adding a provider Loopgate does not ship: from an issuer URL (discovery) or typed endpoints.

Discovery is network I/O, so it runs in the background; the result is written as a
profile file (data, never code, never a secret) and the engine's registry reloaded.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.background import Task, run_in_background
from ..common.errors_view import ErrorPanel
from ..common.lifetime import guarded


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
    host = urlsplit(authorize).hostname or "provider"
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")
    origin = f"{urlsplit(authorize).scheme}://{urlsplit(authorize).netloc}"
    return {
        "id": f"custom-{slug}"[:64],
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
        self.setWindowTitle("Add a custom provider")
        self.setMinimumWidth(520)
        self._engine = engine
        self._task: Task | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customProviderTabs")
        discovery = QWidget(self)
        form = QFormLayout(discovery)
        self.issuer = _edit("issuerEdit", "Issuer URL", "https://login.example.com", discovery)
        form.addRow("&Issuer URL:", self.issuer)
        form.addRow(QLabel("Loopgate reads the provider's OpenID configuration from it."))
        manual = QWidget(self)
        manual_form = QFormLayout(manual)
        self.authorize = _edit(
            "authorizeEndpointEdit", "Authorization endpoint", "https://…/authorize", manual
        )
        self.token = _edit("tokenEndpointEdit", "Token endpoint", "https://…/token", manual)
        manual_form.addRow("&Authorization endpoint:", self.authorize)
        manual_form.addRow("&Token endpoint:", self.token)
        self.tabs.addTab(discovery, "From an issuer URL")
        self.tabs.addTab(manual, "Type the endpoints")
        common = QFormLayout()
        self.name = _edit("customNameEdit", "Provider name", "e.g. Acme Login", self)
        self.client_id = _edit("customClientIdEdit", "Client ID", "Not a secret", self)
        self.scopes = _edit("customScopesEdit", "Scopes", "openid profile email", self)
        common.addRow("&Name:", self.name)
        common.addRow("&Client ID:", self.client_id)
        common.addRow("&Scopes:", self.scopes)
        self.progress = QLabel("", self)
        self.progress.setObjectName("customProgress")
        self.error = ErrorPanel(self, "customError")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("customSaveButton")
        self.save_button.setAccessibleName("Save custom provider")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("customCancelButton")
        cancel.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(common)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self._task is not None:
            return
        client_id = self.client_id.text().strip()
        name, scopes = self.name.text().strip(), self.scopes.text().strip()
        engine = self._engine
        if self.tabs.currentIndex() == 0:
            issuer = self.issuer.text().strip().rstrip("/")
            if not issuer.startswith(("https://", "http://")) or not client_id:
                self.error.show_error("Enter the issuer URL (https://…) and the client ID.")
                return

            def op(_cancel: Any) -> str:
                from desktop_app.core.oauth.discovery import (
                    custom_profile_data,
                    fetch_configuration,
                )

                config = fetch_configuration(engine.session(), issuer)
                data = custom_profile_data(config, client_id=client_id, name=name, scopes=scopes)
                return self._write(data)

            self.progress.setText("Reading the provider's configuration…")
        else:
            authorize, token = self.authorize.text().strip(), self.token.text().strip()
            if not (authorize.startswith("https://") and token.startswith("https://")):
                self.error.show_error("Both endpoints must be https:// addresses.")
                return
            if not client_id:
                self.error.show_error("Enter the client ID your administrator gave you.")
                return
            data = typed_profile_data(name, authorize, token, client_id, scopes)

            def op(_cancel: Any) -> str:
                return self._write(data)

            self.progress.setText("Saving…")
        self.error.hide()
        self.save_button.setEnabled(False)
        self._task = run_in_background(op, guarded(self, self._saved), guarded(self, self._failed))

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
