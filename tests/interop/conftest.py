"""An independent, standards-compliant OpenID provider (panva's node oidc-provider).

Installed from the npm registry into a cache folder outside the repository on first
use; the tests skip when Node.js is not available (CI installs nothing extra for them,
but uses them when Node is on the machine).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

HERE = Path(__file__).parent
CACHE = Path(os.environ.get("LOOPGATE_INTEROP_CACHE", Path.home() / ".cache" / "loopgate-interop"))
PACKAGE = "oidc-provider@8"


def _install() -> Path:
    folder = CACHE / "node-oidc-provider"
    if (folder / "node_modules" / "oidc-provider").is_dir():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "package.json").write_text('{"name": "interop", "private": true}')
    result = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", PACKAGE],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.skip(f"npm could not install {PACKAGE}: {result.stderr[-300:]}")
    return folder


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def node_oidc_provider() -> Iterator[str]:
    """The issuer URL of a running node oidc-provider with a native public client."""
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("Node.js is not installed")
    folder = _install()
    script = folder / "server.mjs"
    shutil.copy(HERE / "node_oidc_provider.mjs", script)
    port = _free_port()
    process = subprocess.Popen(
        ["node", str(script)],
        cwd=folder,
        env=dict(os.environ, PORT=str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    issuer = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                requests.get(f"{issuer}/.well-known/openid-configuration", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail("node oidc-provider did not start")
        yield issuer
    finally:
        process.terminate()
        process.wait(10)
