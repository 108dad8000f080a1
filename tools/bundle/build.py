"""Build the desktop bundle (`make bundle`): a PyInstaller one-folder app,
packed with its install script as dist/handout-builder-VERSION-linux-ARCH.tar.gz.

Run with the project's venv Python (PyInstaller from the `bundle` extra).
On Windows and macOS the same spec builds the folder (and the .app); packing
and signing there are described in docs/install.md.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = ROOT / "tools" / "bundle"
BUILD = ROOT / "build" / "bundle"
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))

from handout_builder import APP_ID, __version__  # noqa: E402


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_icon() -> None:
    """The program icon for Windows and macOS (PyInstaller turns the PNG into
    .ico/.icns with Pillow)."""
    from handout_builder.desktop.icons import icon_svg, render_png

    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / "icon.png").write_bytes(render_png(icon_svg(APP_ID), 512))


def run_pyinstaller() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={BUILD / 'dist'}",
            f"--workpath={BUILD / 'work'}",
            str(HERE / "handout-builder.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return BUILD / "dist" / "handout-builder"


def pack(app: Path) -> Path:
    """``app`` plus install/uninstall scripts, as a .tar.gz in dist/."""
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(HERE / script, app / script)
        (app / script).chmod(0o755)
    shutil.copy2(HERE / "INSTALL.txt", app / "INSTALL.txt")
    DIST.mkdir(exist_ok=True)
    name = f"handout-builder-{__version__}-linux-{platform.machine()}"
    archive = DIST / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(app, arcname=name)
    return archive


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("build.py packs the Linux bundle; see docs/install.md for Windows and macOS")
        return 2
    make_icon()
    app = run_pyinstaller()
    archive = pack(app)
    print(f"bundle folder: {app} ({folder_size(app) / 2**20:.0f} MiB)")
    print(f"archive:       {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
