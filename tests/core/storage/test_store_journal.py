"""Changing one account appends a journal line; the account file is rewritten only rarely."""

import json
import os
from pathlib import Path

import pytest

from desktop_app.core.storage import store as store_module
from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account
from desktop_app.core.storage.store import AccountStore


def seeded(tmp_path: Path, count: int = 50) -> AccountStore:
    store = AccountStore(tmp_path)
    store.replace_all(
        [Account(id=f"a{i:03d}", profile_id="demo", label=f"A{i}") for i in range(count)]
    )
    return store


def mark(store: AccountStore, account_id: str, why: str = "dead") -> None:
    store.update(account_id, lambda a: a.with_changes(status=RECONNECT_NEEDED, last_error=why))


def test_marking_one_account_leaves_the_account_file_byte_identical(tmp_path: Path) -> None:
    """A status change is one journal line; the big file is not rewritten."""
    store = seeded(tmp_path)
    before = store.path.read_bytes()
    mark(store, "a007")
    assert store.path.read_bytes() == before
    lines = store.journal.path.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == "a007"
    assert AccountStore(tmp_path).get("a007").status == RECONNECT_NEEDED


def test_another_process_sees_the_change_through_the_journal(tmp_path: Path) -> None:
    """A second store that already parsed the file still sees later journal lines."""
    writer, reader = seeded(tmp_path), AccountStore(tmp_path)
    assert reader.get("a001").status != RECONNECT_NEEDED
    mark(writer, "a001")
    assert reader.get("a001").status == RECONNECT_NEEDED
    assert reader.stamp() == writer.stamp()


def test_a_torn_last_line_never_happened_and_the_next_line_starts_clean(tmp_path: Path) -> None:
    """A crash mid-append leaves a line without its newline: ignored, then cut off."""
    store = seeded(tmp_path)
    mark(store, "a001", "first")
    with store.journal.path.open("ab") as handle:
        handle.write(b'{"g": 1, "id": "a002", "account": {"id": "a002", "lab')
    assert AccountStore(tmp_path).get("a002").last_error == ""
    mark(store, "a003", "third")
    fresh = AccountStore(tmp_path)
    assert [fresh.get(i).last_error for i in ("a001", "a002", "a003")] == ["first", "", "third"]
    assert all(json.loads(line) for line in store.journal.path.read_text().splitlines())


def test_lines_of_an_older_generation_are_ignored(tmp_path: Path) -> None:
    """A crash after a compaction wrote the file but before it cleared the journal."""
    store = seeded(tmp_path)
    mark(store, "a004", "old news")
    stale = store.journal.path.read_bytes()
    store.update("a004", lambda a: a.with_changes(status="connected", last_error=""))
    store.upsert(Account(id="new", profile_id="demo", label="New"))  # rewrites: generation 2
    store.journal.path.write_bytes(stale)  # as if the journal had survived the rewrite
    assert AccountStore(tmp_path).get("a004").last_error == ""


def test_a_big_journal_is_folded_into_a_new_generation_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the size limit the next change rewrites the file and starts a new journal."""
    monkeypatch.setattr(store_module, "MAX_JOURNAL_BYTES", 2_000)
    store = seeded(tmp_path, count=5)
    for n in range(12):
        mark(store, f"a00{n % 5}", f"change {n}")
    assert store.journal.size() <= 2_000 + 1_000
    data = json.loads(store.path.read_text())
    assert data["generation"] > 1
    assert [a.last_error for a in AccountStore(tmp_path).all()] == [
        "change 10", "change 11", "change 7", "change 8", "change 9"
    ]  # fmt: skip


def test_version_1_files_load_and_take_journal_lines(tmp_path: Path) -> None:
    """Files written before the journal existed are generation 0 and still update."""
    (tmp_path / "accounts.json").write_text(
        json.dumps(
            {"version": 1, "accounts": [Account(id="x", profile_id="demo", label="X").to_json()]}
        )
    )
    store = AccountStore(tmp_path)
    mark(store, "x")
    assert AccountStore(tmp_path).get("x").status == RECONNECT_NEEDED


def test_journal_is_owner_only(tmp_path: Path) -> None:
    """Like the account file, the journal is readable by this user only (POSIX)."""
    store = seeded(tmp_path, count=2)
    mark(store, "a001")
    if os.name == "posix":
        assert oct(store.journal.path.stat().st_mode & 0o777) == "0o600"
