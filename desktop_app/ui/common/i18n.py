"""The GUI's language: chosen once at start-up, before the first window is built.

English is the source language (its small catalogue holds only plural forms: "1 day",
"3 days" from the source "%n day(s)"). Spanish (Latin America) and French (Canada) come from
Qt's own tooling: ``resources/translations/loopgate_<code>.ts`` (``pyside6-lupdate``)
compiled to ``.qm`` (``pyside6-lrelease``; ``make translations`` does both), loaded
with ``QTranslator`` beside Qt's own ``qtbase_<lang>.qm`` (standard buttons, context
menus, the file dialog). The choice is the Settings override, else the operating
system's language: any ``es_*`` gets Spanish, any ``fr_*`` French, anything else
English; an unknown setting counts as "Automatic".

A missing or damaged catalogue leaves English, and a partial one falls back to
English string by string: ``QTranslator`` answers nothing for a message it lacks and
Qt then shows the source text, never an empty label. Times and numbers follow the
chosen language through ``QLocale()`` (``QLocale.setDefault``).

Conventions for the code (docs/translations.md): ``self.tr("…")`` in QObject classes,
``QCoreApplication.translate("Context", "…")`` elsewhere; named placeholders filled
with ``str.format`` (``"Connected {label}."``); plural forms with ``n`` on a ``tr`` call
(lupdate's Python parser marks ``n`` only there: module-level plurals go through a
small QObject context class, e.g. ``Duration.tr("%n day(s)", "", n)``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

AUTOMATIC = "auto"
ENGLISH = "en"
SPANISH = "es_419"
FRENCH = "fr_CA"
# What Settings offers: each language named in itself, so anyone can find their own.
LANGUAGES = {
    ENGLISH: "English",
    SPANISH: "Español (Latinoamérica)",
    FRENCH: "Français (Canada)",
}
# Qt's own catalogue per language (qtbase has one Spanish and one French).
_QT_CATALOGUE = {SPANISH: "qtbase_es", FRENCH: "qtbase_fr"}
_QT_LANGUAGE = {
    ENGLISH: QLocale.Language.English,
    SPANISH: QLocale.Language.Spanish,
    FRENCH: QLocale.Language.French,
}
# The locale for times and numbers when the system's is in another language.
_CANONICAL_LOCALE = {ENGLISH: "en_GB", SPANISH: "es_419", FRENCH: "fr_CA"}


class _Installed:
    """What is installed now (a plain class: ``dataclasses`` costs ≈ 3 ms before paint)."""

    def __init__(self) -> None:
        self.language = ENGLISH
        self.translators: tuple[QTranslator, ...] = ()
        self.original_locale: QLocale | None = None  # Qt's default before the first install
        self.generation = 0  # changes with every install or removal (for caches of text)


_state = _Installed()


def translations_dir() -> Path:
    from desktop_app.core.base.paths import resources_dir

    return resources_dir() / "translations"


def language_for_locale(locale: QLocale) -> str:
    """The language Loopgate speaks to someone whose system uses ``locale``."""
    language = locale.language()
    if language == QLocale.Language.Spanish:
        return SPANISH
    if language == QLocale.Language.French:
        return FRENCH
    return ENGLISH


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The Settings override when it names a language Loopgate has, else the system's."""
    if setting in LANGUAGES:
        return setting
    return language_for_locale(QLocale.system() if system is None else system)


def formatting_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it speaks ``language`` (es_AR keeps its dates), else
    the language's usual one: an English window on a German system writes English dates.

    A system with no locale set (C/POSIX) gets the usual one too: for English that is
    British English, the spelling of Loopgate's own words (24-hour clock, "3 Mar").
    """
    system = QLocale.system() if system is None else system
    if system.language() == _QT_LANGUAGE.get(language):
        return system
    return QLocale(_CANONICAL_LOCALE.get(language, _CANONICAL_LOCALE[ENGLISH]))


def install_language(
    setting: str = AUTOMATIC,
    *,
    system: QLocale | None = None,
    folder: Path | None = None,
    qt_folder: Path | None = None,
) -> str:
    """Installs the catalogues for the chosen language; returns its code.

    Safe to call again (a test switching languages): the previous translators go first.
    Whatever cannot be loaded is logged and left out, so the GUI shows English there.
    """
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the QApplication"
    remove_language()
    if _state.original_locale is None:
        _state.original_locale = QLocale()
    language = choose_language(setting, system)
    QLocale.setDefault(formatting_locale(language, system))
    _state.language = language
    folder = folder or translations_dir()
    # English first: Qt asks the translator installed last first, so English plural
    # forms ("1 day", "3 days") answer whatever another catalogue lacks.
    names = [(folder, f"loopgate_{ENGLISH}")]
    if language != ENGLISH:
        names += [(qt_folder or folder, _QT_CATALOGUE[language]), (folder, f"loopgate_{language}")]
    loaded = []
    for where, name in names:
        translator = QTranslator(app)
        path = where / f"{name}.qm"
        if translator.load(str(path)):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            import logging  # rare, and not before the first paint otherwise

            logging.getLogger(__name__).warning(
                "translation %s not loaded (missing or damaged): English shown", path
            )
            translator.deleteLater()
    _state.translators = tuple(loaded)
    _state.generation += 1
    return language


def remove_language() -> None:
    """Back to English (tests; a fresh install_language)."""
    for translator in _state.translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _state.translators = ()
    _state.language = ENGLISH
    _state.generation += 1
    if _state.original_locale is not None:
        QLocale.setDefault(_state.original_locale)


def current_language() -> str:
    """The code installed by ``install_language`` (``en`` before it runs)."""
    return _state.language


def generation() -> int:
    """A number that changes whenever the installed catalogues change (cache keys)."""
    return _state.generation


def short_time(epoch: float) -> str:
    """The time of day in the chosen locale's short form: "14:05", "2:05 p.m.", "14 h 05"."""
    from datetime import datetime

    from .times import clock_text

    return clock_text(datetime.fromtimestamp(epoch).astimezone())
