"""Explorer figures for ``run_all``: GUI gaps at 1/10/50 MB, and memory after a 50 MB body.

Reuses ``explorer_responsiveness`` (the replayed user moves and the heartbeat). Memory:
RSS with the explorer idle after a small ``/api/me`` response, then after the 1, 10 and
50 MB responses were shown (tree, raw view) and replaced by a small one again ("closed").
Target: back within 1.5× the idle figure. Run: ``python -m benchmarks.explorer_memory``.
"""

from __future__ import annotations

import gc
import sys

from .common import Figure, emit, peak_rss_mib, rss_mib, temp_home
from .explorer_responsiveness import (
    SIZES_MB,
    TARGET_MS,
    Heartbeat,
    measure,
    open_explorer,
    settle,
    wait_until,
)

MEMORY_RATIO = 1.5


def show_small(app: object, w: object) -> None:
    w.editor.url_edit.setText(w.editor.api_base + "/api/me")  # type: ignore[attr-defined]
    w.editor.params.set_pairs([])  # type: ignore[attr-defined]
    w.send()  # type: ignore[attr-defined]
    wait_until(app, lambda: w.send_button.isEnabled())  # type: ignore[attr-defined]
    settle(app, 0.3)
    gc.collect()
    settle(app, 0.2)


def main() -> int:
    home = temp_home()
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.storage.vault import MemoryVault
    from desktop_app.demo_provider.server import DemoServer
    from tests.support.engines import make_engine

    app = QApplication(sys.argv[:1])
    with DemoServer(port=0, state_dir=home / "demo") as server:
        engine = make_engine(server.port, vault=MemoryVault())
        explorer = open_explorer(app, engine)
        show_small(app, explorer)
        idle = rss_mib()
        beat = Heartbeat()
        beat.timer.start()
        settle(app, 0.2)
        rows = []
        for mb in SIZES_MB:
            rows += measure(app, explorer, beat, mb)
        peak = peak_rss_mib()
        beat.timer.stop()
        show_small(app, explorer)
        after = rss_mib()
        explorer.shutdown()
    figures = [
        Figure(
            f"GUI gap: explorer {name}",
            f"{value:.0f} ms",
            f"<= {TARGET_MS:.0f} ms",
            value <= TARGET_MS,
        )
        for name, value in rows
    ]
    figures += [
        Figure(
            "memory: RSS after a 50 MB response was shown, then closed / idle",
            f"{after:.0f} / {idle:.0f} MiB = {after / idle:.2f}x (peak {peak:.0f} MiB)",
            f"<= {MEMORY_RATIO}x",
            after / idle <= MEMORY_RATIO,
        )
    ]
    emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
