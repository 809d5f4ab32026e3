"""The request half of the explorer: method, URL, presets, query, headers and body.

The query lives in its own table while editing, but is folded back into the URL when
the request is built, so the history (which records the URL) can replay it exactly.
Once the person edits a request that came from a preset, the preset box says "Custom
request": the preset's name no longer describes what Send would do.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.api.identity import fill_placeholders
from desktop_app.core.providers.profiles import Preset

from ..common.focus import name_tab_bar, tab_leaves
from ..common.provider_words import provider_text
from .kv_table import KeyValueTable

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
# The preset box's first entry (keys of the "RequestEditor" context; shown translated).
CHOOSE = QT_TRANSLATE_NOOP("RequestEditor", "Choose a ready-made request…")
CUSTOM = QT_TRANSLATE_NOOP("RequestEditor", "Custom request")


def split_query(url: str) -> tuple[str, list[tuple[str, str]]]:
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", parts.fragment))
    return base, parse_qsl(parts.query, keep_blank_values=True)


def join_url(base: str, params: tuple[tuple[str, str], ...]) -> str:
    if not params:
        return base
    return base + ("&" if "?" in base else "?") + urlencode(list(params), safe=",{}")


class RequestEditor(QWidget):
    """Edits one ``ApiRequest``; ``send_requested`` fires on Enter in the URL field."""

    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api_base = ""
        self.placeholders: dict[str, str] = {}
        self._loading = False
        self._presets: tuple[Preset, ...] = ()
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setAccessibleName(self.tr("Ready-made requests for this provider"))
        self.preset_combo.activated.connect(self._preset_chosen)
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("methodCombo")
        self.method_combo.setAccessibleName(self.tr("HTTP method"))
        self.method_combo.addItems(METHODS)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setAccessibleName(self.tr("Request address"))
        self.url_edit.setPlaceholderText(self.tr("https://… or a path such as /api/me"))
        self.url_edit.returnPressed.connect(self.send_requested)
        self.params = KeyValueTable("queryParams", self.tr("Query parameters"), self)
        self.headers = KeyValueTable("requestHeaders", self.tr("Request headers"), self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setAccessibleName(self.tr("Request body"))
        self.body_edit.setPlaceholderText(self.tr("Request body (for POST, PUT and PATCH)"))
        tab_leaves(self.body_edit)  # Tab moves on (JSON bodies are indented with spaces)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("requestTabs")
        self.tabs.setAccessibleName(self.tr("Request parts"))
        self.tabs.addTab(self.params, self.tr("Query"))
        self.tabs.addTab(self.headers, self.tr("Headers"))
        self.tabs.addTab(self.body_edit, self.tr("Body"))
        self.tab_bar = name_tab_bar(self.tabs, "requestTabBar", self.tr("Request parts"))
        self.url_edit.textEdited.connect(self._edited)
        self.method_combo.activated.connect(self._edited)
        self.params.edited.connect(self._edited)
        self.headers.edited.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        preset_label = QLabel(self.tr("&Preset:"), self)
        preset_label.setBuddy(self.preset_combo)
        presets_row = QHBoxLayout()
        presets_row.addWidget(preset_label)
        presets_row.addWidget(self.preset_combo, 1)
        self.url_row = QHBoxLayout()
        self.url_row.addWidget(self.method_combo)
        self.url_row.addWidget(self.url_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(presets_row)
        layout.addLayout(self.url_row)
        layout.addWidget(self.tabs, 1)

    def set_provider(self, api_base: str, presets: tuple[Preset, ...], values: dict[str, str]):  # type: ignore[no-untyped-def]
        """New account: presets listed, URL reset to the API base (placeholders filled)."""
        self.api_base = fill_placeholders(api_base, values)
        self.placeholders = dict(values)
        self._presets = presets
        self.preset_combo.clear()
        self.preset_combo.addItem(QCoreApplication.translate("RequestEditor", CHOOSE))
        for preset in presets:
            self.preset_combo.addItem(f"{preset.method} {provider_text(preset.name)}")
        self.load(self.api_base.rstrip("/") + "/", "GET")

    def update_placeholders(self, values: dict[str, str]) -> None:
        """The same account reloaded: new identity values for presets; the request stays."""
        self.placeholders = dict(values)

    def focus_order(self) -> list[QWidget]:
        """Preset, method, address; the parts' tabs follow the Send buttons (explorer)."""
        return [self.preset_combo, self.method_combo, self.url_edit]

    def parts_focus_order(self) -> list[QWidget]:
        return [
            self.tabs,
            *self.params.focus_order(),
            *self.headers.focus_order(),
            self.body_edit,
        ]

    def reset_preset(self) -> None:
        """The request no longer comes from a preset: the combo shows its prompt again."""
        self.preset_combo.setItemText(0, QCoreApplication.translate("RequestEditor", CHOOSE))
        self.preset_combo.setCurrentIndex(0)

    def _edited(self, *_args: object) -> None:
        """The person changed the request: a preset's name would no longer be true."""
        if self._loading:
            return
        custom = QCoreApplication.translate("RequestEditor", CUSTOM)
        if self.preset_combo.currentIndex() > 0 or self.preset_combo.itemText(0) != custom:
            self.preset_combo.setItemText(0, custom)
            self.preset_combo.setCurrentIndex(0)

    def update_api_base(self, api_base: str) -> None:
        """The resolved base (e.g. the demo's real port) replaces a base the user kept."""
        old = self.api_base
        self.api_base = fill_placeholders(api_base, self.placeholders)
        url = self.url_edit.text()
        if old and url.startswith(old.rstrip("/")):
            self.url_edit.setText(self.api_base.rstrip("/") + url[len(old.rstrip("/")) :])

    def apply_preset(self, number: int) -> None:
        preset = self._presets[number]
        path = fill_placeholders(preset.path, self.placeholders)
        url = path if "://" in path else self.api_base.rstrip("/") + "/" + path.lstrip("/")
        self.load(url, preset.method, body=preset.body)

    def _preset_chosen(self, combo_row: int) -> None:
        if combo_row >= 1:
            self.preset_combo.setItemText(0, QCoreApplication.translate("RequestEditor", CHOOSE))
            self.apply_preset(combo_row - 1)

    def load(
        self,
        url: str,
        method: str,
        headers: tuple[tuple[str, str], ...] = (),
        body: str = "",
    ) -> None:
        base, query = split_query(url)
        self._loading = True
        try:
            self.url_edit.setText(base)
            self.params.set_pairs(query)
            index = self.method_combo.findText(method.upper())
            self.method_combo.setCurrentIndex(max(index, 0))
            self.headers.set_pairs([(k, v) for k, v in headers if k.lower() != "authorization"])
            self.body_edit.setPlainText(body)
        finally:
            self._loading = False

    def request(self) -> ApiRequest:
        url = join_url(self.url_edit.text().strip(), self.params.pairs())
        return ApiRequest(
            method=self.method_combo.currentText(),
            url=url,
            headers=self.headers.pairs(),
            body=self.body_edit.toPlainText(),
        )
