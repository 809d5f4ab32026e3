"""Noticing when another process (the CLI, a second window) changed the account list.

The store writes by temp file + ``os.replace``: the watched file is replaced, not
modified, so the watch on it ends with the first change (inotify follows the old
inode). The folder is watched too, the file's path is re-added whenever it exists
again, and a burst of events (temp file, rename, lock file) is folded into one
``changed`` ~300 ms after the last of them. The window compares the file's stamp
with the one it last read, so its own writes do not reload twice.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 300

Stamp = tuple[int, int, int] | None  # (inode, mtime ns, size); None: no file


def file_stamp(path: Path) -> Stamp:
    """What changes whenever the file is rewritten (safe on any thread)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


class StoreWatcher(QObject):
    """``changed`` fires once per burst of changes to ``path`` (or its folder)."""

    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.changed)
        self.watcher.fileChanged.connect(self._touched)
        self.watcher.directoryChanged.connect(self._touched)
        if self.path.parent.is_dir():
            self.watcher.addPath(str(self.path.parent))
        self._watch_file()

    def _watch_file(self) -> None:
        name = str(self.path)
        if name not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(name)

    def _touched(self, _path: str) -> None:
        self._watch_file()  # after os.replace the old watch is gone
        self.timer.start()  # (re)starts: one signal per burst

    def stop(self) -> None:
        self.timer.stop()
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
