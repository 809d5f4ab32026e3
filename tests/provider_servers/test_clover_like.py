"""The Clover-shaped server follows Clover's documented low-trust flow (design.md §4)."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime

import requests

from tests.provider_servers.flows import (
    clover_authorize_url,
    clover_code,
    clover_exchange,
    clover_get,
    clover_refresh,
    clover_tokens,
    pkce_pair,
)
from tests.support.provider_servers import CloverLike, ProviderBrowser

BAKERY, BIKES = "JZP3TH6T37HA1", "KX81MMPQ0RTE2"


def _only_message(response: requests.Response) -> str:
    body = response.json()
    assert set(body) == {"message"}, body
    return str(body["message"])


def test_redirect_carries_code_merchant_employee_client_and_state_but_no_iss(
    clover, receiver
) -> None:
    """Approval comes back with Clover's five parameters and no ``iss``."""
    outcome, _ = clover_code(clover, receiver)
    assert outcome.delivered
    assert set(outcome.callback) == {"code", "merchant_id", "employee_id", "client_id", "state"}
    assert outcome.callback["merchant_id"] == BAKERY
    assert outcome.callback["client_id"] == clover.client_id
    assert outcome.callback["state"] == "st-1"


def test_the_person_picks_the_merchant_and_a_knob_preselects_one(clover, receiver) -> None:
    """The consent page offers each merchant; ``next_merchant`` changes the default."""
    picked, _ = clover_code(clover, receiver, ProviderBrowser(choices={"merchant_id": BIKES}))
    assert picked.callback["merchant_id"] == BIKES
    clover.next_merchant = BIKES
    default, _ = clover_code(clover, receiver)
    assert default.callback["merchant_id"] == BIKES


def test_consent_and_tokens_live_on_two_hosts(clover, receiver) -> None:
    """Authorize only on the auth host; token and API only on the api host."""
    assert clover.auth_base != clover.api_base
    _, challenge = pkce_pair()
    url = clover_authorize_url(clover, receiver.uri("/oauth/clover/callback"), challenge)
    assert (
        requests.get(url.replace(clover.auth_base, clover.api_base), timeout=5).status_code == 404
    )
    assert (
        requests.post(f"{clover.auth_base}/oauth/v2/token", json={}, timeout=5).status_code == 404
    )


def test_single_host_option_serves_everything_from_one_listener(receiver) -> None:
    """``single_host=True``: one base URL for consent, token and API."""
    with CloverLike(single_host=True) as server:
        assert server.auth_base == server.api_base
        tokens, merchant = clover_tokens(server, receiver)
        assert clover_get(server, f"/v3/merchants/{merchant}", tokens["access_token"]).ok


def test_unknown_client_and_unregistered_redirect_are_refused_without_redirect(
    clover, receiver
) -> None:
    """Bad client_id or redirect_uri: a 400 ``{"message"}``, never a redirect."""
    _, challenge = pkce_pair()
    good = receiver.uri("/oauth/clover/callback")
    for url in (
        clover_authorize_url(clover, good, challenge, client_id="SOMEONEELSE"),
        clover_authorize_url(clover, receiver.uri("/elsewhere"), challenge),
    ):
        answer = requests.get(url, timeout=5, allow_redirects=False)
        assert answer.status_code == 400 and "Location" not in answer.headers
        _only_message(answer)


def test_a_registered_https_relay_url_is_matched_exactly(clover) -> None:
    """Any registered string works as redirect_uri (a relay page), byte for byte."""
    _, challenge = pkce_pair()
    relay = "https://relay.example.test/clover/return?x=1"
    clover.redirects.allow(relay)
    assert (
        requests.get(clover_authorize_url(clover, relay, challenge), timeout=5).status_code == 200
    )
    near = clover_authorize_url(clover, relay + "&y=2", challenge)
    assert requests.get(near, timeout=5).status_code == 400


def test_pkce_s256_is_required_at_authorize(clover, receiver) -> None:
    """No challenge, or ``plain``: refused."""
    redirect = receiver.uri("/oauth/clover/callback")
    plain = clover_authorize_url(clover, redirect, "x" * 43, code_challenge_method="plain")
    assert requests.get(plain, timeout=5).status_code == 400
    missing = clover_authorize_url(clover, redirect, "", code_challenge="")
    assert requests.get(missing, timeout=5).status_code == 400


def test_token_answer_has_unix_second_expirations_and_no_token_type(clover, receiver) -> None:
    """``access_token_expiration``/``refresh_token_expiration`` epochs; no ``expires_in``."""
    tokens, _ = clover_tokens(clover, receiver)
    assert set(tokens) == {
        "access_token",
        "access_token_expiration",
        "refresh_token",
        "refresh_token_expiration",
    }
    now = clover.clock()
    assert now < tokens["access_token_expiration"] <= now + clover.access_lifetime
    assert tokens["refresh_token_expiration"] > tokens["access_token_expiration"]
    assert abs(now - time.time()) < 60  # absolute Unix seconds, not a duration


