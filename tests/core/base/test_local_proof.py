"""This user's proof key: private, created once, and answers bound to their purpose."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop_app.core.base.local_proof import (
    ProofKeyError,
    key_path,
    load_key,
    new_challenge,
    prove,
    verify,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


def test_the_key_is_created_private_under_the_data_dir(loopgate_home: Path) -> None:
    """0600 in the 0700 data folder, and the same key on every later load."""
    key = load_key()
    path = key_path()
    assert loopgate_home in path.parents and load_key() == key
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700


def test_processes_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    """Racing first uses never overwrite each other's key."""
    path = tmp_path / "k.key"
    keys: list[bytes] = []
    threads = [threading.Thread(target=lambda: keys.append(load_key(path))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(keys)) == 1 and len(keys) == 8


@posix_only
def test_a_key_others_can_read_or_own_is_refused(tmp_path: Path) -> None:
    """Group/other permission, another owner, or a symbolic link: a clear error."""
    path = tmp_path / "k.key"
    load_key(path)
    path.chmod(0o644)
    with pytest.raises(ProofKeyError, match="not private to you"):
        load_key(path)
    path.chmod(0o600)
    link = tmp_path / "link.key"
    link.symlink_to(path)
    with pytest.raises(ProofKeyError):
        load_key(link)
    if os.getuid() == 0:  # only root can hand a file to another user
        os.chown(path, 12345, 12345)
        with pytest.raises(ProofKeyError):
            load_key(path)


def test_an_answer_proves_one_purpose_and_one_challenge_only(tmp_path: Path) -> None:
    """A reply for another challenge, purpose or key never verifies."""
    key, other = load_key(tmp_path / "a.key"), load_key(tmp_path / "b.key")
    challenge = new_challenge()
    answer = prove("demo-provider http://127.0.0.1:1", challenge, key)
    assert verify("demo-provider http://127.0.0.1:1", challenge, answer, key)
    assert not verify("demo-provider http://127.0.0.1:2", challenge, answer, key)
    assert not verify("demo-provider http://127.0.0.1:1", new_challenge(), answer, key)
    assert not verify("demo-provider http://127.0.0.1:1", challenge, answer, other)
