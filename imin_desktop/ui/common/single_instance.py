"""One running imIN Desktop per user: a second launch hands its file to the first and exits.

The first instance listens on a local socket (``QLocalServer``: a Unix socket on Linux and
macOS, a named pipe on Windows) whose name is derived from the user; a later ``imin-desktop
FILE`` connects, sends one JSON line per file (``{"open": PATH, "read_only": BOOL}``) and leaves.
The first instance then opens the file (an event already open just has its window raised).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_MS = 500
MAX_MESSAGE = 64 * 1024  # a handful of paths; anything longer is not ours


def default_name() -> str:
    """The socket's name for this user (``IMIN_INSTANCE_NAME`` overrides it, for tests)."""
    override = os.environ.get("IMIN_INSTANCE_NAME")
    if override:
        return override
    try:
        user = getpass.getuser()
    except Exception:
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return "imin-desktop-" + hashlib.sha256(user.encode()).hexdigest()[:16]


def forward(paths: list[tuple[str, bool]], name: str | None = None) -> bool:
    """Hand ``paths`` (path, read-only) to a running instance; False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name or default_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    lines = (
        b"".join(
            json.dumps({"open": str(Path(p).resolve()), "read_only": ro}).encode() + b"\n"
            for p, ro in paths
        )
        or b'{"open": "", "read_only": false}\n'
    )
    socket.write(QByteArray(lines))
    socket.flush()  # a local socket usually writes everything here; wait for any rest
    sent = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_MS)
    return sent


class InstanceServer(QObject):
    """Listens for later launches; ``open_requested(path, read_only)`` for each file they pass
    (an empty path: a bare second launch, which brings the program to the front)."""

    open_requested = Signal(str, bool)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or default_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        ok = self.server.listen(self.name)
        if not ok:
            log.info("single-instance socket unavailable: %s", self.server.errorString())
        return ok

    def close(self) -> None:
        """Stop listening and drop every connection (before this object goes away: a socket
        must not report its end to a half-destroyed server)."""
        buffers, self._buffers = self._buffers, {}
        for socket in buffers:
            with contextlib.suppress(RuntimeError):
                socket.abort()
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                return
            self._buffers[socket] = b""
            # bound methods of this QObject: Qt drops the connections when it goes away
            socket.readyRead.connect(self._read_all)
            socket.disconnected.connect(self._read_all)
        self._read_all()

    def _read_all(self) -> None:
        """Read what every connected launch has sent; handle each complete line."""
        for socket in list(self._buffers):
            data = self._buffers[socket] + bytes(socket.readAll().data())
            if len(data) > MAX_MESSAGE:
                log.info("ignored an oversized message on the single-instance socket")
                data = b""
                socket.abort()
            *lines, rest = data.split(b"\n")
            for line in lines:
                self._handle(line)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                if rest.strip():
                    self._handle(rest)
                del self._buffers[socket]
                socket.deleteLater()
            else:
                self._buffers[socket] = rest

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line)
            path, read_only = message["open"], message.get("read_only", False)
        except (ValueError, KeyError, TypeError, AttributeError):
            log.info("ignored a malformed message on the single-instance socket")
            return
        if isinstance(path, str) and isinstance(read_only, bool):
            self.open_requested.emit(path, read_only)
