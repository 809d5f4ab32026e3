"""A refused identity revokes the unused grant (demo provider, RFC 7009), nothing saved."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import pytest
import requests

from desktop_app.core.base.errors import ProviderError
from desktop_app.core.base.paths import data_dir, user_providers_dir
from desktop_app.core.engine.engine import Engine
from desktop_app.core.providers.profiles import default_registry
from desktop_app.core.storage.store import AccountStore
from desktop_app.core.storage.vault import KeyringVault
from desktop_app.wiring import launch_demo_provider
from tests.support.engines import ScriptedBrowser


class RecordingSession(requests.Session):
    """Every request the engine sends: (method, url)."""

    sent: ClassVar[list[tuple[str, str]]] = []

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        RecordingSession.sent.append((method.upper(), url))
        return super().request(method, url, *args, **kwargs)


def test_an_unconfirmed_redirect_identity_revokes_the_new_grant(
    demo_server, memory_keyring
) -> None:
    """The redirect names no merchant to confirm: refused, revoked, nothing stored."""
    profile = {
        "id": "demo-shop",
        "extends": "demo",
        "identity": {
            "source": "redirect",
            "redirect_params": ["merchant_id"],
            "confirm_request": "GET /api/me?merchant={merchant_id}",
            "confirm_field": "/sub",
        },
    }
    (user_providers_dir() / "demo-shop.json").write_text(json.dumps(profile), encoding="utf-8")
    RecordingSession.sent = []
    engine = Engine(
        registry=default_registry(),
        store=AccountStore(data_dir()),
        vault=KeyringVault(),
        data_dir=data_dir(),
        session_factory=RecordingSession,
        browser=ScriptedBrowser(),
        demo_port=demo_server.port,
        demo_launcher=launch_demo_provider,
    )
    with pytest.raises(ProviderError, match="did not say which account was connected"):
        engine.connect("demo-shop", timeout=20)
    revocation = engine.resolved_profile("demo-shop").revocation_endpoint
    assert revocation and ("POST", revocation) in RecordingSession.sent
    assert engine.accounts() == [] and memory_keyring.passwords == {}
