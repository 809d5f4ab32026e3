"""Light, dark and "follow the system" apply at once, to every widget, with readable text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.ui.accounts.model import COL_STATUS
from desktop_app.ui.common import theme
from desktop_app.ui.common.roles import TEXT_ROLES, set_role
from desktop_app.ui.common.status_icons import KINDS, icon_colour
from tests.ui.contrast import GRAPHICS, TEXT, contrast, over
from tests.ui.helpers import make_account

Role = QPalette.ColorRole


@pytest.fixture
def styled(qapp: Any) -> Iterator[QApplication]:
    """The app with its real style sheet; the platform's look and no sheet put back after."""
    before = QPalette(QGuiApplication.palette())
    theme.load_stylesheet(qapp)
    yield qapp
    theme.apply_theme("system")
    qapp.setStyleSheet("")
    assert QGuiApplication.palette().color(Role.Window) == before.color(Role.Window)


@pytest.fixture
def window(qtbot: Any, styled: QApplication, window_for: Any, engine: Any) -> Any:
    import time

    engine.connect("demo", timeout=30)
    engine.store.upsert(make_account(7, now=time.time(), expires_in=30, has_refresh_token=False))
    window = window_for(engine)
    qtbot.waitUntil(lambda: window.detail.ready, timeout=10000)
    return window


def choose_theme(qtbot: Any, window: Any, key: str) -> None:
    """Through Settings, as a person does: pick the scheme, press OK."""
    from desktop_app.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.accepted.connect(window._settings_changed)
    dialog.theme.setCurrentIndex(dialog.theme.findData(key))
    dialog.accept()
    qtbot.wait(10)  # the palette check that follows a platform's answer runs next turn


def text_pairs(widget: QWidget) -> tuple[QColor, QColor]:
    """(text, background) as the widget paints them: inputs and views on Base."""
    palette = widget.palette()
    if isinstance(widget, QLabel):
        return palette.color(widget.foregroundRole()), palette.color(Role.Window)
    if widget.inherits("QAbstractButton"):
        return palette.color(Role.ButtonText), palette.color(Role.Button)
    return palette.color(Role.Text), palette.color(Role.Base)


def readable(widgets: list[QWidget]) -> dict[str, float]:
    """Each enabled widget's text contrast (WCAG exempts disabled controls)."""
    ratios = {}
    for widget in widgets:
        if not widget.isEnabled():
            continue
        text, background = text_pairs(widget)
        ratios[widget.objectName()] = contrast(over(text, background), background)
    return ratios


def sample(window: Any) -> list[QWidget]:
    inspector = window.detail.widgets["tokenInspector"]
    explorer = window.detail.widgets["apiExplorer"]
    return [
        window.table,
        window.overview.status,
        window.overview.title,
        window.overview.empty,  # muted
        inspector.rows["access_token"].field,
        inspector.claims.statement,
        inspector.claims.times_note,  # muted
        explorer.editor.url_edit,
        explorer.account_label,
        explorer.send_button,
    ]


@pytest.mark.parametrize("key", ["dark", "light"])
def test_switching_theme_at_runtime_recolours_everything(qtbot: Any, window: Any, key: str) -> None:
    """Dark then light (and back), at once: table, labels, inputs and buttons all follow."""
    other = "light" if key == "dark" else "dark"
    choose_theme(qtbot, window, other)
    choose_theme(qtbot, window, key)
    dark = key == "dark"
    assert theme.is_dark() is dark
    for widget in sample(window):
        _, background = text_pairs(widget)
        assert (background.lightness() < 128) is dark, widget.objectName()
    ratios = readable(sample(window))
    assert min(ratios.values()) >= TEXT, ratios
    viewport = window.table.viewport().palette().color(Role.Base)
    assert (viewport.lightness() < 128) is dark


@pytest.mark.parametrize("dark", [False, True])
def test_state_colours_are_readable(qtbot: Any, styled: QApplication, dark: bool) -> None:
    """Verified, warning, error and note text, and the state icons, on their theme."""
    theme.apply_theme("dark" if dark else "light")
    parent = QWidget()
    qtbot.addWidget(parent)
    for role in TEXT_ROLES:
        label = QLabel("Signature verified", parent)
        set_role(label, role)
        text, background = text_pairs(label)
        assert contrast(text, background) >= TEXT, role
        assert contrast(text, label.palette().color(Role.Base)) >= TEXT, role
    window_colour = parent.palette().color(Role.Window)
    for kind in KINDS:
        assert contrast(icon_colour(kind, dark), window_colour) >= GRAPHICS, kind


