"""Against the real Secret Service keychain (gnome-keyring in a D-Bus session)."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import pytest

from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.storage.vault import KeyringVault

pytestmark = pytest.mark.secret_service


def require_secret_service() -> None:
    backend = keyring.get_keyring()
    chain = getattr(backend, "backends", None) or [backend]
    names = [f"{type(b).__module__}.{type(b).__name__}" for b in chain]
    name = ", ".join(names)
    if any("SecretService" in n for n in names):
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide a Secret Service keychain; got {name}")
    pytest.skip(f"no Secret Service keychain here ({name}); run via tests/with_keychain.sh")


def test_full_account_round_trip_in_the_real_keychain() -> None:
    """Store, read back, delete a full (chunked) token set."""
    require_secret_service()
    import secrets

    vault = KeyringVault(service="Loopgate-test")
    tokens = TokenSet(
        access_token=secrets.token_urlsafe(3000),
        refresh_token="r" * 50,
        id_token=secrets.token_urlsafe(900),
        scope=("openid",),
        expires_at=1.0,
    )
    vault.put_tokens("acct-real", tokens)
    assert KeyringVault(service="Loopgate-test").get_tokens("acct-real") == tokens
    vault.delete_tokens("acct-real")
    assert vault.get_tokens("acct-real") is None


def test_cli_flow_across_processes_with_the_real_keychain(demo_server, loopgate_home) -> None:
    """`loopgate connect` (system browser = scripted) then token/call/disconnect, each a process."""
    require_secret_service()
    env = dict(
        os.environ,
        LOOPGATE_HOME=str(loopgate_home),
        LOOPGATE_DEMO_PORT=str(demo_server.port),
        BROWSER=f"{sys.executable} -m desktop_app.demo_provider.scripted_browser %s",
    )

    def loopgate(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    connect = loopgate("connect", "demo", "--timeout", "30")
    assert connect.returncode == 0, connect.stderr
    account_id = connect.stdout.strip()
    token = loopgate("token", account_id)
    assert token.returncode == 0 and token.stdout.startswith("ey")
    call = loopgate("call", account_id, "GET", "/api/me")
    assert call.returncode == 0 and '"sub":"dana"' in call.stdout.replace(" ", "")
    done = loopgate("disconnect", account_id)
    assert done.returncode == 0, done.stderr
    assert KeyringVault().get_tokens(account_id) is None
