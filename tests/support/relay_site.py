"""An administrator's relay page on loopback, and a person using headless Chromium.

``RelaySite`` serves the shipped ``resources/relay/index.html`` at ``/loopgate/relay/`` on
127.0.0.1, standing in for the https Site URL (profiles accept a loopback IP literal as
an endpoint for exactly this). ``ChromiumPerson`` is the engine's browser opener: in a
real headless Chromium it presses Approve on a provider-shaped consent page and lets
the relay page's script do the rest.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from desktop_app.core.base.paths import resources_dir
from tests.support.headless_chromium import Chromium, RecordingServer
from tests.support.provider_servers import profile_for
from tests.support.provider_servers.profiles import providers_dir

RELAY_PATH = "/loopgate/relay/"


class RelaySite(RecordingServer):
    """The relay page under a loopback "Site URL"; remembers every request it served."""

    def __init__(self) -> None:
        page = (resources_dir() / "relay" / "index.html").read_bytes()
        super().__init__({RELAY_PATH: page})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{RELAY_PATH}"


def write_relay_profile(server: Any, relay_url: str, profile_id: str) -> str:
    """A profile extending the shipped one, its redirect URI the relay page."""
    data = {**profile_for(server, profile_id), "redirect_relay": relay_url}
    folder = providers_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{profile_id}.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    return profile_id


class ChromiumPerson:
    """``(url) -> bool`` for the engine: approves in Chromium on a thread of its own."""

    def __init__(self, chromium: Chromium, button: str = "button[value='approve']") -> None:
        self.chromium = chromium
        self.button = button
        self.opened: list[str] = []
        self.errors: list[BaseException] = []
        self.done = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, url: str, *_args: object, **_kwargs: object) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._approve, args=(url,), daemon=True).start()
        return True

    def _approve(self, url: str) -> None:
        try:
            with self._lock:  # one DevTools conversation at a time
                self.visit(url)
        except BaseException as exc:  # read by the test
            self.errors.append(exc)
        finally:
            self.done.set()

    def visit(self, url: str) -> None:
        """Load ``url``, press the button, wait until the page has gone elsewhere."""
        self.chromium.navigate(url)
        self.chromium.wait_for(f"document.querySelector({self.button!r}) !== null")
        self.chromium.click(self.button)
        self.chromium.wait_for(f"document.querySelector({self.button!r}) === null", 20)

    def location(self) -> str:
        with self._lock:
            return str(self.chromium.evaluate("location.href"))

    def text(self) -> str:
        with self._lock:
            return str(self.chromium.evaluate("document.body ? document.body.innerText : ''"))
