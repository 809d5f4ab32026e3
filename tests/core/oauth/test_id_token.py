"""id_token rules (OIDC Core §3.1.3.7, §12.2), all through the one ``verify_jwt`` path."""

from __future__ import annotations

import time
from typing import Any

import pytest

from desktop_app.core.base.errors import ProviderError
from desktop_app.core.oauth.id_token import check_refreshed_id_token
from desktop_app.core.oauth.jwt_view import EXPIRED, NO_KEYS_NOTE, verify_jwt
from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.providers.profiles import ProviderProfile
from tests.support.provider_servers import CloverleafLike, oidc_keys

ISSUER = "https://idp.example/api/oidc"
CLIENT = "loopgate-client"


def claims(**changes: Any) -> dict[str, Any]:
    now = int(time.time())
    base: dict[str, Any] = {
        "iss": ISSUER,
        "aud": CLIENT,
        "sub": "usr_1",
        "iat": now,
        "exp": now + 600,
        "nonce": "n-1",
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def signed(**changes: Any) -> str:
    return oidc_keys.sign(claims(**changes))


def check(token: str, *, keys: bool = True, nonce: str | None = "n-1", **kw: Any):
    jwks = oidc_keys.jwks() if keys else None
    return verify_jwt(token, jwks, issuer=ISSUER, audience=CLIENT, nonce=nonce, **kw)


def test_a_good_token_is_verified_with_the_published_key() -> None:
    """Signature, issuer, audience, expiry and nonce: verified, and the key is named."""
    view = check(signed())
    assert view.verified and view.key_id == oidc_keys.KID and view.claims["sub"] == "usr_1"


def test_a_token_signed_with_an_unpublished_key_is_refused() -> None:
    """Same kid, another key: the signature fails."""
    with pytest.raises(ProviderError, match="failed verification"):
        check(oidc_keys.sign(claims(), foreign=True))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"iss": "https://evil.example"}, "different provider"),
        ({"aud": "someone-else"}, "another app"),
        ({"exp": int(time.time()) - 3600}, "expired"),
        ({"nonce": "n-2"}, "did not belong to this attempt"),
        ({"sub": None}, "lacks a required field"),
    ],
    ids=["iss", "aud", "exp", "nonce", "no-sub"],
)
@pytest.mark.parametrize("keys", [True, False], ids=["with-keys", "without-keys"])
def test_claims_are_checked_with_or_without_keys(changes, message, keys) -> None:
    """Without a JWKS the signature cannot be checked, but iss/aud/exp/nonce still are."""
    with pytest.raises(ProviderError, match=message):
        check(signed(**changes), keys=keys)


def test_without_keys_a_good_token_says_signature_not_verified() -> None:
    """Accepted on TLS from the token endpoint (§3.1.3.7 (6)), and labelled as such."""
    view = check(signed(), keys=False)
    assert not view.verified and view.verification_note == NO_KEYS_NOTE
    assert "signature not verified" in view.verification_note


def test_several_audiences_need_azp_naming_this_client() -> None:
    """§3.1.3.7 (4, 5): no azp with two audiences is refused; azp must be our client_id."""
    with pytest.raises(ProviderError, match="several apps"):
        check(signed(aud=[CLIENT, "other-api"]))
    with pytest.raises(ProviderError, match="another app"):
        check(signed(aud=[CLIENT, "other-api"], azp="other-api"))
    with pytest.raises(ProviderError, match="another app"):
        check(signed(azp="other-api"))
    assert check(signed(aud=[CLIENT, "other-api"], azp=CLIENT)).verified


@pytest.mark.parametrize(
    "token",
    ["not-a-jwt", "eyJ.broken.token", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.bm90LWpzb24.c2ln"],
    ids=["no-dots", "bad-header", "bad-base64", "payload-not-json"],
)
def test_a_malformed_token_is_a_clear_provider_error(token: str) -> None:
    """Never a raw decode error: a ProviderError that says the sign-in token is unusable."""
    with pytest.raises(ProviderError) as caught:
        check(token)
    assert "sign-in token" in caught.value.message


def test_the_inspector_may_see_an_expired_token_as_expired_not_forged() -> None:
    """``allow_expired``: the signature still verifies and ``problems`` says "expired"."""
    view = check(signed(exp=int(time.time()) - 3600), nonce=None, allow_expired=True)
    assert view.verified and view.problems == (EXPIRED,)


# -- refreshed id_tokens (OIDC Core §12.2), with the JWKS from a real loopback server ----
@pytest.fixture
def provider() -> Any:
    with CloverleafLike() as server:
        profile = ProviderProfile(
            id="idp",
            name="IdP",
            kind="oidc",
            issuer=server.issuer,
            jwks_uri=f"{server.issuer}/jwks",
            client_id=CLIENT,
        )
        yield server, profile


def refreshed(profile: ProviderProfile, **changes: Any) -> TokenSet:
    return TokenSet("at-new", id_token=oidc_keys.sign(claims(iss=profile.issuer, **changes)))


def test_a_refreshed_id_token_naming_the_same_person_is_accepted(provider) -> None:
    """Same iss and sub, valid signature (fetched from the server's JWKS): accepted."""
    server, profile = provider
    previous = refreshed(profile)
    view = check_refreshed_id_token(
        profile, previous, refreshed(profile, nonce=None), session=_session()
    )
    assert view is not None and view.verified and server.counters.jwks_requests == 1


@pytest.mark.parametrize(
    "changes",
    [{"sub": "usr_2"}, {"nonce": "another-sign-in"}],
    ids=["other-subject", "other-nonce"],
)
def test_a_refreshed_id_token_for_someone_else_is_refused(provider, changes) -> None:
    """§12.2: another ``sub`` (or another sign-in's nonce) is refused."""
    _server, profile = provider
    with pytest.raises(ProviderError, match="renewed sign-in token"):
        check_refreshed_id_token(
            profile, refreshed(profile), refreshed(profile, **changes), session=_session()
        )


def test_a_refreshed_id_token_from_another_issuer_is_refused(provider) -> None:
    """Checked like the first one: the wrong issuer fails before any comparison."""
    _server, profile = provider
    with pytest.raises(ProviderError, match="different provider"):
        check_refreshed_id_token(
            profile,
            refreshed(profile),
            TokenSet("at", id_token=signed(iss="https://evil.example")),
            session=_session(),
        )


def test_a_refresh_without_a_new_id_token_checks_nothing(provider) -> None:
    """No id_token in the answer (kept from before): nothing to check, no network."""
    server, profile = provider
    previous = refreshed(profile)
    same = TokenSet("at-new", id_token=previous.id_token)
    assert check_refreshed_id_token(profile, previous, same, session=_session()) is None
    assert server.counters.jwks_requests == 0


def _session() -> Any:
    from desktop_app.core.oauth.transport import new_session

    return new_session()
