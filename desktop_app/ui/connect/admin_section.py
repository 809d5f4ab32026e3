""" "For administrators": the client ID, the protocol facts and the admin secret, folded away.

Office staff never need any of it, so it starts collapsed; a support engineer or an
administrator opens it to type a client ID for a provider nobody has set up, to see the
redirect URI and why Loopgate uses PKCE instead of a secret, or to enter a client secret
a provider insists on (kept only in the keychain, RFC 8252 §8.5).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.providers.registration import registration_for

from ..common.errors_view import unbreakable_urls

TOGGLE = QT_TRANSLATE_NOOP("AdminSection", "For administrators")
PROTOCOL = QT_TRANSLATE_NOOP(
    "AdminSection",
    "Loopgate is a <i>public client</i>: like every app installed on a computer, it cannot "
    "keep a secret hidden from the people who use it (RFC 8252 §8.5), so it proves itself "
    "with PKCE (RFC 7636, S256) instead. The provider's answer comes back to "
    "<b>{redirect_uri}</b> (RFC 8252 §7.3).",
)
ANY_PORT = QT_TRANSLATE_NOOP("AdminSection", "{redirect_uri} on any port")
SECRET_EXPLANATION = QT_TRANSLATE_NOOP(
    "AdminSection",
    "If your organisation's app registration still requires a client secret, enter it "
    "here. It is stored only in this computer's keychain, never in a file.",
)
CLIENT_ID_GIVEN = QT_TRANSLATE_NOOP("AdminSection", "{client_id} (set by your administrator)")


def _tr(key: str) -> str:
    return QCoreApplication.translate("AdminSection", key)


class AdminSection(QWidget):
    """Collapsed by default; ``changed`` fires when the typed client ID changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminSection")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("adminToggle")
        self.toggle.setText(_tr(TOGGLE))
        self.toggle.setAccessibleName(_tr(TOGGLE))
        self.toggle.setAccessibleDescription(self.tr("Client ID and technical details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self._toggled)
        self.body = QWidget(self)
        self.body.setObjectName("adminBody")
        self.client_id = QLineEdit(self.body)
        self.client_id.setObjectName("clientIdEdit")
        self.client_id.setAccessibleName(self.tr("Client ID"))
        self.client_id.setPlaceholderText(self.tr("Not a secret"))
        self.client_id.textChanged.connect(lambda _t: self.changed.emit())
        self.client_id_label = QLabel(self.tr("Client &ID:"), self.body)
        self.client_id_label.setBuddy(self.client_id)
        self.client_id_given = QLabel("", self.body)
        self.client_id_given.setObjectName("clientIdGiven")
        self.client_id_given.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.client_id_given_label = QLabel(self.tr("Client ID:"), self.body)
        self.protocol = QLabel("", self.body)
        self.protocol.setObjectName("protocolExplanation")
        self.protocol.setWordWrap(True)
        self.protocol.setTextFormat(Qt.TextFormat.RichText)
        self.protocol.setProperty("role", "muted")
        self.secret_box = self._secret_box()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.client_id_label, self.client_id)
        form.addRow(self.client_id_given_label, self.client_id_given)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(16, 0, 0, 0)
        body.addLayout(form)
        body.addWidget(self.protocol)
        body.addWidget(self.secret_box)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)

    def _secret_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Client secret"), self.body)
        box.setObjectName("clientSecretBox")
        text = QLabel(_tr(SECRET_EXPLANATION), box)
        text.setObjectName("clientSecretExplanation")
        text.setWordWrap(True)
        self.secret = QLineEdit(box)
        self.secret.setObjectName("clientSecretEdit")
        self.secret.setAccessibleName(self.tr("Client secret, stored in the keychain only"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Leave empty unless the provider requires one"))
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(self.secret)
        return box

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, on: bool) -> None:
        self.toggle.setChecked(on)

    def _toggled(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def show_profile(self, profile: Any, remembered_client_id: str) -> None:
        """The fields for ``profile``: a client ID to type only when none is given."""
        needs_id = not profile.client_id
        for widget in (self.client_id, self.client_id_label):
            widget.setVisible(needs_id)
        for widget in (self.client_id_given, self.client_id_given_label):
            widget.setVisible(not needs_id)
        if needs_id:
            self.client_id.setText(remembered_client_id)
        else:
            self.client_id_given.setText(_tr(CLIENT_ID_GIVEN).format(client_id=profile.client_id))
        facts = registration_for(profile)
        redirect = facts.redirect_uri
        if facts.any_port:
            redirect = _tr(ANY_PORT).format(redirect_uri=redirect)
        shown = escape(unbreakable_urls(redirect, limit=200))
        self.protocol.setText(_tr(PROTOCOL).format(redirect_uri=shown))
        self.secret_box.setVisible(profile.may_require_client_secret)
