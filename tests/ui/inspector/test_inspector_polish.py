"""Inspector polish: claim meanings, copying decoded JSON, one time label, sensible defaults."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.engine.token_check import TokenCheck
from desktop_app.core.oauth.jwt_view import JwtView
from desktop_app.ui.common.times import local_label, utc_label, zone_name
from desktop_app.ui.inspector.claim_names import (
    CLAIMS,
    NOT_REGISTERED,
    describe_claim,
    describe_header,
)

REGISTERED = [
    "iss",
    "sub",
    "aud",
    "exp",
    "nbf",
    "iat",
    "jti",
    "azp",
    "scope",
    "scp",
    "client_id",
    "auth_time",
    "nonce",
    "acr",
    "amr",
    "sid",
    "at_hash",
    "c_hash",
    "name",
    "email",
    "email_verified",
]


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's clock is in Paris (CET/CEST), not UTC."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def inspector(qtbot: Any, engine: Any) -> Any:
    from desktop_app.ui.inspector.widget import TokenInspector

    widget = TokenInspector(reveal_ms=60_000)
    qtbot.addWidget(widget)
    widget.set_engine(engine)
    widget.set_account(engine.connect("demo", timeout=30))
    widget.resize(900, 600)
    widget.show()
    qtbot.waitUntil(
        lambda: widget._tokens is not None and widget.message.text() == "", timeout=10000
    )
    return widget


def rows_of(table: Any) -> dict[str, Any]:
    return {table.item(r, 0).text(): r for r in range(table.rowCount())}


def view(**claims: Any) -> JwtView:
    return JwtView(header={"alg": "RS256", "typ": "JWT"}, claims=claims)


def test_every_registered_claim_has_a_meaning() -> None:
    """The JWT and OIDC names support engineers meet are described, with their source."""
    for name in REGISTERED:
        assert name in CLAIMS, name
        assert describe_claim(name) != NOT_REGISTERED
    assert "RFC 7519" in describe_claim("exp") and "OpenID Connect" in describe_claim("nonce")
    assert describe_claim("tenant_region") == NOT_REGISTERED
    assert "Key ID" in describe_header("kid")


def test_claim_names_carry_their_meaning_as_tooltips(inspector: Any) -> None:
    """Point at a claim name to read what it means; a provider's own claim says so."""
    panel = inspector.claims
    panel.set_checks([TokenCheck("id_token", view(iss="x", tenant="t"), "Decoded.")])
    table = panel.claims_table
    rows = rows_of(table)
    assert table.item(rows["iss"], 0).toolTip().startswith("Issuer: who created")
    assert table.item(rows["tenant"], 0).toolTip() == NOT_REGISTERED
    header = rows_of(panel.header_table)
    assert "Algorithm" in panel.header_table.item(header["alg"], 0).toolTip()


def test_decoded_header_and_payload_copy_as_pretty_json(inspector: Any) -> None:
    """Both parts copy as indented JSON, plainly: they are not tokens (no secret marking)."""
    panel = inspector.claims
    check = panel.current()
    panel.copy_header_button.click()
    copied = QApplication.clipboard().mimeData()
    assert json.loads(copied.text()) == check.jwt.header
    assert copied.text().startswith('{\n  "')
    assert not copied.hasFormat("x-kde-passwordManagerHint")
    panel.copy_payload_button.click()
    assert QApplication.clipboard().text() == json.dumps(check.jwt.claims, indent=2)
    assert panel.copy_note.text() == "Payload copied as JSON."


def test_claims_open_on_the_access_token_when_it_is_a_jwt(inspector: Any) -> None:
    """The demo's access token is a JWT: it is what the claims view shows first."""
    assert inspector.claims.combo.currentData() == "access_token"


def test_claims_open_on_the_id_token_when_the_access_token_is_opaque(qtbot: Any) -> None:
    """No decodable access token: the ID token is shown, and a choice made is kept."""
    from desktop_app.ui.inspector.claims import ClaimsPanel

    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    opaque = TokenCheck("access_token", None, "Not a JWT.")
    refresh = TokenCheck("refresh_token", view(sub="a"), "Decoded.")
    id_token = TokenCheck("id_token", view(sub="a"), "Decoded.")
    panel.set_checks([opaque, refresh, id_token])
    assert panel.combo.currentData() == "id_token"
    panel.combo.setCurrentIndex(panel.combo.findData("refresh_token"))
    panel.set_checks([opaque, refresh, id_token])
    assert panel.combo.currentData() == "refresh_token"


def test_header_table_has_no_blank_row(inspector: Any) -> None:
    """The header table is exactly as tall as its rows: nothing that looks like an empty row."""
    table = inspector.claims.header_table
    inspector.tabs.setCurrentIndex(1)  # Claims
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.rowCount() >= 2
    assert table.viewport().height() == rows


def test_times_are_local_with_their_zone_and_utc_on_hover(qtbot: Any, paris: None) -> None:
    """Facts and claims say "14:05 CET"-style local times; the tooltip is the UTC moment."""
    from desktop_app.core.storage.accounts import Account
    from desktop_app.ui.inspector.claims import ClaimsPanel
    from desktop_app.ui.inspector.facts import TokenFacts

    now = time.time()
    expires = now + 270
    facts = TokenFacts()
    qtbot.addWidget(facts)
    facts.show_for(Account(id="a", profile_id="demo", label="A", expires_at=expires), None)
    label = facts.facts["expires"]
    zone = zone_name(datetime.fromtimestamp(expires).astimezone())
    assert zone in ("CET", "CEST")
    assert label.text() == f"{local_label(expires, now)} (in 4 min)"
    assert label.text().split(" (")[0].endswith(zone) and "UTC" not in label.text()
    assert label.toolTip() == utc_label(expires) and label.toolTip().endswith(" UTC")
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.set_checks([TokenCheck("id_token", view(exp=int(expires), sub="a"), "Decoded.")])
    item = panel.claims_table.item(rows_of(panel.claims_table)["exp"], 1)
    assert zone in item.text() and "UTC" not in item.text()
    assert item.toolTip() == utc_label(int(expires))
    assert f"your time zone ({zone})" in panel.times_note.text()


def test_time_labels_name_the_day_when_it_is_not_today() -> None:
    """Today only the time; another day adds the date; another year adds the year."""
    now = time.mktime((2026, 3, 3, 12, 0, 0, 0, 0, -1))
    assert local_label(now + 3600, now).startswith("13:00 ")
    assert local_label(now + 86400, now).startswith("4 Mar, 12:00 ")
    assert local_label(now - 365 * 86400, now).startswith("3 Mar 2025, 12:00 ")


def test_copied_note_survives_the_reveal_countdown(qtbot: Any, inspector: Any) -> None:
    """Copy while revealed: "copied" stays beside the ticking countdown, neither overwrites."""
    row = inspector.rows["access_token"]
    row.reveal_button.click()
    row.copy_button.click()
    first = row.countdown.text()
    assert first.startswith("hides in ") and row.note.text() == "copied; clears in 60 s"
    qtbot.waitUntil(lambda: row.countdown.text() != first, timeout=3000)
    assert row.note.text() == "copied; clears in 60 s"
    row.reveal_button.click()  # hidden again: the countdown goes, the note stays
    assert row.countdown.text() == "" and row.note.text() == "copied; clears in 60 s"