def test_the_date_header_follows_the_servers_clock(clover, receiver, clock) -> None:
    """Epoch expirations and the ``Date`` header come from the same (movable) clock."""
    clock.advance(3 * 3600)
    answer = clover_exchange(clover, *_code_and_verifier(clover, receiver))
    served_at = parsedate_to_datetime(answer.headers["Date"]).timestamp()
    assert abs(served_at - clock()) < 1
    assert answer.json()["access_token_expiration"] - served_at <= clover.access_lifetime


def _code_and_verifier(clover: CloverLike, receiver) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    outcome, verifier = clover_code(clover, receiver)
    return outcome.callback["code"], verifier


def test_token_endpoint_takes_json_only(clover, receiver) -> None:
    """A form-encoded body is refused with a message-only error."""
    outcome, verifier = clover_code(clover, receiver)
    form = {
        "client_id": clover.client_id,
        "code": outcome.callback["code"],
        "code_verifier": verifier,
    }
    answer = requests.post(f"{clover.api_base}/oauth/v2/token", data=form, timeout=5)
    assert answer.status_code in (400, 415)
    assert "JSON" in _only_message(answer) or "json" in _only_message(answer)
    assert clover_exchange(clover, outcome.callback["code"], verifier).status_code == 200


def test_pkce_verifier_is_checked(clover, receiver) -> None:
    """A verifier that does not hash to the challenge gets 400 ``{"message"}``."""
    outcome, _verifier = clover_code(clover, receiver)
    wrong, _ = pkce_pair()
    answer = clover_exchange(clover, outcome.callback["code"], wrong)
    assert answer.status_code == 400 and "code_verifier" in _only_message(answer)


def test_codes_are_single_use(clover, receiver) -> None:
    """The second exchange of a code fails and is counted."""
    outcome, verifier = clover_code(clover, receiver)
    assert clover_exchange(clover, outcome.callback["code"], verifier).status_code == 200
    again = clover_exchange(clover, outcome.callback["code"], verifier)
    assert again.status_code == 400 and clover.counters.reused_codes == 1
    _only_message(again)


def test_codes_expire(clover, receiver, clock) -> None:
    """A code older than its lifetime is refused."""
    outcome, verifier = clover_code(clover, receiver)
    clock.advance(clover.code_lifetime + 1)
    assert clover_exchange(clover, outcome.callback["code"], verifier).status_code == 400


def test_refresh_tokens_are_single_use_and_a_reused_one_gets_401_message(clover, receiver) -> None:
    """Refresh rotates; presenting the old token again is 401 ``{"message"}``."""
    tokens, _ = clover_tokens(clover, receiver)
    renewed = clover_refresh(clover, tokens["refresh_token"])
    assert renewed.status_code == 200
    assert (
        set(renewed.json()) == set(tokens)
        and renewed.json()["refresh_token"] != tokens["refresh_token"]
    )
    reused = clover_refresh(clover, tokens["refresh_token"])
    assert reused.status_code == 401 and reused.headers.get("WWW-Authenticate") is None
    _only_message(reused)
    assert clover.counters.reused_refresh_tokens == 1
    assert clover_refresh(clover, renewed.json()["refresh_token"]).status_code == 200


def test_refresh_takes_json_only(clover, receiver) -> None:
    """``/oauth/v2/refresh`` with a form body is refused."""
    tokens, _ = clover_tokens(clover, receiver)
    form = {"client_id": clover.client_id, "refresh_token": tokens["refresh_token"]}
    answer = requests.post(f"{clover.api_base}/oauth/v2/refresh", data=form, timeout=5)
    assert answer.status_code in (400, 415)
    _only_message(answer)


def test_per_merchant_cap_kills_the_oldest_refresh_token_and_its_access_token(
    receiver,
) -> None:
    """Issuing beyond the cap kills the oldest pair before its stated expiry."""
    with CloverLike(refresh_cap=2) as server:
        first, merchant = clover_tokens(server, receiver)
        clover_tokens(server, receiver)
        clover_tokens(server, receiver)
        assert len(server.live_refresh_tokens(merchant)) == 2
        assert server.counters.killed_by_cap == 1
        assert clover_refresh(server, first["refresh_token"]).status_code == 401
        dead = clover_get(server, f"/v3/merchants/{merchant}", first["access_token"])
        assert dead.status_code == 401 and dead.json() == {"message": "401 Unauthorized"}


