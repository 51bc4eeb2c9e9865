#!/usr/bin/env bash
# Installs what building and testing Briefwright needs and is missing.
# With an argument it also installs what packaging for that desktop needs
# (scripts/dist.mk): `setup.sh linux` xz for the tarball, `setup.sh windows`
# the mingw-w64 cross compiler, `setup.sh darwin` nothing more.
# On Debian/Ubuntu it uses apt-get (as root, or through sudo); elsewhere it
# says what to install. Quiet and quick when everything is already there.
set -euo pipefail

# Build: a C compiler for cgo (SQLite, GLFW) and the X11, Wayland and OpenGL
# headers Fyne needs. Tests: poppler-utils (pdftotext, pdffonts) to read briefings back,
# xvfb for anything that opens a real window.
debs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
      libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev
      poppler-utils xvfb)

target=${1:-}
case $target in
  "" | darwin) ;;
  linux) debs+=(xz-utils) ;;
  windows) debs+=(gcc-mingw-w64-x86-64) ;;
  *) echo "usage: scripts/setup.sh [linux|windows|darwin]" >&2; exit 2 ;;
esac

missing_go() {
  if ! command -v go >/dev/null 2>&1; then
    echo "Go is not installed: install Go 1.26 or newer from https://go.dev/dl/ and run this again." >&2
    exit 1
  fi
}

other_systems() {
  cat >&2 <<'MSG'
Install these yourself, then run this again:
  Fedora:  sudo dnf install gcc pkgconf-pkg-config libX11-devel libXcursor-devel libXrandr-devel \
             libXinerama-devel libXi-devel libXxf86vm-devel wayland-devel libxkbcommon-devel mesa-libGL-devel \
             poppler-utils xorg-x11-server-Xvfb
  Arch:    sudo pacman -S gcc pkgconf libx11 libxcursor libxrandr libxinerama libxi libxxf86vm wayland libxkbcommon mesa poppler xorg-server-xvfb
  macOS:   xcode-select --install   (and: brew install poppler)
  Windows: a 64-bit gcc such as MSYS2's mingw-w64-x86_64-gcc on PATH
MSG
}

missing_go
if [ "$(uname -s)" != Linux ] || ! command -v dpkg-query >/dev/null 2>&1; then
  if ! command -v gcc >/dev/null 2>&1 && ! command -v cc >/dev/null 2>&1; then
    echo "No C compiler found (cgo needs one)." >&2
    other_systems
    exit 1
  fi
  if [ "$target" = windows ] && [ "$(uname -s)" = Linux ] &&
     ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
    echo "No mingw-w64 cross compiler (x86_64-w64-mingw32-gcc) for the Windows build:" >&2
    echo "  Fedora: sudo dnf install mingw64-gcc    Arch: sudo pacman -S mingw-w64-gcc" >&2
    exit 1
  fi
  exit 0
fi

need=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
[ ${#need[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${need[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Not root and no sudo: run 'apt-get install ${need[*]}' as root, then run this again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq || true
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
