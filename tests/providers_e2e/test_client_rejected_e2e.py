"""A client ID the provider refuses at connect names the profile to fix and where it lives."""

from __future__ import annotations

from desktop_app.core.base.paths import user_providers_dir
from tests.support.policy import write_policy
from tests.support.provider_servers import Fault


def test_a_refused_profile_client_id_names_the_profile_file(loopgate, clio, clio_id) -> None:
    """Clio answers invalid_client: the administrator's profile and its file are named."""
    keychain = loopgate.keychain()
    clio.faults.queue("code", Fault.invalid_client())
    result = loopgate("connect", clio_id, "--timeout", "15")
    assert result.code == 1 and "Traceback" not in result.err
    assert f"did not accept the client ID “{clio.client_id}”" in result.err
    where = user_providers_dir() / f"{clio_id}.json"
    assert f"provider profile “{clio_id}” ({where})" in result.err
    assert loopgate.accounts() == [] and loopgate.keychain() == keychain


def test_a_refused_typed_client_id_says_it_was_the_one_typed_in(loopgate, clio, clio_id) -> None:
    """A client ID given at connect (not from a profile) is the one to check."""
    clio.faults.queue("code", Fault.invalid_client())
    result = loopgate("connect", clio_id, "--client-id", clio.client_id, "--timeout", "15")
    assert result.code == 1
    assert f"did not accept the client ID “{clio.client_id}” that was typed in" in result.err
    assert loopgate.accounts() == []


def test_a_refused_policy_client_id_points_at_the_policy(loopgate, clio, clio_id) -> None:
    """When the organisation's policy pins the client ID, the policy is what to fix."""
    write_policy({"client_ids": {clio_id: clio.client_id}})
    clio.faults.queue("code", Fault.invalid_client())
    result = loopgate("connect", clio_id, "--timeout", "15")
    assert result.code == 1
    assert "It is set in the provider profile" in result.err
    assert "(the organisation's policy (client_ids))" in result.err
