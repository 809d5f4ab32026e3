"""Opening the system browser (RFC 8252 §8.12: never an embedded web view).

Which browser, in order: the command from Settings; else ``$BROWSER``, parsed the way
Python's ``webbrowser`` parses it; else, on Linux, the XDG desktop portal (the URL never
appears on a command line, ``portal.py``); else Python's ``webbrowser``.

A browser process is never waited for. A ``$BROWSER`` wrapper that runs the browser in
the foreground is common, and ``webbrowser`` waits for such a command to exit: the
connect attempt once sat inside that wait, deaf to its timeout and to Cancel. Commands
are spawned in their own session and a daemon thread collects their exit status.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import threading

from . import portal

log = logging.getLogger(__name__)


def open_system_browser(url: str, command: str = "") -> bool:
    """True once a browser was asked to open ``url`` (not that the page loaded)."""
    if command:
        return spawn_command(command, url)
    chosen = os.environ.get("BROWSER", "")
    if chosen.strip() and open_with_browser_variable(chosen, url):
        return True
    if not chosen.strip() and portal.open_uri(url):
        return True
    return _python_webbrowser(url)


def browser_commands(value: str) -> list[list[str]]:
    """``$BROWSER`` as ``webbrowser`` reads it: ``os.pathsep``-separated command lines."""
    commands = []
    for entry in value.split(os.pathsep):
        args = command_line(entry)
        if args:
            commands.append(args)
    return commands


def command_line(entry: str) -> list[str]:
    """One browser command as arguments; ``%s`` (kept here) stands for the URL.

    Without ``%s`` the entry may name a program whose path contains spaces. A trailing
    ``&`` (``webbrowser``'s "run in the background") is dropped: every command runs in
    the background here.
    """
    entry = entry.strip()
    if not entry:
        return []
    if "%s" not in entry and shutil.which(entry):
        return [entry]
    try:
        args = shlex.split(entry)
    except ValueError:
        log.warning("ignored an unreadable browser command")
        return []
    return args[:-1] if args and args[-1] == "&" else args


def open_with_browser_variable(value: str, url: str) -> bool:
    """The first ``$BROWSER`` entry that can be started wins (the next on failure)."""
    return any(_spawn(args, url) for args in browser_commands(value))


def spawn_command(command: str, url: str) -> bool:
    """A command line from Settings, ``%s`` standing for the URL (else appended)."""
    args = command_line(command)
    return bool(args) and _spawn(args, url)


def _spawn(args: list[str], url: str) -> bool:
    argv = [a.replace("%s", url) for a in args] if any("%s" in a for a in args) else [*args, url]
    if shutil.which(argv[0]) is None:
        return False
    try:
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a terminal's Ctrl+C for Loopgate is not the browser's
        )
    except OSError as exc:
        log.warning("browser command failed: %s", type(exc).__name__)
        return False
    threading.Thread(target=process.wait, name="browser-reaper", daemon=True).start()
    return True


def _python_webbrowser(url: str) -> bool:
    import webbrowser

    try:
        return bool(webbrowser.open(url, new=2))
    except webbrowser.Error as exc:
        log.warning("could not open a browser: %s", exc)
        return False
