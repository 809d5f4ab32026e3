"""The committed catalogues: complete, faithful to their placeholders, compiled as they read.

``pyside6-lupdate`` runs over ``desktop_app/ui`` into a scratch catalogue, exactly as
``make translations`` would; every message it finds must be in the Spanish and French
catalogues, translated, with the same ``{fields}``, ``%n``, HTML tags, line breaks and
``&`` shortcut as the English. The committed ``.qm`` must be what ``pyside6-lrelease``
makes of the committed ``.ts`` today.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es_419", "fr_CA")


def _tools() -> object:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


TOOLS = _tools()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, or its plural forms
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None
            numerus = element.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                numerus,
                forms,
                translation.get("type", ""),
            )
            messages[message.key] = message
    return messages


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Message]:
    """Every translatable message in the GUI's code, as lupdate finds it today."""
    scratch = tmp_path_factory.mktemp("lupdate") / "loopgate_xx.ts"
    TOOLS.lupdate([scratch])  # type: ignore[attr-defined]
    found = read_ts(scratch)
    assert len(found) > 100, "lupdate found almost nothing: is the Python parser in use?"
    return found


@pytest.fixture(scope="module", params=LANGUAGES)
def catalogue(request: pytest.FixtureRequest) -> tuple[str, dict[tuple[str, str, str], Message]]:
    language = request.param
    return language, read_ts(FOLDER / f"loopgate_{language}.ts")


FIELD = re.compile(r"\{(\w*)\}")
TAG = re.compile(r"</?\s*(\w+)[^>]*>")
PLURAL = re.compile(r"%L?n")
SHORTCUT = re.compile(r"&(?!&|\w+;)")  # a mnemonic, not "&&" nor an entity such as &nbsp;


def marks(text: str) -> dict[str, object]:
    """What a translation must keep of its source: fields, tags, plural numbers, breaks."""
    return {
        "fields": Counter(FIELD.findall(text)),
        "tags": Counter(t.lower() for t in TAG.findall(text)),
        "plural": bool(PLURAL.search(text)),
        "line breaks": text.count("\n"),
        "shortcut": len(SHORTCUT.findall(text)),
        "ends": (text[:1].isspace(), text[-1:].isspace()),
    }


def code_messages() -> set[tuple[str, str, str]]:
    """Every literal the GUI's code hands to ``tr``/``translate``, read with Python's own
    parser: (context, source, disambiguation)."""
    found = set()
    for path in (ROOT / "desktop_app" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call):
                        _collect(call, node.name, found)
            elif isinstance(node, ast.Call):
                _collect(node, "", found)
    return found


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Constant) and node.value is None:
        return ""
    return None


def _collect(call: ast.Call, cls: str, found: set[tuple[str, str, str]]) -> None:
    func, args = call.func, call.args
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
        context, source = _literal(args[0]), _literal(args[1])
        comment = _literal(args[2]) if len(args) > 2 else ""
    elif name == "tr" and isinstance(func, ast.Attribute) and args:
        owner = func.value
        context = cls if isinstance(owner, ast.Name) and owner.id == "self" else None
        context = owner.id if isinstance(owner, ast.Name) and owner.id != "self" else context
        source = _literal(args[0])
        comment = _literal(args[1]) if len(args) > 1 else ""
    else:
        return
    if context and source is not None and comment is not None:
        found.add((context, source, comment))


def test_lupdate_reads_every_translatable_call(sources: dict) -> None:
    """A call lupdate's Python parser skips (``len(x)`` as ``n``, a call it cannot read)
    would stay English forever: each literal in the code must be in lupdate's catalogue."""
    skipped = sorted(code_messages() - set(sources))
    assert not skipped, f"lupdate did not pick these up: {skipped[:10]}"


# Qt calls that show their first argument, and the project's helpers with the positions of
# their text arguments (the others are object names and parents).
SHOWN_FIRST = {
    "setText", "setToolTip", "setAccessibleName", "setAccessibleDescription", "setWindowTitle",
    "setPlaceholderText", "setStatusTip", "setSuffix", "setSpecialValueText", "showMessage",
    "show_message", "show_error", "setTitle", "addItem", "addMenu", "addAction", "QLabel",
    "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolBar",
    "setHorizontalHeaderLabels",
}  # fmt: skip
HELPERS = {
    "button": (0, 2), "_button": (0, 2), "_copy_button": (0, 2), "_edit": (1, 2),
    "_action": (1, 3), "_text_view": (1,), "_placeholder": (1,), "two_column_table": (1,),
    "KeyValueTable": (1,), "addTab": (1,), "insertTab": (2,), "addRow": (0,), "notify": (0, 1),
}  # fmt: skip
# Shown as they are in every language: the product's name, a key's name, technical samples.
AS_IS = {"Loopgate", "Esc", "https://login.example.com", "https://…/authorize",
         "https://…/token", "openid profile email", "Ctrl+Enter"}  # fmt: skip


