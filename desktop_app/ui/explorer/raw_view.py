"""The response body as text, paged so a 50 MB body never stalls the GUI thread.

``QPlainTextEdit.setPlainText`` costs 55–110 ms per MB, and a single very long line
(a minified JSON document) costs seconds to lay out. So the view shows the first
``PAGE_BYTES`` (more on request), appends ``STEP_BYTES`` per event-loop turn, and breaks
lines longer than ``LINE_CHARS`` for display. HTML is shown as source, never rendered.
The whole body can always be saved to a file.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.background import run_in_background
from desktop_app.ui.common.focus import tab_leaves
from desktop_app.ui.common.lifetime import guarded

from .sizes import KB, MB, human_size

PAGE_BYTES = MB
STEP_BYTES = 48 * KB
LINE_CHARS = 400


def display_lines(text: str) -> str:
    """Breaks very long lines (layout cost grows with line length) for display only."""
    if len(text) <= LINE_CHARS or all(len(line) <= LINE_CHARS for line in text.split("\n")):
        return text
    out = []
    for line in text.split("\n"):
        out.extend(line[i : i + LINE_CHARS] for i in range(0, max(len(line), 1), LINE_CHARS))
    return "\n".join(out)


class RawBodyView(QWidget):
    """Body text shown a page at a time; ``loaded`` fires when a page is fully shown."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("responseView")
        self.text.setAccessibleName(self.tr("Response body as text"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        tab_leaves(self.text)
        self.note = QLabel(self)
        self.note.setObjectName("rawNote")
        self.note.setAccessibleName(self.tr("How much of the body is shown"))
        self.note.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show more"), self)
        self.more_button.setObjectName("rawMoreButton")
        self.more_button.setAccessibleName(self.tr("Show the next megabyte of the body"))
        self.more_button.clicked.connect(self.show_more)
        self.save_button = QPushButton(self.tr("Save to file…"), self)
        self.save_button.setObjectName("rawSaveButton")
        self.save_button.setAccessibleName(self.tr("Save the whole response body to a file"))
        self.save_button.clicked.connect(self._ask_save)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.more_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self._body = b""
        self._original = b""
        self._remark = ""
        self._shown = 0
        self._target = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.set_body(b"")

    def focus_order(self) -> list[QWidget]:
        return [self.text, self.more_button, self.save_button]

    @property
    def shown_bytes(self) -> int:
        return self._shown

    @property
    def busy(self) -> bool:
        return self._timer.isActive()

    def set_body(
        self, body: bytes, charset: str = "utf-8", original: bytes | None = None, remark: str = ""
    ) -> None:
        """Shows ``body``; ``original`` (if given) is what Save writes, e.g. un-indented JSON.

        ``remark`` is a sentence about how the body is shown, kept in the note below it.
        """
        self._timer.stop()
        self._remark = remark
        self._body = body
        self._original = body if original is None else original
        self._shown = 0
        try:
            self._decoder = codecs.getincrementaldecoder(charset or "utf-8")("replace")
        except LookupError:
            self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.text.clear()
        self.save_button.setEnabled(bool(body))
        self._target = min(len(body), PAGE_BYTES)
        self._update_note()
        if body:
            self._timer.start()

    def show_more(self) -> None:
        self._target = min(len(self._body), self._target + PAGE_BYTES)
        if self._shown < self._target:
            self._timer.start()

    def _step(self) -> None:
        end = min(self._target, self._shown + STEP_BYTES)
        chunk = self._decoder.decode(self._body[self._shown : end], final=end >= len(self._body))
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(display_lines(chunk))
        self._shown = end
        if self._shown >= self._target:
            self._timer.stop()
            self.text.moveCursor(cursor.MoveOperation.Start)
            self._update_note()
            self.loaded.emit()

    def _update_note(self) -> None:
        total = len(self._body)
        self.more_button.setVisible(self._target < total)
        if total <= self._target:
            self.note.setText(self._remark)
            return
        shown = self.tr(
            "Showing the first {shown} of {total} (long lines are broken for display). "
            "Save to file for all of it."
        ).format(shown=human_size(self._target), total=human_size(total))
        self.note.setText(f"{self._remark} {shown}" if self._remark else shown)

    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save response body"), "response.json")
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Writes off the GUI thread: a 50 MB write can take a while on a slow disk."""
        body = self._original
        run_in_background(
            lambda _cancel: path.write_bytes(body),
            guarded(
                self,
                lambda _r: self.note.setText(
                    self.tr("Saved {size} to {path}.").format(size=human_size(len(body)), path=path)
                ),
            ),
            guarded(
                self,
                lambda exc: self.note.setText(
                    self.tr("Could not save: {reason}").format(reason=exc)
                ),
            ),
        )
