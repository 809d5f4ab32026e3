"""More real ``keyring`` backends for fault tests: shared between processes, or broken.

``FileKeyring`` stands in for the OS keychain when two processes must see the same
secrets (the in-memory backend is per process): each entry is one file, replaced
atomically, as a keychain commits one item at a time. It lives outside
``LOOPGATE_HOME`` on purpose, because it models the keychain, not Loopgate's files.
Select it in a child process with ``PYTHON_KEYRING_BACKEND`` and ``LOOPGATE_TEST_KEYRING``.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from keyring import errors
from keyring.backend import KeyringBackend
from keyring.compat import properties

KEYRING_DIR_ENV = "LOOPGATE_TEST_KEYRING"
BACKEND_NAME = "tests.support.faulty_keyrings.FileKeyring"


class FileKeyring(KeyringBackend):
    """One JSON file per entry under a directory; writes are temp file + ``os.replace``."""

    @properties.classproperty
    def priority(cls) -> float:
        # Never auto-detected: only a process that names it (and its folder) gets it.
        if not os.environ.get(KEYRING_DIR_ENV):
            raise RuntimeError(f"{KEYRING_DIR_ENV} is not set")
        return 0.1

    def __init__(self, directory: Path | None = None) -> None:
        super().__init__()
        self.directory = Path(directory or os.environ[KEYRING_DIR_ENV])
        self.directory.mkdir(parents=True, exist_ok=True)

    def _path(self, service: str, username: str) -> Path:
        digest = hashlib.sha256(f"{service}\0{username}".encode()).hexdigest()[:32]
        return self.directory / f"{digest}.json"

    def get_password(self, service: str, username: str) -> str | None:
        try:
            data = json.loads(self._path(service, username).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        return str(data["password"])

    def set_password(self, service: str, username: str, password: str) -> None:
        path = self._path(service, username)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"service": service, "user": username, "password": password}))
        os.replace(tmp, path)

    def delete_password(self, service: str, username: str) -> None:
        try:
            self._path(service, username).unlink()
        except FileNotFoundError:
            raise errors.PasswordDeleteError("not found") from None

    def entries(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for path in sorted(self.directory.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            out[data["user"]] = data["password"]
        return out


class RaisingKeyring(KeyringBackend):
    """A D-Bus backend whose daemon went away: reads and/or writes raise."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("constructed explicitly by tests only")

    def __init__(self, *, reads: bool, writes: bool) -> None:
        super().__init__()
        self.reads = reads
        self.writes = writes
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if self.reads:
            raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.writes:
            raise errors.PasswordSetError("org.freedesktop.DBus.Error.NoReply")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)
