"""Choosing a provider: one entry per family, then its environment or region.

Profiles are data (design §2), so the picker groups whatever the registry holds: Clover's
four environments and Clio's four regions appear as a choice under one logo each,
production first, the person's own region preselected (``regions``), the sandbox last.
Staff never type a client ID: a profile from the administrator carries it, and when none
does, the page says so in plain words with a note to send (``admin_note``). The client
ID field, the protocol facts and an administrator's client secret wait in the collapsed
"For administrators" section (``admin_section``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..common.errors_view import unbreakable_urls
from ..common.icons import icon
from ..common.provider_words import display_name, provider_text
from ..common.settings import AppSettings
from .admin_note import SetupMissing
from .admin_section import AdminSection
from .family_list import FamilyList
from .regions import default_member, environment_label, region_rank, system_country

_FAMILY_ORDER = ("demo", "clover", "clio", "cloverleaf")


def name_placeholder(family: str) -> str:
    """How each family's customers name an account; others get a neutral example."""
    translate = QCoreApplication.translate
    examples = {
        "clover": translate("ProviderPicker", "Optional, e.g. “Main store”"),
        "clio": translate("ProviderPicker", "Optional, e.g. “Downtown office”"),
        "demo": translate("ProviderPicker", "Optional, e.g. “Practice”"),
    }
    return examples.get(family) or translate("ProviderPicker", "Optional, e.g. “Main office”")


def group_profiles(profiles: list[Any]) -> list[tuple[str, list[Any]]]:
    """[(family key, profiles in that family)], built-in families first, custom ones last."""
    groups: dict[str, list[Any]] = {}
    for profile in profiles:
        key = profile.id if profile.family in ("", "custom") else profile.family
        groups.setdefault(key, []).append(profile)
    for members in groups.values():
        members.sort(key=region_rank)

    def rank(key: str) -> tuple[int, str]:
        return (_FAMILY_ORDER.index(key) if key in _FAMILY_ORDER else len(_FAMILY_ORDER), key)

    return [(key, groups[key]) for key in sorted(groups, key=rank)]


class ProviderPicker(QWidget):
    """The first page of Connect; ``changed`` fires whenever the chosen profile changes.

    ``country``: the two-letter country that picks the default region (the OS locale's
    when not given).
    """

    changed = Signal()

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, *, country: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("providerPicker")
        self._settings = settings
        self._country = system_country() if country is None else country
        self._groups: list[tuple[str, list[Any]]] = []
        self.list = FamilyList(self)
        self.list.setObjectName("providerList")
        self.list.setAccessibleName(self.tr("Providers"))
        self.list.setMinimumWidth(190)
        self.list.currentRowChanged.connect(self._family_changed)
        self.description = QLabel(self)
        self.description.setObjectName("providerDescription")
        self.description.setWordWrap(True)
        self.environment = QComboBox(self)
        self.environment.setObjectName("environmentCombo")
        self.environment.setAccessibleName(self.tr("Environment or region"))
        self.environment.currentIndexChanged.connect(self._profile_changed)
        self.environment_label = QLabel(self.tr("&Environment:"), self)
        self.environment_label.setBuddy(self.environment)
        self.label = QLineEdit(self)
        self.label.setObjectName("accountLabelEdit")
        self.label.setAccessibleName(self.tr("Account name (optional)"))
        self.label.setPlaceholderText(name_placeholder(""))
        self.setup_missing = SetupMissing(self)
        self.admin = AdminSection(self)
        self.admin.changed.connect(self._client_id_typed)
        # The names the dialog and its tests use.
        self.client_id, self.client_id_label = self.admin.client_id, self.admin.client_id_label
        self.secret_box, self.secret = self.admin.secret_box, self.admin.secret

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.environment_label, self.environment)
        form.addRow(self.tr("&Name:"), self.label)
        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addLayout(form)
        right.addWidget(self.setup_missing)
        right.addStretch(1)
        right.addWidget(self.admin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)

    # -- data -----------------------------------------------------------------------
    def set_profiles(self, profiles: list[Any]) -> None:
        chosen = self.current_profile()
        self._groups = group_profiles(profiles)
        self.list.blockSignals(True)
        self.list.set_families(
            [
                (icon(m[0].icon), m[0].name, provider_text(m[0].description))
                for _key, m in self._groups
            ]
        )
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

    def set_client_id(self, client_id: str) -> None:
        """A Reconnect's client ID, for a profile that has none of its own."""
        if self.needs_client_id():
            self.client_id.setText(client_id)

    def focus_choice(self) -> None:
        """The keyboard starts on the chosen family: Enter connects, Tab moves on."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.button(row).setFocus()

    def lock_choice(self) -> None:
        """A Reconnect: the provider is the account's, not a choice."""
        self.list.setEnabled(False)
        self.environment.setEnabled(False)

    # -- reactions ------------------------------------------------------------------
    def _family_changed(self, row: int) -> None:
        members = self._groups[row][1] if 0 <= row < len(self._groups) else []
        self.environment.blockSignals(True)
        self.environment.clear()
        for profile in members:
            self.environment.addItem(environment_label(profile), profile.id)
        ready = lambda p: bool(p.client_id or self._settings.client_id(p.id))  # noqa: E731
        self.environment.setCurrentIndex(default_member(members, self._country, ready))
        self.environment.blockSignals(False)
        several = len(members) > 1
        self.environment.setVisible(several)
        self.environment_label.setVisible(several)
        self._profile_changed()

    def _profile_changed(self, *_args: object) -> None:
        profile = self.current_profile()
        if profile is None:
            self.description.clear()
            self.setup_missing.hide()
            return
        description = escape(unbreakable_urls(provider_text(profile.description)))
        name = display_name(profile.name, profile.environment)
        self.description.setText(f"<b>{escape(name)}</b><br>{description}")
        self.label.setPlaceholderText(name_placeholder(profile.family))
        self.setup_missing.set_profile(profile)
        self.admin.blockSignals(True)
        self.admin.show_profile(profile, self._settings.client_id(profile.id))
        self.admin.blockSignals(False)
        self._update_setup_missing()
        self.changed.emit()

    def _client_id_typed(self) -> None:
        self._update_setup_missing()
        self.changed.emit()

    def _update_setup_missing(self) -> None:
        self.setup_missing.setVisible(self.needs_client_id() and not self.typed_client_id())
