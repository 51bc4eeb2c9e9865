#!/usr/bin/env bash
# Packages Briefwright for one desktop with `fyne package` and puts the
# result in dist/:
#
#   scripts/dist-package.sh linux     dist/briefwright-VERSION-linux-ARCH.tar.xz
#   scripts/dist-package.sh windows   dist/briefwright-VERSION-windows-ARCH.zip
#   scripts/dist-package.sh darwin    dist/briefwright-VERSION-macos-ARCH.zip (Briefwright.app)
#
# Called by the dist-* targets of scripts/dist.mk, which set FYNE (the pinned
# fyne command), VERSION and TAGS, and CC and GOARCH for a cross build.
# App name, ID, version and icon come from FyneApp.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/dist-package.sh linux|windows|darwin}
: "${FYNE:?FYNE must name the fyne command}" "${VERSION:?}" "${TAGS:=sqlite_fts5}"
GO=${GO:-go}
# Tools run on this machine, whatever the cross build targets.
gohost() { env -u CC -u GOOS -u GOARCH CGO_ENABLED=0 "$GO" "$@"; }
arch=${GOARCH:-$(gohost env GOARCH)}
name=Briefwright                  # [Details] Name in FyneApp.toml
base=briefwright-$VERSION
mkdir -p dist

# fyne package raises the build number in FyneApp.toml after every run;
# releases number themselves by VERSION, so keep the file as committed.
keep=$(mktemp)
cp FyneApp.toml "$keep"
stage=$(mktemp -d)
cleanup() {
  cp "$keep" FyneApp.toml
  rm -rf "$keep" "$stage" "$name.tar.xz" "$name.exe" "$name.app" fyne_metadata_init.go fyne.syso
}
trap cleanup EXIT
rm -rf "$name.tar.xz" "$name.exe" "$name.app"

# The fonts are embedded in the binary; their licence asks to travel with it.
licence=assets/fonts/LICENSE-DejaVu.txt

echo "fyne package --target $target ($arch, tags $TAGS)"
"$FYNE" package --target "$target" --release --tags "$TAGS"

case $target in
linux)
  # Add the font licence next to the Makefile at the top of the tarball.
  out=dist/$base-linux-$arch.tar.xz
  mkdir -p "$stage/briefwright"
  cp "$licence" "$stage/briefwright/"
  xz -dc "$name.tar.xz" >"$stage/app.tar"
  tar -rf "$stage/app.tar" -C "$stage" briefwright/LICENSE-DejaVu.txt
  xz -c "$stage/app.tar" >"$out"
  ;;
windows)
  out=dist/$base-windows-$arch.zip
  mkdir -p "$stage/$base"
  cp "$name.exe" "$licence" "$stage/$base/"
  gohost run scripts/dist-zip.go "$out" "$stage/$base"
  ;;
darwin)
  out=dist/$base-macos-$arch.zip
  cp "$licence" "$name.app/Contents/Resources/"
  gohost run scripts/dist-zip.go "$out" "$name.app"
  ;;
*)
  echo "dist-package: unknown target $target (linux, windows or darwin)" >&2
  exit 2
  ;;
esac
echo "$out: $(wc -c <"$out" | tr -d ' ') bytes"
