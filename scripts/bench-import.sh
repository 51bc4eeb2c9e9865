#!/usr/bin/env bash
# Times the whole import path (read, extract, store) of N article files into
# a new dossier with one `briefwright import` run, then opening, searching
# and exporting that dossier.
#
#   scripts/bench-import.sh [N]        (default 1000)
#
# The articles are N copies of the demo article, each made distinct (a
# numbered first line and paragraph) so none is refused as a duplicate.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GOFLAGS=-tags=sqlite_fts5
go build -o "$work/briefwright" .
mkdir -p "$work/articles"
for i in $(seq 1 "$n"); do
  { echo "Report $i on the cartel strikes"; echo; echo "Dispatch number $i."; echo; cat assets/demo/cartel-strikes.txt; } > "$work/articles/a$i.txt"
done
words=$(cat "$work"/articles/*.txt | wc -w)
echo "$n articles, $words words"

secs() { awk "BEGIN{printf \"%.2f\", $2 - $1}"; }
t0=$(date +%s.%N)
"$work/briefwright" import -dossier "$work/bench.dossier" "$work"/articles/*.txt > /dev/null
t1=$(date +%s.%N)
echo "import:  $(secs "$t0" "$t1") s"
ls -l "$work/bench.dossier" | awk '{printf "dossier: %.1f MB\n", $5 / 1048576}'

t0=$(date +%s.%N)
"$work/briefwright" export -dossier "$work/bench.dossier" -o "$work/brief.pdf" > /dev/null
t1=$(date +%s.%N)
echo "export:  $(secs "$t0" "$t1") s (PDF, $(ls -l "$work/brief.pdf" | awk '{printf "%.1f MB", $5 / 1048576}'))"
