"""One running app per user and data folder: a second launch hands its files over.

Double-clicking a handout while the app runs must not start a second app (two
windows writing the same settings and recovery files). The first launch takes
a lock file and listens on a local socket (``QLocalServer``: a Unix domain
socket, a named pipe on Windows); a later launch finds the lock taken, sends
the files it was given to that socket and exits. The running window opens
them (``MainWindow.open_files``).

Only this user can connect: the socket and its lock sit in a folder only the
user can enter (``$XDG_RUNTIME_DIR``, or a checked ``0700`` folder in the
temporary folder), and the socket itself is created user-only
(``UserAccessOption``: mode ``0700`` on Unix, an owner-only ACL on Windows).
The name includes the data folder, so a portable install (another
``HANDOUT_BUILDER_HOME``) is an app of its own.

On macOS the Finder sends files to the running app itself; :class:`FileOpenEvents`
turns those events into the same hand-over.

The message is one line of UTF-8 JSON, ``{"files": [...], "activation_token":
"..."}``, answered with ``ok``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:  # QtNetwork loads when serving or handing over, off the start-up path
    from PySide6.QtCore import SignalInstance
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from handout_builder.core import paths

MESSAGE_LIMIT = 1024 * 1024  # bytes; thousands of paths
REPLY = b"ok\n"
CONNECT_PATIENCE = 10.0  # s a second launch waits for a first one that is still starting
STEP_MS = 250
UNPAINTED_WINDOW_MS = 1000  # serve anyway this long after start-up if never painted


@dataclass(frozen=True)
class HandOver:
    """What a later launch passed on: files to open (absolute paths; none means
    "come to the front") and the desktop's window-activation token, if any."""

    files: tuple[Path, ...]
    activation_token: str = ""


def instance_key() -> str:
    """A short name for this user's app on this data folder (hex digits)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return hashlib.sha256(f"{user}\0{paths.data_home()}".encode()).hexdigest()[:16]


def runtime_folder() -> Path | None:
    """A folder only this user can enter, for the socket and the lock; ``None``
    when none can be made safely (the app then starts without hand-over).

    ``$XDG_RUNTIME_DIR`` (user-only by the XDG spec) when set, else
    ``handout-builder-UID`` in the temporary folder, created ``0700`` and
    refused when it is a link, another user's, or open to others."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if base and Path(base).is_absolute() and Path(base).is_dir():
        folder = Path(base) / "handout-builder"
    elif hasattr(os, "getuid"):
        folder = Path(tempfile.gettempdir()) / f"handout-builder-{os.getuid()}"
    else:  # Windows: the temporary folder is the user's own
        folder = Path(tempfile.gettempdir()) / "handout-builder"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (
        not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077
    ):
        return None
    return folder


class SingleInstance(QObject):
    """The lock, the server of the first launch and the client of later ones.

    ``claim()`` before the ``QApplication`` exists; the first launch then calls
    ``listen()``, later ones ``hand_over()``. ``received`` carries a
    :class:`HandOver` to the running window."""

    received = Signal(object)  # HandOver

    def __init__(self) -> None:
        super().__init__()
        folder, key = runtime_folder(), instance_key()
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self.lock_path = folder / f"{key}.lock" if folder else None
        if sys.platform == "win32":  # a named pipe, not a file
            self.server_name = f"handout-builder-{key}"
        else:
            self.server_name = str(folder / f"{key}.socket") if folder else ""

    @property
    def available(self) -> bool:
        """Whether hand-over can work here (a safe runtime folder was found)."""
        return self.lock_path is not None

    def claim(self) -> bool:
        """Take the lock: ``True`` for the first launch (or when hand-over is not
        available), ``False`` when another launch holds it. A lock left by a
        crashed app is noticed (its process is gone) and taken over."""
        if self.lock_path is None:
            return True
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # held for the app's lifetime; stale only if its process died
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def listen_after_start_up(self, started: SignalInstance) -> None:
        """Start serving once the window has ``started`` (its first paint and
        the last preview on screen; a second launch waits for that), or a
        second after start-up for a window that is not painted."""
        started.connect(self.listen)
        QTimer.singleShot(UNPAINTED_WINDOW_MS, self.listen)

    def listen(self) -> bool:
        """Serve later launches (needs the ``QApplication``). ``False`` when the
        socket cannot be made; the app works on, without hand-over."""
        if self._server is not None:
            return True
        if self._lock is None or not self.server_name:
            return False
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.server_name)  # left behind by a crash; we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(16)
        if not server.listen(self.server_name):
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def hand_over(self, files: list[Path], activation_token: str = "") -> bool:
        """Send ``files`` to the running app; ``True`` once it has answered.

        Waits up to :data:`CONNECT_PATIENCE` seconds for an app that holds the
        lock but is still starting. Blocking; no event loop needed."""
        from PySide6.QtNetwork import QLocalSocket

        message = (
            json.dumps(
                {"files": [str(f) for f in files], "activation_token": activation_token}
            ).encode("utf-8")
            + b"\n"
        )
        deadline = time.monotonic() + CONNECT_PATIENCE
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(STEP_MS):
                socket.write(message)
                socket.waitForBytesWritten(2000)
                answer = b""
                while REPLY not in answer and socket.waitForReadyRead(5000):
                    answer += bytes(socket.readAll().data())
                socket.abort()
                return REPLY in answer
            if time.monotonic() >= deadline:
                return False
            time.sleep(STEP_MS / 1000)

    def close(self) -> None:
        """Stop serving and release the lock (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- the first launch's side ---------------------------------------------------------

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MESSAGE_LIMIT:
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        hand_over = parse_message(bytes(buffer).split(b"\n", 1)[0])
        socket.write(REPLY)
        socket.flush()
        socket.disconnectFromServer()
        if hand_over is not None:
            self.received.emit(hand_over)


class FileOpenEvents(QObject):
    """macOS hands files double-clicked in the Finder to the running app as
    ``QFileOpenEvent`` (not on the command line); installed on the
    application, this passes them on as a :class:`HandOver`."""

    received = Signal(object)  # HandOver

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QFileOpenEvent) or not event.file():
            return False
        self.received.emit(HandOver((Path(event.file()),)))
        return True


def parse_message(line: bytes) -> HandOver | None:
    """A :class:`HandOver` from one message line; ``None`` if it is not one
    (only this user can connect, but a broken client must not crash the app)."""
    with contextlib.suppress(ValueError, RecursionError):
        data = json.loads(line.decode("utf-8"))
        files = data.get("files") if isinstance(data, dict) else None
        token = data.get("activation_token", "") if isinstance(data, dict) else ""
        if isinstance(files, list) and all(isinstance(f, str) and f for f in files):
            return HandOver(
                tuple(Path(f) for f in files if Path(f).is_absolute()),
                token if isinstance(token, str) else "",
            )
    return None
