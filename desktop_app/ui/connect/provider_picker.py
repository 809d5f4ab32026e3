"""Choosing a provider: one entry per family, then its environment or region.

Profiles are data (design §2), so the picker groups whatever the registry holds: Clover's
four environments and Clio's four regions appear as a choice under one logo each. A
client-ID field appears only for profiles that ship without one; an administrator's
client secret is offered only where a provider may insist on one (RFC 8252 §8.5).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.errors_view import unbreakable_urls
from ..common.icons import icon
from ..common.settings import AppSettings

# Environments in the order people expect them (ids end in these suffixes).
_ENV_ORDER = ("sandbox", "na", "us", "eu", "ca", "au", "la")
_FAMILY_ORDER = ("demo", "clover", "clio", "cloverleaf")

SECRET_EXPLANATION = (
    "Loopgate is a <i>public client</i>: like every app installed on a computer, it cannot "
    "keep a secret hidden from the people who use it (RFC 8252 §8.5), so it proves itself "
    "with PKCE instead. If your organisation's app registration still requires a client "
    "secret, an administrator can enter it here. It is stored only in this computer's "
    "keychain, never in a file."
)


# How each family's customers name an account; others get a neutral example.
_NAME_EXAMPLES = {"clover": "Main store", "clio": "Downtown office", "demo": "Practice"}


def name_placeholder(family: str) -> str:
    return f"Optional, e.g. “{_NAME_EXAMPLES.get(family, 'Main office')}”"


def _env_rank(profile_id: str) -> int:
    suffix = profile_id.rsplit("-", 1)[-1]
    return _ENV_ORDER.index(suffix) if suffix in _ENV_ORDER else len(_ENV_ORDER)


def group_profiles(profiles: list[Any]) -> list[tuple[str, list[Any]]]:
    """[(family key, profiles in that family)], built-in families first, custom ones last."""
    groups: dict[str, list[Any]] = {}
    for profile in profiles:
        key = profile.id if profile.family in ("", "custom") else profile.family
        groups.setdefault(key, []).append(profile)
    for members in groups.values():
        members.sort(key=lambda p: _env_rank(p.id))

    def rank(key: str) -> tuple[int, str]:
        return (_FAMILY_ORDER.index(key) if key in _FAMILY_ORDER else len(_FAMILY_ORDER), key)

    return [(key, groups[key]) for key in sorted(groups, key=rank)]


class ProviderPicker(QWidget):
    """The first page of Connect; ``changed`` fires whenever the chosen profile changes."""

    changed = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("providerPicker")
        self._settings = settings
        self._groups: list[tuple[str, list[Any]]] = []
        self.list = QListWidget(self)
        self.list.setObjectName("providerList")
        self.list.setAccessibleName("Providers")
        self.list.setIconSize(QSize(28, 28))
        self.list.setSpacing(2)
        self.list.setMinimumWidth(190)
        self.list.currentRowChanged.connect(self._family_changed)
        self.description = QLabel(self)
        self.description.setObjectName("providerDescription")
        self.description.setWordWrap(True)
        self.environment = QComboBox(self)
        self.environment.setObjectName("environmentCombo")
        self.environment.setAccessibleName("Environment or region")
        self.environment.currentIndexChanged.connect(self._profile_changed)
        self.environment_label = QLabel("&Environment:", self)
        self.environment_label.setBuddy(self.environment)
        self.client_id = QLineEdit(self)
        self.client_id.setObjectName("clientIdEdit")
        self.client_id.setAccessibleName("Client ID")
        self.client_id.setPlaceholderText("From your administrator (not a secret)")
        self.client_id.textChanged.connect(lambda _t: self.changed.emit())
        self.client_id_label = QLabel("Client &ID:", self)
        self.client_id_label.setBuddy(self.client_id)
        self.label = QLineEdit(self)
        self.label.setObjectName("accountLabelEdit")
        self.label.setAccessibleName("Account name (optional)")
        self.label.setPlaceholderText(name_placeholder(""))
        self.secret_box = self._secret_box()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.environment_label, self.environment)
        form.addRow(self.client_id_label, self.client_id)
        form.addRow("&Name:", self.label)
        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addLayout(form)
        right.addWidget(self.secret_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)

    def _secret_box(self) -> QGroupBox:
        box = QGroupBox("Client secret (administrators only)", self)
        box.setObjectName("clientSecretBox")
        text = QLabel(SECRET_EXPLANATION, box)
        text.setObjectName("clientSecretExplanation")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.secret = QLineEdit(box)
        self.secret.setObjectName("clientSecretEdit")
        self.secret.setAccessibleName("Client secret, stored in the keychain only")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("Leave empty unless the provider requires one")
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(self.secret)
        box.hide()
        return box

    # -- data -----------------------------------------------------------------------
    def set_profiles(self, profiles: list[Any]) -> None:
        chosen = self.current_profile()
        self._groups = group_profiles(profiles)
        self.list.blockSignals(True)
        self.list.clear()
        for _key, members in self._groups:
            first = members[0]
            item = QListWidgetItem(icon(first.icon), first.name)
            item.setToolTip(first.description)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if chosen is None or not self.select_profile(chosen.id):
            self.list.setCurrentRow(0 if self._groups else -1)

    def families(self) -> list[str]:
        return [members[0].name for _key, members in self._groups]

    def environments(self) -> list[str]:
        return [self.environment.itemText(i) for i in range(self.environment.count())]

    def select_profile(self, profile_id: str) -> bool:
        for row, (_key, members) in enumerate(self._groups):
            for position, profile in enumerate(members):
                if profile.id == profile_id:
                    self.list.setCurrentRow(row)
                    self.environment.setCurrentIndex(position)
                    return True
        return False

    def current_profile(self) -> Any:
        row = self.list.currentRow()
        if not 0 <= row < len(self._groups):
            return None
        members = self._groups[row][1]
        position = max(0, self.environment.currentIndex())
        return members[position] if position < len(members) else members[0]

    def needs_client_id(self) -> bool:
        profile = self.current_profile()
        return profile is not None and not profile.client_id

    def typed_client_id(self) -> str:
        return self.client_id.text().strip() if self.needs_client_id() else ""

    def typed_secret(self) -> str:
        profile = self.current_profile()
        if profile is None or not profile.may_require_client_secret:
            return ""
        return self.secret.text()

    def ready(self) -> bool:
        return self.current_profile() is not None and (
            not self.needs_client_id() or bool(self.typed_client_id())
        )

    # -- reactions ------------------------------------------------------------------
    def _family_changed(self, row: int) -> None:
        members = self._groups[row][1] if 0 <= row < len(self._groups) else []
        self.environment.blockSignals(True)
        self.environment.clear()
        for profile in members:
            self.environment.addItem(profile.environment or profile.name, profile.id)
        self.environment.setCurrentIndex(0 if members else -1)
        self.environment.blockSignals(False)
        several = len(members) > 1
        self.environment.setVisible(several)
        self.environment_label.setVisible(several)
        self._profile_changed()

    def _profile_changed(self, *_args: object) -> None:
        profile = self.current_profile()
        if profile is None:
            self.description.clear()
            return
        description = escape(unbreakable_urls(profile.description))
        self.description.setText(f"<b>{escape(profile.display_name)}</b><br>{description}")
        self.label.setPlaceholderText(name_placeholder(profile.family))
        needs_id = not profile.client_id
        self.client_id.setVisible(needs_id)
        self.client_id_label.setVisible(needs_id)
        if needs_id:
            self.client_id.setText(self._settings.client_id(profile.id))
        self.secret_box.setVisible(profile.may_require_client_secret)
        self.changed.emit()
