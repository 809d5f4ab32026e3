"""Adding a custom provider: safe addresses only, and never a silent replacement."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.base.paths import user_providers_dir


@pytest.fixture
def dialog(qtbot: Any, engine: Any) -> Any:
    from desktop_app.ui.connect.custom_provider import CustomProviderDialog

    widget = CustomProviderDialog(engine)
    qtbot.addWidget(widget)
    widget.client_id.setText("loopgate-demo")
    return widget


def typed(dialog: Any, authorize: str, token: str) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.authorize.setText(authorize)
    dialog.token.setText(token)


@pytest.mark.parametrize(
    "issuer",
    ["http://idp.example.com", "http://localhost:8080", "https://a.example\\@127.0.0.1"],
)
def test_an_unsafe_issuer_is_refused_at_once(dialog: Any, issuer: str) -> None:
    """Plain http beyond a loopback literal, or an ambiguous address: explained, not fetched."""
    dialog.issuer.setText(issuer)
    dialog.save()
    assert "cannot be used" in dialog.error.message.text()
    assert dialog.save_button.isEnabled() and not list(user_providers_dir().glob("*.json"))


def test_hosts_that_look_alike_become_two_providers(qtbot: Any, dialog: Any, engine: Any) -> None:
    """idp.example.com and idp-example.com no longer share an id, so nothing is asked."""
    dialog.confirm_replace = lambda _existing: pytest.fail("nothing should be replaced")
    ids = []
    for host in ("idp.example.com", "idp-example.com"):
        typed(dialog, f"https://{host}/authorize", f"https://{host}/token")
        with qtbot.waitSignal(dialog.saved, timeout=15000) as saved:
            dialog.save()
        ids.append(saved.args[0])
    assert ids[0] != ids[1]
    tokens = {engine.registry.get(i).token_endpoint for i in ids}
    assert tokens == {"https://idp.example.com/token", "https://idp-example.com/token"}


def test_the_same_issuer_again_is_replaced_only_when_confirmed(
    qtbot: Any, dialog: Any, engine: Any, demo_server: Any
) -> None:
    """Saving over a saved provider asks; No keeps it as it was, Yes replaces it."""
    asked: list[str] = []
    answer = [False]

    def confirm(existing: Any) -> bool:
        asked.append(existing.id)
        return answer[0]

    dialog.confirm_replace = confirm
    dialog.issuer.setText(demo_server.issuer)
    dialog.name.setText("First")
    with qtbot.waitSignal(dialog.saved, timeout=15000) as saved:
        dialog.save()
    profile_id = saved.args[0]
    dialog.name.setText("Second")
    dialog.save()
    qtbot.waitUntil(lambda: asked == [profile_id], timeout=15000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert "Nothing was saved" in dialog.error.message.text()
    engine.reload_profiles()
    assert engine.registry.get(profile_id).name == "First"
    answer[0] = True
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.save()
    assert engine.registry.get(profile_id).name == "Second" and len(asked) == 2
