"""Token responses mean what RFC 6749 §5.1 and each provider's docs say."""

from dataclasses import replace

import pytest

from desktop_app.core.base.errors import ProviderError
from desktop_app.core.base.paths import resources_dir
from desktop_app.core.oauth.tokens import TokenSet, parse_token_response
from desktop_app.core.providers.profiles import ProfileRegistry

REGISTRY = ProfileRegistry([resources_dir() / "providers"])
NOW = 1_800_000_000.0
CLOVER = REGISTRY.get("clover-sandbox")
OIDC = REGISTRY.get("demo")


def test_expires_in_becomes_an_absolute_expiry() -> None:
    """Relative lifetimes are anchored to the clock at receipt."""
    tokens = parse_token_response(
        OIDC, {"access_token": "a", "token_type": "Bearer", "expires_in": 300}, NOW
    )
    assert tokens.expires_at == NOW + 300
    assert tokens.lifetime() == 300


def test_clover_epoch_expirations_and_no_token_type() -> None:
    """Clover: access_token_expiration/refresh_token_expiration are Unix seconds."""
    tokens = parse_token_response(
        CLOVER,
        {
            "access_token": "a",
            "access_token_expiration": NOW + 1800,
            "refresh_token": "r",
            "refresh_token_expiration": NOW + 86400,
        },
        NOW,
    )
    assert tokens.expires_at == NOW + 1800
    assert tokens.refresh_expires_at == NOW + 86400
    assert tokens.token_type == "Bearer"


def test_epoch_in_milliseconds_is_tolerated() -> None:
    """A provider sending ms epochs does not produce a 50,000-year token."""
    tokens = parse_token_response(
        CLOVER, {"access_token": "a", "access_token_expiration": (NOW + 60) * 1000}, NOW
    )
    assert tokens.expires_at == pytest.approx(NOW + 60)


def test_token_type_is_case_insensitive_and_required_unless_the_profile_says_so() -> None:
    """RFC 6749 §5.1 requires token_type; Clover omits it."""
    assert parse_token_response(OIDC, {"access_token": "a", "token_type": "bEaReR"}, NOW)
    with pytest.raises(ProviderError, match="what kind of token"):
        parse_token_response(OIDC, {"access_token": "a"}, NOW)


def test_non_bearer_token_type_is_refused() -> None:
    """A MAC/DPoP token cannot be used as a bearer token."""
    with pytest.raises(ProviderError, match="cannot use") as caught:
        parse_token_response(OIDC, {"access_token": "a", "token_type": "mac"}, NOW)
    assert "mac" in caught.value.detail


@pytest.mark.parametrize("payload", [{}, {"access_token": ""}, {"access_token": 5}, [], "x"])
def test_missing_access_token_is_refused(payload: object) -> None:
    """No access token, no account."""
    with pytest.raises(ProviderError):
        parse_token_response(OIDC, payload, NOW)


def test_absurd_and_negative_lifetimes() -> None:
    """A 100-year token is refused; a negative one is simply already expired."""
    with pytest.raises(ProviderError, match="impossible"):
        parse_token_response(
            OIDC, {"access_token": "a", "token_type": "Bearer", "expires_in": 10**10}, NOW
        )
    expired = parse_token_response(
        OIDC, {"access_token": "a", "token_type": "Bearer", "expires_in": -5}, NOW
    )
    assert expired.is_expired(NOW)


def test_unknown_expiry_stays_unknown() -> None:
    """No expires_in: shown as unknown, refreshed on 401."""
    tokens = parse_token_response(OIDC, {"access_token": "a", "token_type": "Bearer"}, NOW)
    assert tokens.expires_at is None
    assert not tokens.is_expired(NOW + 10**6)


def test_scope_defaults_to_the_requested_scope() -> None:
    """RFC 6749 §5.1: an omitted scope means the requested one."""
    tokens = parse_token_response(
        OIDC, {"access_token": "a", "token_type": "Bearer"}, NOW, ("openid", "email")
    )
    assert tokens.scope == ("openid", "email")


def test_refresh_without_new_refresh_token_keeps_the_old_one() -> None:
    """RFC 6749 §6: the old refresh token stays valid when none is returned."""
    old = TokenSet(access_token="a1", refresh_token="r1", refresh_expires_at=NOW + 99)
    merged = old.merged_refresh(TokenSet(access_token="a2"))
    assert merged.access_token == "a2"
    assert merged.refresh_token == "r1"
    assert merged.refresh_expires_at == NOW + 99
    rotated = old.merged_refresh(TokenSet(access_token="a2", refresh_token="r2"))
    assert rotated.refresh_token == "r2"


def test_repr_never_shows_a_token() -> None:
    """Accidental logging of a TokenSet leaks nothing."""
    tokens = TokenSet(access_token="SECRET-ACCESS", refresh_token="SECRET-REFRESH")
    assert "SECRET" not in repr(tokens) and "SECRET" not in str(tokens)


def test_secret_json_round_trip() -> None:
    """What the vault stores is what it gives back."""
    tokens = replace(
        TokenSet(access_token="a", refresh_token="r", id_token="i", scope=("x",)),
        expires_at=NOW,
        refresh_expires_at=None,
        issued_at=NOW - 1,
    )
    assert TokenSet.from_secret_json(tokens.to_secret_json()) == tokens


def test_refresh_token_lifetime_is_read_from_common_fields() -> None:
    """Keycloak's refresh_expires_in gives the refresh token's own expiry; 0 means none."""
    base = {"access_token": "a", "token_type": "Bearer", "refresh_token": "r"}
    tokens = parse_token_response(OIDC, {**base, "refresh_expires_in": 1800}, NOW)
    assert tokens.refresh_expires_at == NOW + 1800
    assert (
        parse_token_response(OIDC, {**base, "refresh_expires_in": 0}, NOW).refresh_expires_at
        is None
    )


def test_epoch_expiry_is_measured_on_the_providers_clock() -> None:
    """With the server's Date, a desktop clock two hours ahead keeps the real lifetime."""
    payload = {"access_token": "a", "access_token_expiration": NOW + 1800}
    skewed_now = NOW + 7200
    tokens = parse_token_response(CLOVER, payload, skewed_now, server_now=NOW)
    assert tokens.expires_at == skewed_now + 1800


def test_rotation_without_an_id_token_keeps_the_sign_in_id_token() -> None:
    """OIDC Core §12.2: the refresh answer may omit the id_token."""
    old = TokenSet(access_token="a1", refresh_token="r1", id_token="id1")
    merged = old.merged_refresh(TokenSet(access_token="a2", refresh_token="r2"))
    assert (merged.refresh_token, merged.id_token) == ("r2", "id1")
    newer = old.merged_refresh(TokenSet(access_token="a2", refresh_token="r2", id_token="id2"))
    assert newer.id_token == "id2"
