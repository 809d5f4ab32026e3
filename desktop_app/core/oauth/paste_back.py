"""Paste-back: the address the browser ended on, handed over by the person, checked like a callback.

When the browser cannot reach the loopback listener (a remote desktop whose browser runs
elsewhere), or the https relay page could not hand the answer over, the person pastes
the address their browser ended on. It goes through the very checks a callback gets
(``LoopbackReceiver.deliver``: one answer per attempt, ``state`` compared in constant
time, a code or an error present) into the same wait; ``iss`` and ``error`` are then
read by ``parse_authorization_response`` as for any callback (RFC 6749 §4.1.2, §10.12,
RFC 9207). Never weaker than the loopback path: an address from another attempt,
without a code, or from another place is refused with its own message, and the attempt
keeps waiting.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

from ..base.errors import PasteRefused
from .loopback import ANSWERED, DUPLICATE, ENDED, NO_ANSWER, NO_STATE, WRONG_STATE

NOT_AN_ADDRESS = (
    "That is not a web address. Copy the whole address from your browser's address bar "
    "(it starts with https:// or http://) and paste it here."
)
WRONG_PLACE = (
    "That address is not where this sign-in sends your browser, so it was not used. "
    "The address to paste starts with {expected}"
)
MESSAGES = {
    NO_STATE: (
        "That address has no answer for Loopgate in it. Copy the whole address, including "
        "everything after the “?”, and paste it again."
    ),
    WRONG_STATE: (
        "That address belongs to a different sign-in (an older browser tab, or another "
        "attempt), so it was not used. Still waiting: approve Loopgate in the page that "
        "opened for this attempt, then paste the address it ends on."
    ),
    NO_ANSWER: (
        "That address has no sign-in code in it, so it was not used. Still waiting: "
        "approve Loopgate in your browser first, then paste the address it ends on."
    ),
    DUPLICATE: "That address carries its answer twice, so it was not used.",
    ENDED: "This sign-in is no longer waiting for an answer. Start again with Connect.",
    ANSWERED: "This sign-in already has its answer.",
}
NOT_WAITING = "Loopgate is not waiting for a sign-in yet. Wait for the browser page to open."


class PasteBack:
    """One attempt's paste-back, shared by the waiting flow and whoever reads the address.

    The flow ``attach``\\ es its receiver and the addresses the browser may end on (the
    ``redirect_uri`` sent, and the loopback one when that was a relay page); the GUI or
    the CLI calls ``deliver`` from its own thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._receiver: object | None = None
        self._addresses: tuple[str, ...] = ()
        self._attached = threading.Event()

    def attach(self, receiver: object, addresses: tuple[str, ...]) -> None:
        with self._lock:
            self._receiver, self._addresses = receiver, tuple(addresses)
        self._attached.set()

    def detach(self) -> None:
        with self._lock:
            self._receiver = None
        self._attached.clear()

    def wait_until_waiting(self, timeout: float) -> bool:
        """True once an attempt is waiting for its answer (the CLI reads stdin from then)."""
        return self._attached.wait(timeout)

    @property
    def waiting(self) -> bool:
        return self._attached.is_set()

    def deliver(self, text: str) -> None:
        """Hands the address to the waiting attempt; ``PasteRefused`` says why it was not used."""
        with self._lock:
            receiver, addresses = self._receiver, self._addresses
        if receiver is None:
            raise PasteRefused(NOT_WAITING, reason="no attempt is waiting")
        query = _query_of(text, addresses)
        reason = receiver.deliver(query)  # type: ignore[attr-defined]
        if reason:
            raise PasteRefused(MESSAGES.get(reason, PasteRefused.default_message), reason=reason)


def _query_of(text: str, addresses: tuple[str, ...]) -> str:
    """The query of a pasted address that is one of ``addresses`` (scheme, host, port, path)."""
    address = text.strip().strip("<>\"'").strip()
    try:
        parts = urlsplit(address)
        place = _place(address)
    except ValueError:
        raise PasteRefused(NOT_AN_ADDRESS, reason="not an address") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise PasteRefused(NOT_AN_ADDRESS, reason="not an address")
    if addresses and place not in {_place(a) for a in addresses}:
        raise PasteRefused(
            WRONG_PLACE.format(expected=addresses[0]),
            reason=f"pasted address is not one of {', '.join(addresses)}",
        )
    return parts.query


def _place(address: str) -> tuple[str, str, int | None, str]:
    parts = urlsplit(address)
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port, parts.path or "/"
