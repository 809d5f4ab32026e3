"""Building the engine off the GUI thread, after the first paint (design §6).

``Engine.default`` imports requests, keyring and the JWT stack (≈ 90 ms) and the vault
check may talk to a keychain daemon, so none of it may delay the window appearing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

EngineFactory = Callable[[], Any]


@dataclass(frozen=True)
class EngineStart:
    """What the window needs once the engine exists."""

    engine: Any
    vault_problem: Any  # a VaultError when no usable keychain exists, else None
    accounts: list[Any]


def default_factory(browser_command: str = "") -> EngineFactory:
    def build() -> Any:
        from desktop_app.core.engine import Engine

        from .settings import browser_opener

        engine = Engine.default()
        if browser_command:
            engine.browser = browser_opener(browser_command)
        return engine

    return build


def start_engine(factory: EngineFactory) -> EngineStart:
    """Worker side: build, check the keychain, read the account list."""
    from desktop_app.core.errors import VaultError
    from desktop_app.core.vault import KeyringVault

    engine = factory()
    problem = None
    if isinstance(engine.vault, KeyringVault):
        try:
            engine.vault.check()
        except VaultError as exc:
            problem = exc
    return EngineStart(engine, problem, engine.accounts())


def use_session_vault(engine: Any) -> None:
    """Session-only mode: tokens in memory, forgotten on quit; never plaintext (design §5)."""
    from desktop_app.core.vault import MemoryVault

    engine.vault = MemoryVault()
