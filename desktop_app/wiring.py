"""Builds the engine the GUI and the CLI use: the Qt-free core plus the demo provider.

The core never imports the demo provider (an authorization *server* on Flask and
Authlib); it is handed a launcher here, so the import happens only when "Demo" is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core.engine.engine import Engine
    from .core.storage.vault import Vault


def launch_demo_provider(port: int) -> str:
    """Starts (or finds this user's) demo provider on ``port``; returns its issuer."""
    from .demo_provider.server import ensure_running

    return ensure_running(port)


def default_engine(*, vault: Vault | None = None) -> Engine:
    """The engine over the user's own folders, keychain, profiles and the demo launcher.

    Profiles come with the organisation's policy and system profiles applied
    (``core.policy``): built-in < the person's own < system < policy.
    """
    from .core.base.paths import data_dir
    from .core.engine.engine import Engine
    from .core.policy.registry import policy_registry
    from .core.storage.store import AccountStore
    from .core.storage.vault import KeyringVault

    directory = data_dir()
    return Engine(
        registry=policy_registry(),
        store=AccountStore(directory),
        vault=vault if vault is not None else KeyringVault(),
        data_dir=directory,
        demo_launcher=launch_demo_provider,
    )
