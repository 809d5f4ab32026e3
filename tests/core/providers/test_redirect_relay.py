"""``redirect_relay``: an administrator's https relay page as the redirect URI.

Validated like every endpoint (https, or a loopback IP literal for tests); when set, the
authorize and the token request both send it as ``redirect_uri`` (RFC 6749 §4.1.3) and
``state`` carries the loopback port and path for the page (``make_relay_state``).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from desktop_app.core.base.errors import ProfileError
from desktop_app.core.base.paths import resources_dir
from desktop_app.core.oauth.authorization import start_authorization
from desktop_app.core.oauth.browser_leg import relay_state
from desktop_app.core.oauth.relay_state import parse_relay_state
from desktop_app.core.providers.profiles import ProfileRegistry
from desktop_app.core.providers.registration import redirect_uri_to_register

BUILTIN = resources_dir() / "providers"
RELAY = "https://www.acme.example/loopgate/relay/"


def load(tmp_path: Path, **fields: object) -> ProfileRegistry:
    folder = tmp_path / "providers"
    folder.mkdir(exist_ok=True)
    data = {"id": "clover-acme", "extends": "clover-na", "client_id": "ACME", **fields}
    (folder / "clover-acme.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    return ProfileRegistry([BUILTIN, folder])


def test_an_https_relay_is_accepted_and_is_what_to_register(tmp_path: Path) -> None:
    """The relay page's address is the redirect URI the administrator registers."""
    registry = load(tmp_path, redirect_relay=RELAY)
    assert registry.problems == []
    profile = registry.get("clover-acme")
    assert profile.redirect_relay == RELAY
    assert redirect_uri_to_register(profile) == RELAY


def test_a_loopback_relay_is_accepted_for_tests(tmp_path: Path) -> None:
    """Like other endpoints, plain http only for a loopback IP literal."""
    registry = load(tmp_path, redirect_relay="http://127.0.0.1:45123/loopgate/relay/")
    assert registry.problems == []


@pytest.mark.parametrize(
    ("relay", "words"),
    [
        ("http://www.acme.example/loopgate/relay/", "must start with https://"),
        ("http://localhost:8080/relay/", "must start with https://"),
        ("ftp://www.acme.example/relay/", "not a web address"),
        ("https://user@www.acme.example/relay/", "user name"),
        ("https://www.acme.example/relay/?next=x", "query"),
        ("https://www.acme.example/relay/#top", "fragment"),
        ("www.acme.example/relay/", "must start with https://"),
    ],
)
def test_a_relay_that_is_not_https_is_a_clear_profile_error(
    tmp_path: Path, relay: str, words: str
) -> None:
    """One message naming the file, the line and the field; the other profiles still load."""
    registry = load(tmp_path, redirect_relay=relay)
    assert len(registry.problems) == 1
    message = registry.problems[0].message
    assert message.startswith("clover-acme.json, line ")
    assert "redirect_relay" in message and words in message
    assert "clover-na" in {p.id for p in registry.all()}
    with pytest.raises(ProfileError):
        registry.get("clover-acme")


def test_a_relay_forwards_to_127_0_0_1_only(tmp_path: Path) -> None:
    """The page forwards to the IPv4 loopback literal: an IPv6 listener could never be reached."""
    registry = load(tmp_path, redirect_relay=RELAY, redirect_host="[::1]")
    assert "redirect_host must be 127.0.0.1" in registry.problems[0].message


def test_the_authorize_request_sends_the_relay_and_state_for_it(tmp_path: Path) -> None:
    """The attempt keeps the relay as its redirect_uri: the token request repeats it
    (RFC 6749 §4.1.3; checked end to end against the Clio-shaped server)."""
    profile = load(tmp_path, redirect_relay=RELAY).get("clover-acme")
    state = relay_state(profile, 17853)
    attempt = start_authorization(profile, RELAY, state=state)
    query = parse_qs(urlsplit(attempt.url).query)
    assert query["redirect_uri"] == [RELAY] and query["state"] == [state]
    assert attempt.redirect_uri == RELAY


def test_relay_state_tells_the_page_where_to_forward(tmp_path: Path) -> None:
    """``lg1.<nonce>.<port>.<path>``: fresh each time, the listener's port and path in it."""
    profile = load(tmp_path, redirect_relay=RELAY).get("clover-acme")
    first, second = relay_state(profile, 40123), relay_state(profile, 40123)
    assert first != second and first.startswith("lg1.")
    assert parse_relay_state(first) == (40123, "/oauth/clover/callback")


def test_a_path_the_page_cannot_carry_is_refused_before_the_browser(tmp_path: Path) -> None:
    """A path with a dot, or a privileged port, cannot be forwarded: said plainly."""
    profile = load(tmp_path, redirect_relay=RELAY, redirect_path="/cb.php").get("clover-acme")
    with pytest.raises(ProfileError) as caught:
        relay_state(profile, 40123)
    assert "relay page" in caught.value.message and "administrator" in caught.value.message
    assert "clover-acme.json" in caught.value.detail
    with pytest.raises(ProfileError):
        relay_state(load(tmp_path, redirect_relay=RELAY).get("clover-acme"), 443)
