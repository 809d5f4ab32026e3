"""One Loopgate per user and data home: a second launch asks the first to come forward.

Two windows would each auto-refresh the same accounts; the refresh locks keep that safe,
but it is confusing. The key includes the user and ``LOOPGATE_HOME`` so test runs and a
real session never find each other.
"""

from __future__ import annotations

import getpass
import hashlib
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


def server_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    home = os.path.abspath(os.environ.get("LOOPGATE_HOME", "") or "~")
    digest = hashlib.sha256(f"{user}\0{home}".encode()).hexdigest()[:16]
    return f"loopgate-{digest}"


def ask_running_instance(name: str | None = None, timeout_ms: int = 500) -> bool:
    """True when another instance answered (and was asked to raise its window)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


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
            # The knocking launch writes at once and then exits: a short wait suffices and
            # avoids lambdas that could outlive the socket.
            arrived = connection.bytesAvailable() or connection.waitForReadyRead(300)
            if arrived and bytes(connection.readAll().data()).startswith(RAISE.strip()):
                self.raise_requested.emit()
            connection.abort()
            connection.deleteLater()

    def close(self) -> None:
        self.server.close()
