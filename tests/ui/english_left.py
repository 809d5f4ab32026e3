"""Finding English left in a translated window: every text a person can see or hear.

``visible_texts`` walks a top-level widget and collects what is on screen or read out:
labels, buttons, window titles, tooltips, accessible names and descriptions,
placeholders, combo items, tab titles, menus and their actions, table headers and cells,
list items, group-box titles, spin-box words. ``english_in`` says which of them still
carry an English sentence of Loopgate's own: a piece of a catalogue source (the text
between its placeholders and tags) that its translation does not contain too, so words
that read the same in both languages (Loopgate, Clover, "Normal", "Canada") and data
(account names, e-mail addresses, URLs, JSON) never count.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Technical views whose content is data or meant for support as it is (see docs).
RAW_VIEWS = frozenset(
    {"diagnosticsTimeline", "rawTokenResponse", "rawBodyText", "responseHeaders", "historyList"}
)
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%s")
_ENTITY = re.compile(r"&(nbsp|amp|lt|gt);")


@dataclass(frozen=True)
class Seen:
    where: str  # objectName path and what kind of text
    text: str


def _plain(text: str) -> str:
    text = _ENTITY.sub(" ", _TAG.sub(" ", text)).replace("&", "")
    return " ".join(text.replace("\u2060", "").split())


def _add(found: list[Seen], where: str, text: str | None) -> None:
    if text and text.strip():
        found.append(Seen(where, _plain(text)))


def _model_texts(view: QAbstractItemView, where: str, found: list[Seen]) -> None:
    model = view.model()
    if model is None:
        return
    for section in range(model.columnCount()):
        _add(found, f"{where} header", model.headerData(section, Qt.Orientation.Horizontal))
    for row in range(min(model.rowCount(), 50)):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    _add(found, f"{where} cell", value)


def _raw(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() in RAW_VIEWS:
            return True
        widget = widget.parentWidget()
    return False


def visible_texts(root: QWidget) -> list[Seen]:
    """Every text of ``root`` and its visible descendants (menus included)."""
    found: list[Seen] = []
    _add(found, "window title", root.windowTitle())
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root and not isinstance(widget, QMenu):
            continue
        name = widget.objectName() or type(widget).__name__
        raw = _raw(widget)
        _add(found, f"{name} tooltip", widget.toolTip())
        _add(found, f"{name} accessible name", widget.accessibleName())
        _add(found, f"{name} accessible description", widget.accessibleDescription())
        if raw:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            _add(found, f"{name} text", widget.text())
        elif isinstance(widget, QLineEdit):
            _add(found, f"{name} placeholder", widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit):
            _add(found, f"{name} placeholder", widget.placeholderText())
            _add(found, f"{name} text", widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for item in range(widget.count()):
                _add(found, f"{name} item", widget.itemText(item))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                _add(found, f"{name} tab", widget.tabText(tab))
                _add(found, f"{name} tab tooltip", widget.tabToolTip(tab))
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                _add(found, f"{name} tab", widget.tabText(tab))
        elif isinstance(widget, QGroupBox):
            _add(found, f"{name} title", widget.title())
        elif isinstance(widget, QSpinBox):
            _add(found, f"{name} suffix", widget.suffix())
            _add(found, f"{name} special value", widget.specialValueText())
        elif isinstance(widget, QAbstractSpinBox):
            _add(found, f"{name} text", widget.text())
        if isinstance(widget, QListWidget):
            for item in range(widget.count()):
                _add(found, f"{name} item", widget.item(item).text())
                _add(found, f"{name} item tooltip", widget.item(item).toolTip())
        elif isinstance(widget, QAbstractItemView):
            _model_texts(widget, name, found)
        for action in QWidget.actions(widget):  # the window's ``actions`` is its own
            _add(found, f"{name} action", action.text())
            _add(found, f"{name} action tip", action.toolTip())
            _add(found, f"{name} action status tip", action.statusTip())
            menu = action.menu()
            if menu is not None:
                found.extend(visible_texts(menu))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            _add(found, "menu bar", action.text())
            if action.menu() is not None:
                found.extend(visible_texts(action.menu()))
        _add(found, "status bar", root.statusBar().currentMessage())
    return found


def english_fragments(language: str) -> set[str]:
    """Pieces of Loopgate's English that the ``language`` catalogue does not keep as they are."""
    fragments: set[str] = set()
    for context in ET.parse(FOLDER / f"loopgate_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            kept = " ".join(_plain(form) for form in forms)
            for piece in _PLACEHOLDER.split(_plain(source)):
                piece = piece.strip(" .,:;()—·“”\"'…")
                if len(piece) >= 3 and any(c.isalpha() for c in piece) and piece not in kept:
                    fragments.add(piece)
    return fragments


# Words that mark an English sentence and no Spanish or French one: what a string that
# never reached the catalogue (a literal not wrapped in ``tr``) would still give away.
ENGLISH_WORDS = frozenset(
    {"the", "your", "you", "with", "this", "that", "is", "are", "and", "from", "not"}
    | {"will", "can", "has", "have", "was", "were", "to", "of", "it", "its", "be", "been"}
)
_WORD = re.compile(r"[A-Za-z]+")


def english_in(texts: list[Seen], fragments: set[str], *, words: bool = True) -> list[Seen]:
    """The texts that still say one of ``fragments`` (a whole text, or a sentence in it), or
    (``words``) read as English (two of ``ENGLISH_WORDS``) though no catalogue has them."""
    left = []
    for seen in texts:
        for piece in fragments:
            if _contains_phrase(seen.text, piece):
                left.append(Seen(f"{seen.where}: {piece!r}", seen.text))
                break
        else:
            found = {w.lower() for w in _WORD.findall(_without_addresses(seen.text))}
            if words and len(found & ENGLISH_WORDS) >= 2:
                left.append(Seen(f"{seen.where}: English words", seen.text))
    return left


def _without_addresses(text: str) -> str:
    """E-mail addresses, URLs, file paths: data, in whatever words they were made of."""
    return re.sub(r"\S+@\S+|\w+://\S+|\S*[/\\]\S*|\S+\.json\b", " ", text)


def _contains_phrase(text: str, piece: str) -> bool:
    """``piece`` in ``text`` as whole words (one English word alone must be the whole text)."""
    if " " not in piece:
        return text.strip(" .:…") == piece
    found = text.find(piece)
    while found >= 0:
        before = text[found - 1] if found else " "
        after = text[found + len(piece)] if found + len(piece) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        found = text.find(piece, found + 1)
    return False
