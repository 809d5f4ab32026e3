"""The loopback receiver follows RFC 8252 §7.3/§8.3 and ignores anything hostile."""

import socket
import threading
import time

import pytest
import requests

from desktop_app.core.base.errors import CallbackTimeout, Cancelled, LoopbackError, StateMismatch
from desktop_app.core.oauth.loopback import LoopbackReceiver

STATE = "s" * 43


def get(receiver: LoopbackReceiver, query: str, path: str = "/callback", **kw: object):
    return requests.get(f"http://{receiver.authority}{path}?{query}", timeout=5, **kw)


def test_binds_the_loopback_literal_on_an_ephemeral_port() -> None:
    """127.0.0.1, never 0.0.0.0; port 0 means the OS picks one."""
    with LoopbackReceiver(expected_state=STATE) as receiver:
        assert receiver.bound_address == "127.0.0.1"
        assert receiver.port > 0
        assert receiver.redirect_uri == f"http://127.0.0.1:{receiver.port}/callback"


def test_valid_callback_completes_and_closes_the_listener() -> None:
    """One good callback is the result, then the port is closed."""
    receiver = LoopbackReceiver(expected_state=STATE).start()
    response = get(receiver, f"code=abc&state={STATE}")
    assert response.status_code == 200
    assert "You can close this tab" in response.text
    uri = receiver.redirect_uri
    assert receiver.wait(5).params == {"code": "abc", "state": STATE}
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{uri}?code=abc&state={STATE}", timeout=5)


def test_page_is_static_and_uncacheable() -> None:
    """No query value is echoed; no-store and no-referrer are set."""
    with LoopbackReceiver(expected_state=STATE) as receiver:
        probe = "<script>alert(1)</script>"
        bad = get(receiver, f"code={probe}&state=wrong")
        assert probe not in bad.text and "alert" not in bad.text
        good = get(receiver, f"code={probe}&state={STATE}")
        assert "alert" not in good.text
        assert good.headers["Cache-Control"] == "no-store"
        assert good.headers["Referrer-Policy"] == "no-referrer"


def test_wrong_state_is_ignored_and_the_good_callback_still_completes() -> None:
    """A forged callback cannot end the attempt; the real one still works."""
    rejected: list[str] = []
    with LoopbackReceiver(expected_state=STATE, on_rejected=rejected.append) as receiver:
        assert get(receiver, "code=evil&state=forged").status_code == 400
        assert get(receiver, "code=evil").status_code == 400
        get(receiver, f"code=good&state={STATE}")
        assert receiver.wait(5).params["code"] == "good"
    assert any("state" in reason for reason in rejected)


def test_only_a_wrong_state_ends_as_state_mismatch_not_timeout() -> None:
    """If only mismatched callbacks came, the user is told why instead of "timed out"."""
    with LoopbackReceiver(expected_state=STATE) as receiver:
        get(receiver, "code=x&state=stale")
        with pytest.raises(StateMismatch):
            receiver.wait(0.5)


def test_foreign_host_header_is_refused() -> None:
    """DNS rebinding: a request naming another host is not accepted."""
    with LoopbackReceiver(expected_state=STATE) as receiver:
        response = get(receiver, f"code=x&state={STATE}", headers={"Host": "evil.example"})
        assert response.status_code == 400
        with pytest.raises(CallbackTimeout):
            receiver.wait(0.3)


def test_unknown_paths_and_favicon_are_404_and_other_methods_405() -> None:
    """Only GET on the redirect path is meaningful."""
    with LoopbackReceiver(expected_state=STATE) as receiver:
        base = f"http://{receiver.authority}"
        assert requests.get(f"{base}/favicon.ico", timeout=5).status_code == 404
        assert requests.get(f"{base}/other?state={STATE}&code=x", timeout=5).status_code == 404
        assert requests.post(f"{base}/callback", timeout=5).status_code == 405


def test_duplicated_parameters_are_refused() -> None:
    """Two codes make the callback ambiguous."""
    with LoopbackReceiver(expected_state=STATE) as receiver:
        assert get(receiver, f"code=a&code=b&state={STATE}").status_code == 400


