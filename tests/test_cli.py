"""The ``loopgate`` command: results on stdout, one-line errors on stderr, exit codes."""

from __future__ import annotations

import json
import webbrowser

import pytest

from desktop_app.cli import main
from tests.support.engines import ScriptedBrowser


@pytest.fixture
def cli(demo_server, monkeypatch: pytest.MonkeyPatch, capsys):
    """Runs ``loopgate`` in-process against the demo server, with a scripted browser."""
    monkeypatch.setenv("LOOPGATE_DEMO_PORT", str(demo_server.port))
    browser = ScriptedBrowser()
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0: browser(url))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    run.browser = browser  # type: ignore[attr-defined]
    return run


def test_connect_token_call_inspect_refresh_disconnect(cli) -> None:
    """The whole support-engineer story from a terminal."""
    code, out, err = cli("connect", "demo", "--timeout", "20")
    assert code == 0, err
    account_id = out.strip()
    assert "Connected Dana Demo" in err

    code, out, _ = cli("token", account_id)
    assert code == 0 and out.count("\n") == 1 and out.startswith("ey")

    code, out, err = cli("call", account_id, "GET", "/api/me")
    assert code == 0 and json.loads(out)["sub"] == "dana" and "HTTP 200" in err

    code, out, _ = cli("inspect", account_id)
    assert code == 0 and "chars…" in out and "claims" in out
    token = cli("token", account_id)[1].strip()
    assert token not in cli("inspect", account_id)[1]
    assert token in cli("inspect", account_id, "--reveal", "--json")[1]

    code, out, _ = cli("list", "--json")
    assert json.loads(out)[0]["id"] == account_id
    code, _, err = cli("refresh", account_id)
    assert code == 0 and "Renewed" in err
    assert cli("token", account_id)[1].strip() != token

    code, _, err = cli("disconnect", account_id)
    assert code == 0 and "revoked at the provider" in err
    assert json.loads(cli("list", "--json")[1]) == []


def test_http_errors_exit_non_zero_with_body_on_stdout(cli) -> None:
    """``call`` on a 404 prints the body and exits 2."""
    account_id = cli("connect", "demo", "--timeout", "20")[1].strip()
    code, _out, err = cli("call", account_id, "GET", "/api/nothing-here")
    assert code == 2 and "HTTP 404" in err


def test_errors_are_one_line_without_traceback(cli) -> None:
    """Unknown account / provider: plain message, exit 1."""
    code, out, err = cli("token", "nope")
    assert code == 1 and out == ""
    assert err.startswith("loopgate: No account matches 'nope'")
    assert "Traceback" not in err
    code, _, err = cli("connect", "no-such-provider")
    assert code == 1 and "Unknown provider" in err


def test_deny_in_the_browser_is_a_clear_error(cli) -> None:
    """A refusal ends with the plain message and exit 1."""
    cli.browser.action = "deny"
    code, out, err = cli("connect", "demo", "--timeout", "20")
    assert code == 1 and out == "" and "You chose not to allow access" in err


def test_providers_lists_builtins_and_json(cli) -> None:
    """Human and JSON listings."""
    code, out, _ = cli("providers")
    assert code == 0 and "clover-sandbox" in out and "needs client ID" in out
    data = json.loads(cli("providers", "--json")[1])
    assert '"client_secret"' not in json.dumps(data)


def test_provider_add_from_issuer(cli, demo_server) -> None:
    """``provider add --issuer`` discovers and saves a profile, then connects."""
    code, out, err = cli(
        "provider",
        "add",
        "--issuer",
        demo_server.issuer,
        "--client-id",
        "loopgate-demo",
        "--name",
        "Local IdP",
    )
    assert code == 0, err
    profile_id = out.strip()
    code, out, err = cli("connect", profile_id, "--timeout", "20")
    assert code == 0, err


def test_inspect_says_whether_the_id_token_signature_was_verified(cli) -> None:
    """The CLI checks the id_token against the provider's JWKS and says so."""
    account_id = cli("connect", "demo", "--timeout", "20")[1].strip()
    _code, out, _err = cli("inspect", account_id)
    assert "Signature verified with the provider's key" in out


