"""Who connected: a redirect-given id counts only once the API confirms it; ``sub`` decides."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app.core.api.identity import resolve_identity
from desktop_app.core.base.errors import IdentityMismatch, ProviderError
from desktop_app.core.oauth.tokens import TokenSet
from desktop_app.core.providers.profiles import Identity, ProfileRegistry, ProviderProfile
from tests.support.fake_provider import FakeProvider

LOOKUP = "GET /api/merchants/{merchant_id}"


class RecordingSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.urls.append(url)
        return super().request(method, url, *args, **kwargs)


@pytest.fixture
def api() -> Any:
    """An API on loopback whose every ``/api/...`` answers ``{"id": "fake-user", ...}``."""
    with FakeProvider() as provider:
        profile = ProviderProfile(
            id="shop",
            name="Shop",
            api_base=provider.base,
            identity=Identity(
                source="redirect",
                redirect_params=("merchant_id",),
                request=LOOKUP,
                id_field="/id",
                name_field="/name",
                confirm_request=LOOKUP,
                confirm_field="/id",
            ),
        )
        tokens = TokenSet(access_token=provider.issue()["access_token"])
        yield provider, profile, tokens


def identify(api: Any, merchant: str, claims: dict[str, Any] | None = None, session=None):
    _provider, profile, tokens = api
    return resolve_identity(
        profile,
        tokens,
        session=session or requests.Session(),
        redirect_params={"merchant_id": merchant, "code": "c", "state": "s"},
        id_claims=claims,
    )


def test_a_confirmed_redirect_id_is_the_identity(api) -> None:
    """The API, asked with the new token, names the same id: accepted (one GET serves both)."""
    identity = identify(api, "fake-user")
    assert (identity.subject, identity.name) == ("fake-user", "Fake User")
    assert identity.ids == {"merchant_id": "fake-user"}
    assert api[0].counters.api_requests == 1


def test_a_redirect_id_the_api_does_not_confirm_is_refused(api) -> None:
    """The redirect claims another merchant than the token's: IdentityMismatch, plain words."""
    with pytest.raises(IdentityMismatch) as caught:
        identify(api, "someone-else")
    assert "nothing was saved" in caught.value.message
    assert "'someone-else'" in caught.value.detail and "'fake-user'" in caught.value.detail


def test_a_verified_sub_is_never_overridden_by_the_redirect(api) -> None:
    """An id_token's ``sub`` stays the identity; the redirect id is still confirmed."""
    identity = identify(api, "fake-user", {"sub": "oidc-subject-1", "name": "Ana"})
    assert identity.subject == "oidc-subject-1" and identity.name == "Ana"
    with pytest.raises(IdentityMismatch):
        identify(api, "someone-else", {"sub": "oidc-subject-1"})


def test_a_redirect_value_cannot_leave_its_path_segment(api) -> None:
    """``merchant_id=../../token`` is sent quoted, as one segment of the lookup path."""
    session = RecordingSession()
    with pytest.raises(IdentityMismatch):
        identify(api, "../../oauth/token", session=session)
    assert session.urls == [f"{api[0].base}/api/merchants/..%2F..%2Foauth%2Ftoken"]


def test_a_refused_confirmation_is_a_provider_error(api) -> None:
    """The API refuses the token (401): nothing is trusted, and the message says so."""
    _provider, profile, _tokens = api
    with pytest.raises(ProviderError, match="could not confirm"):
        resolve_identity(
            profile,
            TokenSet(access_token="not-a-live-token"),  # the API answers 401
            session=requests.Session(),
            redirect_params={"merchant_id": "fake-user"},
            id_claims=None,
        )


def test_a_redirect_identity_without_confirmation_is_refused_on_load(tmp_path: Path) -> None:
    """A profile that trusts the redirect alone is reported and skipped."""
    data = {
        "id": "trusting",
        "name": "Trusting",
        "authorization_endpoint": "https://x.example/a",
        "token_endpoint": "https://x.example/t",
        "identity": {"source": "redirect", "redirect_params": ["merchant_id"]},
    }
    (tmp_path / "trusting.json").write_text(json.dumps(data), encoding="utf-8")
    registry = ProfileRegistry([tmp_path])
    assert [p.id for p in registry.all()] == []
    assert "confirm_request" in registry.problems[0].message
