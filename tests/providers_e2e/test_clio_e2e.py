"""``loopgate`` against the Clio-shaped server, with the shipped ``clio`` profile."""

from __future__ import annotations

import io
import json
import re
import sys
import time
import webbrowser

from tests.support.provider_servers import ClioLike, Fault, write_profile
from tests.support.provider_servers.browser import write_browser_script

REAL_WEBBROWSER_OPEN = webbrowser.open


def _refresh_token(loopgate, account_id: str) -> str:  # type: ignore[no-untyped-def]
    report = json.loads(loopgate("inspect", account_id, "--json", "--reveal").out)
    return str(report["tokens"]["refresh_token"]["value"])


def test_connect_call_refresh_disconnect(loopgate, clio, clio_id) -> None:
    """Form bodies, exact redirect_uri, who_am_i identity, reusable refresh, deauthorize."""
    account_id = loopgate.connect(clio_id)
    account = loopgate.account(account_id)
    assert account["identity"]["subject"] == "345678901"
    assert account["identity"]["name"] == "Jordan Avery"

    authorize = clio.requests_to("/oauth/authorize")[0].query
    assert authorize["redirect_on_decline"] == "true"
    sent = clio.requests_to("/oauth/token")[0].form()
    assert sent["redirect_uri"] == authorize["redirect_uri"] and sent["code_verifier"]

    result = loopgate("call", account_id, "GET", "/api/v4/matters?fields=id,display_number")
    assert result.code == 0 and len(json.loads(result.out)["data"]) == 3

    kept = _refresh_token(loopgate, account_id)
    result = loopgate("refresh", account_id)
    assert result.code == 0 and clio.counters.refresh_requests == 1
    assert _refresh_token(loopgate, account_id) == kept  # no new one in the answer: keep it

    result = loopgate("disconnect", account_id)
    assert result.code == 0 and "revoked at the provider" in result.err
    assert clio.live_grants() == 0 and loopgate.accounts() == []


def test_a_decline_comes_back_because_the_profile_asks_for_it(loopgate, clio, clio_id, browser):
    """``redirect_on_decline=true`` turns Deny into a plain message instead of a timeout."""
    browser.action = "deny"
    result = loopgate("connect", clio_id, "--timeout", "15")
    assert result.code == 1 and "You chose not to allow access" in result.err
    assert clio.counters.declines == 1 and loopgate.accounts() == []


def test_a_required_client_secret_is_explained_then_accepted_from_the_keychain(
    loopgate, loopgate_home, monkeypatch
) -> None:
    """401 ``invalid_client`` says why; an administrator's secret then makes it work."""
    with ClioLike(require_client_secret=True, client_secret="s3cret") as server:
        profile_id = write_profile(server)
        result = loopgate("connect", profile_id, "--timeout", "15")
        assert result.code == 1 and "secret" in result.err and "unexpected" not in result.err
        monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret\n"))
        assert loopgate("provider", "secret", profile_id).code == 0
        account_id = loopgate.connect(profile_id)
        sent = server.requests_to("/oauth/token")[-1].form()
        assert sent["client_secret"] == "s3cret" and sent["code_verifier"]
        assert loopgate("call", account_id, "GET", "/api/v4/users/who_am_i").code == 0


def test_browser_environment_variable_with_the_command_form(
    loopgate, clio, clio_id, monkeypatch, tmp_path
) -> None:
    """``$BROWSER`` pointing at the scripted person works through Python's webbrowser."""
    record = tmp_path / "outcomes.jsonl"
    script = write_browser_script(tmp_path / "person", "--record", str(record))
    monkeypatch.setattr(webbrowser, "open", REAL_WEBBROWSER_OPEN)
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    monkeypatch.setenv("BROWSER", str(script))
    account_id = loopgate.connect(clio_id)
    assert json.loads(record.read_text().splitlines()[0])["delivered"] is True
    assert loopgate.account(account_id)["identity"]["subject"] == "345678901"


def test_disconnect_with_an_expired_access_token_renews_then_deauthorizes(
    loopgate, clio, clio_id
) -> None:
    """The token is expired on both sides: renew, then deauthorize; the grant is dead."""
    clio.expires_in = 1
    account_id = loopgate.connect(clio_id)
    clio.expires_in = 2_592_000
    time.sleep(1.2)
    result = loopgate("disconnect", account_id)
    assert result.code == 0 and "revoked at the provider" in result.err
    assert clio.counters.refresh_requests == 1
    assert clio.live_grants() == 0


def test_a_failed_revocation_exits_non_zero_says_so_and_keeps_the_account(
    loopgate, clio, clio_id
) -> None:
    """Deauthorize answers 500: exit non-zero and say so; the account stays for a retry
    (design §3: "let the user retry or remove the account from this computer only")."""
    account_id = loopgate.connect(clio_id)
    clio.faults.queue("revoke", Fault.html_500())
    result = loopgate("disconnect", account_id)
    assert result.code != 0 and "revoked at the provider" not in result.err
    assert re.search(r"revo(ke|cation)", result.err, re.IGNORECASE)
    assert re.search(r"not|fail|could", result.err, re.IGNORECASE)
    assert [a["id"] for a in loopgate.accounts()] == [account_id]
    assert clio.live_grants() == 1
    assert loopgate("disconnect", account_id).code == 0 and clio.live_grants() == 0


def test_local_only_disconnect_forgets_the_account_without_asking_the_provider(
    loopgate, clio, clio_id
) -> None:
    """``--local-only``: removed from this computer; the provider is not contacted."""
    account_id = loopgate.connect(clio_id)
    result = loopgate("disconnect", "--local-only", account_id)
    assert result.code == 0
    assert loopgate.accounts() == [] and loopgate.keychain() == {}
    assert clio.requests_to("/oauth/deauthorize") == [] and clio.live_grants() == 1


def test_an_access_token_rejected_as_invalid_token_is_renewed_and_resent(
    loopgate, clio, clio_id
) -> None:
    """401 ``{"error": "invalid_token"}`` (no ``WWW-Authenticate``): refresh once, resend."""
    account_id = loopgate.connect(clio_id)
    clio.expire_access_tokens()
    result = loopgate("call", account_id, "GET", "/api/v4/users/who_am_i")
    assert "unexpected error" not in result.err
    assert result.code == 0 and clio.counters.refresh_requests == 1
