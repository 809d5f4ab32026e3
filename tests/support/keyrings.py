"""Real ``keyring`` backends for tests: in memory, Windows-capped, locked, failing."""

from __future__ import annotations

import threading

from jaraco.classes import properties
from keyring import errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A genuine keyring backend (the real API) that keeps passwords in a dict."""

    @properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]
        # keyring auto-discovers every backend subclass: never let it pick a test double.
        raise RuntimeError("test backend; only used when set explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.lock = threading.Lock()
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        with self.lock:
            return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self.lock:
            self.passwords[(service, username)] = password
            self.writes += 1

    def delete_password(self, service: str, username: str) -> None:
        with self.lock:
            if (service, username) not in self.passwords:
                raise errors.PasswordDeleteError("not found")
            del self.passwords[(service, username)]

    def all_values(self) -> list[str]:
        with self.lock:
            return list(self.passwords.values())


class WindowsCappedKeyring(MemoryKeyring):
    """Enforces Credential Manager's 2,560-byte blob limit (UTF-16, as keyring writes it)."""

    LIMIT_BYTES = 2560

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > self.LIMIT_BYTES:
            raise errors.PasswordSetError(
                f"CredWrite: blob of {len(password.encode('utf-16-le'))} bytes exceeds 2560"
            )
        super().set_password(service, username, password)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise errors.KeyringLocked("the collection is locked")


class FailingKeyring(MemoryKeyring):
    """Raises like a D-Bus backend whose daemon went away."""

    def __init__(self, fail_reads: bool = True, fail_writes: bool = True) -> None:
        super().__init__()
        self.fail_reads = fail_reads
        self.fail_writes = fail_writes

    def get_password(self, service: str, username: str) -> str | None:
        if self.fail_reads:
            raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail_writes:
            raise errors.PasswordSetError("org.freedesktop.DBus.Error.NoReply")
        super().set_password(service, username, password)
