"""A real browser for end-to-end runs: headless Chromium driven over DevTools.

Usable as ``$BROWSER`` (``python -m tests.support.chromium_browser %s``): it opens the
URL in Chromium, presses Approve (or Deny) on the demo consent page like a person
would, waits until the loopback page says the tab can be closed, and exits.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--remote-debugging-port=0",
)


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class DevTools:
    def __init__(self, ws_url: str) -> None:
        import websocket

        self._ws = websocket.create_connection(ws_url, timeout=10, suppress_origin=True)
        self._ids = itertools.count(1)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        message_id = next(self._ids)
        self._ws.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self._ws.recv())
            if reply.get("id") == message_id:
                return reply.get("result", {})

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def close(self) -> None:
        self._ws.close()


def _wait_for(predicate: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise TimeoutError(f"timed out waiting for {what}")


@contextmanager
def devtools_page(timeout: float = 30.0) -> Iterator[DevTools]:
    """A fresh headless Chromium (own profile) and its first page, closed afterwards."""
    binary = chromium_path()
    if not binary:
        raise RuntimeError("chromium is not installed")
    profile = tempfile.mkdtemp(prefix="loopgate-chromium-")
    process = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        port = _wait_for(
            lambda: port_file.exists() and port_file.read_text().split("\n")[0],
            timeout,
            "Chromium to start",
        )
        targets = requests.get(f"http://127.0.0.1:{port}/json", timeout=5).json()
        page = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        try:
            yield tools
        finally:
            tools.close()
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


def drive(
    url: str, decision: str = "approve", timeout: float = 30.0, screenshot: Path | None = None
) -> str:
    """Returns the text of the final page (the loopback receiver's)."""
    with devtools_page(timeout) as tools:
        tools.call("Page.navigate", url=url)
        button = f"document.querySelector('button[value=\"{decision}\"]')"
        _wait_for(lambda: tools.evaluate(f"!!{button}"), timeout, "the consent page")
        if screenshot:
            _save_screenshot(tools, screenshot)
        tools.evaluate(f"{button}.click()")
        text = _wait_for(
            lambda: (
                tools.evaluate("location.hostname") == "127.0.0.1"
                and "Loopgate" in (tools.evaluate("document.body && document.body.innerText") or "")
                and tools.evaluate("location.pathname") != "/authorize"
                and tools.evaluate("document.body.innerText")
            ),
            timeout,
            "the loopback page",
        )
        return str(text)


def _save_screenshot(tools: DevTools, path: Path) -> None:
    import base64

    data = tools.call("Page.captureScreenshot", format="png").get("data", "")
    path.write_bytes(base64.b64decode(data))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    decision = os.environ.get("LOOPGATE_SCRIPTED_BROWSER_ACTION", "approve")
    shot = os.environ.get("LOOPGATE_CONSENT_SCREENSHOT")
    text = drive(args[-1], decision, screenshot=Path(shot) if shot else None)
    print(text.splitlines()[1] if "\n" in text else text, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