def test_timeout_raises_callback_timeout() -> None:
    """Nobody answered: a specific error."""
    with LoopbackReceiver(expected_state=STATE) as receiver, pytest.raises(CallbackTimeout):
        receiver.wait(0.2)


def test_cancel_event_ends_the_wait() -> None:
    """Cancel from another thread returns promptly."""
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    with LoopbackReceiver(expected_state=STATE) as receiver, pytest.raises(Cancelled):
        receiver.wait(30, cancel)


def test_fixed_port_already_in_use_is_a_clear_error() -> None:
    """A busy fixed port names the port and what to do."""
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    port = blocker.getsockname()[1]
    try:
        with pytest.raises(LoopbackError) as caught:
            LoopbackReceiver(expected_state=STATE, port=port).start()
        assert f"Port {port}" in caught.value.message
        assert "already in use" in caught.value.message
    finally:
        blocker.close()


def test_error_callback_with_right_state_completes_with_the_error() -> None:
    """access_denied is a real answer: the attempt ends and the page says so."""
    with LoopbackReceiver(expected_state=STATE) as receiver:
        page = get(receiver, f"error=access_denied&state={STATE}")
        assert "chose not to allow access" in page.text
        assert receiver.wait(5).params["error"] == "access_denied"


def test_a_callback_after_a_cancel_gets_the_ended_page_and_is_not_the_result() -> None:
    """Approved after Cancel: the browser is told the attempt ended, never "Connected"."""
    cancel = threading.Event()
    cancel.set()
    receiver = LoopbackReceiver(expected_state=STATE, ended_grace=5).start()
    try:
        with pytest.raises(Cancelled):
            receiver.wait(30, cancel)
        late = get(receiver, f"code=late&state={STATE}")
        assert late.status_code == 410
        assert "This sign-in has ended" in late.text and "Connected" not in late.text
        assert late.headers["Cache-Control"] == "no-store"
        assert receiver._outcome.result is None
    finally:
        receiver.close()


def test_a_callback_after_a_timeout_gets_the_ended_page_then_the_port_closes() -> None:
    """The grace is bounded: after it the listener is gone (RFC 8252 §7.3)."""
    receiver = LoopbackReceiver(expected_state=STATE, ended_grace=0.5).start()
    uri = receiver.redirect_uri
    with pytest.raises(CallbackTimeout):
        receiver.wait(0.2)
    assert requests.get(f"{uri}?code=late&state={STATE}", timeout=5).status_code == 410
    assert requests.get(f"{uri}?code=x&state=other", timeout=5).status_code == 400
    deadline = time.monotonic() + 5
    while True:
        try:
            requests.get(f"{uri}?code=late&state={STATE}", timeout=1)
        except requests.ConnectionError:
            break
        assert time.monotonic() < deadline, "the ended listener never closed"
        time.sleep(0.1)


def test_a_cancel_racing_the_callback_never_shows_success() -> None:
    """Once Cancel is pressed, the attempt's own callback is answered "ended"."""
    cancel = threading.Event()
    with LoopbackReceiver(expected_state=STATE, ended_grace=5, cancel=cancel) as receiver:
        cancel.set()  # nobody is in wait() to notice: the handler itself must
        page = get(receiver, f"code=late&state={STATE}")
        assert page.status_code == 410 and "Connected" not in page.text
        with pytest.raises(Cancelled):
            receiver.wait(30)
        receiver.close()


def test_a_new_attempt_on_the_same_fixed_port_takes_over_from_an_ended_one() -> None:
    """Connect again right after a Cancel: the fixed port is free for the new attempt."""
    first = LoopbackReceiver(expected_state=STATE, ended_grace=30).start()
    port = first.port
    with pytest.raises(CallbackTimeout):
        first.wait(0.1)
    with LoopbackReceiver(expected_state="t" * 43, port=port) as second:
        assert second.port == port
        assert get(second, f"code=new&state={'t' * 43}").status_code == 200
        assert second.wait(5).params["code"] == "new"
    assert first._server is None
