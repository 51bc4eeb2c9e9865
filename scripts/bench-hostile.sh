#!/usr/bin/env bash
# Peak memory and time of `briefwright import` into a new dossier, then
# `briefwright export -o x.pdf` (and .md, .json), on article files as large
# as the importer takes and shaped as no newsroom writes them:
#
#   questions.txt      10 MB: 2 M one-word questions in one paragraph
#   paragraphs.txt      9 MB: 3 M one-letter paragraphs
#   one-paragraph.txt  10 MB: one paragraph of ordinary sentences
#   quotes.txt         10 MB: 100,000 quotes from a few hundred speakers
#   realistic.txt    19.9 MB: varied news paragraphs with quotes, sources,
#                             questions and dates
#
# Targets: at most 1 GB and 30 s for each step.
#
#   scripts/bench-hostile.sh [-profile] [-formats "pdf md json"] [-keep DIR] [SHAPE...]
#
# -profile also records a CPU profile of importing realistic.txt and prints
# the share of each stage (reading the file, extraction, storing, garbage
# collection). Runs need 2 GB of free memory; each step is stopped past
# 4 GB of address space so a regression cannot take the machine down.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=0
formats="pdf"
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    -profile) profile=1; shift ;;
    -formats) formats=$2; shift 2 ;;
    -keep) keep=$2; shift 2 ;;
    -*) echo "usage: $0 [-profile] [-formats \"pdf md json\"] [-keep DIR] [SHAPE...]" >&2; exit 2 ;;
    *) break ;;
  esac
done
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=(questions paragraphs one-paragraph quotes realistic)

if [ -n "$keep" ]; then
  work=$keep
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

export GOFLAGS=-tags=sqlite_fts5 CGO_ENABLED=1
go build -o "$work/briefwright" .
if [ ! -f "$work/in/realistic.txt" ]; then
  go run scripts/hostile-gen.go -o "$work/in"
fi

# step NAME CMD...: runs CMD under /usr/bin/time and prints one row.
step() {
  local name=$1; shift
  local status=ok
  if ! ( ulimit -v 4194304; /usr/bin/time -f '%M %e' -o "$work/time" "$@" ) > "$work/out" 2> "$work/err"; then
    status="FAILED: $(grep -v '^Command exited' "$work/err" | head -c 160 | tr '\n' ' ')"
  fi
  read -r kb secs < <(tail -n 1 "$work/time")
  printf '%-18s %-12s %8.0f MB %8.1f s  %s\n' "$shape" "$name" "$((kb / 1024))" "$secs" "$status"
}

printf '%-18s %-12s %11s %10s  %s\n' input step "peak RSS" time status
for shape in "${shapes[@]}"; do
  in="$work/in/$shape.txt"
  d="$work/$shape.dossier"
  rm -f "$d" "$d-wal" "$d-shm"
  step "import ($(du -m "$in" | cut -f1) MB)" "$work/briefwright" import -dossier "$d" "$in"
  for f in $formats; do
    step "export .$f" "$work/briefwright" export -dossier "$d" -o "$work/$shape.$f"
  done
done

if [ "$profile" = 1 ]; then
  echo
  echo "CPU profile of importing realistic.txt (one run, in the test binary):"
  go test -run '^$' -bench '^BenchmarkImportArticle$' -benchtime 1x -cpuprofile "$work/import.prof" \
    -o "$work/cli.test" . -args -article "$work/in/realistic.txt" > "$work/bench.out"
  go tool pprof -top -cum -nodecount 400 "$work/cli.test" "$work/import.prof" 2> /dev/null > "$work/top"
  total=$(awk '/^Duration:/ {print}' "$work/top")
  echo "$total"
  # Stage: the function whose cumulative time is the stage's.
  for stage in \
    "read and decode the file=dossier/ingest.ReadFile$" \
    "extraction=dossier/extract.Extract$" \
    "storing (one transaction)=dossier.\(\*Store\).AddArticle$" \
    "garbage collection=runtime.gcBgMarkWorker$"; do
    label=${stage%%=*}
    fn=${stage#*=}
    awk -v fn="$fn" -v label="$label" '$0 ~ fn {printf "  %-28s %8s  %6s of the samples\n", label, $4, $5; found=1; exit}
      END {if (!found) printf "  %-28s (not in the profile)\n", label}' "$work/top"
  done
  echo "  heaviest functions by own time:"
  go tool pprof -top -nodecount 12 "$work/cli.test" "$work/import.prof" 2> /dev/null | awk 'NR>6 {printf "    %s\n", $0}'
fi
