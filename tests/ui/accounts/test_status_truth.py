"""Status tells the truth (issue 9, item 4): expired is never "Connected", a provider
problem is shown with its words and next try, expiries survive a failed renewal, the
stated lead time is the real one, and the renewal line follows reconnects."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.storage.accounts import PROVIDER_PROBLEM, RECONNECT_NEEDED, UNREACHABLE
from desktop_app.ui.accounts import status
from desktop_app.ui.accounts.model import (
    COL_EXPIRES,
    COL_REFRESH_EXPIRES,
    COL_STATUS,
    AccountsModel,
    ProviderInfo,
)
from desktop_app.ui.accounts.overview import renewal_text, status_sentence
from tests.support.engines import make_engine
from tests.ui.helpers import Clock, make_account

WORDS = "The provider had a problem (HTTP 503). The provider said: “Down for maintenance”"


def _model(clock: Clock, *accounts: Any) -> AccountsModel:
    model = AccountsModel(clock, lambda _a: 300.0)
    model.set_providers({"demo": ProviderInfo("Demo", "Local")})
    model.set_accounts(list(accounts))
    return model


def _text(model: AccountsModel, column: int, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.index(0, column).data(role)


def test_expired_access_is_expired_never_connected(clock: Clock) -> None:
    """ "Expired" beside "expired"; "Expired — renewing…" while a renewal runs."""
    model = _model(clock, make_account(0, now=clock.now, expires_in=-5))
    assert (_text(model, COL_STATUS), _text(model, COL_EXPIRES)) == ("Expired", "expired")
    model.set_refreshing("acct00000", True)
    assert _text(model, COL_STATUS) == "Expired — renewing…"
    model.set_refreshing("acct00000", False)
    assert "renews it on the next use" in _text(model, COL_STATUS, Qt.ItemDataRole.ToolTipRole)


def test_the_status_cell_is_repainted_when_access_expires(clock: Clock, qtbot: Any) -> None:
    """The tick that crosses the expiry announces the status cell, not only the countdown."""
    model = _model(clock, make_account(0, now=clock.now, expires_in=1.5))
    model.tick_rows([0])
    seen: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _r: seen.append((a.column(), b.column())))
    clock.now += 2
    model.tick_rows([0])
    assert seen == [(COL_STATUS, COL_EXPIRES)]
    assert _text(model, COL_STATUS) == "Expired"


@pytest.mark.parametrize(
    ("kind", "shown"), [(PROVIDER_PROBLEM, "Provider problem"), (UNREACHABLE, "Offline")]
)
def test_a_provider_problem_shows_its_words_and_the_next_try(
    clock: Clock, kind: str, shown: str
) -> None:
    """The status, a tooltip with the provider's words and the next try, expiries unchanged."""
    account = make_account(
        0,
        now=clock.now,
        refresh_expires_at=clock.now + 3 * 86400,
        last_error=WORDS,
        problem=kind,
        retry_at=clock.now + 120,
    )
    model = _model(clock, account)
    assert _text(model, COL_STATUS) == shown
    assert _text(model, COL_STATUS, Qt.ItemDataRole.ForegroundRole) == model.colours["red"]
    hint = _text(model, COL_STATUS, Qt.ItemDataRole.ToolTipRole)
    at = time.strftime("%H:%M", time.localtime(clock.now + 120))
    assert "Down for maintenance" in hint and f"try again at {at} (in 2 min 00 s)" in hint
    assert _text(model, COL_EXPIRES) == "1 h 00 min"
    assert _text(model, COL_REFRESH_EXPIRES) == "3 days"  # not "no refresh token"


def test_a_dead_grant_says_its_refresh_token_was_refused(clock: Clock) -> None:
    """Reconnect needed with a refresh token kept: "refused", not "no refresh token"."""
    dead = make_account(
        0, now=clock.now, refresh_expires_at=clock.now + 86400, status=RECONNECT_NEEDED
    )
    model = _model(clock, dead)
    assert _text(model, COL_STATUS) == "Reconnect needed"
    assert _text(model, COL_REFRESH_EXPIRES) == "refused"


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (150, "2 min 30 s"),
        (300, "5 min"),
        (45, "45 s"),
        (5400, "1 h 30 min"),
        (3 * 86400, "3 days"),
    ],
)
def test_the_stated_lead_time_is_the_real_one(clock: Clock, seconds: float, words: str) -> None:
    """The overview states the lead the scheduler uses, exactly ("2 min 30 s", not "about 3")."""
    sentence = status_sentence(status.CONNECTED, make_account(0), now=clock.now, lead=seconds)
    assert sentence == f"Connected. Loopgate renews access automatically {words} before it expires."


def test_the_lead_for_a_five_minute_token_is_stated_as_two_and_a_half_minutes() -> None:
    """The demo's 5-minute token: half its lifetime, said exactly."""
    account = make_account(0, lifetime=300, expires_in=300)
    lead = status.lead_time_for(account)
    assert status.duration_words(lead) == "2 min 30 s"


def test_the_overview_sentence_for_a_provider_problem(clock: Clock) -> None:
    """Plain words: kept, the provider's words, and when Loopgate tries again."""
    account = make_account(0, last_error=WORDS, problem=PROVIDER_PROBLEM, retry_at=clock.now + 60)
    sentence = status_sentence(status.PROVIDER_PROBLEM, account, now=clock.now, lead=300)
    assert sentence.startswith("Provider problem: renewing failed, but the connection was kept.")
    assert "Down for maintenance" in sentence and "try again at" in sentence


def test_renewal_and_connect_times_follow_a_reconnect(demo_server) -> None:
    """Connect, renew, reconnect: the Renewal line tells the latest sign-in, not the first."""
    clock = Clock(time.time() - 7200)
    engine = make_engine(demo_server.port, clock=clock)
    first = engine.connect("demo", timeout=20)
    clock.now += 600
    engine.tokens.fresh_tokens(first.id, force=True)
    assert renewal_text(engine.store.get(first.id), clock.now).startswith("Last renewed")
    clock.now += 3600
    again = engine.connect("demo", account_id=first.id, timeout=20)
    assert again.id == first.id and again.created_at == first.created_at
    assert again.connected_at == clock.now and again.last_refresh_at is None
    stamp = time.strftime("%H:%M", time.localtime(clock.now))
    assert renewal_text(again, clock.now) == f"Not renewed yet; connected today at {stamp}."
