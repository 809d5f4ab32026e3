"""Opening a URL through the XDG desktop portal (Linux), so it never sits on a command line.

Every local user can read every process's command line (``ps``, ``/proc/<pid>/cmdline``)
unless ``/proc`` is mounted with ``hidepid``. The authorize URL carries the attempt's
``state``, loopback port, PKCE challenge and nonce; ``xdg-open`` or a browser started
with the URL as an argument shows all of it. ``org.freedesktop.portal.OpenURI`` takes the
URL over the user's own session bus instead (docs/security.md says what remains).

The call returns once the portal has taken the request; whether a browser then opened is
reported later by a ``Response`` signal we do not wait for — the waiting page offers
"Open the page again" and "Copy link" for that case. Any failure (no session bus, no
portal, no ``jeepney``) answers False and the caller falls back.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

log = logging.getLogger(__name__)

PORTAL_NAME = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
OPEN_URI_INTERFACE = "org.freedesktop.portal.OpenURI"
# Set to 1 to never use the portal (a broken portal setup; the tests' default).
DISABLE_ENV = "LOOPGATE_NO_PORTAL"
CALL_TIMEOUT = 5.0


def portal_wanted() -> bool:
    """Linux with a session bus, and not switched off."""
    if not sys.platform.startswith("linux") or os.environ.get(DISABLE_ENV, "") == "1":
        return False
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS") or _default_bus_exists())


def _default_bus_exists() -> bool:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and os.path.exists(os.path.join(runtime, "bus"))


def open_uri(url: str, *, timeout: float = CALL_TIMEOUT) -> bool:
    """Hands ``url`` to the portal; True once it accepted the request."""
    if not portal_wanted():
        return False
    try:
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return False
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            if not _portal_present(connection, timeout):
                return False
            reply = connection.send_and_get_reply(_open_uri_call(url), timeout=timeout)
    except (OSError, ValueError, TimeoutError, KeyError) as exc:
        log.info("the desktop portal could not be used: %s", type(exc).__name__)
        return False
    if _is_error(reply):
        from jeepney import HeaderFields

        log.info("the portal refused OpenURI: %s", reply.header.fields.get(HeaderFields.error_name))
        return False
    return True


def _open_uri_call(url: str) -> Any:
    from jeepney import DBusAddress, new_method_call

    portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL_NAME, interface=OPEN_URI_INTERFACE)
    # OpenURI(parent_window, uri, options): no parent window, no options.
    return new_method_call(portal, "OpenURI", "ssa{sv}", ("", url, {}))


def _portal_present(connection: Any, timeout: float) -> bool:
    """Running now, or startable by D-Bus activation (the usual case on a desktop)."""
    from jeepney.bus_messages import message_bus

    owned = connection.send_and_get_reply(message_bus.NameHasOwner(PORTAL_NAME), timeout=timeout)
    if not _is_error(owned) and owned.body and owned.body[0]:
        return True
    names = connection.send_and_get_reply(message_bus.ListActivatableNames(), timeout=timeout)
    return not _is_error(names) and bool(names.body) and PORTAL_NAME in names.body[0]


def _is_error(message: Any) -> bool:
    from jeepney import MessageType

    return bool(message.header.message_type == MessageType.error)
