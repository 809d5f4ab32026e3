"""The whole flow with a real browser: headless Chromium clicks Approve on the consent page."""

from __future__ import annotations

import os
import sys

import pytest

from tests.support.chromium_browser import chromium_path, drive
from tests.support.engines import make_engine

pytestmark = pytest.mark.slow


def require_chromium() -> None:
    if chromium_path():
        return
    if os.environ.get("CI"):
        pytest.fail("CI installs chromium (tests/ensure_system_deps.sh); it is missing")
    pytest.skip("chromium is not installed")


def test_chromium_approves_and_the_account_connects(demo_server) -> None:
    """Real browser, real loopback redirect, real token exchange."""
    require_chromium()
    pages: list[str] = []

    def chromium(url: str) -> bool:
        import threading

        threading.Thread(target=lambda: pages.append(drive(url)), daemon=True).start()
        return True

    engine = make_engine(demo_server.port, browser=chromium)
    account = engine.connect("demo", timeout=60)
    assert account.identity.email == "dana@demo.loopgate.test"


def test_chromium_deny_shows_the_static_page_and_nothing_is_saved(demo_server) -> None:
    """The browser tab tells the person they declined; Loopgate says so too."""
    require_chromium()
    from desktop_app.core.base.errors import AccessDenied

    pages: list[str] = []

    def chromium(url: str) -> bool:
        import threading

        threading.Thread(target=lambda: pages.append(drive(url, "deny")), daemon=True).start()
        return True

    engine = make_engine(demo_server.port, browser=chromium)
    with pytest.raises(AccessDenied):
        engine.connect("demo", timeout=60)
    assert engine.accounts() == []


def test_cli_without_a_keychain_fails_before_opening_chromium(demo_server, loopgate_home) -> None:
    """No keychain: one clear line, and the `$BROWSER` Chromium is never started."""
    require_chromium()
    import subprocess

    env = dict(
        os.environ,
        LOOPGATE_HOME=str(loopgate_home),
        LOOPGATE_DEMO_PORT=str(demo_server.port),
        BROWSER=f"{sys.executable} -m tests.support.chromium_browser %s",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "connect", "demo", "--timeout", "60"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # The null keyring is refused before the browser opens: a clear one-line error.
    assert result.returncode == 1
    assert "No system keychain" in result.stderr and "Traceback" not in result.stderr
