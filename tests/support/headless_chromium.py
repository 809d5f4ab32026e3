"""One headless Chromium for a whole test module, driven over DevTools, plus tiny servers.

``chromium_browser.drive`` plays a person on the demo consent page; this one is for
pages under test (the https relay page): navigate, evaluate, wait. ``RecordingServer``
is a loopback HTTP server that remembers every request line and its headers.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tests.support.chromium_browser import DevTools, devtools_page


class Chromium:
    """A started browser with one page target."""

    def __init__(self, tools: DevTools) -> None:
        self.tools = tools

    def navigate(self, url: str) -> None:
        """Through about:blank, so no wait can be answered by the previous page."""
        self.tools.call("Page.navigate", url="about:blank")
        self.wait_for("location.href === 'about:blank'")
        self.tools.call("Page.navigate", url=url)

    def evaluate(self, expression: str) -> Any:
        return self.tools.evaluate(expression)

    def awaited(self, expression: str) -> Any:
        """The value a promise settles to (e.g. ``navigator.clipboard.readText()``)."""
        result = self.tools.call(
            "Runtime.evaluate",
            expression=expression,
            awaitPromise=True,
            returnByValue=True,
            userGesture=True,
        )
        return result.get("result", {}).get("value")

    def click(self, selector: str) -> None:
        """A click with user activation, as a person's (the clipboard needs one)."""
        self.tools.call(
            "Runtime.evaluate",
            expression=f"document.querySelector({selector!r}).click()",
            userGesture=True,
        )

    def grant_clipboard(self, origin: str) -> None:
        self.tools.call(
            "Browser.grantPermissions",
            origin=origin,
            permissions=["clipboardReadWrite", "clipboardSanitizedWrite"],
        )

    def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        """Polls ``expression`` in the page until it is truthy."""
        return wait_until(lambda: self.evaluate(expression), timeout, expression)


def wait_until(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception:  # a page between two documents cannot be evaluated yet
            value = None
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {what}")


@contextmanager
def headless_chromium(timeout: float = 30.0) -> Iterator[Chromium]:
    with devtools_page(timeout) as tools:
        # A headless page never has focus; a person's tab does (the clipboard needs it).
        tools.call("Emulation.setFocusEmulationEnabled", enabled=True)
        yield Chromium(tools)


@dataclass
class Seen:
    """One request a ``RecordingServer`` received."""

    path: str
    headers: dict[str, str] = field(default_factory=dict)


class RecordingServer:
    """A loopback HTTP server: ``pages`` maps a path (no query) to HTML; all else 404."""

    def __init__(self, pages: dict[str, bytes] | None = None, default: bytes | None = None) -> None:
        self.pages = dict(pages or {})
        self.default = default
        self.seen: list[Seen] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
                body = owner.pages.get(self.path.split("?", 1)[0], owner.default)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body or b"not found")

            def log_message(self, *_args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def requests_except_probes(self) -> list[Seen]:
        """What arrived, leaving out the relay page's ``/favicon.ico`` probe."""
        return [s for s in self.seen if not s.path.startswith("/favicon.ico")]
