"""Where the single-instance endpoint lives: somewhere only this user can create it.

A name under the shared ``/tmp`` can be taken first by another local user, who then
decides whether Loopgate starts. On Linux and macOS the socket goes in
``$XDG_RUNTIME_DIR`` (per user, ``0700`` by the XDG spec) or else in a ``0700`` folder of
this user's under the temp dir, with its owner checked. On Windows, where pipe names are
global, the name carries the user's SID and the logon session id.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Place:
    """The endpoint's name, and why it is not the usual one (``""`` when it is)."""

    name: str
    problem: str = ""


def instance_place() -> Place:
    home = os.path.abspath(os.environ.get("LOOPGATE_HOME", "") or "~")
    digest = hashlib.sha256(f"{_user_key()}\0{home}".encode()).hexdigest()[:16]
    base = f"loopgate-{digest}"
    if os.name == "nt":
        return Place(base)
    try:
        return Place(str(private_dir() / base))
    except PermissionError as exc:
        import tempfile

        # Someone else owns our folder: a throwaway private one means no single-instance
        # check this time, but Loopgate starts (and the caller logs why).
        return Place(str(Path(tempfile.mkdtemp(prefix="loopgate-")) / base), str(exc))


def private_dir() -> Path:
    """``$XDG_RUNTIME_DIR`` when it is private, else ``<tmp>/loopgate-<uid>`` (``0700``)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _is_private(Path(runtime)):
        return Path(runtime)
    import tempfile  # only off the usual path: it costs start-up time

    folder = Path(tempfile.gettempdir()) / f"loopgate-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise PermissionError(f"{folder} is not a folder of this user (owner {info.st_uid})")
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)  # ours, but opened up: close it again
    return folder


def _is_private(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _user_key() -> str:
    if os.name != "nt":
        return str(os.getuid())
    try:
        return _windows_sid_and_session()
    except (OSError, AttributeError, ValueError):
        env = os.environ
        return f"{env.get('USERDOMAIN', '')}\\{env.get('USERNAME', '')}\0{env.get('SESSIONNAME')}"


def _windows_sid_and_session() -> str:  # pragma: no cover - Windows only
    """``S-1-5-21-…`` of the process's user and its session id, read from the process token."""
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = ctypes.WinDLL("advapi32"), ctypes.WinDLL("kernel32")
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    token, size = wintypes.HANDLE(), wintypes.DWORD()
    if not advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), 0x0008, ctypes.byref(token)):
        raise OSError("OpenProcessToken failed")
    try:
        advapi32.GetTokenInformation(token, 1, None, 0, ctypes.byref(size))  # 1: TokenUser
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, 1, buffer, size, ctypes.byref(size)):
            raise OSError("GetTokenInformation failed")
    finally:
        kernel32.CloseHandle(token)
    text = wintypes.LPWSTR()
    sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
    if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
        raise OSError("ConvertSidToStringSidW failed")
    user_sid = str(text.value)
    kernel32.LocalFree(text)
    session = wintypes.DWORD()
    kernel32.ProcessIdToSessionId(kernel32.GetCurrentProcessId(), ctypes.byref(session))
    return f"{user_sid}\0{session.value}"
