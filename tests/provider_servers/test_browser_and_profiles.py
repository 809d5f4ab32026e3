"""The scripted person and the test profiles behave as the e2e tests rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.providers.profiles import default_registry
from tests.provider_servers.flows import clio_authorize_url, pkce_pair
from tests.support.provider_servers import (
    ClioLike,
    CloverleafLike,
    CloverLike,
    ProviderBrowser,
    profile_for,
    write_profile,
)
from tests.support.provider_servers.browser import BrowserError

REPO = Path(__file__).resolve().parents[2]


def test_the_opener_returns_at_once_and_records_the_outcome(clio, receiver) -> None:
    """``browser(url)`` is True immediately; the visit finishes on its own thread."""
    browser = ProviderBrowser()
    assert browser(clio_authorize_url(clio, receiver.uri("/oauth/clio/callback"))) is True
    (outcome,) = browser.wait(1)
    assert outcome.delivered and outcome.callback["code"] and not browser.errors


def test_errors_are_recorded_not_raised(clio) -> None:
    """A page without the wanted button ends the visit with a recorded error."""
    browser = ProviderBrowser("approve")
    browser(f"{clio.base}/oauth/authorize?client_id=nobody")  # a 400 page, no form
    (outcome,) = browser.wait(1)
    assert not outcome.delivered and outcome.final_status == 400
    browser = ProviderBrowser("approve", choices={"merchant_id": "NOPE"})
    with CloverLike() as server:
        _, challenge = pkce_pair()
        url = (
            f"{server.auth_base}/oauth/v2/authorize?client_id={server.client_id}"
            "&redirect_uri=http://127.0.0.1:9/oauth/clover/callback&response_type=code"
            f"&state=s&code_challenge={challenge}&code_challenge_method=S256"
        )
        browser(url)
        (outcome,) = browser.wait(1)
    assert isinstance(browser.errors[0], BrowserError) and "NOPE" in outcome.error


def test_it_never_loads_a_non_loopback_address() -> None:
    """Anything but 127.0.0.1/::1 is refused before any connection."""
    with pytest.raises(BrowserError):
        ProviderBrowser().act("https://app.clio.com/oauth/authorize?client_id=x")


def test_command_form_works_as_browser_and_exits_by_itself(clio, receiver, tmp_path) -> None:
    """``python -m ...browser URL --record FILE``: synchronous, exit 0 once delivered."""
    record = tmp_path / "outcomes.jsonl"
    url = clio_authorize_url(clio, receiver.uri("/oauth/clio/callback"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.support.provider_servers.browser",
            url,
            "--record",
            str(record),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    outcome = json.loads(record.read_text().splitlines()[0])
    assert outcome["delivered"] and set(outcome["callback"]) == {"code", "state"}


@pytest.mark.parametrize(
    ("server_type", "parent", "fields"),
    [
        (CloverLike, "clover", {"token_format": "json", "access_expiry_kind": "absolute"}),
        (ClioLike, "clio", {"token_format": "form", "revocation_style": "bearer"}),
        (CloverleafLike, "cloverleaf", {"kind": "oidc"}),
    ],
)
def test_profiles_extend_the_shipped_ones_and_only_move_hosts(
    server_type, parent, fields, loopgate_home
) -> None:
    """The written file overrides hosts, client_id, environment and a port of 0, no more."""
    with server_type() as server:
        profile_id = write_profile(server)
        data = profile_for(server)
        assert set(data) == {"id", "extends", "environment", "client_id", "hosts", "redirect_port"}
        assert data["extends"] == parent
        profile = default_registry().get(profile_id)
        assert profile.redirect_port == 0 and profile.client_id == server.client_id
        assert profile.token_endpoint.startswith("http://127.0.0.1:")
        for name, value in fields.items():
            assert getattr(profile, name) == value
        assert (loopgate_home / "config" / "providers" / f"{profile_id}.json").exists()
