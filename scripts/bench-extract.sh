#!/usr/bin/env bash
# Compares extraction throughput with the peer extractor (compromise +
# chrono-node) on the same N article files, each tool in one run.
#
#   scripts/bench-extract.sh [PEER_DIR] [N]
#
# PEER_DIR holds compromise-many.mjs with its node_modules installed
# (npm install in a copy of the peers folder). The articles are N files made
# in a temporary folder from the texts listed in ARTICLES (default: the demo
# article), taken in turn and each made distinct by a first line, so
# nothing is cached. A mix of real news reads more like real use:
#
#   ARTICLES="$(ls ../shared/devset/*/article.txt) assets/demo/cartel-strikes.txt" \
#     scripts/bench-extract.sh /tmp/peers 300
#
# The texts are read where they are; nothing is copied into the repository.
# RUNS sets how many times our side runs (the median counts).
set -euo pipefail
cd "$(dirname "$0")/.."
peer=${1:-}
n=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GOFLAGS=-tags=sqlite_fts5
go build -o "$work/briefwright" .

srcs=(assets/demo/cartel-strikes.txt)
if [ -n "${ARTICLES:-}" ]; then
  # shellcheck disable=SC2206
  srcs=($ARTICLES)
fi
mkdir -p "$work/articles"
for i in $(seq 1 "$n"); do
  src=${srcs[$(( (i - 1) % ${#srcs[@]} ))]}
  { echo "Article $i"; echo; cat "$src"; } > "$work/articles/a$i.txt"
done
words=$(cat "$work"/articles/*.txt | wc -w)
echo "$n files, $words words"

# Our run is short, so a busy machine can double it: run it RUNS times
# (default 5) and take the median. The peer's run is long enough to
# average such noise out and runs once.
runs=${RUNS:-5}
times=()
for r in $(seq 1 "$runs"); do
  t0=$(date +%s.%N)
  "$work/briefwright" extract -json "$work"/articles/*.txt > "$work/ours.jsonl"
  t1=$(date +%s.%N)
  times+=("$(awk "BEGIN{print $t1 - $t0}")")
done
ours=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
awk "BEGIN{printf \"briefwright: %.3f s (median of $runs runs: ${times[*]}), %.0f words/s\\n\", $ours, $words / $ours}"

if [ -n "$peer" ]; then
  t0=$(date +%s.%N)
  node "$peer/compromise-many.mjs" "$work"/articles/*.txt > "$work/peer.jsonl"
  t1=$(date +%s.%N)
  theirs=$(awk "BEGIN{print $t1 - $t0}")
  awk "BEGIN{printf \"peer:        %.3f s, %.0f words/s\\n\", $theirs, $words / $theirs}"
  awk "BEGIN{printf \"speed-up:    %.1fx (target: 50x or more)\\n\", $theirs / $ours}"
fi
