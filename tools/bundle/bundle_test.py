"""`make bundle-test`: the built bundle works on its own (run after `make bundle`).

From a throw-away home, with neither the venv nor the sources on PATH or
PYTHONPATH (a clean environment, as the desktop starts programs):

1. unpack dist/handout-builder-*.tar.gz and run its install.sh;
2. render from the command line: `build` (in-process WeasyPrint), `render` of a
   saved handout, a user layout (the spawned render worker), `check`
   (reading-level dictionaries); WeasyPrint's libraries must load from the bundle;
3. start the GUI offscreen to its first paint, and hand a file to a running app;
4. time the first paint against the venv install (alternating runs);
5. uninstall.sh removes what install.sh added.

Prints one line per step and the figures; exits non-zero at the first failure.
"""

from __future__ import annotations

import io
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from handout_builder import APP_ID  # noqa: E402
from tools.bundle.build import folder_size  # noqa: E402

TIMING_RUNS = 11
CLEAN_PATH = "/usr/bin:/bin"


class Failed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def run(
    args: list[str], env: dict[str, str], timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise Failed(f"{' '.join(args)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return done


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def first_paint(program: list[str], env: dict[str, str]) -> float:
    """Seconds from start to the main window's first paint (the app's own probe)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        program, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            break
    process.wait(60)
    check(elapsed is not None and process.returncode == 0, "the GUI did not paint its window")
    assert elapsed is not None
    return elapsed


def main() -> int:
    archives = sorted((ROOT / "dist").glob("handout-builder-*-linux-*.tar.gz"))
    check(bool(archives), "no dist/handout-builder-*.tar.gz: run `make bundle` first")
    archive = archives[-1]
    scratch = Path(tempfile.mkdtemp(prefix="hb-bundle-test-"))
    try:
        return run_steps(archive, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run_steps(archive: Path, scratch: Path) -> int:
    home = scratch / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": CLEAN_PATH,
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(scratch / "run"),
        "HANDOUT_BUILDER_HOME": str(scratch / "data"),
    }
    (scratch / "run").mkdir(mode=0o700)

    with tarfile.open(archive) as tar:
        tar.extractall(scratch / "unpacked", filter="tar")
    (unpacked,) = (scratch / "unpacked").iterdir()
    run(["sh", str(unpacked / "install.sh")], env)
    app_dir = home / ".local" / "share" / "handout-builder-app"
    program = app_dir / "handout-builder"
    desktop_file = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    check(program.is_file(), "install.sh did not install the program")
    check(f"Exec={program} %F" in desktop_file.read_text(), "desktop entry does not start it")
    print(f"ok  install.sh: {app_dir}, menu entry {desktop_file.name}")

    out = scratch / "out"
    out.mkdir()
    debug_env = dict(env, LD_DEBUG="libs")
    built = run(
        [
            str(program),
            "build",
            "--topic",
            "anxiety-alarm",
            "--topic",
            "window-of-tolerance",
            "--title",
            "Bundle test",
            "--save-handout",
            str(out / "t.handout"),
            "-o",
            str(out / "build.pdf"),
        ],
        debug_env,
    )
    loaded = [line for line in built.stderr.splitlines() if "calling init:" in line]
    for library in ("libpango-1.0", "libharfbuzz.so", "libharfbuzz-subset", "libfontconfig"):
        paths = {line.split("calling init:")[1].strip() for line in loaded if library in line}
        check(bool(paths), f"{library} was not loaded")
        check(all(p.startswith(str(app_dir)) for p in paths), f"{library} came from {paths}")
    check("Bundle test" in pdf_text(out / "build.pdf"), "build: PDF lacks its title")
    print("ok  build: PDF written; Pango, HarfBuzz (+subset), fontconfig loaded from the bundle")

    run([str(program), "render", str(out / "t.handout"), "-o", str(out / "render.pdf")], env)
    check("window of tolerance" in pdf_text(out / "render.pdf").lower(), "render: wrong PDF")
    print("ok  render of a saved handout")

    run([str(program), "layout", "new", "mine"], env)
    run(
        [
            str(program),
            "build",
            "--topic",
            "sleep-and-mood",
            "--layout",
            "mine",
            "-o",
            str(out / "worker.pdf"),
        ],
        env,
    )
    check(len(pdf_text(out / "worker.pdf")) > 200, "user layout: empty PDF")
    print("ok  user layout rendered in the spawned render worker")

    report = run([str(program), "check", str(out / "t.handout")], env).stdout
    check("grade" in report, "check: no reading grade")
    print("ok  check: reading grades (textstat, CMU dictionary)")

    gui_env = dict(env, QT_QPA_PLATFORM="offscreen", HANDOUT_BUILDER_STARTUP_PROBE="1")
    bundle_paint = first_paint([str(program)], gui_env)
    print(f"ok  GUI offscreen: first paint after {bundle_paint:.2f} s")

    other = out / "other.handout"
    run(
        [
            str(program),
            "build",
            "--topic",
            "validation",
            "--save-handout",
            str(other),
            "-o",
            str(out / "other.pdf"),
        ],
        env,
    )
    primary = subprocess.Popen(
        [str(program), str(out / "t.handout")],
        env=dict(env, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not list((scratch / "run" / "handout-builder").glob("*.socket")):
            check(time.monotonic() < deadline, "the app never started listening for files")
            time.sleep(0.2)
        started = time.perf_counter()
        second = subprocess.run(
            [str(program), str(other)],
            env=env,  # no display: it can only hand the file over, never open a window
            capture_output=True,
            text=True,
            timeout=60,
        )
        check(second.returncode == 0, f"hand-over failed: {second.stderr}")
        handed_over = time.perf_counter() - started
        settings = scratch / "data" / "settings.json"
        deadline = time.monotonic() + 20
        while str(other) not in (settings.read_text() if settings.exists() else ""):
            check(time.monotonic() < deadline, "the running app did not open the handed-over file")
            time.sleep(0.2)
        check(primary.poll() is None, "the running app stopped")
        print(f"ok  second launch handed its file to the running app ({handed_over:.2f} s)")
    finally:
        primary.send_signal(signal.SIGTERM)
        primary.wait(30)

    venv_python = ROOT / ".venv" / "bin" / "python"
    venv_env = dict(gui_env, HANDOUT_BUILDER_HOME=str(scratch / "data-venv"))
    venv_env.pop("PYTHONDONTWRITEBYTECODE", None)
    first_paint([str(venv_python), "-m", "handout_builder"], venv_env)  # caches compiled modules
    bundle_times, venv_times = [], []
    for _ in range(TIMING_RUNS):  # alternating, so both see the same machine load
        bundle_times.append(first_paint([str(program)], gui_env))
        venv_times.append(first_paint([str(venv_python), "-m", "handout_builder"], venv_env))
    bundle_median, venv_median = statistics.median(bundle_times), statistics.median(venv_times)
    print(
        f"first paint, median of {TIMING_RUNS}: bundle {bundle_median:.3f} s, "
        f"venv {venv_median:.3f} s, ratio bundle/venv {bundle_median / venv_median:.2f}"
    )

    run(["sh", str(app_dir / "uninstall.sh")], env)
    check(not app_dir.exists() and not desktop_file.exists(), "uninstall.sh left files")
    check((scratch / "data").is_dir(), "uninstall.sh removed the user's data")
    print("ok  uninstall.sh removed the app and its desktop entry; user data kept")

    print(
        f"bundle size: {folder_size(unpacked) / 2**20:.0f} MiB unpacked, "
        f"{archive.stat().st_size / 2**20:.0f} MiB as {archive.name}"
    )
    print("bundle-test: all steps passed")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (Failed, subprocess.TimeoutExpired) as exc:
        print(f"bundle-test: FAILED: {exc}", file=sys.stderr)
        sys.exit(1)
