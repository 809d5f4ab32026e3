"""The account list: versioned, atomic, never overwritten when damaged."""

import json
from pathlib import Path

import pytest

from desktop_app.core.base.errors import AccountNotFound, StoreError
from desktop_app.core.storage.accounts import Account, AccountIdentity
from desktop_app.core.storage.store import FORMAT_VERSION, AccountStore


def account(i: int) -> Account:
    return Account(
        id=f"id{i:04d}",
        profile_id="demo",
        label=f"Account {i}",
        identity=AccountIdentity(subject=f"s{i}", ids={"merchant_id": f"M{i}"}),
    )


def test_upsert_update_remove_round_trip(tmp_path: Path) -> None:
    """Changes are visible to a fresh store on the same folder (another process)."""
    store = AccountStore(tmp_path)
    store.upsert(account(1))
    store.upsert(account(2))
    store.update("id0001", lambda a: a.with_changes(label="Renamed"))
    other = AccountStore(tmp_path)
    assert [a.label for a in other.all()] == ["Renamed", "Account 2"]
    assert other.get("id0002").identity.ids == {"merchant_id": "M2"}
    other.remove("id0001")
    assert [a.id for a in store.all()] == ["id0002"]


def test_file_is_versioned_json_without_secrets(tmp_path: Path) -> None:
    """The file states its format version; it is owner-only on POSIX."""
    store = AccountStore(tmp_path)
    store.upsert(account(1))
    data = json.loads(store.path.read_text())
    assert data["version"] == FORMAT_VERSION
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"


def test_damaged_file_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    """A corrupt file is kept for support and the list starts empty with a warning."""
    store = AccountStore(tmp_path)
    store.path.write_text("{not json")
    assert store.all() == []
    kept = list(tmp_path.glob("accounts.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{not json"
    assert "damaged" in store.warnings[0]


def test_newer_format_is_refused_not_clobbered(tmp_path: Path) -> None:
    """A file from a newer Loopgate is left alone."""
    store = AccountStore(tmp_path)
    store.path.write_text(json.dumps({"version": FORMAT_VERSION + 1, "accounts": []}))
    with pytest.raises(StoreError, match="newer Loopgate"):
        store.all()


def test_legacy_list_file_is_migrated(tmp_path: Path) -> None:
    """Version 0 (a bare list) loads and is rewritten as version 1."""
    store = AccountStore(tmp_path)
    store.path.write_text(json.dumps([account(7).to_json()]))
    assert store.all()[0].id == "id0007"
    store.upsert(account(8))
    assert json.loads(store.path.read_text())["version"] == FORMAT_VERSION


def test_find_by_id_prefix_or_label(tmp_path: Path) -> None:
    """The CLI accepts an id, a unique prefix, or a label."""
    store = AccountStore(tmp_path)
    store.upsert(account(1))
    store.upsert(account(22))
    assert store.find("Account 22").id == "id0022"
    assert store.find("id0001").id == "id0001"
    with pytest.raises(AccountNotFound, match="more than one"):
        store.find("id00")
    with pytest.raises(AccountNotFound):
        store.find("zzz")


def test_concurrent_writers_lose_no_update(tmp_path: Path) -> None:
    """Read-modify-write under the lock: 40 threads, 40 accounts."""
    import threading

    stores = [AccountStore(tmp_path) for _ in range(4)]
    threads = [threading.Thread(target=stores[i % 4].upsert, args=(account(i),)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(AccountStore(tmp_path).all()) == 40


def test_a_killed_writers_temp_file_is_cleaned_by_the_next_write(tmp_path: Path) -> None:
    """Leftover ``.accounts.json.*.tmp`` files do not pile up."""
    store = AccountStore(tmp_path)
    (tmp_path / ".accounts.json.abc123.tmp").write_text("half")
    store.upsert(account(1))
    assert list(tmp_path.glob(".accounts.json.*.tmp")) == []


def test_find_forgives_case_and_matches_a_unique_part(tmp_path: Path) -> None:
    """`loopgate token dana` finds "Dana Demo"; an ambiguous part is refused."""
    store = AccountStore(tmp_path)
    store.upsert(Account(id="x1", profile_id="demo", label="Dana Demo"))
    store.upsert(Account(id="x2", profile_id="demo", label="Sam Sample"))
    assert store.find("dana demo").id == "x1"
    assert store.find("sam").id == "x2"
    with pytest.raises(AccountNotFound, match="more than one"):
        store.find("a")
