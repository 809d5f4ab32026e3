"""The ``loopgate`` CLI in-process against provider-shaped servers.

``LOOPGATE_HOME`` (``tmp_path``) and the in-memory keyring come from ``tests/conftest.py``;
here ``webbrowser.open`` becomes a scripted person, and each server gets a user profile
that extends the shipped one (so the shipped profile data is what runs).
"""

from __future__ import annotations

import json
import webbrowser
from collections.abc import Iterator
from typing import Any, NamedTuple

import pytest

from desktop_app.cli import main
from tests.support.keyrings import MemoryKeyring
from tests.support.provider_servers import (
    ClioLike,
    CloverleafLike,
    CloverLike,
    ProviderBrowser,
    write_profile,
)


class Result(NamedTuple):
    code: int
    out: str
    err: str


class Loopgate:
    """Runs ``loopgate`` commands and reads back what the client stored."""

    def __init__(self, capsys: pytest.CaptureFixture[str], keyring: MemoryKeyring) -> None:
        self._capsys = capsys
        self.keyring = keyring

    def __call__(self, *argv: str) -> Result:
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse usage errors (exit 64)
            code = int(exc.code or 0)
        out, err = self._capsys.readouterr()
        return Result(code, out, err)

    def connect(self, profile_id: str) -> str:
        result = self("connect", profile_id, "--timeout", "15")
        assert result.code == 0, result.err
        return result.out.strip()

    def account(self, account_id: str) -> dict[str, Any]:
        rows = json.loads(self("list", "--json").out)
        return next(row for row in rows if row["id"] == account_id)

    def accounts(self) -> list[dict[str, Any]]:
        return list(json.loads(self("list", "--json").out))

    def keychain(self) -> dict[tuple[str, str], str]:
        """A byte-for-byte copy of every keychain entry."""
        with self.keyring.lock:
            return dict(self.keyring.passwords)


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> ProviderBrowser:
    person = ProviderBrowser()
    monkeypatch.setattr(webbrowser, "open", person)
    return person


@pytest.fixture
def loopgate(
    browser: ProviderBrowser, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> Loopgate:
    return Loopgate(capsys, memory_keyring)


@pytest.fixture
def clover() -> Iterator[CloverLike]:
    with CloverLike() as server:
        yield server


@pytest.fixture
def clio() -> Iterator[ClioLike]:
    with ClioLike() as server:
        yield server


@pytest.fixture
def cloverleaf() -> Iterator[CloverleafLike]:
    with CloverleafLike() as server:
        yield server


@pytest.fixture
def clover_id(clover: CloverLike, loopgate_home: object) -> str:
    return write_profile(clover)


@pytest.fixture
def clio_id(clio: ClioLike, loopgate_home: object) -> str:
    return write_profile(clio)


@pytest.fixture
def cloverleaf_id(cloverleaf: CloverleafLike, loopgate_home: object) -> str:
    return write_profile(cloverleaf)
