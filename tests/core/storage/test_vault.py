"""Secrets only in the keychain, through the real ``keyring`` API."""

import pytest
from keyring.backends import fail

from desktop_app.core.base.errors import VaultError
from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.storage.vault import KeyringVault, MemoryVault
from tests.support.keyrings import (
    FailingKeyring,
    LockedKeyring,
    MemoryKeyring,
    WindowsCappedKeyring,
)

SMALL = TokenSet(access_token="a" * 40, refresh_token="r" * 40, expires_at=123.0)


def big_tokens() -> TokenSet:
    import secrets

    # Random (incompressible) tokens well past Windows' 2,560-byte cap.
    return TokenSet(
        access_token=secrets.token_urlsafe(3000),
        refresh_token=secrets.token_urlsafe(1200),
        id_token=secrets.token_urlsafe(1500),
    )


def test_round_trip_through_the_keyring_api(memory_keyring: MemoryKeyring) -> None:
    """Stored under the Loopgate service, read back equal, deleted completely."""
    vault = KeyringVault()
    vault.put_tokens("acc1", SMALL)
    assert vault.get_tokens("acc1") == SMALL
    assert all(service == "Loopgate" for service, _ in memory_keyring.passwords)
    vault.delete_tokens("acc1")
    assert vault.get_tokens("acc1") is None
    assert memory_keyring.passwords == {}


def test_large_token_sets_fit_windows_credential_manager() -> None:
    """3,000+ byte tokens are chunked under the 2,560-byte cap and reassembled."""
    backend = WindowsCappedKeyring()
    vault = KeyringVault(backend)
    tokens = big_tokens()
    vault.put_tokens("acc", tokens)
    assert len(backend.passwords) > 2
    assert vault.get_tokens("acc") == tokens


def test_rewriting_and_deleting_chunked_tokens_leaves_no_orphans() -> None:
    """Old chunks go once the head points at the new ones."""
    backend = WindowsCappedKeyring()
    vault = KeyringVault(backend)
    vault.put_tokens("acc", big_tokens())
    vault.put_tokens("acc", big_tokens())
    heads = [k for (_, k) in backend.passwords if k == "account:acc"]
    assert len(heads) == 1
    vault.put_tokens("acc", SMALL)
    assert list(backend.passwords) == [("Loopgate", "account:acc")]
    vault.delete_tokens("acc")
    assert backend.passwords == {}


def test_no_keychain_is_a_clear_error_never_a_plaintext_fallback() -> None:
    """keyring's fail backend → VaultError that says what to do."""
    vault = KeyringVault(fail.Keyring())
    with pytest.raises(VaultError, match="No system keychain"):
        vault.put_tokens("acc", SMALL)


def test_locked_keychain_says_so() -> None:
    """A locked collection is named as such."""
    with pytest.raises(VaultError, match="locked"):
        KeyringVault(LockedKeyring()).get_tokens("acc")


def test_backend_errors_become_vault_errors() -> None:
    """Any backend exception is translated, with the detail kept."""
    with pytest.raises(VaultError) as caught:
        KeyringVault(FailingKeyring(fail_reads=False)).put_tokens("acc", SMALL)
    assert "NoReply" in caught.value.detail


def test_plaintext_backends_are_refused() -> None:
    """A keyring that writes plain files is not a keychain."""

    class PlaintextKeyring(MemoryKeyring):
        pass

    with pytest.raises(VaultError, match="plain files"):
        KeyringVault(PlaintextKeyring()).put_tokens("acc", SMALL)


def test_session_only_vault_is_labelled_and_in_memory() -> None:
    """Session-only mode is explicit."""
    vault = MemoryVault()
    vault.put_tokens("a", SMALL)
    assert vault.session_only and vault.get_tokens("a") == SMALL


def test_admin_secret_lives_in_the_keychain(memory_keyring: MemoryKeyring) -> None:
    """An administrator's client secret is a keychain entry, nothing else."""
    vault = KeyringVault()
    vault.put_secret("client:clio-us", "shh")
    assert memory_keyring.passwords[("Loopgate", "secret:client:clio-us")] == "shh"
    assert vault.get_secret("client:clio-us") == "shh"
    vault.delete_secret("client:clio-us")
    assert vault.get_secret("client:clio-us") is None


