"""Shared pieces: figure rows, child processes, RSS, a temporary ``LOOPGATE_HOME``.

Every measurement runs in its own process (clean imports, clean RSS). A measurement
script prints its figures as one JSON line prefixed ``FIGURES `` on stdout, so
``run_all`` can collect them while the script stays runnable on its own.
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "FIGURES "


@dataclass
class Figure:
    """One table row: ``met`` is ``None`` when there is no target (context only)."""

    name: str
    value: str
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        return {True: "met", False: "NOT MET", None: "—"}[self.met]


def emit(figures: Sequence[Figure]) -> None:
    """Prints the figures for ``run_all`` (and a readable table for a person)."""
    print_table(figures)
    print(PREFIX + json.dumps([asdict(f) for f in figures]), flush=True)


def parse(stdout: str) -> list[Figure]:
    for line in reversed(stdout.splitlines()):
        if line.startswith(PREFIX):
            return [Figure(**item) for item in json.loads(line[len(PREFIX) :])]
    return []


def print_table(figures: Sequence[Figure], file: object = None) -> None:
    out = file or sys.stdout
    headers = ("figure", "value", "target", "met")
    rows = [(f.name, f.value, f.target, f.verdict) for f in figures]
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(4)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers), file=out)  # type: ignore[call-overload]
    print(line.format(*("-" * w for w in widths)), file=out)  # type: ignore[call-overload]
    for row in rows:
        print(line.format(*row), file=out)  # type: ignore[call-overload]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def rss_mib() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def temp_home() -> Path:
    """A fresh ``LOOPGATE_HOME`` for this process (and its children)."""
    home = Path(tempfile.mkdtemp(prefix="loopgate-bench-"))
    os.environ["LOOPGATE_HOME"] = str(home)
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    return home


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


@dataclass
class Run:
    """A finished child: wall time, peak RSS (from ``wait4``), exit code, output."""

    wall: float
    peak_mib: float
    code: int
    stdout: str
    stderr: str


def run_child(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300) -> Run:
    """Runs a command; wall time covers process start to exit, peak RSS from ``wait4``."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(args), stdout=out, stderr=err, env=env or child_env(), cwd=ROOT, text=True
        )
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        _pid, status, usage = os.wait4(process.pid, 0)
        killer.cancel()
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_maxrss / 1024, process.returncode, out.read(), err.read())


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"
