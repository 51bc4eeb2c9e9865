#!/usr/bin/env bash
# Measures how long a second `briefwright import` waits while a long import
# into the same dossier runs: N copies of the demo article go in with one
# import, and meanwhile single articles are imported one after another by
# a second process, each timed.
#
#   scripts/bench-two-writers.sh [N]        (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GOFLAGS=-tags=sqlite_fts5
go build -o "$work/briefwright" .
mkdir -p "$work/long" "$work/short"
for i in $(seq 1 "$n"); do
  { echo "Report $i on the cartel strikes"; echo; echo "Dispatch number $i."; echo; cat assets/demo/cartel-strikes.txt; } > "$work/long/a$i.txt"
done
for i in $(seq 1 20); do
  { echo "Note $i"; echo; echo "A second writer's article number $i, on the border talks."; } > "$work/short/b$i.txt"
done
"$work/briefwright" import -dossier "$work/shared.dossier" "$work/long/a1.txt" > /dev/null

"$work/briefwright" import -dossier "$work/shared.dossier" "$work"/long/*.txt > /dev/null 2>&1 &
long=$!
waits=()
for f in "$work"/short/*.txt; do
  kill -0 "$long" 2> /dev/null || break
  t0=$(date +%s%N)
  "$work/briefwright" import -dossier "$work/shared.dossier" "$f" > /dev/null
  t1=$(date +%s%N)
  waits+=($(( (t1 - t0) / 1000000 )))
done
wait "$long" || true
printf '%s\n' "${waits[@]}" | sort -n | awk '{a[NR]=$1} END {if (NR) printf "second writer, %d imports of one short article during the long import: median %d ms, max %d ms\n", NR, a[int((NR+1)/2)], a[NR]}'
