"""Opening the system browser (RFC 8252 §8.12: never an embedded web view)."""

from __future__ import annotations

import logging
import shlex
import subprocess

log = logging.getLogger(__name__)


def open_system_browser(url: str, command: str = "") -> bool:
    """``command`` (a setting) wins; else Python's ``webbrowser``, which honours ``$BROWSER``."""
    if command:
        return _run_command(command, url)
    import webbrowser

    try:
        return bool(webbrowser.open(url, new=2))
    except webbrowser.Error as exc:
        log.warning("could not open a browser: %s", exc)
        return False


def _run_command(command: str, url: str) -> bool:
    args = shlex.split(command)
    args = [a.replace("%s", url) for a in args] if any("%s" in a for a in args) else [*args, url]
    try:
        subprocess.Popen(args, stdin=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        log.warning("browser command failed: %s", exc)
        return False
    return True
