"""Building blocks for the reliability suite: engines on a fake provider, snapshots, scans."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import requests

from desktop_app.core.base.paths import data_dir, user_providers_dir
from desktop_app.core.engine.engine import Engine
from desktop_app.core.oauth.transport import new_session
from desktop_app.core.providers.profiles import default_registry
from desktop_app.core.storage.store import AccountStore
from desktop_app.core.storage.vault import KeyringVault, Vault
from tests.support.fake_provider import FakeProvider, TimeoutSession, approving_browser


def fake_engine(
    provider: FakeProvider,
    *,
    vault: Vault | None = None,
    clock: Callable[[], float] = time.time,
    timeout: float | None = None,
    browser: Callable[[str], bool] | None = None,
    **profile_overrides: Any,
) -> Engine:
    """An engine whose ``fake`` profile (saved as an administrator would) points at ``provider``."""
    provider.write_profile(user_providers_dir(), **profile_overrides)
    folder = data_dir()
    session_factory: Callable[[], requests.Session] = (
        new_session if timeout is None else (lambda: TimeoutSession(timeout))
    )
    return Engine(
        registry=default_registry(),
        store=AccountStore(folder),
        vault=vault if vault is not None else KeyringVault(),
        data_dir=folder,
        clock=clock,
        session_factory=session_factory,
        browser=browser or approving_browser(),
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative path → content)."""
    out: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            out[str(path.relative_to(root))] = path.read_bytes()
    return out


def secret_hits(root: Path, secrets: Iterable[str]) -> list[str]:
    """``path: masked secret`` for every file under ``root`` containing a secret verbatim."""
    values = {s for s in secrets if s and len(s) >= 8}
    hits: list[str] = []
    for name, content in tree_bytes(root).items():
        text = content.decode("utf-8", "replace")
        hits += [f"{name}: {v[:6]}…({len(v)})" for v in values if v in text]
    return hits


def raw_exchange(port: int, data: bytes, *, timeout: float = 5.0, half_close: bool = True) -> bytes:
    """Sends raw bytes to 127.0.0.1:port and returns everything the server answers."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        try:
            sock.sendall(data)
            if half_close:
                sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may answer and close before reading everything
        chunks: list[bytes] = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (ConnectionResetError, TimeoutError):
            pass
    return b"".join(chunks)


def env_for_child(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a Loopgate child process sharing this test's home directory."""
    env = dict(os.environ)
    env.update({"LOOPGATE_HOME": str(home), "PYTHONPATH": str(Path.cwd()), **extra})
    return env
