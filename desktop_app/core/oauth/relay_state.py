"""The ``state`` format that lets an https relay page find Loopgate's loopback listener.

Some providers accept only https redirect URIs under the app's Site URL (Clover
production apps). An administrator then hosts ``resources/relay/index.html`` under
that site and registers it as the redirect URI. The provider sends the browser there;
the page forwards the *whole* query string, unchanged, to
``http://127.0.0.1:<port><path>`` (RFC 8252 §7.3: the loopback IP literal, never a
name) and nowhere else.

The page learns port and path from fixed ``data-port``/``data-path`` attributes on its
``<body>`` when an administrator set them, otherwise from ``state``::

    lg1.<nonce>.<port>.<path>

- ``lg1``: this format, version 1;
- ``nonce``: 22–64 base64url characters (``[A-Za-z0-9_-]``; 22 characters carry 132
  bits) drawn fresh per attempt, so ``state`` keeps its RFC 6749 §10.12 job;
- ``port``: decimal 1024–65535, no leading zero;
- ``path``: 1–8 segments of 1–64 ``[A-Za-z0-9_-]`` characters joined by ``~``, meaning
  ``/seg1/seg2`` (no dots, so no ``..``; no ``/``, ``@``, ``:`` or ``%``).

Every character is unreserved (RFC 3986 §2.3), so no provider re-encodes it. The page's
inline script implements exactly the same rule (``RELAY_STATE_PATTERN`` below; the
tests run both on one corpus). The app compares the *whole* returned ``state`` with the
one it sent, so a port or path altered on the way only fails that check: the random
part is bound to the attempt, and the code is useless without the PKCE verifier.
"""

from __future__ import annotations

import re
import secrets

PREFIX = "lg1"
MIN_PORT, MAX_PORT = 1024, 65535
MAX_SEGMENTS = 8
_SEGMENT = r"[A-Za-z0-9_-]{1,64}"
_NONCE = r"[A-Za-z0-9_-]{22,64}"
# Kept character for character equal to the page's ``STATE`` regular expression.
RELAY_STATE_PATTERN = (
    rf"^lg1\.({_NONCE})\.([1-9][0-9]{{3,4}})\.({_SEGMENT}(?:~{_SEGMENT}){{0,{MAX_SEGMENTS - 1}}})$"
)
_STATE = re.compile(RELAY_STATE_PATTERN)
_NONCE_ONLY = re.compile(_NONCE)
_PATH = re.compile(rf"(?:/{_SEGMENT}){{1,{MAX_SEGMENTS}}}")


def new_relay_nonce() -> str:
    """256 bits from the CSPRNG, base64url (43 characters)."""
    return secrets.token_urlsafe(32)


def is_relay_path(path: str) -> bool:
    """A path the relay can carry: ``/`` then 1–8 safe segments (e.g. ``/callback``)."""
    return _PATH.fullmatch(path) is not None


def is_relay_port(port: int) -> bool:
    return isinstance(port, int) and not isinstance(port, bool) and MIN_PORT <= port <= MAX_PORT


def make_relay_state(nonce: str, port: int, path: str) -> str:
    """``lg1.<nonce>.<port>.<path>``; ``ValueError`` for anything the page would refuse."""
    if _NONCE_ONLY.fullmatch(nonce or "") is None:
        raise ValueError("the nonce must be 22-64 base64url characters (at least 128 bits)")
    if not is_relay_port(port):
        raise ValueError(f"the port must be between {MIN_PORT} and {MAX_PORT}")
    if not is_relay_path(path):
        raise ValueError("the path must be '/' and 1-8 segments of letters, digits, '-' or '_'")
    state = f"{PREFIX}.{nonce}.{port}.{path[1:].replace('/', '~')}"
    assert parse_relay_state(state) == (port, path)  # the two halves must never drift
    return state


def parse_relay_state(state: str | None) -> tuple[int, str] | None:
    """``(port, path)`` from a relay state, or ``None`` when it must not be forwarded."""
    if not isinstance(state, str):
        return None
    # ``fullmatch``: ``$`` alone would accept a trailing newline, which the page's does not.
    found = _STATE.fullmatch(state)
    if found is None:
        return None
    port = int(found.group(2))
    if not MIN_PORT <= port <= MAX_PORT:
        return None
    return port, "/" + found.group(3).replace("~", "/")
