"""``$BROWSER`` commands that never exit, like a wrapper running the browser in the foreground.

Each script records its process id, may act as the person (the demo provider's scripted
browser, or the provider-shaped servers' one), then ``exec sleep 3600``. Loopgate starts
it in a new session, so the recorded id is its process group: ``kill_all()`` ends the
script and everything it started.
"""

from __future__ import annotations

import os
import shlex
import signal
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ACTIONS = {
    "approve": "-m desktop_app.demo_provider.scripted_browser",
    "deny": "-m desktop_app.demo_provider.scripted_browser --deny",
    "provider-approve": "-m tests.support.provider_servers.browser",
}


class BrowserScripts:
    """Writes never-exiting browser scripts under ``folder`` and kills what they started."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pids = folder / "browser-pids"
        self.urls = folder / "browser-urls"
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, action: str = "approve", name: str = "browser") -> Path:
        """``action``: a key of ``ACTIONS``, or "never" (opens nothing, answers nothing)."""
        act = ""
        if action != "never":
            act = f'cd {q(REPO)} && {q(sys.executable)} {ACTIONS[action]} "$1"\n'
        path = self.folder / name
        path.write_text(
            "#!/bin/sh\n"
            f"echo $$ >> {q(self.pids)}\n"
            f'printf "%s\\n" "$1" >> {q(self.urls)}\n'
            f"{act}"
            "exec sleep 3600\n",
            encoding="utf-8",
        )
        path.chmod(0o755)
        return path

    def started(self) -> list[int]:
        return [int(p) for p in self.pids.read_text().split()] if self.pids.exists() else []

    def opened(self) -> list[str]:
        return self.urls.read_text().splitlines() if self.urls.exists() else []

    def wait_started(self, count: int = 1, timeout: float = 10.0) -> list[int]:
        deadline = time.monotonic() + timeout
        while len(self.started()) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.started()

    def kill_all(self) -> None:
        for pid in self.started():
            try:
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def alive(self) -> list[int]:
        """Recorded scripts still running (they must outlive the connect: never waited on)."""
        out = []
        for pid in self.started():
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                continue
            out.append(pid)
        return out


def q(value: object) -> str:
    return shlex.quote(str(value))
