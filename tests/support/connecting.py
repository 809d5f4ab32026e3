"""Connecting in the background as the GUI does, and addresses altered on the way.

``Connecting`` runs ``engine.connect`` on a thread with its ``PasteBack``, so a test can
paste addresses while the attempt waits; ``altered`` changes query parameters of an
address the browser ended on (another attempt's ``state``, a removed code, a forged
``iss``).
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from desktop_app.core.oauth.paste_back import PasteBack


def altered(address: str, **changes: str | None) -> str:
    """The same address with query parameters changed (``None`` removes one)."""
    parts = urlsplit(address)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    return urlunsplit(parts._replace(query=urlencode(query)))


def query_of(address: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(address).query, keep_blank_values=True))


class Connecting:
    """``engine.connect`` on a thread, with its paste-back; waits until it listens."""

    def __init__(self, engine: Any, profile_id: str, *, timeout: float = 30.0) -> None:
        self.paste = PasteBack()
        self.account: Any = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(
            target=self._run, args=(engine, profile_id, timeout), daemon=True
        )
        self.thread.start()
        if not self.paste.wait_until_waiting(15):
            self.thread.join(1)
            raise AssertionError(f"the attempt never started waiting: {self.error!r}")

    def _run(self, engine: Any, profile_id: str, timeout: float) -> None:
        try:
            self.account = engine.connect(profile_id, timeout=timeout, paste=self.paste)
        except BaseException as exc:  # read by the test
            self.error = exc

    def still_waiting(self) -> bool:
        self.thread.join(0.3)
        return self.thread.is_alive()

    def finished(self, timeout: float = 30.0) -> bool:
        self.thread.join(timeout)
        return not self.thread.is_alive()
