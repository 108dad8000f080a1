#!/bin/sh
# Install Handout Builder for you (no administrator rights needed):
#   the app goes to ~/.local/share/handout-builder-app (or $XDG_DATA_HOME/...),
#   a `handout-builder` command to ~/.local/bin, and the menu entry, icons and
#   .handout file type to your desktop (`handout-builder install-desktop`).
# Running it again replaces an earlier installation. Your handouts and data
# (~/.local/share/handout-builder) are never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-}
case $data in /*) ;; *) data=$HOME/.local/share ;; esac
dest=$data/handout-builder-app
bin=$HOME/.local/bin

if [ ! -x "$here/handout-builder" ]; then
    echo "install.sh: run it from the unpacked Handout Builder folder" >&2
    exit 1
fi
if [ "$here" != "$dest" ]; then
    mkdir -p "$data"
    staging=$(mktemp -d "$data/.handout-builder-app.XXXXXX")
    cp -R "$here/." "$staging/"
    chmod 755 "$staging"
    if [ -e "$dest" ]; then
        mv "$dest" "$staging.old"
    fi
    mv "$staging" "$dest"
    rm -rf "$staging.old"
fi

# The command: a link in ~/.local/bin, unless something else is there already.
mkdir -p "$bin"
link=$bin/handout-builder
if [ ! -e "$link" ] && [ ! -L "$link" ]; then
    ln -s "$dest/handout-builder" "$link"
elif [ -L "$link" ] && [ "$(readlink "$link")" = "$dest/handout-builder" ]; then
    :
else
    echo "install.sh: note: $link exists and is not ours; left as it is" >&2
fi

"$dest/handout-builder" install-desktop
echo "Handout Builder is installed in $dest."
echo "Start it from your applications menu, or double-click a .handout file."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "To use the handout-builder command in a terminal, add $bin to your PATH." ;;
esac
