#!/usr/bin/env bash
# Build the one-folder bundle dist/Emend/ with PyInstaller, then prove the frozen binary works:
# `Emend --version` prints the version and `Emend --screenshot` renders a real PNG offscreen.
# Usage: packaging/package_check.sh [--no-build]   (run from anywhere; exits non-zero on failure)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist/Emend"
BINARY="$DIST/Emend"
MIN_PNG_BYTES=20000  # a blank 1280x800 window compresses to far less than this

fail() { echo "package-check: FAILED: $*" >&2; exit 1; }

build=1
case "${1:-}" in
    --no-build) build=0 ;;
    "") ;;
    *) fail "unknown option '$1' (usage: $0 [--no-build])" ;;
esac

cd "$ROOT"
[ -x "$PYTHON" ] || fail "no Python at $PYTHON (run 'make test' once to create .venv, or set PYTHON)"

if [ "$build" = 1 ]; then
    if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
        echo "package-check: installing PyInstaller into $(dirname "$(dirname "$PYTHON")")"
        "$PYTHON" -m pip install --quiet pyinstaller || fail "cannot install PyInstaller"
    fi
    echo "package-check: building with PyInstaller $("$PYTHON" -m PyInstaller --version)"
    start=$(date +%s)
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$ROOT/dist" --workpath "$ROOT/build" packaging/emend.spec \
        || fail "PyInstaller build"
    echo "package-check: build took $(( $(date +%s) - start )) s"
fi

[ -x "$BINARY" ] || fail "$BINARY was not built"
echo "package-check: dist/Emend is $(du -sh "$DIST" | cut -f1) in $(find "$DIST" -type f | wc -l) files"

expected="emend $("$PYTHON" -c 'import corrections; print(corrections.__version__)')"
version="$("$BINARY" --version)" || fail "'Emend --version' exited $?"
[ "$version" = "$expected" ] || fail "'Emend --version' printed '$version', expected '$expected'"
echo "package-check: --version ok ($version)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Importers pull in trafilatura (HTML; its settings.cfg, justext's stoplists) and python-docx
# (its default template): data files that only a bundle built with them can read.
cat > "$work/article.html" <<'HTML'
<html><head><title>Harbour bridge reopens</title></head><body><nav>Home | News | Sport</nav>
<article><h1>Harbour bridge reopens</h1>
<p>The Kestrel Harbour Bridge reopened to traffic on Monday morning after a three-year restoration.</p>
<p>The restoration cost 184 million pounds, according to the city council, against an estimate of 171 million.</p>
</article><footer>Contact us</footer></body></html>
HTML
"$PYTHON" -c 'import docx, sys; d = docx.Document(); d.add_heading("Council budget", 1)
d.add_paragraph("The council approved a budget of 12 million pounds on Tuesday."); d.save(sys.argv[1])' \
    "$work/article.docx"
for article in article.html article.docx; do
    "$BINARY" --db "$work/history.sqlite" import "$work/$article" -m "package check" >/dev/null 2>&1 \
        || fail "'Emend import $article' exited $?"
done
"$BINARY" --db "$work/history.sqlite" show 1 | grep -q "184 million pounds" || fail "the imported HTML lost its text"
"$BINARY" --db "$work/history.sqlite" show 2 | grep -q "12 million pounds" || fail "the imported .docx lost its text"
echo "package-check: import of HTML and .docx ok"

shot="$ROOT/build/package-check-screenshot.png"
mkdir -p "$ROOT/build"
rm -f "$shot"
QT_QPA_PLATFORM=offscreen "$BINARY" --screenshot "$shot" || fail "'Emend --screenshot' exited $?"
[ -s "$shot" ] || fail "'Emend --screenshot' wrote no PNG"
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$shot is not a PNG"
size=$(stat -c %s "$shot")
[ "$size" -ge "$MIN_PNG_BYTES" ] || fail "$shot is only $size bytes: the window looks empty"
echo "package-check: --screenshot ok ($shot, $size bytes)"
echo "package-check: passed"
