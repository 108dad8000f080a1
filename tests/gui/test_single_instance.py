"""A second launch hands its files to the running app over a user-only local
socket; a crashed app's lock does not block the next start."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket

from handout_builder.core.model.handout import save_handout
from handout_builder.gui.single_instance import (
    FileOpenEvents,
    HandOver,
    SingleInstance,
    parse_message,
    runtime_folder,
)


@pytest.fixture
def runtime(tmp_path_factory, monkeypatch) -> Path:
    """A short, user-only XDG_RUNTIME_DIR (socket paths must stay under ~100 bytes)."""
    folder = Path(tmp_path_factory.mktemp("rt", numbered=True))
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def running(qapp, runtime):
    instance = SingleInstance()
    assert instance.claim() and instance.listen()
    yield instance
    instance.close()


def launch(*args: str, cwd: Path | None = None, **env: str) -> subprocess.Popen[str]:
    """``handout-builder ARGS`` as the desktop would start it, without a display."""
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.Popen(
        [sys.executable, "-m", "handout_builder", *args],
        env={**environment, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
    )


def test_second_launch_hands_its_files_to_the_running_app(qtbot, running, tmp_path, make_handout):
    first, second = tmp_path / "sam.handout", tmp_path / "alex.handout"
    for path in (first, second):
        save_handout(make_handout("anxiety-alarm"), path)
    with qtbot.waitSignal(running.received, timeout=30_000) as got:  # names as typed
        process = launch(
            "sam.handout", "alex.handout", cwd=tmp_path, XDG_ACTIVATION_TOKEN="token-1"
        )
    assert got.args[0] == HandOver((first, second), "token-1")
    assert process.wait(30) == 0  # it hands over and leaves; no second window


def test_second_launch_without_files_brings_the_window_forward(qtbot, running):
    with qtbot.waitSignal(running.received, timeout=30_000) as got:
        process = launch()
    assert got.args[0] == HandOver(())
    assert process.wait(30) == 0


def test_the_socket_and_its_folder_are_the_users_only(running, runtime):
    folder = runtime / "handout-builder"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (socket,) = folder.glob("*.socket")
    assert stat.S_ISSOCK(socket.stat().st_mode)
    assert socket.stat().st_mode & 0o077 == 0


def test_another_data_folder_is_another_app(running, monkeypatch, tmp_path):
    monkeypatch.setenv("HANDOUT_BUILDER_HOME", str(tmp_path / "portable"))
    other = SingleInstance()
    assert other.claim()
    other.close()


def test_a_crashed_apps_lock_is_taken_over(runtime, tmp_path):
    code = (
        "import time; from handout_builder.gui.single_instance import SingleInstance;"
        "s = SingleInstance(); print(s.claim(), flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
    assert not SingleInstance().claim()  # held by a live app
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    assert SingleInstance().claim()  # its process is gone: the lock is stale


def test_a_broken_or_oversized_message_is_dropped_and_serving_goes_on(qtbot, running, tmp_path):
    for payload in (b"not json\n", b'{"files": [1, 2]}\n', b"[" * 5000 + b"\n", b"x" * 1100000):
        socket = QLocalSocket()
        socket.connectToServer(running.server_name)
        assert socket.waitForConnected(5000)
        socket.write(payload)
        socket.flush()
        qtbot.wait(100)
        socket.abort()
    with qtbot.waitSignal(running.received, timeout=30_000) as got:
        process = launch()
    assert got.args[0] == HandOver(())
    assert process.wait(30) == 0


def test_parse_message_keeps_absolute_paths_only():
    line = json.dumps({"files": ["/a/sam.handout", "relative.handout"], "activation_token": 5})
    assert parse_message(line.encode()) == HandOver((Path("/a/sam.handout"),), "")
    assert parse_message(b"\xff\xfe") is None


def test_runtime_folder_refuses_one_open_to_others(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    folder = runtime_folder()
    assert folder == tmp_path / f"handout-builder-{os.getuid()}"
    folder.chmod(0o777)
    assert runtime_folder() is None  # someone could have planted a socket there
    folder.chmod(0o700)
    assert runtime_folder() == folder


def test_no_safe_folder_means_no_hand_over_but_the_app_starts(monkeypatch):
    monkeypatch.setattr("handout_builder.gui.single_instance.runtime_folder", lambda: None)
    instance = SingleInstance()
    assert not instance.available and instance.claim() and not instance.listen()


def test_macos_finder_files_arrive_as_file_open_events(qapp, qtbot, tmp_path):
    events = FileOpenEvents()
    target = QCoreApplication.instance()
    target.installEventFilter(events)
    try:
        with qtbot.waitSignal(events.received) as got:
            QCoreApplication.sendEvent(target, QFileOpenEvent(str(tmp_path / "sam.handout")))
    finally:
        target.removeEventFilter(events)
    assert got.args[0] == HandOver((tmp_path / "sam.handout",))


def test_hand_over_gives_up_when_nobody_answers(runtime, monkeypatch):
    monkeypatch.setattr("handout_builder.gui.single_instance.CONNECT_PATIENCE", 0.3)
    started = time.monotonic()
    assert not SingleInstance().hand_over([Path("/a.handout")])
    assert time.monotonic() - started < 5


def test_the_app_serves_once_its_window_has_started(qtbot, runtime, home):
    """Not while the window is made and its last preview shown: a second
    launch waits for that (the socket, and QtNetwork, are off that path)."""
    from handout_builder.gui.main_window import MainWindow
    from handout_builder.gui.services.render_service import RenderService
    from tests.gui.conftest import _discard_changes
    from tests.gui.fake_renderer import FakeRenderer

    instance = SingleInstance()
    window = MainWindow(service=RenderService(renderer=FakeRenderer()))
    qtbot.addWidget(window, before_close_func=_discard_changes)
    assert instance.claim()
    instance.listen_after_start_up(window.started)
    sockets = runtime / "handout-builder"
    assert not list(sockets.glob("*.socket"))  # nothing on the start-up path
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    assert list(sockets.glob("*.socket"))
    instance.close()
