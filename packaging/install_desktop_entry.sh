#!/usr/bin/env bash
# Puts analyst in the desktop's application menu for the current user:
#
#     bash packaging/install_desktop_entry.sh            # after packaging/build.sh
#     PREFIX=/usr/local bash packaging/install_desktop_entry.sh   # for everyone (as root)
#
# Installs the desktop entry, the AppStream metainfo and the icons under $PREFIX/share
# (default ~/.local/share), and links $PREFIX/bin/analyst to the bundle's program
# (dist/analyst/analyst) when the bundle exists; with a pip-installed analyst the console
# command is already on PATH and no link is made.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
prefix="${PREFIX:-$HOME/.local}"
share="$prefix/share"

install -Dm644 "$here/analyst.desktop" "$share/applications/analyst.desktop"
install -Dm644 "$here/io.github.analyst.metainfo.xml" "$share/metainfo/io.github.analyst.metainfo.xml"
install -Dm644 "$root/resources/icons/analyst.svg" "$share/icons/hicolor/scalable/apps/analyst.svg"
for size in 16 32 48 64 128 256; do
    install -Dm644 "$root/resources/icons/analyst-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/analyst.png"
done

if [[ -x "$root/dist/analyst/analyst" ]]; then
    mkdir -p "$prefix/bin"
    ln -sfn "$root/dist/analyst/analyst" "$prefix/bin/analyst"
    echo "linked $prefix/bin/analyst -> $root/dist/analyst/analyst"
fi

if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "installed the desktop entry and icons under $share"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on PATH; the menu entry runs 'analyst gui'" ;;
esac
