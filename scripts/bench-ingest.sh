#!/usr/bin/env bash
# Scores Briefwright's reading of saved web pages on an article-extraction
# benchmark: body F1, precision, recall and exact-match accuracy from the
# benchmark's own scorer, and the time ingest takes for all pages.
#
#   scripts/bench-ingest.sh [BENCH_DIR]
#
# BENCH_DIR holds html/*.html.gz, ground-truth.json and evaluate.py
# (default: ingest-bench in the shared folder beside the checkout). It is copied to a temporary folder and
# scored there, so nothing is written beside it. RUNS sets how many times
# the pages are read (the fastest run counts; default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-}
if [ -z "$dir" ]; then
  for d in ../shared/ingest-bench ../../shared/ingest-bench; do
    if [ -d "$d" ]; then dir=$d; break; fi
  done
fi
if [ ! -f "${dir:-.}/ground-truth.json" ]; then
  echo "bench-ingest: no benchmark folder (give one with html/, ground-truth.json and evaluate.py)" >&2
  exit 2
fi
bench=$(cd "$dir" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GOFLAGS=-tags=sqlite_fts5
cp "$bench/evaluate.py" "$bench/ground-truth.json" "$work/"
mkdir -p "$work/output"
go run scripts/bench-ingest.go -runs "${RUNS:-3}" "$bench" "$work/output"
(cd "$work" && python3 evaluate.py --n-bootstrap "${BOOTSTRAP:-200}")
if [ -n "${KEEP:-}" ]; then
  cp "$work/output/briefwright.json" "$KEEP"
fi
