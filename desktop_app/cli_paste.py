"""``loopgate connect --paste``: the flow waits while the address is read from standard input.

The connection runs on a worker thread; this thread reads lines (from a pipe, or typed
after a prompt on a terminal) and hands each to the waiting attempt's ``PasteBack``,
which checks it exactly as a callback. A refused address is explained and reading goes
on; a callback that arrives on the loopback listener meanwhile ends the wait just the
same. Ctrl+C cancels the attempt.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from typing import Any

PROMPT = "Paste the address your browser ended on, then press Enter:"
TAKEN = "Address accepted; finishing the connection…"


def connect_with_paste(
    engine: Any, provider: str, options: dict[str, Any], say: Callable[[str], None]
) -> Any:
    """``engine.connect`` with paste-back from stdin; returns the account or raises."""
    from .core.oauth.paste_back import PasteBack

    paste, cancel = PasteBack(), threading.Event()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["account"] = engine.connect(provider, cancel=cancel, paste=paste, **options)
        except BaseException as exc:  # re-raised on the main thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="connect", daemon=True)
    worker.start()
    try:
        _hand_over_lines(paste, worker, say)
        while worker.is_alive():
            worker.join(0.2)  # short joins keep Ctrl+C responsive
    except KeyboardInterrupt:
        cancel.set()
        worker.join(5)
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["account"]


def _hand_over_lines(paste: Any, worker: threading.Thread, say: Callable[[str], None]) -> None:
    from .core.base.errors import PasteRefused

    while worker.is_alive() and not paste.wait_until_waiting(0.2):
        pass
    if not worker.is_alive():
        return
    interactive = sys.stdin.isatty()
    lines = _lines_of(sys.stdin)
    if interactive:
        say(PROMPT)
    while worker.is_alive():
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if line is None:
            return  # no more input: the browser's own answer may still arrive
        if not line.strip() or not paste.waiting:
            continue
        try:
            paste.deliver(line)
        except PasteRefused as exc:
            say(exc.message)
            if interactive:
                say(PROMPT)
        else:
            say(TAKEN)
            return


def _lines_of(stream: Any) -> queue.Queue[str | None]:
    """Lines from ``stream`` on a daemon thread (a read never holds up the end); ``None``
    at the end of input."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        try:
            for line in stream:
                lines.put(line)
        except (OSError, ValueError):
            pass
        lines.put(None)

    threading.Thread(target=read, name="paste-reader", daemon=True).start()
    return lines
