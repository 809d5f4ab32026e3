"""The redirect cannot steer identity at the Clover-shaped server (shipped ``clover`` profile).

Clover puts ``merchant_id`` on the redirect, where anyone who can reach the loopback
listener could change it. The profile's ``confirm_request`` (``GET /v3/merchants/{id}``,
sent with the new token) must answer with the same ``id`` before anything is saved.
"""

from __future__ import annotations

from desktop_app.core.base.paths import data_dir
from tests.support.provider_servers import Fault
from tests.support.reliability import tree_bytes

BAKERY, BIKES = "JZP3TH6T37HA1", "KX81MMPQ0RTE2"


def test_the_merchant_is_confirmed_by_the_api_before_saving(loopgate, clover, clover_id) -> None:
    """A normal connect asks the merchant API, with the new token, who this is."""
    account_id = loopgate.connect(clover_id)
    assert loopgate.account(account_id)["identity"]["subject"] == BAKERY
    merchant = clover.requests_to(f"/v3/merchants/{BAKERY}")[0]
    assert merchant.bearer() == loopgate("token", account_id).out.strip()


def test_a_forged_merchant_on_a_reconnect_changes_nothing(loopgate, clover, clover_id) -> None:
    """Bakery is connected; a callback claiming Bikes is refused; files and keychain as before."""
    account_id = loopgate.connect(clover_id)
    keychain, files = loopgate.keychain(), tree_bytes(data_dir())
    clover.callback_merchant_override = BIKES
    result = loopgate("connect", clover_id, "--timeout", "15")
    assert result.code == 1 and "Traceback" not in result.err
    assert "could not confirm which Clover account this is" in result.err
    assert "nothing was saved" in result.err
    assert loopgate.keychain() == keychain and tree_bytes(data_dir()) == files
    assert [a["id"] for a in loopgate.accounts()] == [account_id]


def test_a_failed_confirmation_saves_nothing_and_says_so(loopgate, clover, clover_id) -> None:
    """The merchant API answers 502: nothing saved, a plain line, the detail for engineers."""
    clover.faults.queue("api", Fault.html_5xx(502))
    result = loopgate("connect", clover_id, "--timeout", "15")
    assert result.code == 1 and "nothing was saved" in result.err and "HTTP 502" in result.err
    assert loopgate.accounts() == [] and loopgate.keychain() == {}
