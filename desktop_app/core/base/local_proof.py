"""Proof that a local endpoint belongs to this user: an HMAC over a fresh challenge.

Loopback ports and local socket names are shared by every user of the machine, so
"something answers there" proves nothing. The key lives in this user's private data
folder (``0700``, the file ``0600``, owner checked), which another local user cannot
read; whoever answers a challenge with it is one of this user's own Loopgate processes.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

from .errors import LoopgateError

KEY_FILE = "local-proof.key"
_KEY_BYTES = 32


class ProofKeyError(LoopgateError):
    """The key file exists but is not safely this user's (wrong owner, or readable by others)."""

    default_message = (
        "Loopgate's private key file is not private to you, so local Loopgate processes "
        "cannot prove who they are. Delete it and try again."
    )


def key_path() -> Path:
    from .paths import data_dir

    return data_dir() / KEY_FILE


def load_key(path: Path | None = None) -> bytes:
    """This user's proof key, created on first use (never overwriting another writer's)."""
    path = path or key_path()
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, secrets.token_hex(_KEY_BYTES).encode("ascii"))
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # create-if-absent with the whole content: two starters agree
    except FileExistsError:
        pass
    except OSError:
        os.replace(tmp, path)  # a file system without hard links
    finally:
        tmp.unlink(missing_ok=True)
    return _read(path)


def _read(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:  # a symbolic link (ELOOP), or no permission
        raise ProofKeyError(detail=f"{path}: {exc}") from None
    try:
        info = os.fstat(fd)
        if os.name == "posix" and (
            info.st_uid != os.getuid() or info.st_mode & 0o077 or not stat.S_ISREG(info.st_mode)
        ):
            raise ProofKeyError(detail=f"{path}: owner {info.st_uid}, mode {info.st_mode:o}")
        data = os.read(fd, 4 * _KEY_BYTES)
    finally:
        os.close(fd)
    if len(data) < _KEY_BYTES:
        raise ProofKeyError(detail=f"{path} is too short to be a key")
    return data


def new_challenge() -> str:
    return secrets.token_urlsafe(32)


def prove(purpose: str, challenge: str, key: bytes | None = None) -> str:
    """The answer to ``challenge`` for ``purpose`` (bound to it, so answers never transfer)."""
    message = f"{purpose}\0{challenge}".encode()
    return hmac.new(key or load_key(), message, hashlib.sha256).hexdigest()


def verify(purpose: str, challenge: str, answer: str, key: bytes | None = None) -> bool:
    return hmac.compare_digest(prove(purpose, challenge, key), answer)