def test_provider_add_never_silently_replaces_a_provider(cli, demo_server) -> None:
    """Same id twice: refused with a hint; --replace (or the older --force) replaces."""
    args = ("provider", "add", "--issuer", demo_server.issuer, "--client-id", "loopgate-demo")
    assert cli(*args)[0] == 0
    code, _out, err = cli(*args)
    assert code == 1 and "already exists" in err and "--replace" in err
    assert cli(*args, "--replace")[0] == 0
    assert cli(*args, "--force")[0] == 0


def test_provider_add_never_replaces_a_built_in_or_writes_outside_its_folder(
    cli, demo_server
) -> None:
    """--id clover-na (even with --replace) and --id ../x are refused; nothing is saved."""
    args = ("provider", "add", "--issuer", demo_server.issuer, "--client-id", "loopgate-demo")
    code, _out, err = cli(*args, "--id", "clover-na", "--replace")
    assert code == 1 and "built in" in err
    code, _out, err = cli(*args, "--id", "../escape")
    assert code == 64 and "lowercase letters" in err


@pytest.mark.parametrize(
    "extra",
    [
        ("--issuer", "http://idp.example.com"),
        ("--issuer", "https://idp.example.com\\@127.0.0.1"),
        ("--authorize-url", "https://idp.example.com/a", "--token-url", "http://idp.example.com/t"),
        ("--issuer", "http://127.0.0.1:9", "--api-base", "http://api.example.com"),
    ],
)
def test_provider_add_refuses_plain_http_beyond_this_computer(cli, extra) -> None:
    """Issuer, endpoints and API base: https, or a loopback IP literal; nothing is fetched."""
    code, _out, err = cli("provider", "add", *extra, "--client-id", "c")
    assert code == 1 and "cannot be used" in err, err


def test_provider_add_refuses_non_web_addresses(cli) -> None:
    """javascript:, ftp: and plain http to another host are refused before anything is saved."""
    code, _out, err = cli(
        "provider",
        "add",
        "--authorize-url",
        "javascript:alert(1)",
        "--token-url",
        "ftp://x",
        "--client-id",
        "c",
    )
    assert code == 1 and "https://" in err
    code, _out, err = cli("provider", "add", "--issuer", "not-a-url", "--client-id", "c")
    assert code == 1 and "https://" in err


def test_list_is_a_readable_table(cli) -> None:
    """Columns fit their content and statuses are words."""
    cli("connect", "demo", "--timeout", "20")
    _code, out, _err = cli("list")
    header, row = out.splitlines()
    assert header.split()[:3] == ["ID", "ACCOUNT", "PROVIDER"]
    assert header.index("PROVIDER") == row.index("demo")


def test_usage_errors_exit_64(cli) -> None:
    """EX_USAGE for bad arguments, distinct from HTTP errors (2)."""
    with pytest.raises(SystemExit) as caught:
        cli("connect", "demo", "--port", "not-a-number")
    assert caught.value.code == 64


def test_a_damaged_account_list_is_reported(cli, loopgate_home) -> None:
    """The CLI says the file was set aside instead of quietly listing nothing."""
    cli("providers")  # creates the folders
    (loopgate_home / "data" / "accounts.json").write_text("{oops")
    _code, _out, err = cli("list")
    assert "damaged" in err and "accounts.json.damaged-" in err


def test_list_says_expired_rather_than_connected(cli) -> None:
    """An access token past its expiry is listed as expired, with what happens next."""
    import time

    from desktop_app.core.base.paths import data_dir
    from desktop_app.core.storage.store import AccountStore

    account_id = cli("connect", "demo", "--timeout", "20")[1].strip()
    AccountStore(data_dir()).update(
        account_id, lambda a: a.with_changes(expires_at=time.time() - 5)
    )
    row = cli("list")[1].splitlines()[1]
    assert "expired (renewed on next use)" in row and "connected" not in row
