"""Choosing the language, loading its catalogues, and what happens when they are damaged."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.ui.common import i18n
from desktop_app.ui.common.durations import compact, spoken
from desktop_app.ui.common.i18n import (
    ENGLISH,
    FRENCH,
    SPANISH,
    choose_language,
    current_language,
    install_language,
    short_time,
    translations_dir,
)

SOURCE = "Loopgate will try again."  # a Status message present in every catalogue
SPANISH_TEXT = "Loopgate volverá a intentarlo."
OTHER = "Renewing the access token…"


def status(text: str) -> str:
    return QCoreApplication.translate("Status", text)


@pytest.mark.parametrize(
    ("system", "language"),
    [
        ("es_MX", SPANISH),
        ("es_AR", SPANISH),
        ("es_ES", SPANISH),
        ("fr_CA", FRENCH),
        ("fr_FR", FRENCH),
        ("fr_BE", FRENCH),
        ("en_CA", ENGLISH),
        ("de_DE", ENGLISH),
        ("C", ENGLISH),
    ],
)
def test_automatic_follows_the_operating_system(system: str, language: str) -> None:
    """Any Spanish system gets Latin American Spanish, any French one Canadian French."""
    assert choose_language("auto", QLocale(system)) == language


def test_the_settings_override_wins_over_the_system() -> None:
    """Someone in Montréal who wants English gets English, and the other way round."""
    assert choose_language(ENGLISH, QLocale("fr_CA")) == ENGLISH
    assert choose_language(SPANISH, QLocale("en_US")) == SPANISH


@pytest.mark.parametrize("setting", ["de", "pt_BR", "klingon", "", "ES_419"])
def test_an_unknown_setting_falls_back_to_the_system_language(setting: str) -> None:
    """A language this version lacks (or a typo in the file) counts as Automatic."""
    assert choose_language(setting, QLocale("fr_CA")) == FRENCH
    assert choose_language(setting, QLocale("en_GB")) == ENGLISH


def test_the_setting_is_stored_and_read_back(settings: Any) -> None:
    """Automatic by default; whatever was chosen survives a restart."""
    assert settings.language == "auto"
    settings.language = FRENCH
    settings.sync()
    from desktop_app.ui.common.settings import AppSettings

    assert AppSettings(settings.path).language == FRENCH


def test_installing_spanish_translates_and_sets_the_locale(qapp: Any) -> None:
    """The catalogue answers, and dates and numbers follow Latin American Spanish."""
    assert install_language(SPANISH, system=QLocale("C")) == SPANISH
    assert current_language() == SPANISH
    assert status(SOURCE) == SPANISH_TEXT
    assert QLocale().name() == "es_419"


def test_a_spanish_system_keeps_its_own_regional_formats(qapp: Any) -> None:
    """Mexico writes its own dates, in the same Spanish words."""
    install_language("auto", system=QLocale("es_MX"))
    assert current_language() == SPANISH and QLocale().name() == "es_MX"


def test_an_english_window_on_a_german_system_writes_english_dates(qapp: Any) -> None:
    """No German month names around English words."""
    install_language("auto", system=QLocale("de_DE"))
    assert current_language() == ENGLISH and QLocale().language() == QLocale.Language.English


def test_qt_standard_buttons_are_translated_too(qtbot: Any) -> None:
    """Qt's own words (Cancel, Yes) come from qtbase's catalogue, shipped beside ours."""
    from PySide6.QtWidgets import QDialogButtonBox

    install_language(FRENCH, system=QLocale("C"))
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
    )
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    yes = box.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "")
    assert (cancel, yes) == ("Annuler", "Oui")


def test_a_missing_catalogue_leaves_english(qapp: Any, tmp_path: Path) -> None:
    """No files at all: English words, never empty ones, and the app keeps going."""
    assert install_language(SPANISH, system=QLocale("C"), folder=tmp_path) == SPANISH
    assert status(SOURCE) == SOURCE


def test_a_damaged_catalogue_leaves_english(qapp: Any, tmp_path: Path) -> None:
    """A .qm that is not one (a broken download, a truncated copy) is refused whole."""
    good = (translations_dir() / "loopgate_es_419.qm").read_bytes()
    (tmp_path / "loopgate_es_419.qm").write_bytes(good[: len(good) // 3])
    (tmp_path / "loopgate_en.qm").write_bytes(b"not a catalogue at all")
    install_language(SPANISH, system=QLocale("C"), folder=tmp_path)
    assert status(SOURCE) in (SOURCE, SPANISH_TEXT)  # whatever survived, never empty
    assert status(OTHER) in (OTHER, "Renovando el token de acceso…")
    assert status(SOURCE) and status(OTHER)


def test_a_partial_catalogue_falls_back_to_english_string_by_string(
    qapp: Any, tmp_path: Path
) -> None:
    """A catalogue that lacks some messages translates the rest; the lacking ones read
    in English, plural forms included, and none reads empty."""
    from tests.ui.common.test_catalogues import TOOLS

    tree = ET.parse(translations_dir() / "loopgate_es_419.ts")
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            source = message.findtext("source")
            if context.findtext("name") == "Status" and source == OTHER:
                context.remove(message)  # this one is missing
            if context.findtext("name") == "Duration" and source == "%n day(s)":
                context.remove(message)
    partial = tmp_path / "loopgate_es_419.ts"
    tree.write(partial, encoding="utf-8", xml_declaration=True)
    TOOLS.lrelease(partial)  # type: ignore[attr-defined]
    shutil.copy(translations_dir() / "loopgate_en.qm", tmp_path)
    install_language(SPANISH, system=QLocale("C"), folder=tmp_path, qt_folder=translations_dir())
    assert status(SOURCE) == SPANISH_TEXT
    assert status(OTHER) == OTHER
    assert compact(3 * 86400) == "3 days"  # English plural, not "3 day(s)"
    assert spoken(60) == "1 minuto"


@pytest.mark.parametrize(
    ("language", "one", "two", "none"),
    [
        (ENGLISH, "1 minute", "2 minutes", "0 seconds"),
        (SPANISH, "1 minuto", "2 minutos", "0 segundos"),
        (FRENCH, "1 minute", "2 minutes", "0 seconde"),  # French: 0 and 1 are singular
    ],
)
def test_countdowns_read_right_in_each_language(
    qapp: Any, language: str, one: str, two: str, none: str
) -> None:
    """Plural forms come from Qt: one minute, two minutes, and French's singular zero."""
    install_language(language, system=QLocale("C"))
    assert (spoken(60), spoken(120), spoken(0)) == (one, two, none)