def test_api_401_is_message_only_without_www_authenticate(clover, receiver, clock) -> None:
    """An expired token: 401 ``{"message": "401 Unauthorized"}`` and no challenge header."""
    tokens, merchant = clover_tokens(clover, receiver)
    assert clover_get(clover, f"/v3/merchants/{merchant}", tokens["access_token"]).ok
    clock.advance(clover.access_lifetime + 1)
    answer = clover_get(clover, f"/v3/merchants/{merchant}", tokens["access_token"])
    assert answer.status_code == 401 and answer.json() == {"message": "401 Unauthorized"}
    assert "WWW-Authenticate" not in answer.headers


def test_a_token_works_only_for_its_own_merchant(clover, receiver) -> None:
    """Another merchant's path with this token: 401."""
    tokens, merchant = clover_tokens(clover, receiver)
    other = BIKES if merchant == BAKERY else BAKERY
    assert clover_get(clover, f"/v3/merchants/{other}", tokens["access_token"]).status_code == 401


def test_merchant_items_and_orders(clover, receiver) -> None:
    """``/v3/merchants/{mId}`` (``expand=owner``), ``/items``, ``/orders``."""
    tokens, merchant = clover_tokens(clover, receiver)
    token = tokens["access_token"]
    plain = clover_get(clover, f"/v3/merchants/{merchant}", token).json()
    assert plain["id"] == merchant and "name" not in plain["owner"]
    expanded = clover_get(clover, f"/v3/merchants/{merchant}?expand=owner", token).json()
    assert expanded["owner"]["name"] == "Rosa Lind"
    items = clover_get(clover, f"/v3/merchants/{merchant}/items?limit=2", token).json()
    assert len(items["elements"]) == 2
    assert "elements" in clover_get(clover, f"/v3/merchants/{merchant}/orders", token).json()


def test_uninstall_kills_the_merchants_tokens_early(clover, receiver) -> None:
    """After uninstall, both tokens are dead long before their stated expiry."""
    tokens, merchant = clover_tokens(clover, receiver)
    clover.uninstall(merchant)
    answer = clover_get(clover, f"/v3/merchants/{merchant}", tokens["access_token"])
    assert answer.status_code == 401 and answer.json() == {"message": "401 Unauthorized"}
    assert clover_refresh(clover, tokens["refresh_token"]).status_code == 401


def test_rate_limit_per_token_per_second(clover, receiver, clock) -> None:
    """16 calls a second pass; the 17th gets 429 with ``Retry-After``; next second passes."""
    tokens, merchant = clover_tokens(clover, receiver)
    path = f"/v3/merchants/{merchant}"
    statuses = [clover_get(clover, path, tokens["access_token"]).status_code for _ in range(17)]
    assert statuses[:16] == [200] * 16 and statuses[16] == 429
    limited = clover_get(clover, path, tokens["access_token"])
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    _only_message(limited)
    clock.advance(1)
    assert clover_get(clover, path, tokens["access_token"]).status_code == 200


def test_the_next_k_calls_can_be_rate_limited(clover, receiver) -> None:
    """``rate_limit_next(2, 9)``: two 429s with ``Retry-After: 9``, then normal service."""
    tokens, merchant = clover_tokens(clover, receiver)
    clover.rate_limit_next(2, retry_after=9)
    path = f"/v3/merchants/{merchant}"
    answers = [clover_get(clover, path, tokens["access_token"]) for _ in range(3)]
    assert [a.status_code for a in answers] == [429, 429, 200]
    assert answers[0].headers["Retry-After"] == "9"


def test_long_tokens_option(receiver) -> None:
    """``token_length=3000`` issues tokens of about 3,000 characters."""
    with CloverLike(token_length=3000) as server:
        tokens, _ = clover_tokens(server, receiver)
        assert len(tokens["access_token"]) == 3000 == len(tokens["refresh_token"])


def test_callback_merchant_can_be_tampered_with(clover, receiver) -> None:
    """The knob puts a different ``merchant_id`` in the callback than the code's merchant."""
    clover.callback_merchant_override = BIKES
    outcome, verifier = clover_code(clover, receiver)
    assert outcome.callback["merchant_id"] == BIKES
    tokens = clover_exchange(clover, outcome.callback["code"], verifier).json()
    assert clover_get(clover, f"/v3/merchants/{BAKERY}", tokens["access_token"]).ok
    assert clover_get(clover, f"/v3/merchants/{BIKES}", tokens["access_token"]).status_code == 401


def test_deny_shows_a_page_unless_told_to_redirect(receiver) -> None:
    """Clover's decline is undocumented: a page by default, ``access_denied`` as an option."""
    with CloverLike() as server:
        outcome, _ = clover_code(server, receiver, ProviderBrowser("deny"))
        assert not outcome.delivered and outcome.final_status == 200
        server.deny_redirects = True
        outcome, _ = clover_code(server, receiver, ProviderBrowser("deny"))
        assert outcome.callback == {"error": "access_denied", "state": "st-1"}
