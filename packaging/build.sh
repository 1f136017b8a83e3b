#!/usr/bin/env bash
# Builds the analyst desktop bundle (PyInstaller, one folder) from this checkout:
#
#     bash packaging/build.sh          # from any folder
#
# It makes a fresh virtual environment (build/venv, beside PyInstaller's work folder; kept
# as it is when ANALYST_REUSE_VENV=1), installs the package into it (a normal, non-editable
# install, as users get it) with PyInstaller, and runs packaging/analyst.spec. The bundle
# lands in dist/analyst/ and its program is dist/analyst/analyst. Needs Python 3.11+ with
# venv, and binutils (PyInstaller reads and strips native libraries with it).
#
# Environment: PYTHON (default python3, must be 3.11+), ANALYST_REUSE_VENV=1 to keep an
# existing build-venv, PYINSTALLER_SPEC (default "pyinstaller>=6.10,<7").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

python="${PYTHON:-python3}"
venv="$root/build/venv"
pyinstaller_spec="${PYINSTALLER_SPEC:-pyinstaller>=6.10,<7}"

if [[ "${ANALYST_REUSE_VENV:-0}" != 1 || ! -x "$venv/bin/python" ]]; then
    echo "== fresh build environment in $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
echo "== installing analyst and PyInstaller"
"$venv/bin/python" -m pip install --quiet . "$pyinstaller_spec"

echo "== building the bundle"
rm -rf "$root/dist/analyst" "$root/build/analyst"
"$venv/bin/python" -m PyInstaller packaging/analyst.spec --noconfirm --clean \
    --distpath "$root/dist" --workpath "$root/build" --log-level WARN

bundle="$root/dist/analyst"
program="$bundle/analyst"
if [[ ! -x "$program" ]]; then
    echo "build.sh: no program at $program" >&2
    exit 1
fi

# Every native library must find its dependencies inside the bundle or on a standard
# system; a plugin whose library was left out would only fail when Qt loads it.
missing="$(
    find "$bundle" -name '*.so*' -type f -print0 |
        LD_LIBRARY_PATH="$bundle/_internal:$bundle/_internal/PySide6/Qt/lib" \
            xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | sort -u || true
)"
if [[ -n "$missing" ]]; then
    echo "== note: these libraries are neither in the bundle nor on this machine, so the"
    echo "   bundle relies on the user's system for them (X11 desktops have the xcb ones;"
    echo "   install them here, e.g. apt-get install libxcb-icccm4 libxcb-keysyms1"
    echo "   libxcb-cursor0, and rebuild to carry them):"
    echo "$missing"
fi

echo "== smoke test"
"$program" --version

size="$(du -sh "$bundle" | cut -f1)"
echo "== bundle: $bundle ($size on disk)"
echo "== program: $program   (try: $program gui, $program extract seeds/*.txt)"
