"""The scripted browser drives the real consent page and delivers to a real loopback receiver."""

from __future__ import annotations

import pytest

from desktop_app.demo_provider import scripted_browser


def _authorize_url(flow, redirect_uri: str) -> tuple[str, dict[str, str]]:
    import requests

    params = flow.params(redirect_uri=redirect_uri)
    url = requests.Request("GET", f"{flow.issuer}/authorize", params=params).prepare().url
    return str(url), params


def test_approve_delivers_a_code_that_exchanges(flow, catcher) -> None:
    """approve(): consent form -> Approve -> GET to the loopback receiver; the code works."""
    url, params = _authorize_url(flow, catcher.redirect_uri)
    final = scripted_browser.approve(url, user="sam")
    assert final.status_code == 200
    assert "close this tab" in final.text
    [callback] = catcher.received
    assert callback["state"] == params["state"]
    assert callback["iss"] == flow.issuer
    tokens = flow.exchange(callback["code"], params)
    assert tokens.status_code == 200
    assert flow.api("/api/me", tokens.json()["access_token"]).json()["sub"] == "sam"


def test_deny_delivers_access_denied(flow, catcher) -> None:
    """deny(): the receiver gets error=access_denied with state and iss."""
    url, params = _authorize_url(flow, catcher.redirect_uri)
    final = scripted_browser.deny(url)
    assert final.status_code == 200
    [callback] = catcher.received
    assert callback["error"] == "access_denied"
    assert callback["state"] == params["state"]
    assert callback["iss"] == flow.issuer
    assert "code" not in callback


def test_invalid_request_is_delivered_too(flow, catcher) -> None:
    """A request the server redirects straight back (no PKCE) reaches the receiver."""
    url, _ = _authorize_url(flow, catcher.redirect_uri)
    url = url.replace("code_challenge_method=S256", "code_challenge_method=plain")
    scripted_browser.approve(url)
    assert catcher.received[0]["error"] == "invalid_request"


def test_error_page_raises(flow) -> None:
    """No consent form (a rejected redirect URI) is reported, not guessed around."""
    url, _ = _authorize_url(flow, "https://evil.example/cb")
    with pytest.raises(scripted_browser.ConsentFormError):
        scripted_browser.approve(url)


def test_main_uses_the_environment_action(flow, catcher, monkeypatch) -> None:
    """As $BROWSER: `scripted_browser URL` with LOOPGATE_SCRIPTED_BROWSER_ACTION=deny."""
    url, _ = _authorize_url(flow, catcher.redirect_uri)
    monkeypatch.setenv(scripted_browser.ACTION_ENV, "deny")
    assert scripted_browser.main([url]) == 0
    assert catcher.received[0]["error"] == "access_denied"


def test_main_approves_by_default_and_fails_cleanly(flow, catcher, monkeypatch) -> None:
    """Approve is the default action; an error page exits 1."""
    monkeypatch.delenv(scripted_browser.ACTION_ENV, raising=False)
    url, _ = _authorize_url(flow, catcher.redirect_uri)
    assert scripted_browser.main(["--user", "dana", url]) == 0
    assert "code" in catcher.received[0]
    bad_url, _ = _authorize_url(flow, "https://evil.example/cb")
    assert scripted_browser.main([bad_url]) == 1
