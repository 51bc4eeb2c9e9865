#!/usr/bin/env bash
# Renders the app icon, assets/icon.png (512×512, the size fyne package
# wants), from its source drawing assets/icon.svg. Run it after editing the
# SVG and commit both. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2
  exit 1
fi
rsvg-convert --width 512 --height 512 --keep-aspect-ratio assets/icon.svg -o assets/icon.png
echo "assets/icon.png: $(wc -c <assets/icon.png) bytes"
