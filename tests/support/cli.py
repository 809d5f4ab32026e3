"""Running ``loopgate`` in-process against a demo server, with a scripted browser."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.cli import main
from tests.support.engines import ScriptedBrowser

Run = Callable[..., tuple[int, str, str]]


def cli_runner(demo_server: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Run:
    """``run(*argv) -> (exit code, stdout, stderr)``; ``run.browser`` is the scripted browser."""
    monkeypatch.setenv("LOOPGATE_DEMO_PORT", str(demo_server.port))
    browser = ScriptedBrowser()
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0: browser(url))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    run.browser = browser  # type: ignore[attr-defined]
    return run
