"""Noticing when another process (the CLI, a second window) changed the account list.

The store writes its file by temp file + ``os.replace`` and appends single changes to a
journal beside it. A replaced file's watch ends with the first change (inotify follows
the old inode), so the folder is watched too, each file's path is re-added whenever it
exists again, and a burst of events (temp file, rename, lock file, append) is folded
into one ``changed`` ~300 ms after the last of them. The window compares the store's
stamp with the one it last read, so its own writes do not reload twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 300


class StoreWatcher(QObject):
    """``changed`` fires once per burst of changes to ``paths`` (or their folder)."""

    changed = Signal()

    def __init__(self, paths: Iterable[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = [Path(p) for p in paths]
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.changed)
        self.watcher.fileChanged.connect(self._touched)
        self.watcher.directoryChanged.connect(self._touched)
        for folder in {p.parent for p in self.paths if p.parent.is_dir()}:
            self.watcher.addPath(str(folder))
        self._watch_files()

    def _watch_files(self) -> None:
        watched = self.watcher.files()
        for path in self.paths:
            if str(path) not in watched and path.exists():
                self.watcher.addPath(str(path))

    def _touched(self, _path: str) -> None:
        self._watch_files()  # after os.replace the old watch is gone
        self.timer.start()  # (re)starts: one signal per burst

    def stop(self) -> None:
        self.timer.stop()
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
