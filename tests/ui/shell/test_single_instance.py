"""One Loopgate per user: found in a private place, proven by a key, never squatted."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.ui.shell.instance_place import instance_place
from desktop_app.ui.shell.single_instance import claim

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX folders and owners")

FIRST_INSTANCE = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from desktop_app.ui.shell.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer()
assert server.listen()
server.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
print("ready", flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private, short XDG_RUNTIME_DIR (socket paths are limited to ~100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="lg-rt-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()


@pytest.fixture
def log_file(loopgate_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Loopgate's logging set up afresh under this test's home, removed afterwards."""
    import logging

    from desktop_app.core.base import logs

    root = logging.getLogger("desktop_app")
    handlers = list(root.handlers)
    monkeypatch.setattr(logs, "_configured", False)
    yield loopgate_home / "logs" / "loopgate.log"
    for handler in root.handlers[len(handlers) :]:
        handler.close()
    root.handlers[:] = handlers


@posix_only
def test_the_endpoint_is_in_the_private_runtime_dir(runtime_dir: Path) -> None:
    """$XDG_RUNTIME_DIR (0700, ours) is used as it is."""
    place = instance_place()
    assert Path(place.name).parent == runtime_dir and not place.problem


@posix_only
def test_without_a_private_runtime_dir_a_0700_folder_of_ours_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A world-readable runtime dir is skipped; <tmp>/loopgate-<uid> is made 0700."""
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    folder = tmp_path / f"loopgate-{os.getuid()}"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)  # ours but opened up: closed again
    place = instance_place()
    assert Path(place.name).parent == folder and not place.problem
    assert folder.stat().st_mode & 0o777 == 0o700


@posix_only
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs chown")
def test_a_folder_another_user_made_first_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The squatted folder is refused: a fresh private one, and the reason, instead."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    squatted = tmp_path / f"loopgate-{os.getuid()}"
    squatted.mkdir(mode=0o777)
    os.chown(squatted, 4321, 4321)
    place = instance_place()
    assert squatted not in Path(place.name).parents and "not a folder of this user" in place.problem
    assert Path(place.name).parent.stat().st_mode & 0o777 == 0o700


def test_a_second_launch_raises_this_users_first_instance(
    qtbot: Any, runtime_dir: Path, log_file: Path
) -> None:
    """The running instance proves itself, comes forward, and the new launch steps aside."""
    from PySide6.QtCore import QObject

    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_INSTANCE],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "ready"
        parent = QObject()
        assert claim(parent) is None
        assert first.stdout.readline().strip() == "raised"
    finally:
        first.kill()
        first.wait(10)
    assert "already running" in log_file.read_text()


@posix_only
def test_a_squatter_on_the_name_never_stops_loopgate_from_starting(
    qtbot: Any, runtime_dir: Path, log_file: Path
) -> None:
    """Something answering without the proof: Loopgate starts anyway and logs why."""
    from PySide6.QtCore import QObject

    name = instance_place().name
    squatter = socket.socket(socket.AF_UNIX)
    squatter.bind(name)
    squatter.listen(4)
    knocks: list[bytes] = []

    def answer() -> None:
        connection, _ = squatter.accept()
        with connection:
            knocks.append(connection.recv(200))
            with contextlib.suppress(OSError):  # Loopgate may have hung up already
                connection.sendall(b"0" * 64 + b"\n")  # a made-up proof

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    parent = QObject()
    server = claim(parent)
    thread.join(5)
    squatter.close()
    assert server is not None and server.server.isListening()
    server.close()
    assert knocks and knocks[0].startswith(b"raise ")
    assert "could not prove it is your Loopgate; starting anyway" in log_file.read_text()