@pytest.mark.parametrize(
    ("language", "words", "days"),
    [
        (ENGLISH, "2 minutes 30 seconds", ("1 day", "3 days")),
        (SPANISH, "2 minutos y 30 segundos", ("1 día", "3 días")),
        (FRENCH, "2 minutes et 30 secondes", ("1 jour", "3 jours")),
    ],
)
def test_spans_join_their_units_the_language_s_way(
    qapp: Any, language: str, words: str, days: tuple[str, str]
) -> None:
    """Two units are joined as each language joins them; days count in the table too."""
    install_language(language, system=QLocale("C"))
    assert spoken(150) == words
    assert (compact(86400), compact(3 * 86400 + 5)) == days
    assert compact(245) == "4 min 05 s"


@pytest.mark.parametrize(
    ("language", "clock"),
    [(ENGLISH, "14:05"), (SPANISH, "2:05\u202fp.m."), (FRENCH, "14 h 05")],
)
def test_times_of_day_use_the_language_s_locale(qapp: Any, language: str, clock: str) -> None:
    """Quebec writes 14 h 05, Latin America 2:05 p.m., British English 14:05."""
    from datetime import datetime

    install_language(language, system=QLocale("C"))
    epoch = datetime(2026, 3, 3, 14, 5).timestamp()
    assert short_time(epoch) == clock


def test_english_is_back_after_removing_a_language(qapp: Any) -> None:
    """``remove_language`` (tests, a fresh install) leaves no Spanish behind."""
    install_language(SPANISH, system=QLocale("C"))
    i18n.remove_language()
    assert current_language() == ENGLISH and status(SOURCE) == SOURCE


@pytest.mark.parametrize(
    ("language", "label"),
    [
        (ENGLISH, "3 Mar 2025, 14:05"),
        (SPANISH, "3 mar 2025, 2:05\u202fp.m."),
        (FRENCH, "3 mars 2025, 14 h 05"),
    ],
)
def test_dates_use_the_language_s_month_names_and_clock(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, language: str, label: str
) -> None:
    """A moment from another year: the locale's month name and clock, the zone after."""
    import time as clock
    from datetime import datetime

    from desktop_app.ui.common.times import local_label

    monkeypatch.setenv("TZ", "UTC")
    clock.tzset()
    try:
        install_language(language, system=QLocale("C"))
        moment = datetime(2025, 3, 3, 14, 5).timestamp()
        assert local_label(moment, now=datetime(2026, 6, 1).timestamp()) == f"{label} UTC"
    finally:
        monkeypatch.undo()
        clock.tzset()


def test_a_spin_box_unit_agrees_with_its_number(qtbot: Any, settings: Any) -> None:
    """Settings says "1 minuto", "5 minutos": the unit follows the number (Qt plural forms)."""
    from desktop_app.ui.settings.dialog import SettingsDialog

    install_language(SPANISH, system=QLocale("C"))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.timeout.setValue(1)
    assert dialog.timeout.text() == "1 minuto"
    dialog.timeout.setValue(5)
    assert dialog.timeout.text() == "5 minutos"
    dialog.lead.setValue(1)
    assert dialog.lead.text() == "1 minuto antes del vencimiento"


def test_settings_offers_the_languages_and_says_when_a_change_shows(
    qtbot: Any, settings: Any
) -> None:
    """Automatic, then each language in its own name; the choice is saved for next start."""
    from desktop_app.ui.settings.dialog import SettingsDialog

    install_language(FRENCH, system=QLocale("C"))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [
        "Automatique (la langue du système)",
        "English",
        "Español (Latinoamérica)",
        "Français (Canada)",
    ]
    assert "prochain démarrage" in dialog.language_hint.text()
    combo.setCurrentIndex(combo.findData(SPANISH))
    dialog.accept()
    assert settings.language == SPANISH


def test_an_unknown_stored_language_reads_automatic_in_settings(qtbot: Any, settings: Any) -> None:
    """A language this version lacks is shown as Automatic, and kept until changed."""
    from desktop_app.ui.settings.dialog import SettingsDialog

    settings.language = "de"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "auto"
    assert settings.language == "de"
