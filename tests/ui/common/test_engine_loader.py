"""The GIL-friendly account reader gives exactly what the store would."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from desktop_app.core.storage.accounts import Account, AccountIdentity
from desktop_app.core.storage.store import AccountStore
from desktop_app.ui.common.engine_loader import read_accounts


def tricky_account(i: int) -> Account:
    return Account(
        id=f"a{i}",
        profile_id="clover-eu",
        label=f'Shop "{i}" {{x}} [y], ünïcödé',
        identity=AccountIdentity(subject=f"M{i}", name="N\\a\tme", ids={"merchant_id": f"M{i}"}),
        scopes=("a", "b"),
        expires_at=1.5e9 + i,
        token_response={"nested": {"k": [1, 2, {"z": None}]}},
        diagnostics=({"at": 1.0, "step": "s", "detail": "}{]["},),
    )


def test_piecewise_read_equals_the_store(tmp_path: Path) -> None:
    """Quotes, braces, escapes and nesting decode identically to ``store.all()``."""
    store = AccountStore(tmp_path)
    store.replace_all([tricky_account(i) for i in range(50)])
    engine = SimpleNamespace(store=store, accounts=store.all)
    assert read_accounts(engine) == store.all()


def test_a_damaged_file_goes_through_the_store(tmp_path: Path) -> None:
    """Unreadable content falls back to the store, which sets it aside with a warning."""
    store = AccountStore(tmp_path)
    store.path.write_text('{"version": 1, "accounts": [{"id": ')
    engine = SimpleNamespace(store=store, accounts=store.all)
    assert read_accounts(engine) == []
    assert store.warnings and list(tmp_path.glob("accounts.json.damaged-*"))


def test_an_empty_home_has_no_accounts(tmp_path: Path) -> None:
    """No file yet: an empty list, no error."""
    store = AccountStore(tmp_path)
    assert read_accounts(SimpleNamespace(store=store, accounts=store.all)) == []
