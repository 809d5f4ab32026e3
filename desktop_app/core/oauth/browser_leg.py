"""The browser leg of one attempt: listener, authorize URL, browser, wait, callback.

RFC 8252: the system browser (§8.12) is sent to the authorize URL and the answer comes
back to a loopback listener (§7.3) that is open only around the attempt. The browser is
opened on its own daemon thread: an opener that never returns (a ``$BROWSER`` wrapper
that runs the browser in the foreground) must not hold up the wait, its timeout or
Cancel.

A profile with an https relay page (``redirect_relay``: Clover production apps accept
only https redirect URIs under their Site URL) sends that page's address as
``redirect_uri``; the page forwards the answer to the loopback listener, whose port and
path it reads from ``state`` (``relay_state``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..base.diagnostics import Timeline
from ..base.errors import LoopbackError, ProfileError
from ..providers.profiles import ProviderProfile
from .authorization import (
    AuthorizationAttempt,
    AuthorizationResponse,
    parse_authorization_response,
    start_authorization,
)
from .loopback import LoopbackReceiver
from .paste_back import PasteBack
from .pkce import new_state
from .relay_state import make_relay_state, new_relay_nonce

log = logging.getLogger(__name__)
WAITING = "Waiting for you to approve in your browser…"
NO_BROWSER = "Could not open a browser. Copy the link and open it yourself."


@dataclass(frozen=True)
class ConnectProgress:
    """What the UI shows while connecting; ``url`` is set once the browser step starts.

    Steps: preparing, waiting, warning (a stray callback), exchanging (the browser's
    answer arrived: the window may come to the front), done.
    """

    step: str
    message: str
    url: str = ""


def authorize_in_browser(
    browser: Callable[[str], bool],
    profile: ProviderProfile,
    *,
    port: int | None,
    timeout: float,
    cancel: threading.Event,
    progress: Callable[[ConnectProgress], None],
    timeline: Timeline,
    paste: PasteBack | None = None,
) -> tuple[AuthorizationAttempt, AuthorizationResponse]:
    """The browser leg: listener, authorize URL, browser, wait, validated callback.

    ``paste``: where the person may hand over the address the browser ended on instead;
    it is checked like a callback and lands in the same wait.
    """
    receiver = LoopbackReceiver(
        host=profile.redirect_host,
        port=checked_port(profile.redirect_port if port is None else port),
        path=profile.redirect_path,
        on_rejected=lambda why: progress(
            ConnectProgress("warning", f"Ignored an unexpected answer ({why}); still waiting…")
        ),
        cancel=cancel,
    )
    waiting = threading.Event()
    with receiver:
        relay = profile.redirect_relay
        # The relay page reads the port and path from ``state``, so it is made once bound.
        state = relay_state(profile, receiver.port) if relay else new_state()
        receiver.expect_state(state)
        # RFC 6749 §4.1.3: the token request repeats this exact redirect_uri (the attempt's).
        redirect_uri = relay or receiver.redirect_uri
        attempt = start_authorization(
            profile, redirect_uri, state=state, client_id=profile.client_id
        )
        relayed = f", relayed to {receiver.redirect_uri}" if relay else ""
        timeline.add("authorize", f"redirect_uri={redirect_uri}{relayed}")
        if paste is not None:
            paste.attach(receiver, (attempt.redirect_uri, receiver.redirect_uri))
        progress(ConnectProgress("waiting", WAITING, attempt.url))
        waiting.set()
        _launch_browser(browser, attempt.url, progress, waiting)
        try:
            callback = receiver.wait(timeout, cancel)
        finally:
            waiting.clear()
            if paste is not None:
                paste.detach()
    how = "pasted by the person" if callback.pasted else "received on the loopback listener"
    timeline.add("callback", f"redirect {how}")
    return attempt, parse_authorization_response(attempt, profile, callback.params)


def relay_state(profile: ProviderProfile, port: int) -> str:
    """``state`` for a relay profile: fresh randomness plus where the page forwards to.

    ``lg1.<nonce>.<port>.<path>`` (``relay_state``): 256 random bits keep ``state``'s RFC
    6749 §10.12 job, and the whole value is compared on return, so an altered port or path
    only fails that comparison.
    """
    try:
        return make_relay_state(new_relay_nonce(), port, profile.redirect_path)
    except ValueError as exc:
        raise ProfileError(
            f"{profile.display_name} cannot be connected through its relay page: its "
            "settings name a port or path the page cannot forward to. Ask your administrator.",
            detail=f"{profile.source or profile.id}: redirect_port {port}, redirect_path "
            f"{profile.redirect_path!r}: {exc}",
        ) from None


def _launch_browser(
    browser: Callable[[str], bool],
    url: str,
    progress: Callable[[ConnectProgress], None],
    waiting: threading.Event,
) -> None:
    """Opens the browser on a daemon thread; says so if it could not, while still waiting."""

    def launch() -> None:
        if not _open_browser(browser, url) and waiting.is_set():
            progress(ConnectProgress("waiting", NO_BROWSER, url))

    threading.Thread(target=launch, name="browser-launch", daemon=True).start()


def checked_port(port: int) -> int:
    """A typed port must be one a browser will actually open (Chromium's unsafe list)."""
    from ..providers.unsafe_ports import is_unsafe_port

    if not 0 <= port <= 65535:
        raise LoopbackError(f"{port} is not a port number (use 1–65535, or 0 for any free port).")
    if port and is_unsafe_port(port):
        raise LoopbackError(
            f"Browsers refuse to open port {port} (ERR_UNSAFE_PORT), so the answer could never "
            "arrive. Choose another port."
        )
    return port


def _open_browser(browser: Callable[[str], bool], url: str) -> bool:
    try:
        return bool(browser(url))
    except Exception:  # a broken browser setting must not end the attempt
        log.exception("opening the browser failed")
        return False
