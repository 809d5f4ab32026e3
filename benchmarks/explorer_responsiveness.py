"""Longest GUI-thread gap while the API explorer receives and shows 1, 10 and 50 MB responses.

A 5 ms ``QTimer`` heartbeat runs on the GUI thread; every gap between two beats beyond
the interval is time the window could not repaint or take input. For each size the
explorer sends ``/api/large?mb=N`` to a demo provider on loopback (a real account,
connected through the real flow), then a user's first moves are replayed: expand the
records array and a range, scroll, open the Raw tab and press "Show more".
Target (design §6): no gap over 50 ms. Run: ``python -m benchmarks.explorer_responsiveness``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_MS = 50.0
SIZES_MB = (1, 10, 50)


class Heartbeat:
    """Records the longest gap between 5 ms ticks since the last ``reset``."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.reset()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def wait_until(app: object, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the explorer did not finish in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)  # yield the CPU between event-loop turns; beats still fire


def settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    wait_until(app, lambda: time.monotonic() >= end)


def measure(app: object, explorer: object, beat: Heartbeat, mb: int) -> list[tuple[str, float]]:
    from PySide6.QtCore import QModelIndex

    w: object = explorer
    figures = []
    w.editor.url_edit.setText(w.editor.api_base + "/api/large")  # type: ignore[attr-defined]
    w.editor.params.set_pairs([("mb", str(mb))])  # type: ignore[attr-defined]
    beat.reset()
    started = time.perf_counter()
    w.send()  # type: ignore[attr-defined]
    wait_until(app, lambda: w.send_button.isEnabled())  # type: ignore[attr-defined]
    shown = time.perf_counter() - started
    figures.append((f"{mb} MB: receive, parse, show first level", beat.longest))
    tree = w.response.tree_view  # type: ignore[attr-defined]
    beat.reset()
    model = tree.model
    records = model.index(2, 0, QModelIndex())
    tree.tree.expand(records)
    settle(app, 0.05)
    tree.tree.expand(model.index(0, 0, records))
    settle(app, 0.05)
    tree.tree.verticalScrollBar().setValue(tree.tree.verticalScrollBar().maximum())
    settle(app, 0.1)
    figures.append((f"{mb} MB: expand records and a range, scroll", beat.longest))
    raw = w.response.raw_view  # type: ignore[attr-defined]
    beat.reset()
    w.response.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    wait_until(app, lambda: not raw.busy)
    raw.show_more()
    wait_until(app, lambda: not raw.busy)
    settle(app, 0.1)
    figures.append((f"{mb} MB: raw view, first 2 MB", beat.longest))
    w.response.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    print(f"  ({mb} MB shown {shown:.2f} s after Send)", file=sys.stderr)
    return figures


def open_explorer(app: Any, engine: Any) -> Any:
    """A demo account connected and an explorer on it, shown and ready to send."""
    from desktop_app.ui.explorer import ApiExplorer

    account = engine.connect("demo", timeout=30)
    explorer = ApiExplorer()
    explorer.set_engine(engine)
    explorer.set_account(account)
    explorer.resize(1200, 800)
    explorer.show()
    real_base = engine.resolved_profile("demo").api_base
    wait_until(app, lambda: explorer.editor.api_base == real_base)
    return explorer


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="loopgate-bench-"))
    os.environ["LOOPGATE_HOME"] = str(home)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.storage.vault import MemoryVault
    from desktop_app.demo_provider.server import DemoServer
    from tests.support.engines import make_engine

    app = QApplication([])
    with DemoServer(port=0, state_dir=home / "demo") as server:
        engine = make_engine(server.port, vault=MemoryVault())
        explorer = open_explorer(app, engine)
        beat = Heartbeat()
        beat.timer.start()
        settle(app, 0.2)
        rows = []
        for mb in SIZES_MB:
            rows += measure(app, explorer, beat, mb)
        explorer.shutdown()
    width = max(len(name) for name, _ in rows)
    print(f"{'figure':<{width}}  {'longest gap':>11}  {'target':>7}  met")
    for name, value in rows:
        met = "yes" if value <= TARGET_MS else "NO"
        print(f"{name:<{width}}  {value:>8.1f} ms  {TARGET_MS:>4.0f} ms  {met}")
    return 0 if all(value <= TARGET_MS for _, value in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