class CountingKeyring(MemoryKeyring):
    """Counts reads, so a damaged head is seen to cost a bounded number of them."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return super().get_password(service, username)


def _bomb() -> str:
    import base64
    import zlib

    return base64.b64encode(zlib.compress(b"{" + b" " * 8_000_000, 9)).decode()


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        ("lg1:abcd", "malformed chunk header"),
        ("lg1:abcd:x", "malformed chunk header"),
        ("lg1:../x:2", "malformed chunk header"),
        ("lg1:abcd:-1", "malformed chunk header"),
        ("lg1:abcd:999999", "malformed chunk header"),
        ("not base64 at all!", "decode"),
        ("aGVsbG8=", "decode"),  # base64 of bytes that are not zlib
        (_bomb(), "inflates past the limit"),
    ],
)
def test_a_damaged_entry_is_a_clear_error_naming_the_account(head: str, reason: str) -> None:
    """Malformed header, absurd count, bad compression, a bomb: one VaultError, few reads."""
    backend = CountingKeyring()
    backend.set_password("Loopgate", "account:acc-7", head)
    with pytest.raises(VaultError, match="account acc-7 are damaged") as caught:
        KeyringVault(backend).get_tokens("acc-7")
    assert reason in caught.value.detail
    assert backend.reads <= 2


def test_an_absurd_chunk_count_is_never_read_chunk_by_chunk() -> None:
    """A head naming 300,000 chunks costs one read, not 300,000."""
    backend = CountingKeyring()
    backend.set_password("Loopgate", "account:acc", "lg1:deadbeef:300000")
    with pytest.raises(VaultError, match="damaged"):
        KeyringVault(backend).get_tokens("acc")
    assert backend.reads == 1


def test_an_oversized_chunk_is_damage_not_data() -> None:
    """A chunk longer than the writer ever writes is refused."""
    backend = MemoryKeyring()
    backend.set_password("Loopgate", "account:acc", "lg1:deadbeef:1")
    backend.set_password("Loopgate", "account:acc:deadbeef:0", "A" * 5000)
    with pytest.raises(VaultError, match="account acc are damaged"):
        KeyringVault(backend).get_tokens("acc")


def test_a_damaged_account_can_still_be_deleted() -> None:
    """Disconnecting an account with a damaged head removes the head and nothing else."""
    backend = MemoryKeyring()
    backend.set_password("Loopgate", "account:acc", "lg1:zz:999999")
    backend.set_password("Loopgate", "account:other", "kept")
    KeyringVault(backend).delete_tokens("acc")
    assert backend.passwords == {("Loopgate", "account:other"): "kept"}


def test_tokens_read_from_the_vault_are_known_to_the_redactor() -> None:
    """A value the keychain hands out is scrubbed from any later text, under any name."""
    from desktop_app.core.base.redact import redact_text

    backend = MemoryKeyring()
    tokens = TokenSet(access_token="at-" + "q" * 30, refresh_token="rt-" + "w" * 30)
    KeyringVault(backend).put_tokens("acc", tokens)
    text = f"X-Thing: {tokens.access_token} note={tokens.refresh_token}"
    assert tokens.access_token in redact_text(text)  # not yet read in this test's process
    KeyringVault(backend).get_tokens("acc")
    assert tokens.access_token not in redact_text(text)
    assert tokens.refresh_token not in redact_text(text)


class WinVaultKeyring(WindowsCappedKeyring):
    """Looks like keyring's Windows backend to the vault (the module names it)."""


WinVaultKeyring.__module__ = "keyring.backends.Windows"


def test_uncapped_keychains_hold_a_big_set_in_one_item() -> None:
    """macOS / Secret Service: one item per account, so one access decision, not one per chunk."""
    backend = MemoryKeyring()
    vault = KeyringVault(backend)
    tokens = big_tokens()
    vault.put_tokens("acc", tokens)
    assert list(backend.passwords) == [("Loopgate", "account:acc")]
    assert backend.writes == 1
    assert vault.get_tokens("acc") == tokens


def test_windows_backend_is_chunked_up_front() -> None:
    """Credential Manager's cap is known: no oversized write is attempted first."""
    backend = WinVaultKeyring()
    vault = KeyringVault(backend)
    assert vault.caps_entries()
    tokens = big_tokens()
    vault.put_tokens("acc", tokens)
    assert backend.writes == len(backend.passwords) > 2  # every write landed
    assert vault.get_tokens("acc") == tokens


def test_chunked_entries_from_older_versions_are_read_and_folded_into_one() -> None:
    """Chunks written by an older Loopgate (which chunked everywhere) still read back; the
    next write on an uncapped keychain replaces them with a single item."""
    legacy = WinVaultKeyring()
    tokens = big_tokens()
    KeyringVault(legacy).put_tokens("acc", tokens)
    backend = MemoryKeyring()
    backend.passwords = dict(legacy.passwords)
    vault = KeyringVault(backend)
    assert not vault.caps_entries()
    assert vault.get_tokens("acc") == tokens
    renewed = big_tokens()
    vault.put_tokens("acc", renewed)
    assert list(backend.passwords) == [("Loopgate", "account:acc")]
    assert vault.get_tokens("acc") == renewed


def test_a_single_entry_larger_than_any_writer_makes_is_damage() -> None:
    """One item past the size put_tokens allows is refused before it is decoded."""
    from desktop_app.core.storage.vault import CHUNK_CHARS, MAX_CHUNKS

    backend = MemoryKeyring()
    backend.set_password("Loopgate", "account:acc", "A" * (MAX_CHUNKS * CHUNK_CHARS + 1))
    with pytest.raises(VaultError, match="account acc are damaged") as caught:
        KeyringVault(backend).get_tokens("acc")
    assert "one entry of" in caught.value.detail
