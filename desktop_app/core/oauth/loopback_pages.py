"""The loopback listener's pages: static HTML per outcome, fixed security headers.

Every answer is rendered once from one template and fixed texts (``resources/pages``),
never from anything the request carried, so nothing a client sends is ever echoed.
"""

from __future__ import annotations

import http.server
import logging
from pathlib import Path

from ..base.errors import LoopbackError

log = logging.getLogger(__name__)

PAGE_NAMES = ("success", "denied", "error", "mismatch", "not_found", "bad_request", "ended")
SECURITY_HEADERS = (
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"),
)


def load_pages(directory: Path | None = None) -> dict[str, bytes]:
    """Renders each outcome's page once, from one template and fixed texts (never input)."""
    import json

    from ..base.paths import resources_dir

    folder = directory or resources_dir() / "pages"
    current = folder / "page.html"
    try:
        template = current.read_text(encoding="utf-8")
        current = folder / "pages.json"
        texts = json.loads(current.read_text(encoding="utf-8"))
        return {name: template.format(**texts[name]).encode("utf-8") for name in PAGE_NAMES}
    except (OSError, ValueError, LookupError, TypeError) as exc:  # a broken install
        raise LoopbackError(
            f"Loopgate's file {current} is missing or damaged. Reinstall Loopgate.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from None


class PageHandler(http.server.BaseHTTPRequestHandler):
    """Answers with one of ``server.pages``; subclasses decide which page ``GET`` gets."""

    protocol_version = "HTTP/1.0"
    server_version = "Loopgate"
    sys_version = ""

    def do_HEAD(self) -> None:
        self._send_page("not_found", 405, body=False)

    def _not_allowed(self) -> None:
        self._send_page("bad_request", 405)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    def _send_page(self, page: str, status: int, body: bool = True) -> None:
        content = self.server.pages[page]  # type: ignore[attr-defined]
        self.server.answering(self.request)  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(content)))
        if status == 405:
            self.send_header("Allow", "GET")
        for name, value in SECURITY_HEADERS:
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        if body:
            self.wfile.write(content)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # http.server's default error page echoes the request line; ours is static.
        try:
            self._send_page("bad_request", code if code >= 400 else 400)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        # The request line carries the authorization code: never log it.
        log.debug("loopback request handled (%s)", args[1] if len(args) > 1 else "?")
