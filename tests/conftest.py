"""Every test gets its own LOOPGATE_HOME and an in-memory (but real-API) keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.support.keyrings import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def loopgate_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "loopgate-home"
    monkeypatch.setenv("LOOPGATE_HOME", str(home))
    # No organisation policy or system profiles unless a test writes some there.
    monkeypatch.setenv("LOOPGATE_SYSTEM_CONFIG_DIR", str(tmp_path / "system-config"))
    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setenv("LOOPGATE_NO_PORTAL", "1")  # tests opt in to the desktop portal
    return home


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """Unit tests use the in-memory backend; ``secret_service`` tests keep the real one."""
    if request.node.get_closest_marker("secret_service"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[object]:
    from desktop_app.demo_provider.server import DemoServer

    with DemoServer(port=0, state_dir=tmp_path / "demo-state") as server:
        yield server


@pytest.fixture
def engine(demo_server: object) -> object:
    from tests.support.engines import make_engine

    return make_engine(demo_server.port)  # type: ignore[attr-defined]


@pytest.fixture
def browser_scripts(tmp_path: Path) -> Iterator[object]:
    """Never-exiting ``$BROWSER`` scripts; every process they started is killed afterwards."""
    from tests.support.browser_scripts import BrowserScripts

    scripts = BrowserScripts(tmp_path / "browsers")
    yield scripts
    scripts.kill_all()
