#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ of the app on the demo dossier:
# the Overview, Quotes, Reader, Actors and Search views (light theme), and
# Quotes in the dark theme. Rerun it after changing the GUI.
#
# Needs Xvfb and ImageMagick's `import` (apt-get install xvfb imagemagick).
# It builds the app, runs it on a virtual screen with a private data and
# settings folder, so your own dossiers and preferences are not touched, and
# opens each view through BRIEFWRIGHT_SHOW (see ui/show.go).
set -euo pipefail

cd "$(dirname "$0")/.."
out=docs/screenshots
size=1280x800

for tool in Xvfb import; do
	command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb=""
cleanup() {
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

export GOFLAGS=-tags=sqlite_fts5 CGO_ENABLED=1
go build -o "$work/briefwright" .

# A display number nobody uses.
display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

mkdir -p "$out"
shot() { # view theme file
	local view=$1 theme=$2 file=$3 log="$work/$3.log"
	DISPLAY=$display BRIEFWRIGHT_DATA="$work/data" XDG_CONFIG_HOME="$work/config" \
		BRIEFWRIGHT_SHOW=$view BRIEFWRIGHT_TRACE=1 FYNE_THEME=$theme \
		"$work/briefwright" demo 2>"$log" &
	local app=$!
	# Wait until the dossier is open, then let the view settle and draw.
	for _ in $(seq 1 100); do
		grep -q "opened" "$log" && break
		sleep 0.1
	done
	sleep 2.5
	DISPLAY=$display import -window root -crop "$size+0+0" "$out/$file"
	kill "$app"
	wait "$app" 2>/dev/null || true
	echo "$out/$file"
}

shot overview light overview.png
shot quotes light quotes.png
shot reader light reader.png
shot actors light actors.png
shot "search:Morales" light search.png
shot quotes dark quotes-dark.png
