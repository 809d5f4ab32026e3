"""One Loopgate per user and data home: a second launch asks the first to come forward.

Two windows would each auto-refresh the same accounts; the refresh locks keep that safe,
but it is confusing. The endpoint lives where only this user can create it
(``instance_place``), and a launch steps aside only for an instance that answers a
challenge with this user's proof key (``core.base.local_proof``): whatever else answers
there, Loopgate starts anyway and says so in the log. It never exits silently.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .instance_place import instance_place

RAISE = b"raise"
PURPOSE = "single-instance"
log = logging.getLogger(__name__)


def server_name() -> str:
    return instance_place().name


def ask_running_instance(
    name: str | None = None, timeout_ms: int = 500, reply_ms: int = 2000
) -> bool | None:
    """True: this user's Loopgate answered and was asked to come forward. False: nobody
    listens. None: something answered that could not prove it is this user's Loopgate."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False  # the usual first launch: nothing more to load before the first paint
    from desktop_app.core.base.local_proof import new_challenge, verify

    challenge = new_challenge()
    socket.write(RAISE + b" " + challenge.encode("ascii") + b"\n")
    socket.flush()
    answered = socket.canReadLine() or _wait_for_line(socket, reply_ms)
    reply = bytes(socket.readLine().data()).strip().decode("ascii", "replace") if answered else ""
    socket.abort()
    return True if reply and verify(PURPOSE, challenge, reply) else None


def _wait_for_line(socket: QLocalSocket, timeout_ms: int) -> bool:
    for _ in range(4):  # the reply may arrive in pieces
        if not socket.waitForReadyRead(timeout_ms // 4 or 1):
            return socket.canReadLine()
        if socket.canReadLine():
            return True
    return False


class InstanceServer(QObject):
    """Listens for later launches; ``raise_requested`` fires when one knocks."""

    raise_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a crashed instance left its socket file
        return self.server.listen(self.name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            # The knocking launch writes at once and waits for the proof: a short wait
            # suffices and avoids lambdas that could outlive the socket.
            arrived = connection.canReadLine() or connection.waitForReadyRead(300)
            line = bytes(connection.readLine().data()).strip() if arrived else b""
            if line.startswith(RAISE):
                self._prove(connection, line[len(RAISE) :].strip())
                self.raise_requested.emit()
            connection.abort()
            connection.deleteLater()

    def _prove(self, connection: QLocalSocket, challenge: bytes) -> None:
        from desktop_app.core.base.local_proof import prove

        if challenge:
            connection.write(prove(PURPOSE, challenge.decode("ascii", "replace")).encode() + b"\n")
            connection.flush()
            connection.waitForBytesWritten(300)

    def close(self) -> None:
        self.server.close()


def claim(parent: QObject) -> InstanceServer | None:
    """``None`` when this user's Loopgate is already running (and was raised); otherwise
    the listening server of this launch, which goes on even if something squats the name."""
    place = instance_place()
    answer = ask_running_instance(place.name)
    if answer:
        _report("Loopgate is already running; its window was brought to the front.")
        return None
    if answer is None:
        _report(
            f"Another program answers at {place.name} and could not prove it is your "
            "Loopgate; starting anyway, without the single-instance check."
        )
    elif place.problem:
        _report(f"The usual single-instance place could not be used ({place.problem}).")
    server = InstanceServer(place.name, parent=parent)
    if not server.listen():
        _report(f"Could not listen at {place.name}: {server.server.errorString()}")
    return server


def _report(message: str) -> None:
    """Before the first paint logging is not set up yet; these rare lines set it up."""
    import sys

    from desktop_app.core.base.logs import configure_logging

    configure_logging()
    log.warning("%s", message)
    if sys.stderr is not None:  # a windowed app on Windows has none
        print(f"loopgate: {message}", file=sys.stderr)
