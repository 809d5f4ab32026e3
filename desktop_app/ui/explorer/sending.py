"""What a Send does off the GUI thread: call the API, then parse the body where it is safe.

Small JSON bodies (≤ ``SMALL_BODY_BYTES``) are parsed on the pool thread: holding the
GIL for a few ms is harmless. Larger ones go to a ``JsonWorker`` process, because
``json.loads`` of 50 MB holds the GIL ~0.7 s and a thread would freeze the GUI anyway.
The Raw tab shows JSON indented: small bodies are indented on the pool thread, bodies up
to ``PRETTY_BODY_BYTES`` in the worker process; larger ones are shown as received.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.core.api.calls import ApiRequest, ApiResponse
from desktop_app.core.api.json_index import SMALL_BODY_BYTES, LocalJsonDocument
from desktop_app.core.api.json_worker import JsonParseError, JsonWorker, ProcessJsonDocument
from desktop_app.core.base.errors import Cancelled

from ..common.messages import core_text
from .json_model import JsonDocument

if TYPE_CHECKING:
    from desktop_app.core.engine.engine import Engine


PRETTY_BODY_BYTES = 4_000_000  # indented, a body grows by about half: paged in the Raw tab


@dataclass(frozen=True)
class SendResult:
    response: ApiResponse
    document: JsonDocument | None
    parse_problem: str = ""
    pretty: bytes = b""  # small JSON bodies, indented for reading (the raw bytes are kept)


def looks_like_json(response: ApiResponse) -> bool:
    content_type = response.content_type.lower()
    if "json" in content_type:
        return True
    if content_type and not content_type.startswith("text/plain"):
        return False
    return response.body[:64].lstrip()[:1] in (b"{", b"[")


class WorkerHolder:
    """One JSON worker process per explorer, started on first need, replaced if killed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._worker: JsonWorker | None = None

    def get(self) -> JsonWorker:
        with self._lock:
            if self._worker is None or not self._worker.alive:
                self._worker = JsonWorker()
            return self._worker

    def interrupt(self) -> None:
        """Cancel: a parse cannot be interrupted, so the process is stopped instead."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None and worker.loading:
            worker.close(kill=True)
        elif worker is not None:
            with self._lock:
                self._worker = self._worker or worker

    def close(self) -> None:
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()


def parse_body(response: ApiResponse, workers: WorkerHolder) -> SendResult:
    if not response.body or not looks_like_json(response):
        return SendResult(response, None)
    try:
        if response.size <= SMALL_BODY_BYTES:
            value = json.loads(response.body)
            pretty = json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8")
            return SendResult(response, LocalJsonDocument(value), pretty=pretty)
        document = ProcessJsonDocument.parse(workers.get(), response.body)
        return SendResult(response, document, pretty=_indented(document, response.size))
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        problem = QCoreApplication.translate("Sending", "The body is not valid JSON ({reason}).")
        return SendResult(response, None, problem.format(reason=exc))
    except JsonParseError as exc:
        return SendResult(response, None, f"{core_text(exc.message)} ({exc.detail})")


def _indented(document: ProcessJsonDocument, size: int) -> bytes:
    """Indented by the worker, or nothing: the tree is there either way."""
    if size > PRETTY_BODY_BYTES:
        return b""
    try:
        return document.pretty()
    except (JsonParseError, TimeoutError):  # stopped by Cancel, or too slow: raw it is
        return b""


def send_and_parse(
    engine: Engine, account_id: str, request: ApiRequest, workers: WorkerHolder
) -> Callable[[threading.Event], SendResult]:
    def op(cancel: threading.Event) -> SendResult:
        response = engine.call(account_id, request, cancel=cancel)
        if cancel.is_set():
            raise Cancelled("The request was cancelled.")
        return parse_body(response, workers)

    return op
