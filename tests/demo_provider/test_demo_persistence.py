"""State on disk: survives restarts, holds no usable token, private file modes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import jwt
import pytest
import requests


def test_refresh_token_and_keys_survive_a_restart(start_flow, state_dir: Path) -> None:
    """A refresh token issued before stop works on a new server with the same state_dir."""
    first = start_flow()
    body = first.tokens()
    jwks_before = requests.get(f"{first.issuer}/jwks", timeout=5).json()
    first.server.stop()

    second = start_flow()
    assert requests.get(f"{second.issuer}/jwks", timeout=5).json() == jwks_before
    rotated = second.refresh(body["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    assert second.api("/api/me", rotated.json()["access_token"]).status_code == 200


def test_revocations_and_used_refresh_tokens_survive_a_restart(start_flow) -> None:
    """Revoked jtis and used refresh tokens stay dead after a restart (same port, same issuer)."""
    first = start_flow()
    body = first.tokens()
    second_body = first.tokens()
    first.revoke(second_body["access_token"], hint="access_token")
    assert first.refresh(body["refresh_token"]).status_code == 200
    port = first.server.port
    first.server.stop()

    again = start_flow(port=port)
    assert again.issuer == first.issuer
    assert again.api("/api/me", second_body["access_token"]).status_code == 401
    assert again.refresh(body["refresh_token"]).json()["error"] == "invalid_grant"


def test_state_files_hold_no_raw_tokens(flow, state_dir: Path) -> None:
    """Only hashes of refresh tokens and jtis of access tokens reach the disk."""
    body = flow.tokens()
    rotated = flow.refresh(body["refresh_token"]).json()
    flow.revoke(rotated["access_token"], hint="access_token")
    on_disk = "".join(p.read_text(encoding="utf-8") for p in state_dir.iterdir())
    for value in (
        body["access_token"],
        body["refresh_token"],
        body["id_token"],
        rotated["access_token"],
        rotated["refresh_token"],
    ):
        assert value not in on_disk
        # Nor any JWT segment (the signature part would be enough to rebuild a token).
        for segment in value.split("."):
            assert segment not in on_disk
    jti = jwt.decode(rotated["access_token"], options={"verify_signature": False})["jti"]
    assert jti in on_disk


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_state_files_are_private(flow, state_dir: Path) -> None:
    """The signing key and the state file are 0600; no temp files are left behind."""
    flow.tokens()
    names = sorted(p.name for p in state_dir.iterdir())
    assert names == ["signing-key.json", "state.json"]
    for name in names:
        assert stat.S_IMODE((state_dir / name).stat().st_mode) == 0o600


def test_damaged_state_files_do_not_brick_the_demo(start_flow, state_dir: Path) -> None:
    """Unreadable state or key files are replaced; people simply sign in again."""
    first = start_flow()
    first.tokens()
    first.server.stop()
    (state_dir / "state.json").write_text("{not json", encoding="utf-8")
    (state_dir / "signing-key.json").write_text('{"kty": "RSA"}', encoding="utf-8")
    again = start_flow()
    body = again.tokens()
    assert again.refresh(body["refresh_token"]).status_code == 200
