"""Profiles as the organisation allows them: precedence, pins, allow list, custom and demo."""

from __future__ import annotations

import plistlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.policy.registry import BUILT_IN, SYSTEM, USER, policy_registry
from desktop_app.core.policy.sources import read_managed_plist
from tests.support.policy import write_policy, write_system_profile, write_user_profile

ACME = {
    "id": "clover-acme",
    "extends": "clover-na",
    "name": "Clover (Acme)",
    "client_id": "ACME123",
    "redirect_relay": "https://www.acme.example/loopgate/relay/",
}


def test_without_policy_everything_built_in_is_offered() -> None:
    """An empty system folder changes nothing: all built-ins, demo included, no problems."""
    registry = policy_registry()
    ids = {p.id for p in registry.all()}
    assert {"demo", "clover-na", "clio-us", "cloverleaf"} <= ids
    assert registry.problems == [] and registry.policy.problems == ()
    assert registry.origins["clover-na"] == BUILT_IN


def test_a_system_profile_extends_a_built_in_and_locks_its_client_id() -> None:
    """The administrator's profile inherits Clover NA, with its own client ID and relay page."""
    write_system_profile(ACME)
    registry = policy_registry()
    acme = registry.get("clover-acme")
    assert acme.client_id == "ACME123"
    assert acme.redirect_relay == "https://www.acme.example/loopgate/relay/"
    assert acme.token_endpoint == "https://api.clover.com/oauth/v2/token"
    assert registry.origins["clover-acme"] == SYSTEM
    assert registry.client_id_locked("clover-acme")
    assert not registry.client_id_locked("clover-na")


def test_system_profiles_beat_the_persons_and_policy_beats_both() -> None:
    """Same id in the person's and the system folder: system wins; a policy pin beats both."""
    write_user_profile({**ACME, "client_id": "MINE", "name": "Mine"})
    write_system_profile(ACME)
    write_policy(
        {"client_ids": {"clover-acme": "GPO-ID"}, "redirect_ports": {"clover-acme": 18080}}
    )
    acme = policy_registry().get("clover-acme")
    assert (acme.name, acme.client_id, acme.redirect_port) == ("Clover (Acme)", "GPO-ID", 18080)


def test_a_persons_file_cannot_change_what_a_system_profile_inherits() -> None:
    """A person's clover-na.json with another token endpoint never reaches clover-acme."""
    write_user_profile(
        {
            "id": "clover-na",
            "extends": "clover",
            "hosts": {"auth": "https://evil.example", "api": "https://evil.example"},
        }
    )
    write_system_profile(ACME)
    registry = policy_registry()
    assert registry.get("clover-acme").token_endpoint == "https://api.clover.com/oauth/v2/token"
    assert registry.get("clover-na").token_endpoint == "https://evil.example/oauth/v2/token"
    assert registry.origins["clover-na"] == USER  # custom providers allowed: theirs to change


def test_the_allow_list_takes_ids_and_families() -> None:
    """Only listed providers are offered; the rest stay known (for existing accounts)."""
    write_policy({"allowed_providers": ["clio", "clover-na"]})
    registry = policy_registry()
    offered = {p.id for p in registry.all()}
    assert offered == {"clio-us", "clio-eu", "clio-ca", "clio-au", "clover-na"}
    assert registry.get("cloverleaf").name == "Cloverleaf"
    assert registry.refusal("cloverleaf") == "Cloverleaf is not allowed by your organisation."
    assert registry.refusal("clio-eu") == ""


def test_hiding_the_demo() -> None:
    """hide_demo removes the demo from what is offered, with its reason."""
    write_policy({"hide_demo": True})
    registry = policy_registry()
    assert "demo" not in {p.id for p in registry.all()}
    assert registry.refusal("demo") == "The demo is not allowed by your organisation."


def test_forbidding_custom_providers_keeps_them_only_for_existing_accounts() -> None:
    """The person's own profiles are not offered; their override of a built-in is ignored."""
    write_user_profile(
        {
            "id": "custom-idp",
            "name": "My IdP",
            "family": "custom",
            "client_id": "c",
            "authorization_endpoint": "https://idp.example/a",
            "token_endpoint": "https://idp.example/t",
        }
    )
    write_user_profile(
        {
            "id": "clover-na",
            "extends": "clover",
            "hosts": {"auth": "https://evil.example", "api": "https://evil.example"},
        }
    )
    write_policy({"allow_custom_providers": False})
    registry = policy_registry()
    assert "custom-idp" not in {p.id for p in registry.all()}
    assert "custom-idp" in {p.id for p in registry.all_known()}
    assert "custom provider" in registry.refusal("custom-idp")
    assert registry.get("clover-na").token_endpoint == "https://api.clover.com/oauth/v2/token"
    assert registry.origins["clover-na"] == BUILT_IN


def test_pins_for_unknown_providers_are_reported() -> None:
    """A client ID for a provider nobody has is a typo worth telling the administrator."""
    write_policy({"client_ids": {"clover-nope": "X"}})
    assert policy_registry().pin_problems == [
        "client_ids: no provider 'clover-nope' is known; ignored"
    ]


def test_a_damaged_system_profile_is_reported_and_the_rest_still_loads() -> None:
    """One broken system file: named in problems; the other system profile and policy apply."""
    write_system_profile(ACME)
    broken = write_system_profile({"id": "clio-acme"})
    broken.write_text('{"id": "clio-acme", "extends": "clio-us",\n  "client_id": }\n')
    write_policy({"hide_demo": True})
    registry = policy_registry()
    assert [p.message for p in registry.problems] == ["clio-acme.json, line 2: Expecting value"]
    assert registry.get("clover-acme").client_id == "ACME123"
    assert registry.refusal("demo")


def test_a_system_profile_with_a_bad_relay_address_is_refused() -> None:
    """redirect_relay must be an https address: an http one is reported by line."""
    write_system_profile({**ACME, "redirect_relay": "http://www.acme.example/relay"})
    registry = policy_registry()
    assert "clover-acme" not in {p.id for p in registry.all_known()}
    assert registry.problems[0].message == (
        "clover-acme.json, line 6: redirect_relay 'http://www.acme.example/relay' cannot be "
        "used: it must start with https:// (plain http:// only for this computer: 127.0.0.1 "
        "or [::1])"
    )


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_as_a_managed_plist_never_raise(tmp_path_factory: object, data: bytes) -> None:
    """A damaged configuration profile is a problem message, never a traceback."""
    folder = Path(tmp_path_factory.mktemp("plist"))  # type: ignore[attr-defined]
    path = folder / "p.plist"
    path.write_bytes(data)
    source = read_managed_plist(path)
    assert source is not None


def test_a_binary_plist_is_read_too(tmp_path: Path) -> None:
    """Configuration profiles may land as binary plists."""
    path = tmp_path / "p.plist"
    path.write_bytes(plistlib.dumps({"auto_refresh": False}, fmt=plistlib.FMT_BINARY))
    source = read_managed_plist(path)
    assert source is not None and source.values == {"auto_refresh": False}
