"""Reliability suite: prints the figures it measured at the end of the run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.support import figures


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    measured = figures.snapshot()
    if not measured:
        return
    terminalreporter.section("Loopgate reliability figures")
    for name, value in measured.items():
        terminalreporter.write_line(f"{name}: {value:g}")
    target = os.environ.get("LOOPGATE_FIGURES", "")
    if target:
        Path(target).write_text(json.dumps(measured, indent=2) + "\n", encoding="utf-8")
