"""Building engines wired to a live demo provider and a scripted browser."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.base.paths import data_dir
from desktop_app.core.engine.engine import Engine
from desktop_app.core.providers.profiles import default_registry
from desktop_app.core.storage.store import AccountStore
from desktop_app.core.storage.vault import KeyringVault, Vault
from desktop_app.demo_provider import scripted_browser
from desktop_app.wiring import launch_demo_provider


class ScriptedBrowser:
    """Stands in for a person: loads the consent page and presses Approve or Deny."""

    def __init__(self, action: str = "approve", user: str = "dana") -> None:
        self.action = action
        self.user = user
        self.opened: list[str] = []
        self.errors: list[BaseException] = []
        self.done = threading.Event()

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._act, args=(url,), daemon=True).start()
        return True

    def _act(self, url: str) -> None:
        try:
            if self.action == "approve":
                scripted_browser.approve(url, user=self.user)
            elif self.action == "deny":
                scripted_browser.deny(url)
        except BaseException as exc:  # surfaced by tests that care
            self.errors.append(exc)
        finally:
            self.done.set()


def make_engine(
    demo_port: int,
    *,
    vault: Vault | None = None,
    browser: Callable[[str], bool] | None = None,
    clock: Callable[[], float] | None = None,
    directory: Path | None = None,
) -> Engine:
    folder = directory or data_dir()
    kwargs = {"clock": clock} if clock else {}
    return Engine(
        registry=default_registry(),
        store=AccountStore(folder),
        vault=vault if vault is not None else KeyringVault(),
        data_dir=folder,
        browser=browser or ScriptedBrowser(),
        demo_port=demo_port,
        demo_launcher=launch_demo_provider,
        **kwargs,
    )
