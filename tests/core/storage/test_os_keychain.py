"""The OS's own keychain (Windows Credential Manager, the macOS Keychain), not a stand-in.

Runs where ``LOOPGATE_REAL_KEYCHAIN=1`` (GitHub CI's Windows and macOS jobs); Linux's real
keychain, the Secret Service, has its own tests (``test_secret_service.py``).
"""

from __future__ import annotations

import os
import secrets
import sys

import pytest

from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.storage.vault import KeyringVault

pytestmark = pytest.mark.skipif(
    os.environ.get("LOOPGATE_REAL_KEYCHAIN") != "1",
    reason="writes to this machine's keychain: set LOOPGATE_REAL_KEYCHAIN=1",
)
SERVICE = "Loopgate-test"


def native_backend() -> object:
    if sys.platform == "win32":
        from keyring.backends import Windows

        return Windows.WinVaultKeyring()
    if sys.platform == "darwin":
        from keyring.backends import macOS

        return macOS.Keyring()
    pytest.skip("Linux's keychain is the Secret Service (test_secret_service.py)")


def test_a_big_token_set_round_trips_in_the_os_keychain() -> None:
    """Chunked under Credential Manager's cap on Windows; one item (one prompt) on macOS."""
    backend = native_backend()
    vault = KeyringVault(backend, service=SERVICE)
    account_id = f"ci-{secrets.token_hex(6)}"
    tokens = TokenSet(
        access_token=secrets.token_urlsafe(3000),
        refresh_token=secrets.token_urlsafe(600),
        id_token=secrets.token_urlsafe(1500),
        scope=("openid",),
        expires_at=1.0,
    )
    try:
        vault.put_tokens(account_id, tokens)
        assert KeyringVault(backend, service=SERVICE).get_tokens(account_id) == tokens
        head = backend.get_password(SERVICE, f"account:{account_id}")  # type: ignore[attr-defined]
        assert head is not None
        if sys.platform == "win32":
            assert vault.caps_entries() and head.startswith("lg1:")
        else:
            assert not vault.caps_entries() and not head.startswith("lg1:")
    finally:
        vault.delete_tokens(account_id)
    assert vault.get_tokens(account_id) is None
