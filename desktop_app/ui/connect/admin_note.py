"""When a provider is not set up yet: plain words for staff, and a note for the administrator.

Staff never see a client ID. When no profile supplies one, the Connect page says what is
missing and who can fix it, and "Copy a note for your administrator" puts everything
the administrator needs on the clipboard: the provider, the redirect URI to register,
the scopes, and where the steps are written down.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.providers.registration import ADMIN_GUIDE, registration_for

from ..common.provider_words import display_name, display_name_text

NOT_SET_UP_TITLE = QT_TRANSLATE_NOOP("AdminNote", "{provider} is not set up on this computer yet")
NOT_SET_UP_TEXT = QT_TRANSLATE_NOOP(
    "AdminNote",
    "Before you can connect, your IT administrator needs to register Loopgate with "
    "{provider} and add the result to Loopgate. Copy a note for them: it says exactly "
    "what to do.",
)
NOTE_COPIED = QT_TRANSLATE_NOOP(
    "AdminNote", "Note copied. Paste it into an email or a ticket to your administrator."
)

NOTE = QT_TRANSLATE_NOOP(
    "AdminNote",
    "Please set up Loopgate for {provider} on my computer.\n"
    "\n"
    "Loopgate needs the client ID of an app registered for it at {provider}. Register "
    "Loopgate as a public client: no client secret, authorization code with PKCE (S256).\n"
    "\n"
    "Redirect URI to register: {redirect_uri}\n"
    "Scopes: {scopes}\n"
    "\n"
    "Then give Loopgate the client ID with a system profile that extends "
    '"{profile_id}" (or the client_ids policy key). The steps for each provider are in '
    'Loopgate\'s administrator guide, {guide}: "Register Loopgate at each provider" and '
    '"A system profile with your client ID".',
)
ANY_PORT = QT_TRANSLATE_NOOP("AdminNote", "{redirect_uri} (any port: RFC 8252 §7.3)")
NO_SCOPES = QT_TRANSLATE_NOOP(
    "AdminNote", "none (the app's permissions are chosen when it is registered)"
)
SECRET_NOTE = QT_TRANSLATE_NOOP(
    "AdminNote",
    "If the provider will not issue tokens without a client secret, an administrator "
    "enters it once on this computer (it is kept only in the keychain).",
)


def _tr(key: str) -> str:
    """One of the keys above, in the GUI's language (the person sends it on as they read it)."""
    return QCoreApplication.translate("AdminNote", key)


def admin_note(profile: Any) -> str:
    """The whole note, ready to paste into an email or a ticket."""
    facts = registration_for(profile)
    redirect = facts.redirect_uri
    if facts.any_port:
        redirect = _tr(ANY_PORT).format(redirect_uri=redirect)
    note = _tr(NOTE).format(
        provider=display_name_text(facts.provider),
        redirect_uri=redirect,
        scopes=" ".join(facts.scopes) if facts.scopes else _tr(NO_SCOPES),
        profile_id=facts.profile_id,
        guide=ADMIN_GUIDE,
    )
    return f"{note}\n{_tr(SECRET_NOTE)}" if facts.may_require_client_secret else note


class SetupMissing(QFrame):
    """ "<Provider> is not set up on this computer yet", and the note for the administrator."""

    note_copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupMissing")
        self._profile: Any = None
        self.title = QLabel("", self)
        self.title.setObjectName("setupMissingTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel("", self)
        self.text.setObjectName("setupMissingText")
        self.text.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy a note for your administrator"), self)
        self.copy_button.setObjectName("copyAdminNoteButton")
        self.copy_button.setAccessibleName(self.tr("Copy a note for your administrator"))
        self.copy_button.clicked.connect(self.copy_note)
        self.copied = QLabel("", self)
        self.copied.setObjectName("adminNoteCopied")
        self.copied.setProperty("role", "muted")
        self.copied.setWordWrap(True)
        self.copied.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.copied)

    def set_profile(self, profile: Any) -> None:
        self._profile = profile
        name = display_name(profile.name, profile.environment) if profile is not None else ""
        self.title.setText(_tr(NOT_SET_UP_TITLE).format(provider=name))
        self.text.setText(_tr(NOT_SET_UP_TEXT).format(provider=name))
        self.copied.hide()

    def note(self) -> str:
        return admin_note(self._profile) if self._profile is not None else ""

    def copy_note(self) -> None:
        if self._profile is None:
            return
        QGuiApplication.clipboard().setText(self.note())
        self.copied.setText(_tr(NOTE_COPIED))
        self.copied.show()
        self.note_copied.emit()
