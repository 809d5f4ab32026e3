"""The Settings dialog: a form over ``AppSettings`` that writes back only on OK.

What the organisation's policy fixes is shown disabled with "Set by your organisation"
(``locks``) and never written back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..common.focus import chain_focus
from ..common.i18n import AUTOMATIC, LANGUAGES
from ..common.settings import MAX_CONNECT_MINUTES, THEMES, AppSettings
from .locks import with_note

# Keys of the "SettingsDialog" context, shown through ``_tr``.
_THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
_LOG_LABELS = {
    "info": QT_TRANSLATE_NOOP("SettingsDialog", "Normal"),
    "debug": QT_TRANSLATE_NOOP("SettingsDialog", "Detailed, for support"),
    "warning": QT_TRANSLATE_NOOP("SettingsDialog", "Warnings and errors only"),
    "error": QT_TRANSLATE_NOOP("SettingsDialog", "Errors only"),
}
# The rule of ``status.lead_time_for`` (and the core's default), in words.
AUTOMATIC_LEAD = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Automatic: 5 minutes or 10% of the token's lifetime, whichever is larger — at most "
    "half of it.",
)
LANGUAGE_LATER = QT_TRANSLATE_NOOP(
    "SettingsDialog", "A new language shows the next time Loopgate starts."
)


def _tr(key: str) -> str:
    return QCoreApplication.translate("SettingsDialog", key)


def follow_plural(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """The unit after the number agrees with it: "1 minute", "5 minutes" (Qt plural forms)."""
    spin.valueChanged.connect(lambda value: spin.setSuffix(suffix(value)))
    spin.setSuffix(suffix(spin.value()))


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(500)
        self._settings = settings
        self.auto_refresh = QCheckBox(self.tr("Renew access automatically before it expires"), self)
        self.auto_refresh.setObjectName("autoRefreshCheck")
        self.auto_refresh.setAccessibleName(self.tr("Renew access automatically"))
        self.auto_refresh.setChecked(settings.auto_refresh)
        self.lead = QSpinBox(self)
        self.lead.setObjectName("leadTimeSpin")
        self.lead.setAccessibleName(self.tr("Renewal lead time in minutes"))
        self.lead.setRange(0, 24 * 60)
        self.lead.setSpecialValueText(self.tr("Automatic"))
        self.lead.setValue(int(settings.lead_minutes))
        follow_plural(self.lead, lambda n: self.tr(" minute(s) before expiry", "", n))
        self.lead_hint = QLabel(_tr(AUTOMATIC_LEAD), self)
        self.lead_hint.setObjectName("leadTimeHint")
        self.lead_hint.setProperty("role", "muted")
        self.lead_hint.setWordWrap(True)
        lead_locked = settings.locked("refresh_lead_minutes")
        self.auto_refresh.toggled.connect(lambda on: self.lead.setEnabled(on and not lead_locked))
        self.lead.setEnabled(settings.auto_refresh and not lead_locked)
        self.lead_hint.setVisible(not lead_locked)  # "Automatic" is not the choice then
        self.log_level = QComboBox(self)
        self.log_level.setObjectName("logLevelCombo")
        self.log_level.setAccessibleName(self.tr("How much Loopgate writes to its log"))
        levels = ("info", "debug") if not settings.locked("log_level") else (settings.log_level,)
        for key in levels:
            self.log_level.addItem(_tr(_LOG_LABELS[key]), key)
        self.log_level.setCurrentIndex(max(0, levels.index(settings.log_level)))
        self.log_level.setToolTip(self.tr("Logs never hold a token, at any level."))
        self.timeout = QSpinBox(self)
        self.timeout.setObjectName("connectTimeoutSpin")
        self.timeout.setAccessibleName(self.tr("Connect timeout in minutes"))
        self.timeout.setRange(1, MAX_CONNECT_MINUTES)
        self.timeout.setValue(settings.connect_timeout_minutes)
        follow_plural(self.timeout, lambda n: self.tr(" minute(s)", "", n))
        self.timeout.setToolTip(
            self.tr("How long Connect waits for you to approve in the browser.")
        )
        self.system_browser = QRadioButton(self.tr("System default browser"), self)
        self.system_browser.setObjectName("systemBrowserRadio")
        self.system_browser.setAccessibleName(self.tr("Use the system default browser"))
        self.command_browser = QRadioButton(self.tr("Run this command:"), self)
        self.command_browser.setObjectName("commandBrowserRadio")
        self.command_browser.setAccessibleName(self.tr("Use a browser command"))
        group = QButtonGroup(self)
        group.addButton(self.system_browser)
        group.addButton(self.command_browser)
        self.command = QLineEdit(settings.browser_command, self)
        self.command.setObjectName("browserCommandEdit")
        self.command.setAccessibleName(self.tr("Browser command"))
        self.command.setPlaceholderText(self.tr("e.g. firefox -P work %s"))
        (self.command_browser if settings.browser_command else self.system_browser).setChecked(True)
        self.command.setEnabled(bool(settings.browser_command))
        self.command_browser.toggled.connect(self.command.setEnabled)
        self.start_minimised = QCheckBox(self.tr("Start minimised to the system tray"), self)
        self.start_minimised.setObjectName("startMinimisedCheck")
        self.start_minimised.setAccessibleName(self.tr("Start minimised to the system tray"))
        self.start_minimised.setChecked(settings.start_minimised)
        self.close_to_tray = QCheckBox(
            self.tr("Keep running in the tray when the window is closed"), self
        )
        self.close_to_tray.setObjectName("closeToTrayCheck")
        self.close_to_tray.setAccessibleName(
            self.tr("Keep running in the tray when the window is closed")
        )
        self.close_to_tray.setToolTip(
            self.tr(
                "Loopgate keeps renewing your connections in the background. "
                "Quit it from the File menu or the tray icon's menu."
            )
        )
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        for key in THEMES:
            self.theme.addItem(_tr(_THEME_LABELS[key]), key)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        self.language = self._language_combo(settings.language)
        self.language_hint = QLabel(_tr(LANGUAGE_LATER), self)
        self.language_hint.setObjectName("languageHint")
        self.language_hint.setProperty("role", "muted")
        self.language_hint.setWordWrap(True)
        hint = QLabel(
            self.tr("%s in the command is replaced by the link; otherwise it is appended.")
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(
            with_note(self.auto_refresh, "autoRefreshLocked", settings.locked("auto_refresh"))
        )
        form.addRow(
            self.tr("Renew &lead time:"), with_note(self.lead, "leadTimeLocked", lead_locked)
        )
        form.addRow("", self.lead_hint)
        form.addRow(self.tr("Wait for the browser &up to:"), self.timeout)
        form.addRow(self.tr("&Browser:"), self.system_browser)
        form.addRow("", self.command_browser)
        form.addRow("", self.command)
        form.addRow("", hint)
        form.addRow(self.tr("&Appearance:"), self.theme)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow("", self.language_hint)
        form.addRow(self.start_minimised)
        form.addRow(self.close_to_tray)
        form.addRow(
            self.tr("L&ogs:"),
            with_note(self.log_level, "logLevelLocked", settings.locked("log_level")),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("settingsButtons")
        for button, name in (
            (buttons.button(QDialogButtonBox.StandardButton.Ok), "settingsOkButton"),
            (buttons.button(QDialogButtonBox.StandardButton.Cancel), "settingsCancelButton"),
        ):
            button.setObjectName(name)
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        chain_focus(
            [
                self.auto_refresh,
                self.lead,
                self.timeout,
                self.system_browser,
                self.command_browser,
                self.command,
                self.theme,
                self.language,
                self.start_minimised,
                self.close_to_tray,
                self.log_level,
                buttons.button(QDialogButtonBox.StandardButton.Ok),
                buttons.button(QDialogButtonBox.StandardButton.Cancel),
            ]
        )

    def _language_combo(self, current: str) -> QComboBox:
        """Automatic (the system's language), then each language named in itself."""
        combo = QComboBox(self)
        combo.setObjectName("languageCombo")
        combo.setAccessibleName(self.tr("Language"))
        combo.addItem(self.tr("Automatic (the system's language)"), AUTOMATIC)
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)  # an unknown one reads Automatic
        return combo

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Never shorter than the wrapped help texts need at this width (any scaling)."""
        super().resizeEvent(event)
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if need > self.minimumHeight():
            self.setMinimumHeight(need)

    def accept(self) -> None:
        s = self._settings
        if not s.locked("auto_refresh"):
            s.auto_refresh = self.auto_refresh.isChecked()
        if not s.locked("refresh_lead_minutes"):
            s.lead_minutes = float(self.lead.value())
        if not s.locked("log_level"):
            s.log_level = str(self.log_level.currentData())
        s.connect_timeout_minutes = self.timeout.value()
        s.browser_command = self.command.text() if self.command_browser.isChecked() else ""
        s.start_minimised = self.start_minimised.isChecked()
        s.close_to_tray = self.close_to_tray.isChecked()
        s.theme = str(self.theme.currentData())
        s.language = str(self.language.currentData())
        s.sync()
        super().accept()
