"""The support bundle: what support needs is inside, and not one secret is.

Accounts are connected through the real flow (demo provider, scripted browser), called
and renewed with debug logging on; every token, authorization code, PKCE verifier and
nonce seen on the way (token responses, callbacks, keychain) is then searched for in
every file of the zip.
"""

from __future__ import annotations

import json
import logging
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.base import logs
from desktop_app.core.base.errors import LoopgateError
from desktop_app.core.base.paths import config_dir, data_dir, log_dir
from desktop_app.core.engine.engine import Engine
from desktop_app.core.oauth import browser_leg  # where the callback is parsed
from desktop_app.core.oauth.transport import new_session
from desktop_app.core.policy.registry import policy_registry
from desktop_app.core.storage.store import AccountStore
from desktop_app.core.storage.vault import KeyringVault
from desktop_app.core.support.bundle import build_support_bundle
from desktop_app.demo_provider.server import DemoServer
from tests.reliability.test_no_secrets_at_rest import Issued
from tests.support.cli import cli_runner
from tests.support.engines import ScriptedBrowser
from tests.support.policy import write_policy, write_system_profile

ACME = {"id": "clover-acme", "extends": "clover-na", "client_id": "ACME123"}


@pytest.fixture
def debug_log(loopgate_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = logging.getLogger("desktop_app")
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(logs, "_configured", False)
    logs.configure_logging(debug=True)
    yield log_dir() / "loopgate.log"
    for handler in root.handlers[len(handlers) :]:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def engine_seeing_everything(demo: DemoServer, issued: Issued) -> Engine:
    def session() -> requests.Session:
        s = new_session()
        s.hooks["response"].append(issued.from_response)
        return s

    folder = data_dir()
    return Engine(
        registry=policy_registry(),
        store=AccountStore(folder),
        vault=KeyringVault(),
        data_dir=folder,
        session_factory=session,
        browser=ScriptedBrowser(),
        demo_port=demo.port,
        demo_launcher=lambda _port: demo.issuer,
    )


def read_zip(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name.removeprefix("loopgate-support/"): archive.read(name).decode("utf-8")
            for name in archive.namelist()
        }


def test_a_bundle_after_real_flows_holds_the_facts_and_no_secret(
    demo_server: DemoServer,
    debug_log: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two accounts connected, called, renewed: the zip explains them and leaks nothing."""
    issued = Issued()
    original = browser_leg.parse_authorization_response

    def spy(attempt: Any, profile: Any, params: Any) -> Any:
        issued.add(attempt.code_verifier, attempt.nonce, attempt.state, params.get("code"))
        return original(attempt, profile, params)

    monkeypatch.setattr(browser_leg, "parse_authorization_response", spy)
    policy_path = write_policy({"refresh_lead_minutes": 7, "client_ids": {"clio-us": "CLIO1"}})
    write_system_profile(ACME)
    (config_dir() / "settings.ini").write_text("[refresh]\nlead_minutes=0\n")
    engine = engine_seeing_everything(demo_server, issued)
    first = engine.connect("demo", label="Front desk", timeout=20)
    engine.browser = ScriptedBrowser(user="sam")
    second = engine.connect("demo", label="Back office", timeout=20)
    assert engine.call(first.id, ApiRequest("GET", "/api/me")).status == 200
    engine.tokens.fresh_tokens(second.id, force=True)
    for account in (first, second):
        tokens = engine.vault.get_tokens(account.id)
        assert tokens is not None
        issued.add(tokens.access_token, tokens.refresh_token, tokens.id_token)
    live = engine.vault.get_tokens(first.id)
    assert live is not None
    with debug_log.open("a", encoding="utf-8") as log:  # as an older Loopgate might have
        log.write(f"2020-01-01 00:00:00 DEBUG legacy: answer was {live.refresh_token}\n")

    path = build_support_bundle(engine, tmp_path, log_dir=log_dir(), config_dir=config_dir())

    assert path.parent == tmp_path and path.name.startswith("loopgate-support-")
    members = read_zip(path)
    assert set(members) == {
        "README.txt", "about.json", "policy.json", "providers.json", "accounts.json",
        "diagnostics.txt", "settings.ini", "logs/loopgate.log",
    }  # fmt: skip
    assert len({v for v in issued.values if len(v) >= 8}) >= 12
    hits = [
        f"{name}: {secret[:6]}…"
        for name, text in members.items()
        for secret in issued.values
        if len(secret) >= 8 and secret in text
    ]
    assert hits == []
    assert "legacy: answer was [REDACTED]" in members["logs/loopgate.log"]

    about = json.loads(members["about.json"])
    assert about["loopgate"] and about["os"] and about["vault"] == "KeyringVault"
    policy = json.loads(members["policy.json"])
    settings = {entry["setting"]: entry for entry in policy["settings"]}
    assert settings["refresh_lead_minutes"]["value"] == 7
    assert settings["refresh_lead_minutes"]["source"] == str(policy_path)
    assert settings["allow_token_copy"] == {
        "setting": "allow_token_copy", "value": None, "source": "not set"
    }  # fmt: skip
    assert policy["system_profiles"][0]["id"] == "clover-acme"
    providers = {p["id"]: p for p in json.loads(members["providers.json"])["profiles"]}
    assert providers["clover-acme"]["origin"] == "system"
    assert providers["clio-us"]["client_id"] == "CLIO1"
    assert "https://api.clover.com/oauth/v2/token" in providers["clover-acme"]["endpoint_urls"]
    accounts = {a["label"]: a for a in json.loads(members["accounts.json"])["accounts"]}
    assert set(accounts) == {"Front desk", "Back office"}
    assert accounts["Back office"]["stored_in_vault"] == "yes"
    assert accounts["Back office"]["can_renew"] is True
    assert [e["step"] for e in accounts["Back office"]["diagnostics"]][-1] == "tokens saved"
    assert "== Front desk [demo]" in members["diagnostics.txt"]


def test_the_cli_saves_a_bundle_where_asked(demo_server, monkeypatch, capsys, tmp_path) -> None:
    """``support-bundle --output FILE`` prints the path; the zip opens."""
    run = cli_runner(demo_server, monkeypatch, capsys)
    target = tmp_path / "for-support.zip"
    code, out, err = run("support-bundle", "--output", str(target))
    assert code == 0 and out.strip() == str(target), err
    assert "Send this file to support" in err
    assert "about.json" in read_zip(target)


def test_a_missing_folder_is_one_clear_message(demo_server, monkeypatch, capsys, tmp_path) -> None:
    """No such folder: exit 1, the folder named, nothing written."""
    run = cli_runner(demo_server, monkeypatch, capsys)
    code, out, err = run("support-bundle", "--output", str(tmp_path / "nope" / "b.zip"))
    assert code == 1 and out == ""
    assert err == (
        f"loopgate: Cannot save the support bundle: the folder {tmp_path / 'nope'} "
        "does not exist.\n"
    )


def test_an_unreadable_keychain_still_gives_a_bundle(tmp_path: Path) -> None:
    """A failing keychain is noted per account; the bundle is still made."""
    from desktop_app.core.base.errors import VaultError
    from desktop_app.core.storage.accounts import Account

    class BrokenVault(KeyringVault):
        def get_tokens(self, account_id: str) -> Any:
            raise VaultError("The system keychain is locked.")

    folder = data_dir()
    store = AccountStore(folder)
    store.upsert(Account(id="a1", profile_id="demo", label="Kept", created_at=time.time()))
    engine = Engine(registry=policy_registry(), store=store, vault=BrokenVault(), data_dir=folder)
    path = build_support_bundle(
        engine, tmp_path / "b.zip", log_dir=log_dir(), config_dir=config_dir()
    )
    accounts = json.loads(read_zip(path)["accounts.json"])["accounts"]
    assert accounts[0]["stored_in_vault"] == "unknown: The system keychain is locked."


def test_a_file_that_cannot_be_written_is_a_plain_error(tmp_path: Path) -> None:
    """The system refuses the file (a 300-character name): one message, no partial file."""
    folder = tmp_path / "out"
    folder.mkdir()
    engine = Engine(
        registry=policy_registry(), store=AccountStore(data_dir()), vault=KeyringVault(),
        data_dir=data_dir(),
    )  # fmt: skip
    target = folder / ("b" * 300 + ".zip")
    with pytest.raises(
        LoopgateError, match=r"Cannot save the support bundle to .*File name too long"
    ):
        build_support_bundle(engine, target, log_dir=log_dir(), config_dir=config_dir())
    assert list(folder.iterdir()) == []
