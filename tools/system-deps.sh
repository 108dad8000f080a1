#!/bin/sh
# Make sure the system libraries WeasyPrint and Qt need are installed.
# As root on Debian/Ubuntu: installs what is missing with apt-get.
# Otherwise: prints the exact install line and fails.
set -eu

# WeasyPrint: Pango, HarfBuzz (the subset library keeps PDF writing fast).
# Qt: EGL/GL, xkbcommon, fontconfig, D-Bus, GLib, and the xcb libraries the
# desktop (xcb) platform plugin loads. A font so Qt has something to draw with.
PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 \
libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 \
libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 fonts-dejavu-core"

# Tools the tests use to check the desktop integration files (tests skip without
# them); small, so installed when running as root, never required.
OPTIONAL="desktop-file-utils appstream"

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    PACKAGES="$PACKAGES python3-venv"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian-based system; make sure Pango (for WeasyPrint) and Qt's runtime libraries are installed." >&2
    exit 0
fi

not_installed() {
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        case "$status" in
            *"install ok installed"*) ;;
            *) printf ' %s' "$pkg" ;;
        esac
    done
}

# shellcheck disable=SC2086
missing=$(not_installed $PACKAGES)
if [ "$(id -u)" -eq 0 ]; then
    # shellcheck disable=SC2086
    missing="$missing$(not_installed $OPTIONAL)"
fi

[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "system-deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing >/dev/null
else
    echo "system-deps: these system packages are missing. Install them, then run make again:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
