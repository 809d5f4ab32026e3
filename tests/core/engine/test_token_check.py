"""What the inspector says about an id_token: the same check as at sign-in, in plain words."""

from __future__ import annotations

import time
from typing import Any

import pytest

from desktop_app.core.engine.token_check import MALFORMED_ID_TOKEN, check_tokens
from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.oauth.transport import new_session
from desktop_app.core.providers.profiles import ProviderProfile
from tests.support.provider_servers import CloverleafLike, oidc_keys

CLIENT = "loopgate-client"


@pytest.fixture
def server() -> Any:
    with CloverleafLike() as live:
        yield live


def profile(server: CloverleafLike, *, keys: bool = True) -> ProviderProfile:
    return ProviderProfile(
        id="idp",
        name="IdP",
        kind="oidc",
        issuer=server.issuer,
        jwks_uri=f"{server.issuer}/jwks" if keys else "",
        client_id=CLIENT,
    )


def statement(server: CloverleafLike, id_token: str, *, keys: bool = True) -> str:
    checks = check_tokens(
        TokenSet("opaque-at", id_token=id_token), profile(server, keys=keys), new_session()
    )
    return next(c.statement for c in checks if c.name == "id_token")


def id_token(server: CloverleafLike, **changes: Any) -> str:
    now = int(time.time())
    claims = {"iss": server.issuer, "aud": CLIENT, "sub": "u", "iat": now, "exp": now + 600}
    return oidc_keys.sign({**claims, **changes})


def test_a_good_id_token_is_verified_with_the_providers_key(server) -> None:
    """Signature via the JWKS, issuer, audience and expiry: said in one line."""
    text = statement(server, id_token(server))
    assert text.startswith("Signature verified with the provider's key")
    assert "issuer, audience and expiry checked" in text


def test_an_expired_id_token_is_genuine_but_expired(server) -> None:
    """Support engineers see "genuine" separately from "current"."""
    text = statement(server, id_token(server, exp=int(time.time()) - 3600))
    assert text == f"Signature verified with key {oidc_keys.KID}, but this token has expired."


def test_without_keys_the_claims_are_checked_and_the_signature_is_said_not_to_be(server) -> None:
    """No jwks_uri: "signature not verified", yet issuer, audience and expiry were checked."""
    text = statement(server, id_token(server), keys=False)
    assert text.startswith("Decoded, signature not verified")
    assert "issuer, audience and expiry checked" in text
    assert server.counters.jwks_requests == 0


def test_without_keys_a_wrong_audience_still_fails(server) -> None:
    """The claim checks do not depend on having keys."""
    text = statement(server, id_token(server, aud="another-app"), keys=False)
    assert text.startswith("Checks failed") and "another app" in text


def test_a_forged_id_token_is_not_verified(server) -> None:
    """Signed with a key the provider does not publish."""
    forged = oidc_keys.sign(
        {"iss": server.issuer, "aud": CLIENT, "sub": "u", "iat": 1, "exp": 2**31}, foreign=True
    )
    assert statement(server, forged).startswith("Signature NOT verified")


def test_a_malformed_id_token_is_said_to_be_malformed(server) -> None:
    """Not a JWT at all: a plain statement, never a decoding error."""
    assert statement(server, "eyJub3QiOiJhIGp3dCJ9") == MALFORMED_ID_TOKEN
