"""Secrets live only in the OS keychain (``keyring``), one logical entry per account.

Token sets are compressed and stored as one keychain item per account. Windows Credential
Manager caps a secret at 2,560 bytes (UTF-16, so 1,280 characters): there, and only there,
a set that is still too large is split into chunks written under a new generation before
the head entry points at them, so a crash never leaves a head pointing at half-written
chunks. Other keychains get one item, because each item is a separate access decision
(macOS asks per item): chunking there would multiply the prompts. A keychain not known to
cap entries that refuses an oversized write (``PasswordSetError``) gets chunks as well.
Chunked entries are read back on every platform (older versions chunked everywhere) and
replaced by a single item on the next write. There is no plaintext fallback: without a
usable keychain the caller gets ``VaultError`` and may choose the in-memory session vault.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
import zlib
from typing import Any, Protocol

from ..base.errors import VaultError
from ..base.redact import register_secret
from ..oauth.tokens import TokenSet

SERVICE = "Loopgate"
# Characters per keychain entry: well under Windows' 1,280-character (2,560-byte) cap.
CHUNK_CHARS = 1000
_HEAD_PREFIX = "lg1:"
# The most chunks a head may name: 256,000 characters of compressed token set, far above
# any provider's tokens (a 7 KB set takes 4 chunks). ``put_tokens`` refuses larger sets,
# so a bigger count can only be damage, and it never costs more than this many reads.
MAX_CHUNKS = 256
MAX_DECODED_BYTES = 4 * 1024 * 1024  # a compressed blob may not inflate past this
_HEAD = re.compile(r"^lg1:([0-9a-f]{1,32}):([1-9][0-9]{0,3})$")


class Vault(Protocol):
    session_only: bool

    def get_tokens(self, account_id: str) -> TokenSet | None: ...
    def put_tokens(self, account_id: str, tokens: TokenSet) -> None: ...
    def delete_tokens(self, account_id: str) -> None: ...
    def get_secret(self, name: str) -> str | None: ...
    def put_secret(self, name: str, value: str) -> None: ...
    def delete_secret(self, name: str) -> None: ...


def _encode(tokens: TokenSet) -> str:
    raw = json.dumps(tokens.to_secret_json(), separators=(",", ":")).encode()
    return base64.b64encode(zlib.compress(raw, 9)).decode("ascii")


def _decode(blob: str) -> TokenSet:
    inflater = zlib.decompressobj()
    raw = inflater.decompress(base64.b64decode(blob, validate=True), MAX_DECODED_BYTES)
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("compressed data is truncated or inflates past the limit")
    return TokenSet.from_secret_json(json.loads(raw))


def _parse_head(head: str) -> tuple[str, int] | None:
    """(generation, chunk count) of a chunked head; ``None`` for a single-entry blob."""
    if not head.startswith(_HEAD_PREFIX):
        return None
    match = _HEAD.match(head)
    if not match or int(match.group(2)) > MAX_CHUNKS:
        raise ValueError(f"malformed chunk header {head[:40]!r}")
    return match.group(1), int(match.group(2))


def _damaged(account_id: str, detail: str) -> VaultError:
    return VaultError(
        f"The stored tokens for account {account_id} are damaged. Please reconnect it.",
        detail=detail,
    )


def _remember(tokens: TokenSet) -> TokenSet:
    """Every token read from the keychain is known to the redactor, in every process."""
    register_secret(tokens.access_token, tokens.refresh_token, tokens.id_token)
    return tokens


class KeyringVault:
    """The real vault over ``keyring``; ``backend`` is injectable for tests."""

    session_only = False

    def __init__(self, backend: Any = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service
        self._lock = threading.Lock()

    @property
    def backend(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def check(self) -> str:
        """Raises ``VaultError`` when no safe keychain exists; returns its name otherwise."""
        backend = self.backend
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        lowered = name.lower()
        from keyring.backends import chainer, fail, null

        empty_chain = isinstance(backend, chainer.ChainerBackend) and not backend.backends
        if isinstance(backend, (fail.Keyring, null.Keyring)) or empty_chain:
            raise VaultError(
                "No system keychain was found, so Loopgate cannot store tokens safely. "
                "On Linux, install and unlock a Secret Service keychain (GNOME Keyring or "
                "KWallet), or use session-only mode (tokens are forgotten when you quit).",
                detail=f"keyring backend: {name}",
            )
        if "plaintext" in lowered or "keyrings.alt" in lowered:
            raise VaultError(
                "The configured keychain stores secrets as plain files, which Loopgate refuses.",
                detail=f"keyring backend: {name}",
            )
        return name

    def probe(self) -> None:
        """A real read, so a locked or broken keychain is found before the browser opens."""
        self._get("probe")

    def caps_entries(self) -> bool:
        """True when the active keychain limits one entry's size: Windows Credential
        Manager, alone or among the backends of keyring's chainer."""
        backend = self.backend
        chain = getattr(backend, "backends", None) or [backend]
        return any(type(b).__module__ == "keyring.backends.Windows" for b in chain)

    # -- raw access with error translation ------------------------------------------
    def _call(self, action: str, fn: Any, *args: Any, passthrough: tuple = ()) -> Any:
        self.check()
        from keyring import errors as kerr

        try:
            return fn(self._service, *args)
        except passthrough:
            raise
        except kerr.KeyringLocked as exc:
            raise VaultError(
                "The system keychain is locked. Unlock it and try again.",
                detail=f"{action}: {exc}",
            ) from None
        except kerr.NoKeyringError as exc:
            raise VaultError(detail=f"{action}: {exc}") from None
        except kerr.PasswordDeleteError:
            return None
        except Exception as exc:  # backends raise anything from D-Bus to Win32 errors
            raise VaultError(
                "The system keychain refused the request. It may be locked or unavailable.",
                detail=f"{action}: {type(exc).__name__}: {exc}",
            ) from None

    def _get(self, key: str) -> str | None:
        return self._call("read", self.backend.get_password, key)

    def _set(self, key: str, value: str) -> None:
        self._call("write", self.backend.set_password, key, value)

    def _delete(self, key: str) -> None:
        if self._get(key) is not None:
            self._call("delete", self.backend.delete_password, key)

    # -- tokens ---------------------------------------------------------------------
    def get_tokens(self, account_id: str) -> TokenSet | None:
        with self._lock:
            head = self._get(_account_key(account_id))
            if head is None:
                return None
            blob = self._read_blob(account_id, head)
        try:
            return _remember(_decode(blob))
        except (ValueError, zlib.error, KeyError, TypeError, AttributeError) as exc:
            raise _damaged(account_id, f"decode: {exc}") from None

    def _read_blob(self, account_id: str, head: str) -> str:
        """The stored blob; at most ``MAX_CHUNKS`` reads, each chunk no longer than written."""
        try:
            chunked = _parse_head(head)
        except ValueError as exc:
            raise _damaged(account_id, str(exc)) from None
        if chunked is None:
            if len(head) > MAX_CHUNKS * CHUNK_CHARS:
                raise _damaged(account_id, f"one entry of {len(head)} characters")
            return head
        generation, count = chunked
        parts = []
        for index in range(count):
            part = self._get(_chunk_key(account_id, generation, index))
            if part is None:
                raise VaultError(
                    f"Part of the tokens for account {account_id} is missing from the "
                    "keychain. Please reconnect it.",
                    detail=f"missing chunk {index} of {count}",
                )
            if len(part) > CHUNK_CHARS:
                raise _damaged(account_id, f"chunk {index} holds {len(part)} characters")
            parts.append(part)
        return "".join(parts)

    def put_tokens(self, account_id: str, tokens: TokenSet) -> None:
        blob = _encode(tokens)
        _check_size(blob)
        with self._lock:
            old_head = self._get(_account_key(account_id))
            chunked = len(blob) > CHUNK_CHARS and self.caps_entries()
            if not chunked:
                chunked = not self._set_whole(_account_key(account_id), blob)
            if chunked:
                generation = secrets.token_hex(4)
                chunks = [blob[i : i + CHUNK_CHARS] for i in range(0, len(blob), CHUNK_CHARS)]
                for index, chunk in enumerate(chunks):
                    self._set(_chunk_key(account_id, generation, index), chunk)
                self._set(_account_key(account_id), f"{_HEAD_PREFIX}{generation}:{len(chunks)}")
            if old_head and old_head.startswith(_HEAD_PREFIX):
                self._drop_chunks(account_id, old_head)

    def _set_whole(self, key: str, blob: str) -> bool:
        """One entry; ``False`` when a keychain refused a blob too big to be sure it fits
        (a size cap it did not announce), so the caller chunks it instead."""
        from keyring.errors import PasswordSetError

        if len(blob) <= CHUNK_CHARS:
            self._set(key, blob)
            return True
        try:
            self._call(
                "write", self.backend.set_password, key, blob, passthrough=(PasswordSetError,)
            )
        except PasswordSetError:
            return False
        return True

    def _drop_chunks(self, account_id: str, head: str) -> None:
        try:
            chunked = _parse_head(head)
        except ValueError:
            return  # a damaged head names no chunks we could trust to delete
        if chunked is not None:
            generation, count = chunked
            for index in range(count):
                self._delete(_chunk_key(account_id, generation, index))

    def delete_tokens(self, account_id: str) -> None:
        with self._lock:
            head = self._get(_account_key(account_id))
            if head is None:
                return
            self._delete(_account_key(account_id))
            if head.startswith(_HEAD_PREFIX):
                self._drop_chunks(account_id, head)

    # -- administrator secrets ------------------------------------------------------
    def get_secret(self, name: str) -> str | None:
        value = self._get(f"secret:{name}")
        register_secret(value)
        return value

    def put_secret(self, name: str, value: str) -> None:
        self._set(f"secret:{name}", value)

    def delete_secret(self, name: str) -> None:
        self._delete(f"secret:{name}")


