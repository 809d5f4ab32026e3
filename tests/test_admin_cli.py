"""``loopgate policy``, and what organisation policy changes in the other commands."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.storage.vault import KeyringVault
from tests.support.cli import Run, cli_runner
from tests.support.policy import system_folder, write_policy, write_system_profile

ACME = {
    "id": "clover-acme",
    "extends": "clover-na",
    "name": "Clover (Acme)",
    "client_id": "ACME123",
    "redirect_relay": "https://www.acme.example/loopgate/relay/",
}


@pytest.fixture
def cli(demo_server, monkeypatch: pytest.MonkeyPatch, capsys) -> Run:
    return cli_runner(demo_server, monkeypatch, capsys)


def test_policy_prints_each_value_with_where_it_came_from(cli: Run) -> None:
    """Set keys show their file; unset ones say so; system profiles are listed."""
    path = write_policy({"hide_demo": True, "client_ids": {"clio-us": "CLIO1"}})
    write_system_profile(ACME)
    code, out, err = cli("policy")
    assert code == 0 and err == ""
    assert f"hide_demo               true   [{path}]" in out
    assert f"client_ids              clio-us = CLIO1 [{path}]" in out
    assert "auto_refresh            (not set)" in out
    assert "clover-acme" in out and "client ID ACME123" in out and "relay https://" in out
    assert str(system_folder()) in out.splitlines()[1]

    facts = json.loads(cli("policy", "--json")[1])
    assert facts["settings"]["hide_demo"] == {"value": True, "source": str(path)}
    assert facts["system_profiles"][0]["redirect_relay"] == ACME["redirect_relay"]


def test_a_damaged_policy_is_reported_by_line_and_the_rest_still_applies(cli: Run) -> None:
    """One bad value: named with its line on every command's stderr; the other keys hold."""
    path = write_policy('{\n  "hide_demo": true,\n  "log_level": "loud"\n}\n')
    write_system_profile(ACME)
    code, out, err = cli("providers")
    assert code == 0
    assert (
        f"loopgate: policy problem: {path}, line 3: log_level must be one of debug, info, "
        "warning, error (ignored)"
    ) in err
    listed = [line.split()[0] for line in out.splitlines()]
    assert "demo" not in listed and "clover-acme" in listed


def test_a_policy_file_that_is_not_json_loses_nothing_else(cli: Run) -> None:
    """Broken JSON: reported by line; system profiles still load, the demo still works."""
    path = write_policy('{"hide_demo": true,,}')
    write_system_profile(ACME)
    code, out, err = cli("providers")
    assert code == 0
    assert f"policy problem: {path}, line 1: Expecting property name" in err
    listed = [line.split()[0] for line in out.splitlines()]
    assert "demo" in listed and "clover-acme" in listed


def test_an_account_at_a_forbidden_provider_can_only_be_disconnected(cli: Run) -> None:
    """Kept and marked; token, call, refresh and reconnect refused; disconnect revokes."""
    account_id = cli("connect", "demo", "--timeout", "20")[1].strip()
    before = KeyringVault().get_tokens(account_id)
    write_policy({"hide_demo": True})

    code, out, _ = cli("list")
    assert code == 0 and "not allowed by your organisation" in out
    assert json.loads(cli("list", "--json")[1])[0]["not_allowed"] == (
        "The demo is not allowed by your organisation."
    )
    for argv in (
        ("token", account_id),
        ("call", account_id, "GET", "/api/me"),
        ("refresh", account_id),
        ("connect", "demo", "--timeout", "5"),
    ):
        code, out, err = cli(*argv)
        assert code == 1 and out == "", argv
        assert err.startswith("loopgate: The demo is not allowed by your organisation."), err
    assert KeyringVault().get_tokens(account_id) == before  # no renewal happened

    code, _, err = cli("disconnect", account_id)
    assert code == 0 and "revoked at the provider" in err
    assert json.loads(cli("list", "--json")[1]) == []


def test_a_hidden_demo_cannot_be_started_from_the_command_line(cli: Run) -> None:
    """Not on the allow list: ``demo-server`` says so and starts nothing."""
    write_policy({"allowed_providers": ["clio"]})
    code, out, err = cli("demo-server", "--port", "0")
    assert code == 1 and out == ""
    assert err == "loopgate: Demo is not allowed by your organisation.\n"


def test_turning_off_reveal_stops_token_and_inspect_reveal(cli: Run) -> None:
    """The token stays masked: ``token`` and ``inspect --reveal`` refuse; ``inspect`` works."""
    account_id = cli("connect", "demo", "--timeout", "20")[1].strip()
    write_policy({"allow_token_reveal": False})
    for argv in (("token", account_id), ("inspect", account_id, "--reveal")):
        code, out, err = cli(*argv)
        assert code == 1 and out == ""
        assert "Showing token values is not allowed by your organisation." in err
    code, out, _ = cli("inspect", account_id)
    assert code == 0 and "claims" in out


def test_turning_off_custom_providers_stops_provider_add(cli: Run, demo_server) -> None:
    """``provider add`` refuses before touching the network; nothing is saved."""
    write_policy({"allow_custom_providers": False})
    code, out, err = cli(
        "provider", "add", "--issuer", demo_server.issuer, "--client-id", "x", "--id", "mine"
    )
    assert code == 1 and out == ""
    assert "Adding custom providers is not allowed by your organisation." in err
    assert "mine" not in cli("providers")[1]


def test_a_locked_client_id_cannot_be_replaced(cli: Run) -> None:
    """A system profile's client ID is the organisation's: --client-id is refused."""
    write_system_profile(ACME)
    code, out, err = cli("connect", "clover-acme", "--client-id", "OTHER", "--timeout", "1")
    assert code == 1 and out == ""
    assert "The client ID for clover-acme is set by your organisation" in err
