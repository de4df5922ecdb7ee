#!/usr/bin/env bash
# Install Emend's desktop entry, AppStream metainfo and icons (hicolor theme layout) into a prefix,
# so desktops list Emend with its icon and offer it for text, Markdown, HTML and .docx files.
# Usage: packaging/install_desktop_files.sh [--prefix DIR] [--binary FILE]   (default prefix: ~/.local)
# --binary links PREFIX/bin/emend to FILE (e.g. dist/Emend/Emend), for the entry's `Exec=emend`
# when Emend runs from the frozen bundle rather than a pip install.
set -euo pipefail

APP_ID="io.github.emend.Emend"
SIZES="16 32 48 64 128 256 512"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ICONS="$ROOT/resources/icons/app"
prefix="$HOME/.local"
binary=""

usage() { echo "usage: $0 [--prefix DIR] [--binary FILE]" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) if [ $# -lt 2 ] || [ -z "$2" ]; then usage; fi; prefix="$2"; shift 2 ;;
        --prefix=?*) prefix="${1#--prefix=}"; shift ;;
        --binary) if [ $# -lt 2 ] || [ -z "$2" ]; then usage; fi; binary="$2"; shift 2 ;;
        --binary=?*) binary="${1#--binary=}"; shift ;;
        -h|--help) echo "usage: $0 [--prefix DIR] [--binary FILE]"; exit 0 ;;
        *) echo "install_desktop_files: unknown argument '$1'" >&2; usage ;;
    esac
done

share="$prefix/share"
if [ -n "$binary" ]; then
    [ -x "$binary" ] || { echo "install_desktop_files: '$binary' is not an executable file" >&2; exit 2; }
    mkdir -p "$prefix/bin"
    ln -sfn "$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")" "$prefix/bin/emend"
fi
install -D -m 644 "$ROOT/packaging/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -D -m 644 "$ROOT/packaging/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$ICONS/$APP_ID.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    install -D -m 644 "$ICONS/$APP_ID-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

# Refresh the desktop's caches when the tools are there; a missing tool only delays the refresh.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "installed $APP_ID desktop entry, metainfo and icons under $share"