@pytest.mark.parametrize("key", ["light", "dark"])
def test_countdown_and_status_colours_are_readable(qtbot: Any, window: Any, key: str) -> None:
    """The table's amber and red text keeps 4.5:1 on both row colours, with an icon beside."""
    choose_theme(qtbot, window, key)
    palette = window.table.palette()
    for colour in window.model.colours.values():
        for row_colour in (Role.Base, Role.AlternateBase):
            assert contrast(colour, palette.color(row_colour)) >= TEXT, (colour.name(), key)
    for row in range(window.model.rowCount()):
        icon = window.table.proxy.index(row, COL_STATUS).data(Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull()


@pytest.mark.parametrize("kind", ["warning", "info", "error"])
@pytest.mark.parametrize("key", ["light", "dark"])
def test_banners_are_readable_and_carry_an_icon(
    qtbot: Any, window: Any, key: str, kind: str
) -> None:
    """Each banner kind: its words readable on its background, and an icon naming the kind."""
    choose_theme(qtbot, window, key)
    banner = window.banner
    banner.show_message("Some provider files could not be read.", kind=kind)
    qtbot.waitUntil(banner.isVisible)
    image = banner.grab().toImage()
    background = image.pixelColor(image.width() - 3, 3)
    text = banner.text.palette().color(banner.text.foregroundRole())
    assert contrast(text, background) >= TEXT
    assert not banner.icon.pixmap().isNull()
    assert banner.icon.accessibleName() in ("Warning", "Note", "Problem")


def test_follow_the_system_when_the_os_flips(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With "Follow the system", an OS change of scheme restyles the window and the table."""
    theme.follow_system(window.model)
    assert window.settings.theme == "system" and not theme.is_dark()
    hints = QGuiApplication.styleHints()
    platform = QPalette(QGuiApplication.palette())
    light_colours = window.model.colours
    try:
        QApplication.setPalette(theme.fusion_palette(True))  # what the platform does first
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # then it says so
        qtbot.waitUntil(lambda: window.model.colours is not light_colours)
        qtbot.waitUntil(lambda: window.table.palette().color(Role.Base).lightness() < 128)
        assert "#b0b0b0" in QApplication.instance().styleSheet()  # dark.qss loaded
        ratios = readable(sample(window))
        assert min(ratios.values()) >= TEXT, ratios
    finally:
        QApplication.setPalette(platform)


def test_an_explicit_choice_ignores_the_os(qtbot: Any, window: Any) -> None:
    """Light chosen in Settings stays light when the OS turns dark."""
    theme.follow_system(window.model)
    choose_theme(qtbot, window, "light")
    colours = window.model.colours
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.wait(20)
    assert window.model.colours is colours and not theme.is_dark()


def test_the_dark_style_sheet_is_shipped() -> None:
    """dark.qss sits beside app.qss, is loaded over it, and only changes colours."""
    from desktop_app.core.base.paths import resources_dir

    folder: Path = resources_dir() / "styles"
    assert (folder / "dark.qss").is_file()
    dark = theme.stylesheet_text(True)
    assert dark.startswith(theme.stylesheet_text(False))
    assert "font" not in (folder / "dark.qss").read_text(encoding="utf-8")


def test_a_palette_that_arrives_late_is_restyled(qtbot: Any, window: Any) -> None:
    """A platform that takes the request switches its palette a moment later: restyled then."""
    platform = QPalette(QGuiApplication.palette())
    try:
        QApplication.setPalette(theme.fusion_palette(True))  # the platform's late answer
        assert window.table.palette().color(Role.Base).lightness() > 128  # sheet still light
        theme._check_palette("dark", window.model)  # what apply_theme queued for this turn
        assert window.table.palette().color(Role.Base).lightness() < 128
        assert min(readable(sample(window)).values()) >= TEXT
    finally:
        QApplication.setPalette(platform)
        theme.restyle()
