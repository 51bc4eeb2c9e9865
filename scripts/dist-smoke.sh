#!/usr/bin/env bash
# Smoke-tests packaged builds the way a user meets them: unpacks each archive
# into a fresh folder, checks it holds what the desktop needs, and runs the
# app from there with a private data folder and no source tree in sight.
#
#   scripts/dist-smoke.sh dist/briefwright-VERSION-OS-ARCH.{tar.xz,zip}...
#
# On Linux with xvfb-run it also opens the demo dossier in a real window.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: scripts/dist-smoke.sh ARCHIVE..." >&2; exit 2; }
version=$(sed -n 's/^const Version = "\(.*\)"/\1/p' main.go)

fail() { echo "FAIL $archive: $*" >&2; exit 1; }
need() { [ -e "$1" ] || fail "missing ${1#"$root"/}"; }

for archive in "$@"; do
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  case $archive in
  *-linux-*.tar.xz)
    tar -xJf "$archive" -C "$root"
    app=$root/briefwright
    bin=$(find "$app/usr" -path '*/bin/briefwright' -type f)
    need "$app/Makefile"
    need "$app/LICENSE-DejaVu.txt"
    [ -n "$(find "$app/usr" -name 'io.briefwright.app.desktop')" ] || fail "no .desktop file"
    [ -n "$(find "$app/usr" -name 'io.briefwright.app.png')" ] || fail "no icon"
    ;;
  *-windows-*.zip)
    unzip -q "$archive" -d "$root"
    bin=$root/briefwright-$version/Briefwright.exe
    need "$root/briefwright-$version/LICENSE-DejaVu.txt"
    ;;
  *-macos-*.zip)
    unzip -q "$archive" -d "$root"
    bin=$root/Briefwright.app/Contents/MacOS/briefwright
    need "$root/Briefwright.app/Contents/Info.plist"
    need "$root/Briefwright.app/Contents/Resources/icon.icns"
    ;;
  *) fail "not a package name this script knows" ;;
  esac
  need "$bin"
  [ -x "$bin" ] || fail "${bin#"$root"/} is not executable"

  # Run from an empty folder with a private data folder: fonts and the demo
  # article must come from inside the binary.
  work=$root/work
  mkdir -p "$work"
  export BRIEFWRIGHT_DATA=$root/data
  cat >"$work/article.txt" <<'TXT'
Harbour authority delays port expansion after audit

The harbour authority postponed the expansion of the container port on Monday, after an internal audit found gaps in the cost estimates.

"We will not sign contracts until the numbers add up," said Ana Ruiz, the authority's chief executive.

According to Reuters, the audit was ordered by the transport ministry in March 2025.
TXT
  got=$(cd "$work" && "$bin" -version | tr -d '\r')
  [ "$got" = "briefwright $version" ] || fail "-version printed '$got', want 'briefwright $version'"
  json=$(cd "$work" && "$bin" extract -json article.txt)
  case $json in *'"speaker":"Ana Ruiz"'* | *'"speaker": "Ana Ruiz"'*) ;;
  *) fail "extract did not attribute the quote to Ana Ruiz: $json" ;; esac
  (cd "$work" && "$bin" brief article.txt -o brief.pdf)
  [ "$(head -c 5 "$work/brief.pdf")" = "%PDF-" ] || fail "brief did not write a PDF"
  size=$(wc -c <"$work/brief.pdf" | tr -d ' ')
  [ "$size" -gt 20000 ] || fail "brief.pdf is only $size bytes: fonts not embedded?"

  if [ "$(uname -s)" = Linux ] && command -v xvfb-run >/dev/null 2>&1; then
    # The window must stay up (timeout ends it: status 124) and the demo
    # dossier must appear in the data folder.
    status=0
    (cd "$work" && xvfb-run -a -s '-screen 0 1280x800x24' timeout 20 "$bin" demo) >"$root/gui.log" 2>&1 || status=$?
    [ "$status" -eq 124 ] || { cat "$root/gui.log" >&2; fail "the app exited with status $status instead of staying open"; }
    need "$BRIEFWRIGHT_DATA/Demo.dossier"
  fi
  echo "ok   $archive ($(wc -c <"$archive" | tr -d ' ') bytes)"
  rm -rf "$root"
  trap - EXIT
done
