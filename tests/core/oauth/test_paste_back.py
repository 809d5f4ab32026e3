"""Paste-back: an address the person pastes is checked exactly as a callback, into the
same wait, never more leniently (real loopback receivers on 127.0.0.1)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from desktop_app.core.base.errors import PasteRefused, StateMismatch
from desktop_app.core.oauth.loopback import (
    ANSWERED,
    DUPLICATE,
    ENDED,
    NO_ANSWER,
    NO_STATE,
    WRONG_STATE,
    LoopbackReceiver,
)
from desktop_app.core.oauth.paste_back import MESSAGES, NOT_AN_ADDRESS, NOT_WAITING, PasteBack
from desktop_app.core.oauth.pkce import new_state

RELAY = "https://www.acme.example/loopgate/relay/"


class Attempt:
    """A receiver waiting on its own thread, with its paste-back attached."""

    def __init__(self, *, timeout: float = 10.0) -> None:
        self.state = new_state()
        self.receiver = LoopbackReceiver(expected_state=self.state, ended_grace=0).start()
        self.redirect_uri = self.receiver.redirect_uri
        self.paste = PasteBack()
        self.paste.attach(self.receiver, (RELAY, self.redirect_uri))
        self.result: Any = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._wait, args=(timeout,), daemon=True)
        self._thread.start()

    def _wait(self, timeout: float) -> None:
        try:
            self.result = self.receiver.wait(timeout)
        except BaseException as exc:
            self.error = exc

    def address(self, query: str, base: str = "") -> str:
        return f"{base or self.redirect_uri}?{query}"

    def finished(self, timeout: float = 5.0) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def close(self) -> None:
        self.receiver.cancel()
        self._thread.join(5)
        self.receiver.close()


@pytest.fixture
def attempt() -> Iterator[Attempt]:
    waiting = Attempt()
    yield waiting
    waiting.close()


def refused(paste: PasteBack, text: str) -> PasteRefused:
    with pytest.raises(PasteRefused) as caught:
        paste.deliver(text)
    return caught.value


def test_a_pasted_answer_ends_the_same_wait(attempt: Attempt) -> None:
    """The loopback address the browser could not reach, pasted: the wait returns it."""
    attempt.paste.deliver(attempt.address(f"code=abc&state={attempt.state}"))
    assert attempt.finished()
    assert attempt.result.pasted and attempt.result.params["code"] == "abc"


def test_the_relay_address_is_accepted_too(attempt: Attempt) -> None:
    """The relay page's paste view shows the https address the provider sent it to."""
    attempt.paste.deliver(f"  <{attempt.address(f'code=r1&state={attempt.state}', RELAY)}>\n")
    assert attempt.finished() and attempt.result.params["code"] == "r1"


def test_another_attempts_address_is_refused_and_waiting_goes_on(attempt: Attempt) -> None:
    """A wrong ``state`` is refused with its own words; the real callback still lands."""
    error = refused(attempt.paste, attempt.address(f"code=old&state={new_state()}"))
    assert error.reason == WRONG_STATE and error.message == MESSAGES[WRONG_STATE]
    assert "different sign-in" in error.message and "Still waiting" in error.message
    assert not attempt.finished(0.3)
    answer = requests.get(attempt.address(f"code=real&state={attempt.state}"), timeout=5)
    assert answer.status_code == 200
    assert attempt.finished() and attempt.result.params["code"] == "real"
    assert not attempt.result.pasted


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("code=abc", NO_STATE),
        ("state={state}", NO_ANSWER),
        ("code=a&code=b&state={state}", DUPLICATE),
        ("code=a&state={state}&state={state}", DUPLICATE),
    ],
)
def test_incomplete_addresses_are_refused(attempt: Attempt, query: str, reason: str) -> None:
    """No state, no code (nor error), a parameter twice: each said plainly; still waiting."""
    error = refused(attempt.paste, attempt.address(query.format(state=attempt.state)))
    assert error.reason == reason and error.message == MESSAGES[reason]
    assert not attempt.finished(0.2)


def test_an_error_answer_is_taken_like_a_callback(attempt: Attempt) -> None:
    """``error=access_denied`` with the right state is the attempt's answer (it ends it)."""
    attempt.paste.deliver(attempt.address(f"error=access_denied&state={attempt.state}"))
    assert attempt.finished() and attempt.result.params["error"] == "access_denied"


@pytest.mark.parametrize(
    "text",
    ["", "hello", "code=abc&state=x", "ftp://127.0.0.1/callback?code=a", "http://[::1"],
)
def test_not_an_address(attempt: Attempt, text: str) -> None:
    """Anything that is not a web address gets one plain sentence."""
    assert refused(attempt.paste, text).message == NOT_AN_ADDRESS


def test_an_address_from_elsewhere_is_refused(attempt: Attempt) -> None:
    """Right state and code, wrong place: not where this sign-in sends the browser."""
    query = f"code=abc&state={attempt.state}"
    for base in (
        "https://evil.example/loopgate/relay/",
        RELAY.replace("/relay/", "/other/"),
        attempt.redirect_uri.replace("/callback", "/elsewhere"),
        f"http://127.0.0.1:{attempt.receiver.port + 1}/callback",
    ):
        error = refused(attempt.paste, f"{base}?{query}")
        assert error.message.startswith("That address is not where this sign-in sends")
        assert RELAY in error.message
    assert not attempt.finished(0.2)


def test_state_is_single_use_across_both_paths(attempt: Attempt) -> None:
    """After a pasted answer the listener takes no other; after a callback, no paste."""
    attempt.paste.deliver(attempt.address(f"code=first&state={attempt.state}"))
    assert attempt.finished()
    error = refused(attempt.paste, attempt.address(f"code=second&state={attempt.state}"))
    assert error.reason == ANSWERED

    other = Attempt()
    try:
        requests.get(other.address(f"code=first&state={other.state}"), timeout=5)
        assert other.finished()
        assert refused(other.paste, other.address(f"code=x&state={other.state}")).reason in (
            ANSWERED,
            ENDED,
        )
    finally:
        other.close()


def test_a_paste_after_the_attempt_ended_is_refused() -> None:
    """Timed out: the address is not used, and the message says to start again."""
    ended = Attempt(timeout=0.3)
    try:
        assert ended.finished()
        error = refused(ended.paste, ended.address(f"code=late&state={ended.state}"))
        assert error.reason == ENDED and "Start again" in error.message
    finally:
        ended.close()


def test_wrong_pasted_states_count_as_a_state_mismatch() -> None:
    """As with stray callbacks: a wait that saw only wrong states ends in StateMismatch."""
    waiting = Attempt(timeout=0.5)
    try:
        refused(waiting.paste, waiting.address(f"code=x&state={new_state()}"))
        assert waiting.finished()
        assert isinstance(waiting.error, StateMismatch)
    finally:
        waiting.close()


def test_nothing_is_waiting_yet() -> None:
    """Before the attempt listens (or after it), a paste is refused, not queued."""
    assert refused(PasteBack(), "http://127.0.0.1:1/callback?code=a&state=b").message == (
        NOT_WAITING
    )