def _check_size(blob: str) -> None:
    if len(blob) > MAX_CHUNKS * CHUNK_CHARS:
        raise VaultError(
            "These tokens are too large to keep in the system keychain.",
            detail=f"{len(blob)} characters compressed; the limit is {MAX_CHUNKS * CHUNK_CHARS}",
        )


def _account_key(account_id: str) -> str:
    return f"account:{account_id}"


def _chunk_key(account_id: str, generation: str, index: int) -> str:
    return f"account:{account_id}:{generation}:{index}"


class MemoryVault:
    """Session-only mode: tokens kept in this process's memory and forgotten on exit."""

    session_only = True

    def __init__(self) -> None:
        self._tokens: dict[str, TokenSet] = {}
        self._secrets: dict[str, str] = {}
        self._lock = threading.Lock()

    def get_tokens(self, account_id: str) -> TokenSet | None:
        with self._lock:
            tokens = self._tokens.get(account_id)
        return _remember(tokens) if tokens is not None else None

    def put_tokens(self, account_id: str, tokens: TokenSet) -> None:
        with self._lock:
            self._tokens[account_id] = tokens

    def delete_tokens(self, account_id: str) -> None:
        with self._lock:
            self._tokens.pop(account_id, None)

    def get_secret(self, name: str) -> str | None:
        value = self._secrets.get(name)
        register_secret(value)
        return value

    def put_secret(self, name: str, value: str) -> None:
        self._secrets[name] = value

    def delete_secret(self, name: str) -> None:
        self._secrets.pop(name, None)
