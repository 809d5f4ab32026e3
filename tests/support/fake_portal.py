"""A stand-in XDG desktop portal on the test's private session bus.

It owns ``org.freedesktop.portal.Desktop`` and answers ``org.freedesktop.portal.OpenURI``
the way the real portal does (a request object path), recording each URI; ``on_uri``
may act on it (a scripted person at the consent page). Needs a session bus: the suite
runs inside ``tests/with_keychain.sh`` (``dbus-run-session``); without one, skip.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from desktop_app.core.oauth.portal import OPEN_URI_INTERFACE, PORTAL_NAME, PORTAL_PATH


def session_bus_available() -> bool:
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))


class StandInPortal:
    """Context manager: owns the portal name while open; ``uris`` lists what it was sent."""

    def __init__(self, on_uri: Callable[[str], Any] | None = None, *, refuse: bool = False):
        self.on_uri = on_uri
        self.refuse = refuse
        self.uris: list[str] = []
        self.calls: list[tuple[str, str]] = []
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="stand-in-portal", daemon=True)
        self._error: BaseException | None = None

    def __enter__(self) -> StandInPortal:
        self._thread.start()
        if not self._ready.wait(5) or self._error is not None:
            raise RuntimeError(f"the stand-in portal did not start: {self._error!r}")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def _serve(self) -> None:
        try:
            with open_dbus_connection(bus="SESSION") as connection:
                reply = connection.send_and_get_reply(message_bus.RequestName(PORTAL_NAME, 4))
                if reply.body[0] != 1:  # DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
                    raise RuntimeError(f"could not own {PORTAL_NAME}: {reply.body}")
                self._ready.set()
                while not self._stop.is_set():
                    try:
                        message = connection.receive(timeout=0.2)
                    except TimeoutError:
                        continue
                    self._answer(connection, message)
        except BaseException as exc:  # reported by __enter__
            self._error = exc
            self._ready.set()

    def _answer(self, connection: Any, message: Any) -> None:
        if message.header.message_type != MessageType.method_call:
            return
        fields = message.header.fields
        interface = fields.get(HeaderFields.interface, "")
        member = fields.get(HeaderFields.member, "")
        path = fields.get(HeaderFields.path, "")
        self.calls.append((interface, member))
        if (path, interface, member) != (PORTAL_PATH, OPEN_URI_INTERFACE, "OpenURI"):
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
            return
        if self.refuse:
            connection.send(new_error(message, "org.freedesktop.portal.Error.NotAllowed"))
            return
        _parent, uri, _options = message.body
        self.uris.append(uri)
        handle = "/org/freedesktop/portal/desktop/request/1_1/loopgate"
        connection.send(new_method_return(message, "o", (handle,)))
        if self.on_uri is not None:
            threading.Thread(target=self.on_uri, args=(uri,), daemon=True).start()
