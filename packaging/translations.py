"""``make translations``: Qt's own tooling over the GUI's strings, then the compiled files.

1. ``pyside6-lupdate`` reads every ``tr``/``translate`` in ``desktop_app/ui`` into
   ``resources/translations/loopgate_<language>.ts`` (new strings arrive "unfinished",
   vanished ones are dropped; translations already there are kept), and only the plural
   forms into ``loopgate_en.ts`` (English source "%n day(s)" needs "1 day", "3 days");
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` beside it;
3. Qt's own ``qtbase_es.qm`` / ``qtbase_fr.qm`` (standard buttons, context menus, the
   file dialog) are copied from the installed PySide6 next to them.

The ``.qm`` files are committed: wheels and the PyInstaller bundle need no Qt tools.
Translate the ``.ts`` files with Qt Linguist (``pyside6-linguist``) or any editor, then
run this again. Adding a language: docs/translations.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop_app" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es_419", "fr_CA")
SOURCE_LANGUAGE = "en"  # its catalogue holds only the plural forms ("%n day(s)" → "3 days")
QT_CATALOGUES = ("qtbase_es", "qtbase_fr")
# No line numbers: a moved string must not rewrite both catalogues (and conflict in merges).
LUPDATE_OPTIONS = ("-extensions", "py", "-no-obsolete", "-locations", "none", "-silent")


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this venv")
    return found


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"loopgate_{language}.ts"


def lupdate(targets: list[Path], sources: Path = SOURCES, *, plural_only: bool = False) -> None:
    options = [*LUPDATE_OPTIONS, *(["-pluralonly"] if plural_only else [])]
    subprocess.run([tool("lupdate"), *options, str(sources), "-ts", *map(str, targets)], check=True)


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def copy_qt_catalogues(folder: Path = FOLDER) -> None:
    source = qt_translations_dir()
    for name in QT_CATALOGUES:
        shutil.copyfile(source / f"{name}.qm", folder / f"{name}.qm")


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    targets = [catalogue(language) for language in LANGUAGES]
    lupdate(targets)
    lupdate([catalogue(SOURCE_LANGUAGE)], plural_only=True)
    for ts in [*targets, catalogue(SOURCE_LANGUAGE)]:
        print(f"{lrelease(ts).relative_to(ROOT)}")
    copy_qt_catalogues()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