def bare_texts() -> list[str]:
    """Words handed to a widget without ``tr``/``translate`` (they would stay English)."""
    found = []
    for path in (ROOT / "desktop_app" / "ui").rglob("*.py"):
        if path.name == "screenshots.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            positions = (0,) if name in SHOWN_FIRST else HELPERS.get(name, ())
            for position in positions:
                if position < len(call.args):
                    found += [
                        f"{path.relative_to(ROOT)}:{call.lineno}: {text!r}"
                        for text in _untranslated(call.args[position])
                    ]
    return found


def _untranslated(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = TAG.sub("", node.value).strip(" ·:")
        # An identifier (an object name, a settings key, "ms") or a format spec ("02d").
        code = re.fullmatch(r"[a-z][A-Za-z0-9_]*|\d+[a-z]", text)
        if any(c.isalpha() for c in text) and text not in AS_IS and not code:
            return [node.value]
        return []
    return [t for child in ast.iter_child_nodes(node) for t in _untranslated(child)]


def test_no_widget_is_handed_bare_english() -> None:
    """Every word a widget shows goes through ``tr``/``translate`` (read from the code)."""
    assert bare_texts() == []


def test_every_gui_string_is_in_both_catalogues(sources: dict, catalogue: tuple) -> None:
    """A string in the code but not in a catalogue fails (run ``make translations``)."""
    language, messages = catalogue
    missing = sorted(set(sources) - set(messages))
    assert not missing, f"{language}: not in the catalogue: {missing[:10]}"


def test_every_string_is_translated(sources: dict, catalogue: tuple) -> None:
    """No message is left unfinished or empty, in any plural form."""
    language, messages = catalogue
    untranslated = [
        key
        for key in sources
        if key in messages
        and (messages[key].kind or not all(f.strip() for f in messages[key].forms))
    ]
    assert not untranslated, f"{language}: not translated: {untranslated[:10]}"


def test_no_stale_strings_are_kept(sources: dict, catalogue: tuple) -> None:
    """A catalogue holds what the code says now (lupdate runs with -no-obsolete)."""
    language, messages = catalogue
    stale = sorted(set(messages) - set(sources))
    assert not stale, f"{language}: strings the code no longer has: {stale[:10]}"


def test_plural_messages_have_their_forms(sources: dict, catalogue: tuple) -> None:
    """Spanish and French both have a singular and a plural form."""
    language, messages = catalogue
    for key, source in sources.items():
        if source.numerus and key in messages:
            assert messages[key].numerus and len(messages[key].forms) == 2, (language, key)


def test_translations_keep_placeholders_tags_and_shortcuts(catalogue: tuple) -> None:
    """``{fields}``, ``%n``, HTML tags, line breaks and the ``&`` shortcut survive translation."""
    language, messages = catalogue
    problems = []
    for message in messages.values():
        if message.kind:
            continue
        wanted = marks(message.source)
        for form in message.forms:
            got = marks(form)
            for name, value in wanted.items():
                if name == "plural" and message.numerus:
                    # One plural form may spell the number out ("une minute"), not all.
                    continue
                if got[name] != value:
                    problems.append((message.context, message.source, form, name))
        if wanted["plural"] and not any(PLURAL.search(f) for f in message.forms):
            problems.append((message.context, message.source, message.forms, "plural"))
    assert not problems, f"{language}: {problems[:5]}"


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_compiled_catalogues_match_their_sources(tmp_path: Path, language: str) -> None:
    """The committed ``.qm`` is exactly what lrelease makes of the committed ``.ts``."""
    ts = FOLDER / f"loopgate_{language}.ts"
    rebuilt = TOOLS.lrelease(ts, tmp_path / ts.with_suffix(".qm").name)  # type: ignore[attr-defined]
    assert rebuilt.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.name} changed since its .qm was built: run `make translations`"
    )


def test_english_catalogue_holds_every_plural_form(sources: dict) -> None:
    """English needs only plural forms ("%n day(s)" → "1 day", "3 days"), all of them."""
    english = read_ts(FOLDER / "loopgate_en.ts")
    plurals = {key for key, message in sources.items() if message.numerus}
    assert plurals == set(english)
    for message in english.values():
        assert not message.kind and len(message.forms) == 2 and all(message.forms)


def test_qt_catalogues_are_shipped() -> None:
    """Standard buttons and dialogs come from Qt's own catalogues, shipped beside ours."""
    for name in ("qtbase_es.qm", "qtbase_fr.qm"):
        assert (FOLDER / name).stat().st_size > 10_000, name
