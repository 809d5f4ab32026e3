"""Logging set-up shared by the GUI and the CLI: rotating file, secrets scrubbed."""

from __future__ import annotations

import logging
import logging.handlers
import os

from .redact import RedactingFilter

_configured = False


def configure_logging(*, debug: bool | None = None, to_stderr: bool = False) -> None:
    """One rotating file under the log dir; ``LOOPGATE_DEBUG=1`` turns on debug level."""
    global _configured
    if _configured:
        return
    _configured = True
    from .paths import log_dir

    if debug is None:
        debug = os.environ.get("LOOPGATE_DEBUG", "") not in ("", "0")
    level = logging.DEBUG if debug else logging.INFO
    root = logging.getLogger("desktop_app")
    root.setLevel(level)
    handler: logging.Handler = logging.handlers.RotatingFileHandler(
        log_dir() / "loopgate.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handlers = [handler]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.addFilter(RedactingFilter())
        h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(h)
    # urllib3 logs full URLs at debug level; they can carry codes.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
