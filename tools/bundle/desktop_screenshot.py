"""docs/desktop-launch.png: the installed bundle started from its desktop entry.

Run after `make bundle` (needs Xvfb, Openbox, scrot and gio; installed as root):

    .venv/bin/python tools/bundle/desktop_screenshot.py

In a throw-away home it runs the bundle's install.sh, starts Xvfb with the
Openbox window manager, opens a handout through the menu entry the way a file
manager does (`gio launch org.handoutbuilder.HandoutBuilder.desktop FILE`), waits
for the preview, and takes a screenshot of the whole screen.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from handout_builder import APP_ID  # noqa: E402

DISPLAY = ":57"
SCREEN = "1440x900x24"
TOOLS = {"Xvfb": "xvfb", "openbox": "openbox", "scrot": "scrot", "gio": "libglib2.0-bin"}


def ensure_tools() -> None:
    missing = [package for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if missing and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-q", *missing], check=True)
    elif missing:
        sys.exit(f"install {' '.join(missing)} first")


def main() -> int:
    ensure_tools()
    (archive,) = sorted((ROOT / "dist").glob("handout-builder-*-linux-*.tar.gz"))[-1:]
    scratch = Path(tempfile.mkdtemp(prefix="hb-desktop-shot-"))
    home = scratch / "home"
    data = scratch / "data"
    runtime = scratch / "run"
    for folder in (home, data, runtime):
        folder.mkdir(mode=0o700)
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_DATA_DIRS": "/usr/share",
        "XDG_RUNTIME_DIR": str(runtime),
        "HANDOUT_BUILDER_HOME": str(data),
        "DISPLAY": DISPLAY,
    }
    with tarfile.open(archive) as tar:
        tar.extractall(scratch, filter="tar")
    (unpacked,) = [p for p in scratch.iterdir() if p.name.startswith("handout-builder-")]
    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True)
    program = home / ".local" / "share" / "handout-builder-app" / "handout-builder"
    handout = home / "Documents" / "Sam - coping with anxiety.handout"
    handout.parent.mkdir()
    subprocess.run(
        [
            str(program),
            "build",
            "--topic",
            "anxiety-alarm",
            "--topic",
            "grounding-skills",
            "--title",
            "Coping with anxiety",
            "--save-handout",
            str(handout),
            "-o",
            str(scratch / "unused.pdf"),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    (data / "settings.json").write_text(json.dumps({"setup_done": True}))

    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(
            subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", SCREEN, "-nolisten", "tcp"])
        )
        time.sleep(2)
        started.append(subprocess.Popen(["openbox"], env=env))
        time.sleep(2)
        desktop_file = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
        subprocess.run(["gio", "launch", str(desktop_file), str(handout)], env=env, check=True)
        time.sleep(45)  # start, first preview, reading checks (a loaded machine is slow)
        shot = ROOT / "docs" / "desktop-launch.png"
        subprocess.run(["scrot", "--overwrite", str(shot)], env=env, check=True)
        print(f"  {shot.relative_to(ROOT)}")
    finally:
        for lock in (runtime / "handout-builder").glob("*.lock"):  # the app: its pid is line 1
            os.kill(int(lock.read_text().split()[0]), signal.SIGTERM)
        time.sleep(3)
        shutil.rmtree(scratch, ignore_errors=True)
        for process in reversed(started):
            process.terminate()
            process.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
