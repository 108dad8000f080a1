#!/bin/sh
# Remove Handout Builder installed by install.sh: the menu entry, icons and file
# type, the `handout-builder` link and the app folder. Your handouts and your
# data folder (~/.local/share/handout-builder: brand profiles, settings) stay.
set -eu

data=${XDG_DATA_HOME:-}
case $data in /*) ;; *) data=$HOME/.local/share ;; esac
dest=$data/handout-builder-app
link=$HOME/.local/bin/handout-builder

if [ -x "$dest/handout-builder" ]; then
    "$dest/handout-builder" uninstall-desktop
fi
if [ -L "$link" ] && [ "$(readlink "$link")" = "$dest/handout-builder" ]; then
    rm -f "$link"
fi
rm -rf "$dest"
echo "Handout Builder is removed. Your handouts and data folder were kept."
