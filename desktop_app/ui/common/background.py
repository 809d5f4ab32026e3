"""The one way the GUI runs work off its thread (network, keychain, parsing).

``run_in_background(op, on_success, on_failure)`` runs ``op(cancel_event)`` on a pool
thread and delivers the result or the exception back on the GUI thread by a queued
signal, so widgets are only ever touched from the GUI thread. ``after_paint`` is its
GUI-side counterpart for start-up steps that should not share a turn with a repaint.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its signals cross threads as queued connections."""

    succeeded = Signal(object)
    failed = Signal(object)


class Task(QObject):
    """A handle on running work: ``cancel()`` sets the event ``op`` receives."""

    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.cancel_event = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[threading.Event], Any], relay: _Relay, task: Task) -> None:
        super().__init__()
        self._op = op
        self._relay = relay
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._op(self._task.cancel_event)
        except BaseException as exc:  # delivered to on_failure; never lost on a pool thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_pool: QThreadPool | None = None
_live: set[Task] = set()


# Workers share the GIL with the GUI thread. At CPython's default 5 ms switch interval a
# few busy workers (downloading, decoding, talking to the JSON process) kept the GUI
# thread waiting 50–70 ms for the GIL; at 1 ms the longest gap fell to ≈ 20 ms
# (docs/benchmarks.md, explorer receive). The cost is a little more switching on workers.
GUI_SWITCH_INTERVAL = 0.001


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL))
        _pool = QThreadPool()
        _pool.setMaxThreadCount(8)
    return _pool


def run_in_background(
    op: Callable[[threading.Event], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task:
    """Runs ``op(cancel_event)`` off the GUI thread; callbacks run on the GUI thread."""
    task = Task()
    relay = _Relay()
    relay.setParent(task)

    def finish() -> None:
        task.done = True
        _live.discard(task)
        task.finished.emit()

    def succeeded(result: Any) -> None:
        try:
            if on_success is not None and not task.cancelled:
                on_success(result)
        finally:
            finish()

    def failed(exc: BaseException) -> None:
        try:
            if on_failure is not None:
                on_failure(exc)
            else:
                log.error("background task failed: %r", exc)
        finally:
            finish()

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    _live.add(task)  # keep the handle (and its relay) alive until the result arrives
    pool().start(_Runnable(op, relay, task))
    return task


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """For shutdown and tests: lets running work finish."""
    return pool().waitForDone(timeout_ms)


def pending() -> int:
    """Work started whose result has not been delivered yet (tests drain to zero)."""
    return len(_live)


class _AfterPaint(QObject):
    """Receives events posted below ``LowEventPriority``, the priority of Qt's repaints."""

    TYPE = QEvent.Type(QEvent.registerEventType())
    PRIORITY = Qt.EventPriority.LowEventPriority.value - 1

    def __init__(self) -> None:
        super().__init__()
        self.pending: deque[Callable[[], Any]] = deque()

    def customEvent(self, event: QEvent) -> None:
        if event.type() == self.TYPE and self.pending:
            self.pending.popleft()()


_after_paint: _AfterPaint | None = None


def after_paint(callback: Callable[[], Any]) -> None:
    """Runs ``callback`` on the GUI thread once the repaints already requested are done.

    Qt posts repaint requests at low priority, so a ``QTimer.singleShot(0)`` runs
    *before* them. Start-up steps that would hold the GUI thread (building widgets) or
    start a worker that competes for the GIL (imports) go here instead, so they do not
    share a turn with the paint of what the previous step changed. Guard ``callback``
    (``lifetime.guarded``) if its owner may be deleted meanwhile.
    """
    global _after_paint
    if _after_paint is None:
        _after_paint = _AfterPaint()
    _after_paint.pending.append(callback)
    QCoreApplication.postEvent(_after_paint, QEvent(_AfterPaint.TYPE), _AfterPaint.PRIORITY)
